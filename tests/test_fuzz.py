"""Property tests: ``raidlog.extract`` on texts mutated from the extraction cases never fails,
and every span it reports is a slice of the text it was given.

The examples are drawn from a fixed seed (``derandomize``), so CI reads the same texts each run."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import raidlog
from raidlog.verify import breakdown

CASES = sorted((Path(__file__).parent / "cases").glob("*/*.txt"))
TEXTS = [p.read_text("utf-8") for p in CASES]
# what real copies of reports carry: odd spaces, marks, dashes, digits, quotes
NOISE = ["\u200b", "\u200e", "\u200f", "\u202e", "\u2066", "\u00ad", "\ufeff", "\u00a0", " – ", ", ",
         " и ", " and ", " по 3 – над ", "9" * 30, "1,000,000", "\n", "«", "»", "(", ")", "'s", "-"]


@st.composite
def mutated(draw) -> str:
    text = draw(st.sampled_from(TEXTS))
    for _ in range(draw(st.integers(1, 6))):
        a = draw(st.integers(0, len(text)))
        b = draw(st.integers(a, min(len(text), a + 200)))
        how = draw(st.sampled_from(["delete", "repeat", "insert", "move", "splice"]))
        if how == "delete":
            text = text[:a] + text[b:]
        elif how == "repeat":  # a list grows: the same items again and again
            text = text[:a] + text[a:b] * draw(st.integers(2, 15)) + text[b:]
        elif how == "insert":
            text = text[:a] + draw(st.sampled_from(NOISE)) + text[a:]
        elif how == "move":
            text = text[:a] + text[b:] + text[a:b]
        else:  # a piece of another report
            other = draw(st.sampled_from(TEXTS))
            c = draw(st.integers(0, len(other)))
            text = text[:a] + other[c : c + 300] + text[b:]
    return text


def _spans(report) -> list:
    spans = [s for c in report.claims for s in c.evidence]
    spans += [s for c in report.claims for it in c.breakdown for s in it.evidence]
    spans += [s for i in report.incidents for s in i.evidence]
    spans += [s for f in report.findings for s in f.evidence]
    spans += [s for p in report.places for s in p.evidence]
    return spans


@settings(max_examples=150, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutated())
def test_extract_survives_mutated_reports(text: str) -> None:
    report = raidlog.extract(text, published="2025-11-12")
    for span in _spans(report):
        assert text[span.start : span.end] == span.text


def test_more_open_items_than_readings_are_listed_without_failing() -> None:
    """Twelve counts over two places each, and a total none of the readings reaches: the
    readings vary the first ten items (the rest count as written), and the finding lists them."""
    items = "; ".join(f"{n} – над Курской и Брянской областями" for n in range(1, 13))
    text = f"Уничтожены 1000 беспилотников: {items}."
    report = raidlog.extract(text, published="2025-11-12", lang="ru")
    (claim,) = report.claims
    assert len([it for it in claim.breakdown if it.each is None and len(it.places) > 1]) >= 11
    (finding,) = [f for f in report.findings if f.code == "breakdown-sum-mismatch"]
    assert len(finding.data["readings"]) == 2 ** breakdown.MAX_AMBIGUOUS


def test_invisible_format_characters_are_dropped_and_spans_keep_original_offsets() -> None:
    from raidlog.extract.text import Text

    marks = "\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
    original = "\u202eНад " + marks + "Курской\u200e областью" + marks
    text = Text.of(original)
    assert text.norm == "Над Курской областью"
    for a in range(len(text.norm) + 1):
        for b in range(a, len(text.norm) + 1):
            span = text.span(a, b)
            assert original[span.start : span.end] == span.text
            assert "".join(ch for ch in span.text if ch not in marks) == text.norm[a:b]


def test_a_long_run_of_spaces_keeps_sixteen_and_its_line_breaks_and_spans_keep_original_offsets() -> None:
    from raidlog.extract.text import LONG_SPACE, Text

    original = "Над" + " \u200b" * 30 + "\n\n\n   Курской" + " " * LONG_SPACE + "областью"
    text = Text.of(original)
    assert text.norm == "Над" + " " * LONG_SPACE + "\n\nКурской" + " " * LONG_SPACE + "областью"
    for a in range(len(text.norm) + 1):
        for b in range(a, len(text.norm) + 1):
            span = text.span(a, b)
            assert original[span.start : span.end] == span.text


def test_html_tags_are_blanked_one_for_one_and_a_block_tag_ends_its_line() -> None:
    from raidlog.extract.text import Text

    original = '<p class="x">Сбиты 7 дронов.</p> <p>Всего было 9 <a href="/n/12-i345">дронов</a>.</p> <b> 3 < 5'
    text = Text.of(original)
    assert "345" not in text.norm and "href" not in text.norm and "3 < 5" in text.norm
    assert text.norm.index("\n") == 0 and "дронов.\n" in text.norm
    for word in ("Всего", "дронов", "3 < 5"):
        at = text.norm.rindex(word)
        assert text.span(at, at + len(word)).text == word


def test_a_report_with_100_kb_of_spaces_in_a_sentence_reads_as_with_one() -> None:
    """A pattern that opens with optional spaces tried every split of a long run (minutes for this one)."""
    gap = " " * 100_000
    report = raidlog.extract(f"Half of the 60 drones were downed above {gap}the Bryansk Region, its governor wrote.",
                             lang="en")
    plain = raidlog.extract("Half of the 60 drones were downed above the Bryansk Region, its governor wrote.", lang="en")
    assert [(c.destroyed, c.launched) for c in report.claims] == [(c.destroyed, c.launched) for c in plain.claims]
    assert [e.text for c in report.claims for e in c.evidence] == \
        [e.text.replace("above the", f"above {gap}the") for c in plain.claims for e in c.evidence]
