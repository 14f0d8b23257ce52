"""The finding codes: one catalogue (raidlog.verify.codes) that the checks' code, the JSON
Schema's enum and docs/findings.md all agree with."""

from __future__ import annotations

import json
import re
from pathlib import Path

from raidlog.schema import SCHEMA_PATH, build
from raidlog.verify.codes import FINDING_CODES

ROOT = Path(__file__).parents[1]
# Finding("code", …) and Finding("a" if x else "b", …), over line breaks
_EMITTED = re.compile(r'Finding\(\s*("[a-z-]+"(?:\s+if\s+\w+\s+else\s+"[a-z-]+")?)')


def emitted() -> set[str]:
    codes = set()
    for path in (ROOT / "src" / "raidlog").rglob("*.py"):
        for found in _EMITTED.findall(path.read_text("utf-8")):
            codes |= set(re.findall(r'"([a-z-]+)"', found))
    return codes


def test_every_code_the_checks_emit_is_catalogued_and_no_other():
    assert emitted() == set(FINDING_CODES)


def test_the_schema_enum_is_the_catalogue():
    enum = build()["$defs"]["Finding"]["properties"]["code"]["enum"]
    assert enum == sorted(FINDING_CODES)
    published = json.loads(SCHEMA_PATH.read_text("utf-8"))
    assert published["$defs"]["Finding"]["properties"]["code"]["enum"] == enum


def test_docs_list_every_code_with_its_severity_and_level():
    doc = (ROOT / "docs" / "findings.md").read_text("utf-8")
    rows = {m.group(1): (m.group(2), m.group(3)) for m in
            re.finditer(r"^\| `([a-z-]+)` \| ([a-z, ]+) \| (document|ledger) \|", doc, re.M)}
    assert rows == {c.code: (", ".join(c.severities), c.level) for c in FINDING_CODES.values()}
