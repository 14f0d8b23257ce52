"""The JSON Schema of raidlog's output, derived from the domain dataclasses so
the two cannot drift apart. ``report.schema.json`` beside this module is the
published copy; ``python -m raidlog.schema`` rewrites it and a test checks it
is current."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from pathlib import Path
from typing import Any, Literal, get_args, get_origin, get_type_hints

from raidlog import model

SCHEMA_PATH = Path(__file__).with_name("report.schema.json")
SCHEMA_ID = "https://raidlog.invalid/schema/report.schema.json"

_DESCRIPTIONS = {
    "Report": "Claims, incidents and findings extracted from one or more documents.",
    "Document": "A source text; id is the sha256 of its verbatim text.",
    "Span": "A stretch of the original text: original[start:end] == text.",
    "Place": "A place from the gazetteer; iso is the ISO 3166-2 code of its first-level region.",
    "Claimant": "Who made a claim or reported an incident.",
    "Claim": "A count of weapons launched or destroyed, as claimed by a claimant.",
    "BreakdownItem": "A per-place count of a claim; each=null means the wording is ambiguous.",
    "WeaponCount": "Counts of one weapon type or model within a mixed claim.",
    "Window": "The time window of a claim, in ISO 8601 with UTC offsets.",
    "Incident": "An event reported by an official: attack, debris, fire, damage, casualties, hit.",
    "Finding": "A check that fired: stable code, severity, explanation and evidence.",
    "Commentary": "A sentence that carries no attributable fact.",
    "PlaceMention": "A place named in the text, with its resolution (or candidates).",
}


def _type(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [_type(a, defs) for a in get_args(hint)]
        return {"anyOf": options}
    if origin is Literal:
        return {"enum": list(get_args(hint))}
    if origin is tuple:
        return {"type": "array", "items": _type(get_args(hint)[0], defs)}
    if origin is dict:
        return {"type": "object"}
    if hint is type(None):
        return {"type": "null"}
    if hint is str:
        return {"type": "string"}
    if hint is bool:
        return {"type": "boolean"}
    if hint is int:
        return {"type": "integer"}
    if hint is float:
        return {"type": "number"}
    if dataclasses.is_dataclass(hint):
        name = hint.__name__
        if name not in defs:
            defs[name] = {}
            defs[name] = _object(hint, defs)
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON Schema for {hint!r}")


def _object(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = get_type_hints(cls)
    fields = dataclasses.fields(cls)
    return {
        "type": "object",
        "description": _DESCRIPTIONS.get(cls.__name__, ""),
        "properties": {f.name: _type(hints[f.name], defs) for f in fields},
        "required": [f.name for f in fields],
        "additionalProperties": False,
    }


def build() -> dict[str, Any]:
    from raidlog.verify.codes import FINDING_CODES

    defs: dict[str, Any] = {}
    root = _object(model.Report, defs)
    # a finding's code is one of the catalogue's (raidlog.verify.codes, docs/findings.md)
    defs["Finding"]["properties"]["code"] = {"enum": sorted(FINDING_CODES)}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "raidlog report",
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def write() -> None:
    SCHEMA_PATH.write_text(json.dumps(build(), indent=2, ensure_ascii=False) + "\n", "utf-8")

