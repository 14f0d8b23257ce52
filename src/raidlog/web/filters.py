"""The claims filter, shared by the pages and the API, read from the query string so a
view can be shared by its URL. Empty form fields count as absent."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Annotated, Literal

from fastapi import Query

from raidlog.store.queries import INCIDENT_KINDS, ClaimFilter, IncidentFilter

WEAPONS = ("drone", "missile", "guided_bomb", "rocket", "mixed", "unknown")
SIDES = ("RU", "UA")


@dataclass(frozen=True)
class ClaimQuery:
    since: str | None = None
    until: str | None = None
    claimant: str | None = None
    side: str | None = None
    region: str | None = None
    weapon: str | None = None
    finding: str | None = None
    place: str | None = None
    sort: str = "day"
    order: str = "desc"

    def to_filter(self, limit: int | None, offset: int = 0) -> ClaimFilter:
        return ClaimFilter(since=self.since, until=self.until, claimant=self.claimant, side=self.side,
                           region=self.region, weapon=self.weapon, with_finding=self.finding,
                           limit=limit, offset=offset)

    @property
    def desc(self) -> bool:
        return self.order != "asc"

    def params(self, defaults: bool = False) -> dict[str, str]:
        """For links: the filter's values (without the default sort unless asked)."""
        out = {k: v for k, v in asdict(self).items() if v}
        if not defaults:
            if out.get("sort") == "day":
                out.pop("sort")
            if out.get("order") == "desc":
                out.pop("order")
        return out

    @property
    def active(self) -> bool:
        return any(v for k, v in asdict(self).items() if k not in ("sort", "order"))


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def claim_query(
    since: Annotated[str | None, Query(description="From this day (YYYY-MM-DD).", max_length=10)] = None,
    until: Annotated[str | None, Query(description="Up to this day (YYYY-MM-DD).", max_length=10)] = None,
    claimant: Annotated[str | None, Query(description="Claimant name contains this.", max_length=200)] = None,
    side: Annotated[str | None, Query(description="RU or UA.", max_length=8)] = None,
    region: Annotated[str | None, Query(description="ISO 3166-2 code (RU-BEL) or a region's name.",
                                        max_length=200)] = None,
    weapon: Annotated[str | None, Query(description="drone, missile, guided_bomb, rocket, mixed, unknown.",
                                        max_length=32)] = None,
    finding: Annotated[str | None, Query(description="Only claims with this finding code.", max_length=64)] = None,
    place: Annotated[str | None, Query(description="Only claims whose breakdown names this place id "
                                       "(geonames:…, iso:…, sea:…).", max_length=64)] = None,
    sort: Annotated[Literal["day", "destroyed", "claimant"] | None, Query(description="Sort by.")] = None,
    order: Annotated[Literal["asc", "desc"] | None, Query(description="Sort direction.")] = None,
) -> ClaimQuery:
    from raidlog.web.data import check_date

    return ClaimQuery(
        since=check_date(_clean(since), "since"), until=check_date(_clean(until), "until"), claimant=_clean(claimant), side=_clean(side),
        region=_clean(region), weapon=_clean(weapon), finding=_clean(finding), place=_clean(place),
        sort=sort or "day", order=order or "desc",
    )


def period(
    since: Annotated[str | None, Query(description="From this day (YYYY-MM-DD).", max_length=10)] = None,
    until: Annotated[str | None, Query(description="Up to this day (YYYY-MM-DD).", max_length=10)] = None,
) -> tuple[str | None, str | None]:
    from raidlog.web.data import check_date

    return check_date(_clean(since), "since"), check_date(_clean(until), "until")


@dataclass(frozen=True)
class IncidentQuery:
    """The incidents filter of the incidents page, its API and the map's panel."""

    since: str | None = None
    until: str | None = None
    reporter: str | None = None
    side: str | None = None
    region: str | None = None
    kind: str | None = None
    place: str | None = None

    def to_filter(self, limit: int | None, offset: int = 0) -> IncidentFilter:
        return IncidentFilter(since=self.since, until=self.until, reporter=self.reporter, side=self.side,
                              region=self.region, kind=self.kind, place=self.place, limit=limit, offset=offset)

    def params(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if v}


def incident_query(
    since: Annotated[str | None, Query(description="From this day (YYYY-MM-DD).", max_length=10)] = None,
    until: Annotated[str | None, Query(description="Up to this day (YYYY-MM-DD).", max_length=10)] = None,
    reporter: Annotated[str | None, Query(description="Reporter's name contains this.", max_length=200)] = None,
    side: Annotated[str | None, Query(description="The reporter's side: RU or UA.", max_length=8)] = None,
    region: Annotated[str | None, Query(description="ISO 3166-2 code (RU-BEL) or a region's name.",
                                        max_length=200)] = None,
    kind: Annotated[Literal[INCIDENT_KINDS] | None, Query(description="The incident's kind.")] = None,  # type: ignore[valid-type]
    place: Annotated[str | None, Query(description="Only incidents at this place id.", max_length=64)] = None,
) -> IncidentQuery:
    from raidlog.web.data import check_date

    return IncidentQuery(
        since=check_date(_clean(since), "since"), until=check_date(_clean(until), "until"),
        reporter=_clean(reporter), side=_clean(side), region=_clean(region), kind=kind or None, place=_clean(place))
