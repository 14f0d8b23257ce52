"""The extraction pipeline: named stages, each a function ``Doc -> None`` that
adds to the working document; the runner names the stage that failed.

    normalise → segment → mentions → resolve → attribute → assemble → verify
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from types import ModuleType

from raidlog.extract import attribute as attribution
from raidlog.extract import breakdown, casualties, people, segment, sites, times
from raidlog.extract import claimants as claimant_builder
from raidlog.extract import mentions as mention_finder
from raidlog.extract import numbers as number_finder
from raidlog.extract import places as place_finder
from raidlog.extract import resolve as resolver
from raidlog.extract import weapons as weapon_finder
from raidlog.extract.attribute.cues import tells_of_attack
from raidlog.extract.attribute.drafts import _SentenceIndex
from raidlog.extract.text import Text
from raidlog.extract.weapons import NOT_IN_TOTALS
from raidlog.geo import (
    CAPITALS,
    CITY_REGIONS,
    RING_CITIES,
    SURROUNDING,
    Gazetteer,
    name_key,
    named_as_its_region,
)
from raidlog.lexicon import for_lang, gates
from raidlog.model import (
    BreakdownItem,
    Claim,
    Claimant,
    Commentary,
    Document,
    Finding,
    Incident,
    Place,
    PlaceMention,
    Report,
    Span,
    WeaponCount,
    unique_places,
)
from raidlog.verify import run_checks
from raidlog.verify.windows import window_of

_NUMBER_WORD = re.compile(r"[\w.,]*")  # a count as written, digits or a word ("5", "1,200", "five")
DEFAULT_ZONES = {"RU": "Europe/Moscow", "UA": "Europe/Kyiv"}


class StageError(RuntimeError):
    def __init__(self, stage: str, cause: Exception):
        super().__init__(f"extraction stage {stage!r} failed: {type(cause).__name__}: {cause}")
        self.stage = stage


class ExtractionTimeout(RuntimeError):
    """The extraction ran past its deadline (``raidlog.extract(..., time_limit=…)``)."""

    def __init__(self, seconds: float):
        super().__init__(f"extraction took longer than {seconds:g} s")
        self.seconds = seconds


@dataclass
class Doc:
    original: str
    lang: str
    published: date | None
    title: str | None = None
    source: str | None = None
    gaz: Gazetteer | None = None
    lex: ModuleType | None = None
    text: Text | None = None
    document: Document | None = None
    sentences: list[segment.Sentence] = field(default_factory=list)
    mentions: list[mention_finder.Mentions] = field(default_factory=list)
    resolutions: list[list[resolver.Resolution]] = field(default_factory=list)
    attribution: attribution.Attribution | None = None
    reference_day: date | None = None
    # the month a page's address names ("…/2025/09/slug.html"), the first of it: a window's year when no
    # publication date is given
    source_month: date | None = None
    calendar: times.Calendar | None = None  # what the text tells of the years of its days
    claims: list[Claim] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    claimants: list[Claimant] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    commentary: list[Commentary] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    # claim id -> the breakdown items read as "each" because only that reading reaches the stated total
    each_by_sum: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # claim id -> how many of its total its list told with no place ("…, while three were neutralised elsewhere")
    unplaced: dict[str, int] = field(default_factory=dict)
    time_limit: float | None = None  # seconds; checked between stages and between sentences
    deadline: float | None = None  # time.monotonic() when the limit runs out

    def span(self, start: int, end: int) -> Span:
        return self.text.span(start, end)

    def check_time(self) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise ExtractionTimeout(self.time_limit or 0.0)


Stage = Callable[[Doc], None]
STAGES: dict[str, Stage] = {}


def stage(name: str) -> Callable[[Stage], Stage]:
    def register(fn: Stage) -> Stage:
        STAGES[name] = fn
        return fn

    return register


# Each stage's prepare(lex), which builds its remembered functions of the lexicon alone (a table
# added to a stage is added to its prepare; tests/test_pipeline_prepare.py finds one left out)
PREPARE = (segment.prepare, number_finder.prepare, weapon_finder.prepare, place_finder.prepare, people.prepare,
           times.prepare, mention_finder.prepare, claimant_builder.prepare, breakdown.prepare,
           casualties.prepare, sites.prepare, attribution.prepare)


def prepare(lang: str) -> None:
    """Build every pattern table the stages otherwise build at its first use, for one language:
    each stage module's remembered (``functools.lru_cache``) function of the lexicon alone, by
    the stage's own ``prepare`` (:data:`PREPARE`). A
    process pays each once, at the first sentence that needs it (an official's office, a list of
    victims): a few tens of ms of compiling in a first pass over real reports that a synthetic
    warm-up does not reach. A benchmark of a first pass calls this beforehand, as it calls
    :meth:`Gazetteer.prepare` (data loading, not reading)."""
    lex = for_lang(lang)
    for prepare_stage in PREPARE:
        prepare_stage(lex)
    # (and the lexicon's index of every stage's gate families, which words_of builds at the first
    # sentence: ~5 ms, most of it reading the families' paths)
    gates.family_index(lex)


# Fuzzy gazetteer searches per document (each reads the gazetteer's names of about its length,
# 1-7 ms): the real reports need at most 9; a text of thousands of misspelt names is not read
# thousands of times.
FUZZY_SEARCHES = 64
# Unknown names per document read in full (see places.unknown_names): UNKNOWN_NAMES and one more
# per UNKNOWN_NAMES_CHARS characters. The real reports read at most 37 (a 2 KB article), 30 KB of
# synthetic reports in three languages 253, 100 KB 365, 1 MB 569; a list of 3,000 made-up places
# (75,000 characters) read 15,000 (4 s), now 631.
UNKNOWN_NAMES = 256
UNKNOWN_NAMES_CHARS = 200


def run(doc: Doc, order: list[str] | None = None) -> Doc:
    if doc.time_limit is not None and doc.deadline is None:
        doc.deadline = time.monotonic() + doc.time_limit
    with Gazetteer.fuzzy_budget(FUZZY_SEARCHES), \
            place_finder.unknown_names(UNKNOWN_NAMES + len(doc.original) // UNKNOWN_NAMES_CHARS):
        return _run(doc, order)


def _run(doc: Doc, order: list[str] | None) -> Doc:
    for name in order or list(STAGES):
        doc.check_time()
        try:
            STAGES[name](doc)
        except (StageError, ExtractionTimeout):
            raise
        except Exception as exc:  # noqa: BLE001 - re-raised with the stage's name
            raise StageError(name, exc) from exc
    return doc


@stage("normalise")
def normalise(doc: Doc) -> None:
    doc.text = Text.of(doc.original)
    digest = hashlib.sha256(doc.original.encode("utf-8")).hexdigest()
    doc.lex = for_lang(doc.lang)
    doc.gaz = doc.gaz or Gazetteer.default()
    doc.document = Document(f"sha256:{digest}", doc.lang,
                            doc.published.isoformat() if doc.published else None, doc.title, doc.source)


# a year and month as two path segments of a page's address: "https://outlet.example/2025/09/story.html"
_SOURCE_MONTH = re.compile(r"^[a-z]+://[^/?#]+/(?:[^?#]*/)?((?:19|20)\d\d)/(0[1-9]|1[0-2])/")


@stage("segment")
def split_sentences(doc: Doc) -> None:
    doc.sentences = segment.split(doc.text.norm, doc.lex)
    if doc.title is None and doc.sentences and doc.sentences[0].is_title:
        doc.document = Document(doc.document.id, doc.lang, doc.document.published,
                                doc.sentences[0].text, doc.source)
    if doc.source and (m := _SOURCE_MONTH.search(doc.source)):
        doc.source_month = date(int(m.group(1)), int(m.group(2)), 1)
    for s in doc.sentences[:3]:
        day = times.dateline(s.text, doc.lex)
        if day:
            year = day.year or (doc.published.year if doc.published else None)
            if year:
                doc.reference_day = date(year, day.month, day.day)
            break


@stage("mentions")
def find_mentions(doc: Doc) -> None:
    doc.mentions = []
    before = ""
    for s in doc.sentences:
        doc.check_time()
        doc.mentions.append(mention_finder.analyse(s, doc.lex, doc.gaz, before))
        before = s.text
    doc.calendar = _calendar(doc)
    mention_finder.surnames_not_places(doc.mentions, doc.lex)
    mention_finder.quoted_officials(doc.mentions, doc.lex)
    mention_finder.gapped_clauses(doc.mentions, doc.text.norm, doc.lex)
    mention_finder.rockets_told_beside(doc.mentions, doc.lex)
    for m in doc.mentions:
        mention_finder.compact(m)


def _calendar(doc: Doc) -> times.Calendar:
    """What the whole text tells of the years of its days (times.Calendar)."""
    dated, named, alone = [], [], set()
    lead = next((m for m in doc.mentions if not m.sentence.is_title), None)
    for m in doc.mentions:
        for d in m.days:
            if d.year is not None and (day := times.day_of(d.year, d.month, d.day)) is not None:
                dated.append(day)
            if d.weekday is not None:
                named.append((d.day, d.month, d.weekday))
        alone |= times.weekdays_named(m.sentence.text, doc.lex, m.days, m.words)
    # (the lead's day only where the lead tells of the attack, :func:`cues.tells_of_attack`: "Вечером 6 июня
    # украинские дроны снова пытались прорваться …", "Увечері 9 травня над областю працювала ППО"; a lead of
    # something else, "On 3 June the governor held a meeting on the school year", dates nothing told after it)
    told = lead is not None and tells_of_attack(lead, doc.lex)
    return times.Calendar(tuple(dated), tuple(named), alone.pop() if len(alone) == 1 else None,
                          times.lead_day(lead.sentence.text, doc.lex, lead.days) if told else None)


@stage("resolve")
def resolve_places(doc: Doc) -> None:
    """Places, with the region of the official speaking as context (the last
    official named so far, as a reader would carry it)."""
    # (before any official is named, the first one the report names: an excerpt that opens inside his
    # quote, "«… в Красногвардейском районе, село …», — написал он", names him after)
    first = next((iso for m in doc.mentions for person in m.people
                  if (iso := claimant_builder.person_region(person, claimant_builder.NO_PLACES, doc.gaz, doc.lex, doc.published))), None)
    reporter_regions: list[str] = [first] if first else []
    seen = resolver.Seen()  # places resolved so far: context for the later ones
    for m in doc.mentions:
        doc.check_time()
        for person in m.people:
            iso = claimant_builder.person_region(person, claimant_builder.NO_PLACES, doc.gaz, doc.lex, doc.published)
            if iso:
                reporter_regions = [iso]
        res = resolver.resolve_sentence(m.places, m.sentence.start, reporter_regions, doc.gaz, seen,
                                        doc.lang)
        doc.resolutions.append(res)
        for r in res:
            start = m.sentence.start + r.hit.start
            doc.places.append(PlaceMention(doc.document.id, r.place, r.hit.as_written,
                                           (doc.span(start, m.sentence.start + r.hit.end),),
                                           r.candidates if r.place is None else ()))


@stage("attribute")
def attribute(doc: Doc) -> None:
    doc.attribution = attribution.attribute(doc.mentions, doc.resolutions, doc.lex, doc.gaz, doc.published,
                                            source=doc.source)


@stage("assemble")
def assemble(doc: Doc) -> None:
    a = doc.attribution
    short = doc.document.id.split(":")[1][:12]
    seen: dict[tuple, Claimant] = {}

    def register(c: Claimant) -> Claimant:
        key = (c.name, c.person, c.kind, c.side)  # (an unnamed claimant of either side: two)
        if key not in seen:
            seen[key] = _with_id(c, f"{short}-p{len(seen) + 1}")
        return seen[key]

    holding = _SentenceIndex(doc.mentions)  # (which sentence a claim's window is written in)
    for n, d in enumerate(a.claims, 1):
        claimant = register(d.claimant)
        items = []
        # ("над Харківщиною знищено 9. Ще 2 збили над Харковом": a town in a region the claim counts
        # stays the town)
        regions = {p.iso for it in d.items for p in it.places if p.kind == "admin1"}
        region_counts = {(it.count, p.iso) for it in d.items for p in it.places if p.kind == "admin1"}
        for it, offset in zip(d.items, d.item_offsets, strict=True):
            subset_of = len(items) - 1 if it.subset and items else None
            if subset_of is not None and items[subset_of].subset_of is not None and not it.note:
                subset_of = items[subset_of].subset_of  # ("по три в A та B районах, ще один – у C": parts of one count)
            places = tuple(it.places)
            if it.surroundings and places and (around := _around(places[-1], doc.gaz)) is not None:
                # "over Kyiv and its suburbs": the city and the region around it, one count over both
                places, it = (*places, around), replace(it, each=False)
            if it.note and items:
                # "including 3 flying towards Moscow": part of the Moscow Region's count
                subset_of = _containing(items, it)
                places = items[subset_of].places
                bound = {p.iso for p in it.places} | {SURROUNDING.get(p.iso) for p in it.places}
                if not items[subset_of].each and len(own := tuple(q for q in places if q.iso in bound)) < len(places) \
                        and own:
                    # ("downed over the Aa, Bb and Moscow regions … Ten were downed on the way to Moscow":
                    # a part over one region of a list of no count of its own is that region's count, not
                    # the list's; of "three each over Aa and the Moscow region" it is the region's three)
                    places = own
            elif it.note:
                # "27 drones flying towards Moscow" and no region named: downed over the city's region
                places = tuple(_surrounding(p, doc.gaz) for p in places)
                if it.subset:
                    # ("53 over Russian regions, including 12 flying towards Moscow": a part of a total
                    # over many regions; the city's region is named, its own count is not told)
                    it = replace(it, count=None, joined=None)
            elif subset_of is not None and it.count is not None and places and all(
                    named_as_its_region(p, p.as_written or "") for p in places) \
                    and len(parent := {q.iso for q in items[subset_of].places if q.kind == "admin1"}) > 1 \
                    and {p.iso for p in places} <= parent:
                # "15 over the Tula and Oryol regions, 12 of them over Tula": a part of a count over
                # several regions, over a town named as one of them, is that region's part (a part of one
                # region's count stays the town: "9 over the Tula region, 2 of them over Tula")
                places = tuple(_town_region(p, doc.gaz) for p in places)
            elif subset_of is None and (it.count is not None or it.remainder) and (
                    len(places) == 1 or it.each or all(named_as_its_region(p, p.as_written or "")
                                                       or p.kind in ("admin1", "sea") or p.iso in CITY_REGIONS
                                                       for p in places)
                    or len({_town_region(p, doc.gaz).id for p in places}) == 1):
                # (each town of "six each over Kursk and Voronezh" too, and the regional centres of one
                # count: "another four over Mykolaiv and Kherson" is Mykolaiv and Kherson Oblasts', as
                # a bare regional centre among regions and seas is: "the rest over the Oryol region, Belgorod
                # and the Black Sea")
                # (but "70 in the Rostov region …: seventy over Rostov" tells the region's count again)
                # (and one count over towns of one region is the region's: "7 over Taganrog and Novoshakhtinsk")
                # (and a city that is a region of its own, however named: "over the Kyiv region and the capital")
                # (a part of a total no item placed is a place's count like any other: "27 drones, with 12
                # over Belgorod, 9 over Voronezh"; a part of an item stays the town it names)
                places = tuple(p if p.iso in regions and not (
                    (it.count, p.iso) in region_counts and named_as_its_region(p, p.as_written or ""))
                    else _town_region(p, doc.gaz) for p in places)
                if it.each and it.count is not None and len(unique_places(places)) == 1 < len(places):
                    # "single drones over Izmail and Bilhorod-Dnistrovskyi": one each over two towns of
                    # one region is two over the region
                    it = replace(it, count=it.count * len(places))
            # (the regional centres read as their regions, and "три летевших на Москву беспилотника над
            # Московской областью": the region the flight heads for, named again as where they were
            # downed, is one place)
            if len(unique := unique_places(places)) == 1 < len(places):
                it = replace(it, each=None)  # (one place: no coordination left to read)
            places = unique
            items.append(BreakdownItem(places, it.joined or it.count, it.each,
                                       (doc.span(offset + it.start, offset + it.end),), subset_of, it.note))
        weapons = ()
        if len(d.weapons) > 1:  # only where the text splits its counts by weapon
            weapons = tuple(WeaponCount(w.type, w.model, w.launched, w.destroyed,
                                        tuple(doc.span(a_, b_) for a_, b_ in w.evidence)) for w in d.weapons)
        types = {w.type for w in d.weapons}
        # counts split by weapon make a mixed claim, even of one type (ATACMS and Storm Shadow)
        weapon = "mixed" if weapons else (types.pop() if len(types) == 1 else ("mixed" if types else "unknown"))
        if weapon not in ("mixed", "unknown") and d.destroyed is not None and not d.summed \
                and all(w.launched is None and w.destroyed is not None for w in d.weapons) \
                and sum(w.destroyed or 0 for w in d.weapons) < d.destroyed:
            # "знешкодила загалом 31 повітряну ціль, включаючи 9 безпілотників": the one weapon counted is a part of the
            # targets told, the others' kind untold: no weapon of the whole
            weapon = "unknown"
        destroyed, launched = d.destroyed, d.launched
        # (guided bombs and MLRS rockets are listed, never added to a total: "struck with four guided bombs … six
        # more guided bombs on the region" tells no drones or missiles)
        counted = [w for w in weapons if w.type not in NOT_IN_TOTALS]
        if destroyed is None and any(w.destroyed is not None for w in counted):
            destroyed = sum(w.destroyed or 0 for w in counted)
        if launched is None and any(w.launched is not None for w in counted):
            came = sum(w.launched or 0 for w in counted)
            if not attribution.too_few_came(destroyed, came, [w for w in d.weapons if w.type not in NOT_IN_TOTALS]):
                launched = came
        # ("the Air Force said all ten were downed", then the southern command's "one over Mykolaiv
        # Region, the rest over Odesa Region": a list of no total of its own, by the same side, splits the
        # count just told)
        prev = a.claims[n - 2] if n > 1 else None
        whole = destroyed if destroyed is not None or launched is not None or prev is None \
            or prev.claimant.side != d.claimant.side else prev.destroyed
        items = _remainder(items, [it.remainder for it in d.items], whole)
        items = _uncounted_told(_fold_parts(items))
        items, by_sum = _each_by_sum(items, destroyed, d.unplaced)
        if by_sum:
            doc.each_by_sum[f"{short}-c{n}"] = by_sum
        if d.unplaced:
            doc.unplaced[f"{short}-c{n}"] = d.unplaced
        window = window_of(d, claimant, doc, holding)
        action = "launched_and_destroyed" if launched is not None and destroyed is not None else (
            "launched" if launched is not None else "destroyed")
        doc.claims.append(Claim(
            f"{short}-c{n}", doc.document.id, claimant, weapon, action, destroyed, launched, window,
            tuple(items), weapons, d.hedged, d.scope, tuple(doc.span(s, e) for s, e in d.evidence),
            unique_places(d.launch_sites), d.lost,
        ))
    for k in range(1, len(doc.claims)):
        doc.claims[k - 1], doc.claims[k] = _told_again(doc.claims[k - 1], doc.claims[k])
    _list_counted_elsewhere(doc.claims)
    norm = doc.text.norm
    # (the claims whose count is told as more than one told before: "Another 5 were shot down over …")
    more = [any(it.number_start >= 0 and attribution.more_at(
        norm, off + it.number_start, _NUMBER_WORD.match(norm, off + it.number_start).end(), doc.lex)
        for it, off in zip(d.items, d.item_offsets, strict=True)) for d in a.claims]
    _parts_told_by_others(doc.claims, more)
    for n, d in enumerate(a.incidents, 1):
        reporter = register(d.reporter)
        places = _narrowest(unique_places(d.places)) or _own_city(reporter, doc.gaz)
        if doc.lex.CAPITALS_TARGETED_AS_REGION and set(d.kinds) <= {"attack_reported", "attack_repelled"} \
                and not d.killed and not d.injured:
            places = unique_places([p if p in d.near else _capital_as_region(p, doc.gaz, doc.lex.CAPITALS_TARGETED_AS_REGION)
                                    for p in places])
        doc.incidents.append(Incident(
            f"{short}-i{n}", doc.document.id, d.kinds[0], places,
            reporter, d.injured,
            d.killed, d.description, tuple(doc.span(s, e) for s, e in d.evidence), tuple(d.kinds), d.locations,
        ))
    _cities_of_districts(doc.incidents, doc.gaz)
    for claim in doc.claims if doc.lex.COUNTED_CITY_IS_TOWN else ():
        for town in _counted_cities(claim, doc):
            n = len(doc.incidents) + 1
            doc.incidents.append(Incident(f"{short}-i{n}", doc.document.id, "attack_repelled", (town,),
                                          claim.claimant, evidence=claim.evidence, kinds=("attack_repelled",)))
    doc.claimants = list(seen.values())
    for s in doc.sentences:
        if s.index not in a.used and not s.is_title:
            span = doc.span(s.start, s.end)
            doc.commentary.append(Commentary(doc.document.id, span.start, span.end, span.text))


@stage("verify")
def verify(doc: Doc) -> None:
    doc.findings = run_checks(doc)


def _with_id(c: Claimant, cid: str) -> Claimant:
    return replace(c, id=cid)


# (and the Russian-installed head of Sevastopol, a city that is a region of its own: "no damage", he says)
_CITY_ADMINISTRATIONS = ("city_military_administration_head", "city_head", "russian_installed_head")


def _own_city(reporter: Claimant | None, gaz: Gazetteer) -> tuple[Place, ...]:
    """An incident a city's own administration tells without naming a place
    ("без руйнувань", says the head of the Kyiv city administration) is in its city."""
    # (not a mayor's: Moscow's tells of drones downed on their way to the city, their debris in the oblast)
    if reporter is None or reporter.role not in _CITY_ADMINISTRATIONS or reporter.region not in CITY_REGIONS:
        return ()
    region = gaz.region(reporter.region)
    if region is None:
        return ()
    return tuple(p for p in [_city_of(region, gaz)] if p is not None)


def _city_of(region: Place, gaz: Gazetteer) -> Place | None:
    """The city that is the first-level region ``region`` (Kyiv for UA-30), or None."""
    return next((p for p in gaz.lookup(region.name) if p.kind == "locality" and p.iso == region.iso), None)


def _capital_as_region(place: Place, gaz: Gazetteer, capitals: frozenset[str]) -> Place:
    """A side's capital as the place of an attack only reported or repelled, no harm told (English
    stories: "drones targeted Kyiv", "all drones moving toward Kyiv were shot down"): the capital as
    its region, no locality of the report, for the ``capitals`` the language's golds treat so
    (CAPITALS_TARGETED_AS_REGION); any other place as it is."""
    if place.kind != "locality" or place.iso not in capitals:
        return place
    region = gaz.region(place.iso)
    city = _city_of(region, gaz) if region is not None else None
    return region if city is not None and city.id == place.id else place


def _counted_cities(claim: Claim, doc: Doc) -> list[Place]:
    """The cities that are regions of their own a claim counts weapons over, each alone ("над Києвом
    збито 10", "under attack on Kyiv 40 targets were downed"), which no incident names yet: places of
    the report (COUNTED_CITY_IS_TOWN). Not a city counted with the region around it ("над Москвой и
    Московской областью"): the ring's count; nor one the text does not name (the speaker's own region);
    nor one its readers keep as a region (CAPITALS_TARGETED_AS_REGION: "над Москвой уничтожили 19")."""
    named = {p.iso for inc in doc.incidents for p in inc.places if p.kind in ("locality", "district")}
    out = []
    for it in claim.breakdown:
        isos = {p.iso for p in it.places}
        for p in it.places:
            if p.kind == "admin1" and p.as_written and p.iso in CITY_REGIONS and SURROUNDING[p.iso] not in isos \
                    and p.iso not in doc.lex.CAPITALS_TARGETED_AS_REGION \
                    and p.iso not in named and (town := _city_of(p, doc.gaz)) is not None:
                named.add(p.iso)
                out.append(town)
    return out


def _cities_of_districts(incidents: list[Incident], gaz: Gazetteer) -> None:
    """A city that is a region of its own whose district an incident names, no incident naming the
    city itself ("Київ атакували", then "уламки впали у Солом'янському районі"): the city beside the
    district in the first incident that names one, as the readers list both (read ru-f42-10, uk-f41-14,
    uk-f44-13: the Russian and Ukrainian golds list the city with its districts 24 times to once; every read
    English gold that names a Kyiv district lists Kyiv too, only the development set's en-047 and en-075 do
    not). A capital's only: not Moscow's
    (RING_CITIES: its districts and settlements are told without the city, read ru-f37-06), nor
    Sevastopol's, whose districts no gold names (the lead's ru/sevastopol-city-district-downed lists the
    district alone)."""
    for n, inc in enumerate(incidents):
        told = [p for p in inc.places if not _district_told_again(p, inc.places)]
        if len(told) < len(inc.places):
            incidents[n] = replace(inc, places=tuple(told))
    named = {p.iso for inc in incidents for p in inc.places if p.kind == "locality" and p.iso in CAPITALS.values()}
    for n, inc in enumerate(incidents):
        isos = {p.iso for p in inc.places if p.kind == "district" and p.iso in CAPITALS.values()
                and p.iso not in RING_CITIES and p.iso not in named}
        cities = [city for iso in sorted(isos) if (region := gaz.region(iso)) is not None
                  and (city := _city_of(region, gaz)) is not None]
        if cities:
            incidents[n] = replace(inc, places=unique_places([*inc.places, *cities]))
            named |= isos
    # and any other city whose district an incident names, where no incident names the city ("У Саксаганському
    # районі влучання": Kryvyi Rih, as the readers list a city with its districts: read en-f53-09, en-052,
    # ru-062, uk-031, ru-f59-11, en-f59-09, uk-f58-15); not a city that is a region of its own (the capital's
    # is told above; Moscow's and Sevastopol's districts are told without the city)
    towns = {p.id for inc in incidents for p in inc.places if p.kind == "locality"}
    for n, inc in enumerate(incidents):
        cities = []
        for p in inc.places:
            if p.kind != "district" or p.unit != "city_district" or p.iso in CITY_REGIONS \
                    or not p.iso or p.lat is None or p.lon is None:
                continue
            city = gaz.city_at(p.iso, p.lat, p.lon)
            if city is not None and (city.population or 0) >= resolver.CITY_DISTRICTS_FROM and city.id not in towns:
                cities.append(city)
                towns.add(city.id)
        if cities:
            incidents[n] = replace(inc, places=unique_places([*inc.places, *cities]))


def _district_told_again(place: Place, places: tuple[Place, ...]) -> bool:
    """A part of a capital the gazetteer lists as a locality, named like a district of that city the same
    incident names ("in two of the capital's districts: in Pechersk, … the Pecherskyi district"): the
    district told again by its short name, no place of its own."""
    if place.kind != "locality" or place.iso not in CAPITALS.values() or name_key(place.name) == name_key(place.region or ""):
        return False
    stem = name_key(place.name)[:5]
    return len(stem) == 5 and any(p.unit == "city_district" and p.iso == place.iso and name_key(p.name).startswith(stem)
                                  for p in places)


def _narrowest(places: tuple[Place, ...]) -> tuple[Place, ...]:
    """An incident's places less the countries, where it names a place inside one ("in Kharkiv,
    Ukraine's second city", "the Russian army shelled Kherson": Kharkiv, Kherson)."""
    inside = tuple(p for p in places if p.kind != "country")
    return inside or places


def _containing(items: list[BreakdownItem], item) -> int | None:
    """A Moscow-bound subset belongs to the item that holds the city's region
    (Moscow lies in, and is counted with, the Moscow Region)."""
    isos = {p.iso for p in item.places} | {SURROUNDING.get(p.iso) for p in item.places}
    for i in range(len(items) - 1, -1, -1):
        if isos & {p.iso for p in items[i].places}:
            return i
    return len(items) - 1


def _remainder(items: list[BreakdownItem], remainder: list[bool], total: int | None) -> list[BreakdownItem]:
    """"по одному – над Курской и Воронежской, остальные – над Белгородской" with a total of 8:
    the rest is 8 - 2 = 6 (left without a count when the others do not add up to a known sum)."""
    if not any(remainder):
        return items
    others = [it for it, rest in zip(items, remainder, strict=True) if not rest and it.subset_of is None]
    # ("most of them over the Kursk region", then "40 over the Kursk region": the place named without a
    # count is the counted item told again, see _uncounted_told)
    counted = {p.iso for it in others if it.count is not None for p in it.places}
    others = [it for it in others if it.count is not None or not all(p.iso in counted for p in it.places)]
    known = total is not None and all(
        it.count is not None and (it.each is not None or len(it.places) == 1) for it in others)
    rest = total - sum(it.count * (len(it.places) if it.each else 1) for it in others) if known else None
    out = []
    for it, is_rest in zip(items, remainder, strict=True):
        if is_rest:
            it = replace(it, count=rest if rest and rest > 0 else None, each=None if len(it.places) == 1 else False)
        out.append(it)
    return out


def _fold_parts(items: list[BreakdownItem]) -> list[BreakdownItem]:
    """"3 over the Moscow region, including 2 flying towards Moscow": the part over the same region
    is told in its region's item (its note and evidence), not as an item of its own. A breakdown
    counts each region once; a part over a place inside the region (a district, a town) stays an
    item with its subset_of."""
    def isos(it: BreakdownItem) -> set[tuple[str, str | None]]:
        return {(p.kind, p.iso) for p in it.places}

    folded: dict[int, BreakdownItem] = {}
    drop: set[int] = set()
    for k, it in enumerate(items):
        if it.subset_of is None or it.subset_of in drop or isos(it) != isos(items[it.subset_of]):
            continue
        parent = folded.get(it.subset_of, items[it.subset_of])
        told = "; ".join(e.text for e in it.evidence) or it.note
        note = f"{parent.note}; {told}" if parent.note else told
        folded[it.subset_of] = replace(parent, note=note, evidence=parent.evidence + it.evidence)
        drop.add(k)
    if not drop:
        return items
    keep = [k for k in range(len(items)) if k not in drop]
    index = {old: new for new, old in enumerate(keep)}
    return [replace(folded.get(k, items[k]), subset_of=index.get(items[k].subset_of)) if items[k].subset_of is not None
            else folded.get(k, items[k]) for k in keep]


def _told_again(prev: Claim, cur: Claim) -> tuple[Claim, Claim]:
    """A list of no total of its own, by the same side, that counts the claim just told again in
    finer detail tells those downings once: by the hour ("five over the Smolensk region … three there
    at 0600 GMT and two more at 0700") it adds no item, and by region ("ten within the Odesa and
    Mykolaiv regions", then "one over Mykolaiv, the rest over Odesa") it replaces the combined item."""
    if cur.launched is not None or prev.claimant.side != cur.claimant.side or not cur.breakdown \
            or any(it.count is None or it.subset_of is not None or len(it.places) != 1 for it in cur.breakdown) \
            or any(it.subset_of is not None for it in prev.breakdown):
        return prev, cur
    told: dict[str | None, int] = {}
    for it in cur.breakdown:
        told[it.places[0].iso] = told.get(it.places[0].iso, 0) + it.count
    if cur.destroyed is not None and cur.destroyed != sum(told.values()):
        return prev, cur  # (a total of its own: another claim)
    single = {it.places[0].iso: it.count for it in prev.breakdown if len(it.places) == 1}
    if len(cur.breakdown) > len(told) and all(single.get(iso) == n for iso, n in told.items()):
        return prev, replace(cur, breakdown=())  # the same downings by the hour
    combined = [k for k, it in enumerate(prev.breakdown) if len(it.places) > 1 and not it.each
                and {p.iso for p in it.places} == set(told) and it.count == sum(told.values())]
    if len(combined) == 1 and len(told) > 1:
        return replace(prev, breakdown=tuple(it for k, it in enumerate(prev.breakdown) if k != combined[0])), cur
    return prev, cur


def _list_counted_elsewhere(claims: list[Claim]) -> None:
    """"The drones were downed over the Aa, Bb and Cc regions", and the same side's officials then
    count each of them ("two over Aa", "three over Bb", "one over Cc"): the uncounted list of regions
    names the places the counts tell, not an item of its own. Where those counts add up to the claim's
    total they are its breakdown; otherwise the list is left out. Only a list of two or more places,
    each counted by a single-place item of the claim or of another claim of the same side ("над Aской
    и Bской областями сбиты дроны. Два — над Aской", then a governor's "один над Bской"; one place
    named without a count is a claim's own word that they were downed there, and stays)."""
    if not any(it.count is None and len(it.places) > 1 for c in claims for it in c.breakdown):
        return
    counted: dict[tuple[str, str | None], list[tuple[int, BreakdownItem]]] = {}  # the first two claims' items
    for k, c in enumerate(claims):
        for it in c.breakdown:
            if it.count is not None and it.subset_of is None and len(it.places) == 1:
                by = counted.setdefault((c.claimant.side, it.places[0].iso), [])
                if len(by) < 2 and all(j != k for j, _ in by):
                    by.append((k, it))

    def elsewhere(k: int, side: str, iso: str | None) -> BreakdownItem | None:
        return next((it for j, it in counted.get((side, iso), ()) if j != k), None)

    for k, c in enumerate(claims):
        if any(it.subset_of is not None for it in c.breakdown):
            continue
        own = {it.places[0].iso: it for it in c.breakdown
               if it.count is not None and len(it.places) == 1}
        items: list[BreakdownItem] = []
        changed = False
        for it in c.breakdown:
            told = [own.get(p.iso) or elsewhere(k, c.claimant.side, p.iso) for p in it.places]
            if it.count is not None or len(it.places) < 2 or not all(told):
                items.append(it)
                continue
            changed = True
            if c.destroyed is not None and sum(t.count for t in told) == c.destroyed:
                items += [t for p, t in zip(it.places, told, strict=True) if p.iso not in own]
        if changed:
            claims[k] = replace(c, breakdown=tuple(items))


def _parts_told_by_others(claims: list[Claim], more: list[bool]) -> None:
    """The country's count told with no place ("air defence downed 48 of 53 drones over nine regions"),
    then other voices of the same side telling where some of that night's downings were ("seven over the
    Odesa region, three over Kherson", a regional command's or an administration's own count): their
    counted regions are where the whole's downings were too, and so also its breakdown (each voice keeps
    its own claim). Only while their counts stay within the whole's (each at most what the parts before it
    left of it: a part equal to the rest is within, and so is another voice's telling of the whole's figure for
    its region; the whole's own voice telling its figure again is no part, but the same claim retold: a
    headline's "five over the city", the body's "over the sea") and add no region it places itself;
    not another period's counts, nor a launch told (another telling of the attack), nor a count of
    another weapon than the whole's, nor a count told as more than the whole ("Another five were downed over …")."""
    # (the whole: the side's largest count, and of a headline's count and the body's that tells what came
    # too, the body's)
    wholes: dict[str, int] = {}
    for k, c in enumerate(claims):
        if c.scope == "report" and c.destroyed is not None and (
                (j := wholes.get(c.claimant.side)) is None
                or (c.destroyed, c.launched is not None) > (claims[j].destroyed, claims[j].launched is not None)):
            wholes[c.claimant.side] = k
    for side, k in wholes.items():
        whole = claims[k]
        if any(it.count is not None for it in whole.breakdown):
            continue
        placed = {p.iso for it in whole.breakdown for p in it.places}
        left, added = whole.destroyed, []
        for c, told_more in zip(claims, more, strict=True):
            if c is whole or told_more or c.claimant.side != side or c.scope != "report" or c.launched is not None or c.destroyed is None \
                    or not c.breakdown or (c.weapon != whole.weapon and "unknown" not in (c.weapon, whole.weapon)
                                           and whole.weapon != "mixed") \
                    or (c.window is not None and whole.window is not None and c.window.start != whole.window.start):
                continue
            if c.destroyed > left or (c.destroyed == whole.destroyed and c.claimant.name == whole.claimant.name) or any(it.subset_of is not None or not it.places
                                           or any(p.kind not in ("admin1", "sea") or p.iso in placed for p in it.places)
                                           for it in c.breakdown):
                continue
            left -= c.destroyed
            added += c.breakdown
            placed |= {p.iso for it in c.breakdown for p in it.places}
        if added:
            claims[k] = replace(whole, breakdown=(*whole.breakdown, *added))


def _uncounted_told(items: list[BreakdownItem]) -> list[BreakdownItem]:
    """"Чаще всего дроны сбивали над Курской областью", then "9 БПЛА – над
    Курской областью": a place named without a count, and counted in the same claim,
    is the counted item only (not a second item of no count)."""
    counted = {p.iso for it in items if it.count is not None and it.subset_of is None for p in it.places}
    if not counted:
        return items
    keep = [it for it in items if it.count is not None or it.subset_of is not None
            or not all(p.iso in counted for p in it.places)]
    if len(keep) == len(items):
        return items
    # (the subsets point at their parents by index)
    index = {id(it): k for k, it in enumerate(keep)}
    old = {k: id(it) for k, it in enumerate(items)}
    return [replace(it, subset_of=index.get(old[it.subset_of])) if it.subset_of is not None else it for it in keep]


def _each_by_sum(items: list[BreakdownItem], total: int | None,
                 unplaced: int = 0) -> tuple[list[BreakdownItem], tuple[int, ...]]:
    """"21 over the Oryol region, 9 over the Tula and Kaluga regions, … two over Tver" with a
    stated total of 43: a count over several places with no word for "each" or "combined" is read as
    each place's when that makes the list add up to the total and the combined reading does not
    (the indexes of the items so read; the check says so in a finding). ``unplaced``: the list's parts
    told with no place ("…, while three were neutralised elsewhere"), which the items' sum leaves out."""
    top = [k for k, it in enumerate(items) if it.subset_of is None]
    open_ = [k for k in top if items[k].each is None and len(items[k].places) > 1 and items[k].count is not None]
    if total is None or not open_ or any(items[k].count is None for k in top):
        return items, ()
    total -= unplaced

    def value(it: BreakdownItem, each: bool) -> int:
        return it.count * len(it.places) if each else it.count

    fixed = sum(value(items[k], bool(items[k].each)) for k in top if k not in open_)
    combined = fixed + sum(items[k].count for k in open_)
    each = fixed + sum(value(items[k], True) for k in open_)
    if combined == total or each != total:
        return items, ()
    return [replace(it, each=True) if k in open_ else it for k, it in enumerate(items)], tuple(open_)


def _town_region(place: Place, gaz: Gazetteer) -> Place:
    """"shot down 10 Shaheds over Odesa" (the oblast's head), "ten drones over the port of Ust-Luga":
    a count over a town is kept as its region's, where the claim names no count for that region (counts are kept by region; the town stays among
    the places the document names, and its incidents keep it)."""
    if place.kind != "locality" or not place.iso or not gaz.in_theatre(place):
        return place
    region = gaz.region(place.iso)
    return replace(region, as_written=place.as_written) if region is not None else place


def _around(place: Place, gaz: Gazetteer) -> Place | None:
    """The region around a town ("over Kyiv and its suburbs": the Kyiv Oblast; "over Kharkiv and its
    outskirts": the Kharkiv Oblast, the town's own), or None where the place is no town."""
    if place.iso in CITY_REGIONS:
        return gaz.region(SURROUNDING[place.iso])
    if place.kind != "locality":
        return None
    around = _town_region(place, gaz)
    return around if around is not place else None


def _surrounding(place: Place, gaz: Gazetteer) -> Place:
    """The region around a Russian city that is a region of its own (Moscow → the Moscow Region),
    or the region of any other town the weapons flew towards ("на подлёте к Белгороду": the
    Belgorod Region; where they were downed the text does not say, only the region)."""
    if place.kind == "locality" and place.iso and place.iso not in CITY_REGIONS:
        return gaz.region(place.iso) or place
    if place.kind not in ("locality", "admin1") or place.iso not in RING_CITIES:
        return place
    return gaz.region(SURROUNDING[place.iso]) or place


def to_report(doc: Doc, version: str) -> Report:
    return Report(
        documents=(doc.document,), claimants=tuple(doc.claimants), claims=tuple(doc.claims),
        incidents=tuple(doc.incidents), findings=tuple(doc.findings), commentary=tuple(doc.commentary),
        places=tuple(doc.places), raidlog_version=version, gazetteer_version=doc.gaz.version,
    )

