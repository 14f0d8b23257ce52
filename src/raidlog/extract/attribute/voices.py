"""Who tells a claim: the official or organisation named, the nearest one before, the
document's channel, or the side that defends the region (for claims nobody was named for).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache
from types import ModuleType

from raidlog.extract import claimants
from raidlog.extract.attribute.cues import _patterns
from raidlog.extract.attribute.drafts import UNATTRIBUTED, Attribution, ClaimDraft, _SentenceIndex
from raidlog.extract.mentions import Mentions
from raidlog.extract.resolve import Resolution
from raidlog.geo import SURROUNDING, Gazetteer
from raidlog.lexicon.sides import CONTESTED, RUSSIAN_GOVERNED
from raidlog.lexicon.sources import SOURCE_CLAIMANTS
from raidlog.model import Claimant


def _post_voice(out: Attribution) -> Claimant | None:
    """Whose post the text is: its header or signature, else the one official or administration
    all its claims are told by ("Сумська ОВА: вночі збито 5 БпЛА. Пошкоджено будинок …"); None
    for a story of several voices, or of a ministry's or air force's claims."""
    if out.author is not None:
        return out.author
    voices = {draft.claimant for draft in out.claims}
    voice = voices.pop() if len(voices) == 1 else None
    return voice if voice is not None and voice.kind in ("governor", "official", "authorities") else None


_TOLD = 8  # the officials told last that "the governor" may be (a few: no scan of them all for each)


def _as_before(official: claimants.OfficialClaimant, out: Attribution) -> claimants.OfficialClaimant:
    """"Лысак также отметил": a person named again without his office is the official
    the text has already identified (his office and region as first told)."""
    if not official.person.name and not official.person.region_text and official.claimant.kind == "governor":
        # "…, the governor wrote on Telegram": the governor the text has named before, if any (of the
        # region the sentence names, if it names one)
        before = next((o for o in reversed(out.officials[-_TOLD:]) if o.claimant.kind == "governor" and o.claimant.person),
                      None)
        if before is None or official.region not in (None, before.region):
            return official
        return replace(official, claimant=before.claimant, match=before.match, region=before.region, town=before.town)
    if official.person.role is not None or not official.claimant.person:
        return official
    # (a surname alone is the official of that surname the text has named, not a namesake the table lists
    # first: "губернатор Глеб Никитин", then "уточнил Никитин", is not Andrey Nikitin of Novgorod)
    surname = official.claimant.person.split()[-1] if len(official.person.name.split()) == 1 else None
    for before in reversed(out.officials):
        if before.claimant.person == official.claimant.person or (
                surname and before.claimant.person and before.claimant.person.split()[-1] == surname):
            return replace(official, claimant=before.claimant, match=before.match, region=before.region,
                           town=before.town)
    return official


def _attribute_the_unattributed(out: Attribution, mentions: list[Mentions], lex: ModuleType) -> None:
    """Who speaks where a claim's own sentences name nobody:

    - "…, the Air Force said" at the end of a report: when the document names one
      organisation only, the claims nobody was named for are its claims;
    - else the official of the post or story ("Об этом сообщил губернатор …" after the
      count, a header "Губернатор … :" before it): the one named nearest the claim;
    - else the formula the claim is told in, which only one side's posts use ("Сили ППО"
      in a Ukrainian text, "дежурные средства ПВО"), or "the ministry" of these reports.
    """
    named = {ref.name: (m, ref) for m in mentions for ref in m.claimants if ref.explicit}
    if len(named) == 1:
        m, ref = next(iter(named.values()))
        for draft in out.claims:
            if draft.claimant is UNATTRIBUTED:
                draft.claimant = _own_region_official(out, draft) or claimants.from_ref(ref, m.sentence.text)
        return
    holding = _SentenceIndex(mentions)
    formulas_in: dict[int, list[bool]] = {}  # each sentence's formulas, searched once (not once for each claim)
    for draft in out.claims:
        if draft.claimant is not UNATTRIBUTED:
            continue
        if out.channel is not None and not named:
            draft.claimant = out.channel  # a post of the ministry's own channel speaks for it
            continue
        told_in = _named_in_its_sentences(draft, mentions, holding)
        if told_in is not None:
            draft.claimant = told_in
            continue
        formula = _formula_claimant(draft, holding, lex, formulas_in)
        official = None if named else (_administration_telling(out, draft, lex) or _nearest_official(out, draft)
                                       or out.author or _nearest_administration(out, draft))
        country = None
        if official is not None and official.region and draft.nationwide:
            # a count over the whole country is no regional official's, but his country's defences'
            # ("Нагадаємо, загалом ворог випустив по Україні 50 БпЛА, з них збито 40" in an OVA head's
            # post: Ukraine's, as the real reports' gold reads a nationwide figure)
            official, country = None, official.side
        if official is not None and official.region and any(
                p.kind == "admin1" and p.iso and p.iso != official.region for it in draft.items for p in it.places):
            official = None  # a list over other regions too is no governor's own count (an MoD list)
        if official is not None and formula is not None and formula.kind == "ministry" != official.kind \
                and not _told_just_before(out, draft, holding) \
                and not (_own_region_official(out, draft) is official and not _names_a_ministry(draft, holding, lex)):
            # "The ministry said 20 drones were destroyed. Governor Gladkov said two people were injured":
            # the claim's sentence names its teller, a ministry, which no governor of that side is
            # (but "…, рассказал губернатор Петров. Силами российской ПВО беспилотник был уничтожен": the
            # governor named telling in the sentence just before goes on telling; and "Над Курской
            # областью средства ПВО поразили украинский дрон. «Никто не пострадал», – написал глава региона …":
            # words only one side uses, no ministry named, over the region of the official told nearest)
            official = None
        if official is not None and (formula is None or formula.side in (official.side, "unknown")
                                     or _defender_side(draft) == official.side):
            # (an official of the side that defends the claim's airspace tells it in any words: "«Вночі на сході
            # Криму силами ППО збито 9 БПЛА», – написав він" of Crimea's Russian-installed head, whose air
            # defence the Ukrainian text names as it names Ukraine's)
            draft.claimant = official
        elif formula is not None:
            draft.claimant = formula
        else:
            draft.claimant = _defender(draft) or _side_defender({country}) or UNATTRIBUTED


def _unplaced_office(c: Claimant | None) -> bool:
    """"…, the governor wrote on Telegram": an office named with no name and no region of its own."""
    return c is not None and c.kind == "governor" and c.person is None and c.region is None and c.side == "unknown"


def _side_of_unplaced_offices(out: Attribution, mentions: list[Mentions], resolutions: list[list[Resolution]],
                              lex: ModuleType, gaz: Gazetteer) -> None:
    """A governor named with neither a name nor a region ("…, the governor wrote on Telegram") is of
    the side the text's words give away ("Ukrainian drones": Russia's; "ворожі дрони", "ОВА": Ukraine's),
    else of the one side whose places the text names; his person and region stay unknown."""
    if not any(_unplaced_office(d.claimant) for d in out.claims) \
            and not any(_unplaced_office(i.reporter) for i in out.incidents):
        return
    side = _text_side(mentions, resolutions, lex, gaz)
    if side is None:
        return
    for d in out.claims:
        if _unplaced_office(d.claimant):
            d.claimant = replace(d.claimant, side=side)
    for i in out.incidents:
        if _unplaced_office(i.reporter):
            i.reporter = replace(i.reporter, side=side)


def _text_side(mentions: list[Mentions], resolutions: list[list[Resolution]], lex: ModuleType,
               gaz: Gazetteer) -> str | None:
    """The one side the text's words give away as the defender ("Ukrainian drones": Russia's; "ворожі дрони":
    Ukraine's), else the one side whose places the text names; None when it names both or neither."""
    told = {side for m in mentions for pattern, side in _patterns(lex)["defender_sides"]
            if pattern.search(m.sentence.text)}
    if len(told) != 1:
        told = {claimants.side_of(r.place.iso) for res in resolutions for r in res
                if r.place is not None and r.place.kind in ("admin1", "district", "locality") and r.place.iso
                and gaz.in_theatre(r.place)} - {"other", "unknown"}
    return next(iter(told)) if len(told) == 1 else None


def _side_of_the_unattributed(out: Attribution, mentions: list[Mentions], resolutions: list[list[Resolution]],
                              lex: ModuleType, gaz: Gazetteer) -> None:
    """A claim nobody is named for, when all else is read ("Было сбито 30 летательных аппаратов" on a regional
    site about attacks on its own region): its counts are the defences' of the side the text gives away (as an
    unplaced office's, :func:`_text_side`); who told them stays unnamed."""
    if not any(d.claimant is UNATTRIBUTED for d in out.claims):
        return
    side = _text_side(mentions, resolutions, lex, gaz)
    told = set(_SentenceIndex(mentions).starting_within(
        [e for d in out.claims if d.claimant is UNATTRIBUTED for e in d.evidence]))
    if _beyond_theatre(resolutions, gaz, [res for k, (m, res) in enumerate(zip(mentions, resolutions, strict=True))
                                          if m.sentence.is_title or k in told or k + 1 in told]):
        # ("Румыния сообщила о 9 дронах над её территорией, три сбиты"): the claim's sentences (or the one
        # before one of them, or the headline) name a country
        # beyond the war's and the text none of its places, so the defences are that country's, whatever side
        # "Russian drones" gives away (not a country named elsewhere: "40 of 50 drones were downed. Poland
        # scrambled its jets.")
        side = "other"
    if side is None:
        return
    for d in out.claims:
        if d.claimant is UNATTRIBUTED:
            d.claimant = replace(UNATTRIBUTED, side=side)


def _beyond_theatre(resolutions: list[list[Resolution]], gaz: Gazetteer, told: list[list[Resolution]]) -> bool:
    """Whether ``told`` (the claim's sentences) names a country beyond the theatre (Poland, Romania) and the
    text no region, district or town within it."""
    places = [r.place for res in resolutions for r in res if r.place is not None]
    return any(r.place is not None and r.place.kind == "country" and not gaz.in_theatre(r.place)
               for res in told for r in res) \
        and not any(p.kind in ("admin1", "district", "locality") and gaz.in_theatre(p) for p in places)


def _named_in_its_sentences(draft: ClaimDraft, mentions: list[Mentions], holding: _SentenceIndex) -> Claimant | None:
    """The one organisation or official named in the claim's own sentences, though none of them
    told its counts ("Source: General Staff … on Facebook, information as of 06:00", a line that only
    completes the claim's window), in a story that names others for its other claims."""
    refs = {ref.name: (m, ref) for m in map(mentions.__getitem__, holding.starting_within(draft.evidence))
            for ref in m.claimants if ref.explicit}
    if len(refs) != 1:
        return None
    m, ref = next(iter(refs.values()))
    return claimants.from_ref(ref, m.sentence.text)


def _defender(draft: ClaimDraft) -> Claimant | None:
    """Where nothing names the claimant, the places of the claim's breakdown: only the side
    that defends that airspace counts interceptions over it (the Russian Ministry of Defence
    over Russian regions and Crimea, Ukraine's air defence over the rest of Ukraine)."""
    sides = set()
    for it in draft.items:
        for p in it.places:
            if p.kind == "sea" or p.country is None or p.iso in CONTESTED:
                continue
            sides.add("RU" if p.country == "RU" or p.iso in RUSSIAN_GOVERNED else
                      "UA" if p.country == "UA" else "other")
    return _side_defender(sides)


def _defender_side(draft: ClaimDraft) -> str | None:
    """The side that defends the airspace of the claim's breakdown, if one does (see :func:`_defender`)."""
    defender = _defender(draft)
    return defender.side if defender is not None else None


def _side_defender(sides: set[str | None]) -> Claimant | None:
    """The defences of one side: the Russian Ministry of Defence, or Ukraine's air defence."""
    if sides == {"RU"}:
        return Claimant("Russian Ministry of Defence", "ministry", "RU")
    if sides == {"UA"}:
        return Claimant("Ukrainian air defence", "military_command", "UA")
    return None


def _channel(source: str | None) -> Claimant | None:
    """The claimant an official channel's or site's address gives (``lexicon.sources``)."""
    if not source:
        return None
    for pattern, name, kind, side in _source_patterns():
        if pattern.search(source):
            return Claimant(name, kind, side, as_written=source)
    return None


@lru_cache(maxsize=1)
def _source_patterns() -> list[tuple[re.Pattern[str], str, str, str]]:
    return [(re.compile(p, re.IGNORECASE), name, kind, side) for p, name, kind, side in SOURCE_CLAIMANTS]


def _own_region_official(out: Attribution, draft: ClaimDraft) -> Claimant | None:
    """"… уничтожены над Липецкой областью, сообщил губернатор Иван Петров" in a story
    of the ministry's count elsewhere: a claim over the region of the official named nearest
    it only is that official's."""
    official = _nearest_official(out, draft)
    if official is None or not official.region or not draft.items:
        return None
    near = {official.region, SURROUNDING.get(official.region)}
    if all(p.iso in near for it in draft.items for p in it.places):
        return official
    return None


def _told_just_before(out: Attribution, draft: ClaimDraft, holding: _SentenceIndex) -> bool:
    """An official is named in the sentence just before the claim's first, in the same paragraph."""
    k = holding.sentence_of(draft.evidence[0][0]) if draft.evidence else None
    if not k:
        return False
    before, cur = holding.mentions[k - 1].sentence, holding.mentions[k].sentence
    # (the officials' offsets are in text order: the first at or after the sentence's start, by bisection)
    j = bisect_left(out.official_offsets, before.start)
    return before.paragraph == cur.paragraph and bool(holding.mentions[k - 1].people) \
        and j < len(out.official_offsets) and out.official_offsets[j] < before.end


def _nearest_official(out: Attribution, draft: ClaimDraft) -> Claimant | None:
    """The official named nearest the claim (before or after it): a report quotes one
    official, who is introduced before his words or named after them."""
    if not out.officials or not draft.evidence:
        return None
    at = draft.evidence[0][0]
    best = min(range(len(out.officials)), key=lambda k: (abs(out.official_offsets[k] - at),
                                                         out.official_offsets[k] < at))
    return out.officials[best].claimant


def _administration_telling(out: Attribution, draft: ClaimDraft, lex: ModuleType) -> Claimant | None:
    """"«… destroyed about a dozen attack drones that threatened the capital», the city military
    administration's report said": an administration named in the claim's own sentence tells it,
    whichever official the story quoted nearer (the mayor's words on the damage)."""
    return next((c for offset, c in out.administrations if c.side != "unknown"
                 and re.search(lex.TELLING_AUTHORITIES, c.as_written or "", re.IGNORECASE)
                 and any(a <= offset < b for a, b in draft.evidence)), None)


def _nearest_administration(out: Attribution, draft: ClaimDraft) -> Claimant | None:
    """"…, повідомили у Київській міській військовій адміністрації": an administration
    named beside the claim (its side known from the places it names) speaks for it."""
    if not draft.evidence:
        return None
    at = draft.evidence[0][0]
    known = [(offset, c) for offset, c in out.administrations if c.side != "unknown"]
    if not known:
        return None
    return min(known, key=lambda oc: (abs(oc[0] - at), oc[0] < at))[1]


def _names_a_ministry(draft: ClaimDraft, holding: _SentenceIndex, lex: ModuleType) -> bool:
    """The claim's sentences name a ministry ("указали в ведомстве"), not only words its side uses."""
    held = sorted(holding.told(draft))
    ministry = _patterns(lex)["ministry_anaphora"]
    return any(ministry.search(holding.mentions[k].sentence.text) for k in held)


def _formula_claimant(draft: ClaimDraft, holding: _SentenceIndex, lex: ModuleType,
                      formulas_in: dict[int, list[bool]]) -> Claimant | None:
    """The claimant a claim's wording gives away (``lex.SIDE_FORMULAS``); ``formulas_in``: the
    formulas each sentence holds, read once per sentence (a sentence of many claims searched once
    for each was square)."""
    # the claim's sentences, each found by bisection (a scan of every sentence for each claim was square)
    held = sorted(holding.told(draft))
    formulas = _formulas(lex)
    for k in held:
        if k not in formulas_in:
            text = holding.mentions[k].sentence.text
            formulas_in[k] = [bool(pattern.search(text)) for pattern, *_ in formulas]
    for i, (_, name, kind, side) in enumerate(formulas):
        if any(formulas_in[k][i] for k in held):
            return Claimant(name, kind, side)
    return None


@lru_cache(maxsize=8)
def _formulas(lex: ModuleType) -> list[tuple[re.Pattern[str], str, str, str]]:
    return [(re.compile(rf"\b(?:{p})\b", re.IGNORECASE), name, kind, side) for p, name, kind, side in lex.SIDE_FORMULAS]


def _claimant(m: Mentions, people: list[claimants.OfficialClaimant], out: Attribution,
              lex: ModuleType) -> Claimant | None:
    explicit = [c for c in m.claimants if c.explicit]
    if explicit:
        source_last = _patterns(lex)["source_last"].search(m.sentence.text)
        return claimants.from_ref(explicit[-1] if source_last else explicit[0], m.sentence.text)
    if people:
        return people[0].claimant
    if m.authorities and out.claims and out.administrations and out.administrations[-1][0] == m.sentence.start:
        # "Chernihiv Oblast Governor … said Russia launched 20 drones … The Kyiv City Military Administration
        # said on its channel that 14 were downed": the administration its sentence names, by a place of
        # another region than the claim told before, tells it (not the governor quoted before; the claim
        # told last by the same region's voice goes on: "…, according to the city administration. …,
        # according to its head")
        named = out.administrations[-1][1]
        last = out.claims[-1].claimant
        # (or after a national body's claim, which has no region: "Air Force: 31 came, 26 downed. Over the oblast
        # four were downed, said the Vinnytsia regional military administration": the administration's own count)
        if named.side != "unknown" and named.region and last.region != named.region \
                and (last.region or last.kind in ("air_force", "ministry", "military_command")) \
                and re.search(lex.TELLING_AUTHORITIES, named.as_written or "", re.IGNORECASE):
            return named
    for ref in m.claimants:
        for draft in reversed(out.claims):
            if ref.kind == "any" or draft.claimant.kind == ref.kind:
                return draft.claimant
        if out.speaker is not None and (ref.kind == "any" or out.speaker.kind == ref.kind):
            return out.speaker
    return None


def _same(a: Claimant, b: Claimant) -> bool:
    """The same reporter, however the text wrote them ("Мэр Москвы Сергей Собянин", "Собянин")."""
    return (a.name, a.person) == (b.name, b.person)
