"""Domain objects: what raidlog extracts from a report.

Every object is a frozen dataclass with ``to_dict``/``from_dict``; the JSON
output of the CLI is exactly their serialisation (see ``docs/schema.md`` and
``src/raidlog/schema/report.schema.json``).

A number is never a fact: it is a :class:`Claim` made by a :class:`Claimant`
in a :class:`Document`, with the :class:`Span` of text it came from.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal, get_args, get_origin, get_type_hints

PlaceKind = Literal["country", "admin1", "district", "locality", "sea", "other"]
ClaimantKind = Literal[
    "ministry", "air_force", "military_command", "governor", "official", "authorities",
    "media", "unknown",
]
Side = Literal["RU", "UA", "other", "unknown"]
WeaponType = Literal["drone", "missile", "guided_bomb", "rocket", "mixed", "unknown"]
IncidentKind = Literal[
    "attack_reported", "attack_repelled", "debris", "fire", "damage", "casualties", "hit",
]
Severity = Literal["error", "warning", "info"]


class Record:
    """Mixin: JSON-ready ``to_dict`` and its inverse ``from_dict``."""

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _dump(getattr(self, f.name)) for f in dataclasses.fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        hints = get_type_hints(cls)
        kwargs = {}
        for f in dataclasses.fields(cls):
            if f.name in data:
                kwargs[f.name] = _load(hints[f.name], data[f.name])
        return cls(**kwargs)


def _dump(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, tuple | list):
        return [_dump(v) for v in value]
    return value


def _load(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in get_args(hint) if a is not type(None)]
        return _load(inner[0], value) if len(inner) == 1 else value
    if origin is tuple:
        return tuple(_load(get_args(hint)[0], v) for v in value)
    if isinstance(hint, type) and issubclass(hint, Record):
        return hint.from_dict(value)
    return value


@dataclass(frozen=True)
class Span(Record):
    """A stretch of the original document text: ``text == original[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Document(Record):
    id: str  # sha256 of the text, "sha256:<hex>"
    lang: str
    published: str | None = None  # YYYY-MM-DD
    title: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Place(Record):
    id: str  # "geonames:<id>" or "iso:<code>" or "sea:<slug>"
    name: str  # canonical English name
    kind: PlaceKind
    iso: str | None  # ISO 3166-2 of its first-level region (ISO 3166-1 for a country)
    country: str | None  # ISO 3166-1 alpha-2
    lat: float | None
    lon: float | None
    geonames_id: int | None = None
    as_written: str = ""
    region: str | None = None  # English name of the first-level region, for display
    population: int | None = None
    # for a district, the unit it is: "raion", "hromada" (Ukrainian territorial community),
    # "okrug" (Russian urban/municipal okrug), "city_district"; for a locality, "approximate" where its
    # point is its hromada's (a Ukrainian village GeoNames lacks, id "katottg:<code>"); None where unknown
    unit: str | None = None

    def written(self, as_written: str) -> Place:
        # dataclasses.replace(self, as_written=as_written) without its checks and its call of
        # __init__ (a place is copied for each name resolved: ~10x faster)
        place = object.__new__(type(self))
        place.__dict__.update(self.__dict__, as_written=as_written)
        return place


def unique_places(places: Iterable[Place]) -> tuple[Place, ...]:
    """The places less those named again (one id once, as first written, in order): "over Kyiv, the
    Kyiv City Military Administration said" is one place. The one de-duplication of a breakdown
    item's places (its draft's, the regional-centre reading's, the item's last step), a claim's launch
    sites and an incident's places."""
    first: dict[str, Place] = {}
    for p in places:
        first.setdefault(p.id, p)
    return tuple(first.values())


@dataclass(frozen=True)
class Claimant(Record):
    name: str  # canonical, e.g. "Russian Ministry of Defence", "Governor of Rostov Oblast"
    kind: ClaimantKind
    side: Side
    person: str | None = None  # the person as raidlog identifies them (corrected spelling)
    role: str | None = None  # e.g. "governor"
    as_written: str = ""
    region: str | None = None  # ISO code of the region the claimant speaks for
    id: str = ""


@dataclass(frozen=True)
class Window(Record):
    start: str | None  # ISO 8601 with UTC offset
    end: str | None
    timezone: str | None  # IANA name
    timezone_assumed: bool
    as_written: str = ""
    year_assumed: bool = False  # year taken from the publication date
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class WeaponCount(Record):
    type: WeaponType
    model: str | None = None
    launched: int | None = None
    destroyed: int | None = None
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class BreakdownItem(Record):
    places: tuple[Place, ...]
    count: int | None  # None: named as where they were destroyed, without a count of its own
    each: bool | None  # True: count applies to each place; False: combined; None: ambiguous
    evidence: tuple[Span, ...] = ()
    subset_of: int | None = None  # index of the item this one is part of ("including N over …")
    note: str | None = None  # e.g. "flying towards Moscow"


@dataclass(frozen=True)
class Claim(Record):
    id: str
    document: str
    claimant: Claimant
    weapon: WeaponType
    action: str  # "destroyed" | "launched" | "launched_and_destroyed"
    destroyed: int | None
    launched: int | None
    window: Window | None
    breakdown: tuple[BreakdownItem, ...] = ()
    weapons: tuple[WeaponCount, ...] = ()
    hedged: bool = False
    scope: str = "report"  # "report" | "earlier" | "previous_night" | "summary"
    evidence: tuple[Span, ...] = ()
    launch_sites: tuple[Place, ...] = ()  # where the weapons came from: never breakdown places
    lost: int | None = None  # "lost from radar" (electronic warfare), Ukrainian Air Force


def borrowed_items(claims: Iterable[Claim]) -> set[tuple[str, int]]:
    """(claim id, item position) of the items a claim lists that are another voice's count: a country's count
    with no place takes the regions other voices of its side told as its parts (extract.pipeline's
    _parts_told_by_others), so another claim of the document holds the same item, told outside this claim's
    own evidence. The ledger does not sum them per region (each downing once, under the voice that told it),
    and the breakdown check does not ask them to add up to the whole."""
    claims = list(claims)
    told = Counter(it.evidence[0] for c in claims for it in c.breakdown if it.evidence)
    return {(c.id, k) for c in claims for k, it in enumerate(c.breakdown)
            if it.evidence and told[it.evidence[0]] > 1
            and not any(e.start <= it.evidence[0].start and it.evidence[0].end <= e.end for e in c.evidence)}


@dataclass(frozen=True)
class Incident(Record):
    id: str
    document: str
    kind: IncidentKind
    places: tuple[Place, ...]
    reporter: Claimant | None
    injured: int | None = None
    killed: int | None = None
    description: str = ""
    evidence: tuple[Span, ...] = ()
    kinds: tuple[str, ...] = ()  # every kind the sentence reports (kind is the first)
    locations: int | None = None  # "hits at 8 locations": how many places a summary counts


@dataclass(frozen=True)
class Finding(Record):
    code: str
    severity: Severity
    message: str
    claim: str | None = None
    evidence: tuple[Span, ...] = ()
    suggestion: str | None = None
    incident: str | None = None
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Commentary(Record):
    """A sentence that carries no attributable fact."""

    document: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class PlaceMention(Record):
    """A place named in the text, resolved or not, whatever role it plays."""

    document: str
    place: Place | None
    as_written: str
    evidence: tuple[Span, ...] = ()
    candidates: tuple[Place, ...] = ()


@dataclass(frozen=True)
class Report(Record):
    documents: tuple[Document, ...] = ()
    claimants: tuple[Claimant, ...] = ()
    claims: tuple[Claim, ...] = ()
    incidents: tuple[Incident, ...] = ()
    findings: tuple[Finding, ...] = ()
    commentary: tuple[Commentary, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    raidlog_version: str = ""
    gazetteer_version: str = ""

    def merged(self, other: Report) -> Report:
        """One report for several documents (``--json`` over many inputs)."""
        return dataclasses.replace(
            self,
            documents=self.documents + other.documents,
            claimants=self.claimants + other.claimants,
            claims=self.claims + other.claims,
            incidents=self.incidents + other.incidents,
            findings=self.findings + other.findings,
            commentary=self.commentary + other.commentary,
            places=self.places + other.places,
            raidlog_version=self.raidlog_version or other.raidlog_version,
            gazetteer_version=self.gazetteer_version or other.gazetteer_version,
        )
