"""What attribution builds: the drafts of claims, their weapons and incidents, and the
context a reader keeps while reading a report (Attribution), with an index of its sentences.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date

from raidlog.extract import breakdown, casualties, claimants
from raidlog.extract.mentions import Mentions
from raidlog.extract.times import WrittenWindow
from raidlog.model import Claimant, Place

UNATTRIBUTED = Claimant("Unattributed", "unknown", "unknown")


@dataclass
class WeaponDraft:
    type: str
    model: str | None
    launched: int | None = None
    destroyed: int | None = None
    evidence: list[tuple[int, int]] = field(default_factory=list)
    from_title: bool = False  # a headline's summary, replaced by the body's own list
    listed: bool = False  # one line of a list of weapons: a part of its own, never a generic count's model
    rounded: set[str] = field(default_factory=set)  # slots told as a rounded figure ("понад сотню")


@dataclass
class ClaimDraft:
    claimant: Claimant
    scope: str = "report"
    destroyed: int | None = None
    launched: int | None = None
    lost: int | None = None
    weapons: list[WeaponDraft] = field(default_factory=list)
    items: list[breakdown.Item] = field(default_factory=list)
    item_offsets: list[int] = field(default_factory=list)
    window: WrittenWindow | None = None
    window_offset: int = 0
    hedged: bool = False
    night: bool = False
    days: set[tuple[int, int]] = field(default_factory=set)  # (month, day) its sentences name
    nationwide: bool = False  # told over the whole country: no regional official's own count
    from_title: bool = False
    evidence: list[tuple[int, int]] = field(default_factory=list)
    launch_sites: list[Place] = field(default_factory=list)
    summed: bool = False  # the destroyed total is the sum of the weapons' counts, not a stated one
    named: bool = False  # its claimant was named in a sentence that told its counts (not inferred)
    own_period: bool = False  # opened by a sentence of another time ("Later another drone was …"): no part of one told
    item_kinds: dict[tuple[int, int], tuple[str, str | None]] = field(default_factory=dict)  # what an item counts
    approximate: set[str] = field(default_factory=set)  # slots told as a rounded figure ("over 100"): the exact one wins
    headline_destroyed: int | None = None  # the destroyed figure its headline told, when the body joined it
    # its list's parts told with no place of their own ("…, while three were neutralised elsewhere"): in the total,
    # in no item (the arithmetic reading of its items reaches the total less them)
    unplaced: int = 0

    def counts(self, slot: str) -> bool:
        """Whether it told a count of this slot ("launched", "destroyed"), in all or of one weapon."""
        return getattr(self, slot) is not None or any(getattr(w, slot) is not None for w in self.weapons)


@dataclass
class IncidentDraft:
    kinds: list[str]
    places: list[Place]
    reporter: Claimant
    injured: int | None
    killed: int | None
    description: str
    evidence: list[tuple[int, int]]
    statements: list[casualties.Statement] = field(default_factory=list)  # its casualty figures
    locations: int | None = None  # "hits at 8 locations": how many places the text counts
    claim: ClaimDraft | None = None  # where that claim's weapons were downed: its claimant reports it
    near: list[Place] = field(default_factory=list)  # its cities the weapons were downed on approach to: towns
    # explosions only heard there ("у Києві чули вибухи"): kept only if a sentence after tells what they did
    # ("Шахеди пошкодили тут будинок"), else no incident (see incidents._heard_only)
    heard: bool = False


@dataclass
class Attribution:
    claims: list[ClaimDraft] = field(default_factory=list)
    incidents: list[IncidentDraft] = field(default_factory=list)
    officials: list[claimants.OfficialClaimant] = field(default_factory=list)
    official_offsets: list[int] = field(default_factory=list)
    used: set[int] = field(default_factory=set)  # sentences that carry a fact
    pending_window: tuple[WrittenWindow, int] | None = None
    pending_sentence: int = -2  # the sentence that told the pending window
    pending_span: tuple[int, int] | None = None  # (its start and end)
    speaker: Claimant | None = None  # the last organisation named ("Russian Defence Ministry, Telegram:")
    reporter: Claimant | None = None  # the last official named (a governor's post speaks for him)
    reporter_paragraph: int = -1
    reporter_sentence: int = -2
    reporter_start: int = -1  # where the sentence that named him starts
    reporter_town: list[Place] = field(default_factory=list)  # the town a mayor's office names
    vague: frozenset[str] = frozenset()  # claimants named only vaguely (lex.VAGUE_CLAIMANTS)
    background_paragraph: int = -1  # "Напомним, …": the rest of the paragraph tells earlier events
    # a reminder read as retelling the report's own attack (it names no time of its own): its paragraph, where a later
    # sentence that names another time ("Нагадаємо, росіяни почали застосовувати КАБи. Перший випадок зафіксували
    # в суботу …") makes the rest of it earlier events after all
    reminder_paragraph: int = -1
    # the paragraph of the last sentence read as earlier events (a reminder's paragraph or a background sentence): a
    # sentence of it or the next that opens by pointing back to that event ("In that strike, …") tells it too
    earlier_paragraph: int = -2
    # the sentences of no casualty word since the last one read as earlier events, not yet asked whether they tell
    # other events: only a sentence that points back ("In that strike, …") needs it (incidents._earlier_paragraph);
    # each with its paragraph, text, words and whether it named a day the report had not
    unread_background: list[tuple[int, str, frozenset[str], bool]] = field(default_factory=list)
    published: date | None = None
    author: Claimant | None = None  # the post's author, from a header or a signature line
    administrations: list[tuple[int, Claimant]] = field(default_factory=list)  # "повідомляє пресслужба КМВА"
    channel: Claimant | None = None  # the official channel or site the document comes from
    weapon_list: tuple[ClaimDraft | None, str, Claimant | None] | None = None  # "застосував таке озброєння:"
    untold: list[Place] = field(default_factory=list)  # the towns of the sentence before, which told nothing of them
    voice: tuple[Claimant, int] | None = None  # the last person or organisation named, and where
    # the one named telling in a sentence (a person, an organisation, an administration), its sentence and paragraph
    teller: tuple[Claimant, int, int] | None = None
    incident_at: tuple[int, int] = (-2, -2)  # the sentence and paragraph that last told an incident
    untold_counted: bool = False  # … or the one town a count was told over (its debris fell there)
    headline_towns: list[Place] = field(default_factory=list)  # the one town or district a headline names
    told_days: set[tuple[int, int]] = field(default_factory=set)  # (month, day) the report's own sentences name
    toll_told: bool = False  # a sentence of the report's own events told casualty figures (a zero too)
    # the paragraph and the regions of its latest sentence that named one ("На Дніпропетровщині …"): the region
    # an unnamed "обласний центр" told next in that paragraph is the centre of
    regions_told: tuple[int | None, list[Place]] = (None, [])
    # a sentence of no count told a new attack ("Later the governor told of a new attempt at
    # attack."): the next count is that attack's, not more of the claim told
    new_attack: bool = False
    # the sentence before the one being read ("Это произошло в Грайвороне" places the event it told)
    sentence_before: Mentions | None = None
    # the sentence, paragraph, text and words of the last sentence read for victims that told none: whether it opened
    # another strike's story ("Separately, …") is asked only if the next one tells victims
    other_story: tuple[int, int, str, frozenset[str]] | None = None


class _SentenceIndex:
    """Which sentence holds an offset, and which officials speak in a paragraph, found by bisection
    and one grouping per document (a long document has many claims: a scan of every sentence for
    each claim grew with the square of its length)."""

    def __init__(self, mentions: list[Mentions]) -> None:
        self.mentions = mentions
        self.starts = [m.sentence.start for m in mentions]
        self._speakers: dict[int | None, list[tuple[int, claimants.OfficialClaimant]]] | None = None

    def sentence_of(self, at: int) -> int | None:
        k = bisect_right(self.starts, at) - 1
        return k if k >= 0 and at < self.mentions[k].sentence.end else None

    def told(self, draft: ClaimDraft) -> set[int]:
        """The sentences that told the claim (those holding its evidence)."""
        return {k for a, _ in draft.evidence if (k := self.sentence_of(a)) is not None}

    def starting_within(self, spans: list[tuple[int, int]]) -> list[int]:
        """The sentences that start within any of ``spans`` (a claim's evidence), in the text's order."""
        found: set[int] = set()
        for a, b in spans:
            k = bisect_left(self.starts, a)
            while k < len(self.starts) and self.starts[k] < b:
                found.add(k)
                k += 1
        return sorted(found)

    def paragraph_of(self, at: int) -> int | None:
        k = self.sentence_of(at)
        return None if k is None else self.mentions[k].sentence.paragraph

    def officials_in(self, out: Attribution, paragraph: int | None) -> list[tuple[int, claimants.OfficialClaimant]]:
        if self._speakers is None:
            para = {m.sentence.start: m.sentence.paragraph for m in self.mentions}
            self._speakers = {}
            for off, o in zip(out.official_offsets, out.officials, strict=True):
                self._speakers.setdefault(para.get(off), []).append((off, o))
        return self._speakers.get(paragraph, [])
