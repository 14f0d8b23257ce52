"""The trigger gates are derived from the patterns they gate (raidlog.lexicon.gates): every
phrase of every family of every lexicon passes its family's gate, and the gates still gate."""

from __future__ import annotations

import importlib
import random
import re
import re._constants as C  # noqa: N812
import re._parser as P  # noqa: N812

import pytest

from raidlog.lexicon import for_lang, gates, may_match, words_of

importlib.import_module("raidlog.extract.pipeline")  # the stages declare their families

LANGS = ("en", "ru", "uk")
FAMILIES = sorted(gates.families())
_LIMIT = 400  # phrases per pattern


def _join(heads: list[str], tails: list[str], rng: random.Random) -> list[str]:
    """Heads followed by tails: all pairs, or, where too many, every tail once and a sample."""
    if len(heads) * len(tails) <= _LIMIT:
        return [a + b for a in heads for b in tails]
    out = {rng.choice(heads) + b for b in tails} | {rng.choice(heads) + rng.choice(tails) for _ in range(_LIMIT)}
    return sorted(out)


def _expand(items, letter: str, rng: random.Random) -> list[str]:
    """Short strings the parsed pattern may match: each alternative, optional items with and
    without, one or two repetitions, a letter or two for \\w* stem endings."""
    out = [""]
    for op, arg in items:
        out = _join(out, _expand_item(op, arg, letter, rng), rng)
        if not out:
            return []
    return out


def _class_chars(members, letter: str) -> list[str]:
    chars: list[str] = []
    for op, arg in members:
        if op is C.NEGATE:
            return ["-"]
        if op is C.LITERAL:
            chars.append(chr(arg))
        elif op is C.RANGE:
            chars.extend({chr(arg[0]), chr(arg[1]), chr((arg[0] + arg[1]) // 2)})
        elif op is C.CATEGORY:
            chars.append({C.CATEGORY_SPACE: " ", C.CATEGORY_DIGIT: "7", C.CATEGORY_WORD: letter,
                          C.CATEGORY_NOT_SPACE: letter, C.CATEGORY_NOT_DIGIT: letter}.get(arg, "-"))
    return chars


def _expand_item(op, arg, letter: str, rng: random.Random) -> list[str]:  # noqa: PLR0911
    if op is C.LITERAL:
        return [chr(arg)]
    if op is C.IN:
        return _class_chars(arg, letter)
    if op is C.CATEGORY:
        return _class_chars([(op, arg)], letter)
    if op in (C.ANY, C.NOT_LITERAL):
        return [letter]
    if op is C.BRANCH:
        return [s for alt in arg[1] for s in _expand(alt, letter, rng)]
    if op is C.SUBPATTERN:
        return _expand(arg[-1], letter, rng)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        lo, hi, sub = arg
        once = _expand(sub, letter, rng)
        out: list[str] = []
        for k in sorted({lo, min(lo + 1, hi), min(max(lo, 2), hi)}):
            reps = [""]
            for _ in range(k):
                reps = _join(reps, once, rng)
            out.extend(reps)
        return out
    if op is C.ASSERT:  # what a lookaround needs to see, or that it sees what comes anyway
        return ["", *_expand(arg[1], letter, rng)]
    if op in (C.ASSERT_NOT, C.AT):
        return [""]
    return [letter]


def phrases(pattern: str) -> list[str]:
    """Phrases the pattern matches, expanded from the pattern itself."""
    letter = "о" if re.search(r"[а-яёіїєґ]", pattern, re.IGNORECASE) else "o"
    compiled = re.compile(pattern, re.IGNORECASE)
    rng = random.Random(pattern)
    found = {s for s in _expand(P.parse(pattern, re.IGNORECASE), letter, rng) if s.strip()}
    return sorted(s for s in found if compiled.search(s))


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("lang", LANGS)
def test_every_phrase_passes_its_gate(lang, family):
    lex = for_lang(lang)
    sources = gates.sources(lex, family)
    if sources is None:
        pytest.skip(f"{family} is not gated in {lang} by declaration")
    checked = 0
    for pattern in sources:
        if pattern.startswith("(?!)"):
            continue  # a placeholder that never matches (a feature the language lacks)
        found = phrases(pattern)
        assert found, f"no phrase expanded from {pattern!r}"
        for phrase in found:
            assert may_match(words_of(phrase, lex), lex, family), (lang, family, phrase, pattern)
            checked += 1
    # (a family may be only a placeholder in a language: "(?!)", no capital word in English)
    assert checked or all(p.startswith("(?!)") for p in sources)


@pytest.mark.parametrize("lang", LANGS)
def test_stored_gates_are_the_derived_ones(lang):
    """gate() may read a gate remembered on disk: it is the one derive() makes now."""
    lex = for_lang(lang)
    for family in FAMILIES:
        derived = gates.derive(gates.sources(lex, family), lex.TRIGGER_PREFIX, lex.GATE_SKIP)
        assert gates.gate(lex, family) == derived, family


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("lang", LANGS)
def test_families_are_gated(lang, family):
    """A family that can no longer be gated (a pattern starting with an open word) runs on every
    sentence: a speed loss nobody would notice otherwise."""
    lex = for_lang(lang)
    if gates.sources(lex, family) is not None:
        assert gates.gate(lex, family) is not None, (lang, family)


@pytest.mark.parametrize(("lang", "family", "text"), [
    ("uk", "hedge", "За його словами, ворог нібито запустив 40 дронів."),
    ("uk", "hedge", "Росіяни нібито збили 12 дронів."),
    ("ru", "incidents", "Ночью произошел налет беспилотников на Курск."),
    ("ru", "incidents", "В результате налёта повреждены два дома."),
    ("ru", "roles", "Мэр Москвы Сергей Собянин сообщил об отражении атаки."),
    ("en", "casualties", "Nobody was hurt, the governor said."),
    ("en", "weapons", "Air defences shot down 12 UAVs overnight."),
])
def test_known_drifts_pass(lang, family, text):
    lex = for_lang(lang)
    assert may_match(words_of(text, lex), lex, family)


@pytest.mark.parametrize(("lang", "family", "text"), [
    ("en", "weapons", "The weather in Kyiv was sunny and warm on Tuesday."),
    ("en", "casualties", "The weather in Kyiv was sunny and warm on Tuesday."),
    ("ru", "incidents", "Погода в Москве была солнечной и тёплой."),
    ("ru", "hedge", "Погода в Москве была солнечной и тёплой."),
    ("uk", "hedge", "Погода в Києві була сонячною і теплою."),
    ("uk", "casualties", "Погода в Києві була сонячною і теплою."),
])
def test_sentences_without_gate_words_are_skipped(lang, family, text):
    lex = for_lang(lang)
    assert not may_match(words_of(text, lex), lex, family)


@pytest.mark.parametrize("lang", LANGS)
def test_every_people_phrase_passes_the_roles_gate(lang):
    """"roles" is gated by the (?P<role>…) group of each PEOPLE pattern: whole phrases pass too."""
    lex = for_lang(lang)
    for pattern in lex.PEOPLE:
        found = phrases(pattern)
        assert found, pattern
        for phrase in found:
            assert may_match(words_of(phrase, lex), lex, "roles"), (lang, phrase, pattern)


def test_group_source():
    assert gates.group_source(r"(?P<name>\w+),\s+(?P<role>mayor|head(?: of [A-Z)])?)\s+", "role") == \
        r"mayor|head(?: of [A-Z)])?"


@pytest.mark.parametrize(("pattern", "n", "exact", "prefixes"), [
    # one word per path: the one out of fewer alternatives, then the longer, then the later
    (r"нібито|заявил\w*", 4, {"ніби", "заяв"}, ()),
    (r"нал[её]т\w*", 4, {"нале", "налё"}, ()),
    (r"мэр\w*", 4, set(), ("мэр",)),
    (r"\bиз\b", 4, {"из"}, ()),
    (r"в\s+небе\s+над", 4, {"небе"}, ()),
    (r"\b(?:the ministry|the MoD)\b", 0, {"the"}, ()),
    (r"\b(?:(?:ministry|mod) said|(?:ministry|mod) claimed)\b", 0, {"said", "claimed"}, ()),
    (r"drones?", 0, set(), ("drone",)),
    (r"\bdrones?\b", 0, {"drone", "drones"}, ()),
])
def test_derive(pattern, n, exact, prefixes):
    g = gates.derive([pattern], n)
    assert g == gates.Gate(frozenset(exact), prefixes)


def test_function_words_are_skipped():
    g = gates.derive([r"\b(?:the ministry|the MoD)\b"], 0, skip={"the"})
    assert g == gates.Gate(frozenset({"ministry", "mod"}), ())


@pytest.mark.parametrize("pattern", [r"[А-ЯЁ]\w+", r"\w+\s+\w+", r"(?:над\s+)?\S+"])
def test_open_words_leave_a_family_ungated(pattern):
    assert gates.derive([pattern], 4) is None


def test_never_matching_placeholder_gates_nothing():
    g = gates.derive([r"(?!)(?P<h>)"], 0)
    assert g is not None and not g.admits(frozenset({"anything"}))


@pytest.mark.parametrize("lang", LANGS)
def test_patterns_led_by_their_first_characters_find_the_same_matches(lang):
    """gates.compiled leads a pattern the regex engine cannot skip through by a look-ahead for the
    characters a match can begin with: every lexicon pattern, so led, finds what it found, in the
    same places, in lower, upper and title case, inside other words and after them."""
    lex = for_lang(lang)
    led = 0
    for name in sorted(vars(lex)):
        source = getattr(lex, name)
        if not name.isupper() or not isinstance(source, str) or not source:
            continue
        try:
            plain = re.compile(source, re.IGNORECASE)
        except re.error:
            continue  # (a fragment, not a pattern of its own)
        quick = gates.compiled(source, re.IGNORECASE)
        led += quick.pattern != source
        # and as written (the stages compile some without IGNORECASE: "[A-Z]…" leads to capitals only)
        plain_cased, quick_cased = re.compile(source), gates.compiled(source)
        for phrase in phrases(source)[:60]:
            for text in (phrase, phrase.upper(), phrase.title(), f"x{phrase} и {phrase.upper()}.", f"a, {phrase}"):
                for p, q in ((plain, quick), (plain_cased, quick_cased)):
                    assert [m.span() for m in q.finditer(text)] == [m.span() for m in p.finditer(text)], \
                        (name, text)
                    assert q.search(text, 1) == p.search(text, 1) or \
                        q.search(text, 1).span() == p.search(text, 1).span(), (name, text)
    assert led >= 20  # most of a lexicon's patterns are case-insensitive alternations


def test_led_pattern_keeps_case_folds_and_prefixes():
    kilo = gates.compiled(r"\b(?:kilo|mega)\w*", re.IGNORECASE)
    assert kilo.pattern.startswith("(?=")
    assert kilo.search("5 \u212ailotons").span() == (2, 10)  # KELVIN SIGN folds to k
    assert gates.compiled("Ministry", 0).pattern == "Ministry"  # a literal prefix: the engine skips already
    assert gates.compiled(r"(?i)\bсбит\w*", 0).pattern == r"(?i)\bсбит\w*"  # global flags stay first


def test_led_pattern_reads_its_first_characters_in_their_case():
    # read in their case, a class of capitals admits capitals only; a group "(?i:…)" ignores case
    name = gates.compiled(r"(?<!\bin\s)(?P<name>[A-Z][a-z]+),\s+(?i:governor)")
    assert name.pattern.startswith("(?=[A-Z])")
    assert [m.group("name") for m in name.finditer("in Kursk, Governor; Ivan, GOVERNOR; ivan, governor")] == ["Ivan"]
    role = gates.compiled(r"(?i:(?:acting )?governor|mayor) (?P<name>[A-Z]\w+)")
    assert role.pattern.startswith("(?=(?i:[agm]))")  # (a scoped flag is no global flag: led too)
    assert [m.group("name") for m in role.finditer("ACTING GOVERNOR Gladkov and Mayor Terekhov")] == \
        ["Gladkov", "Terekhov"]
    mixed = gates.compiled(r"(?:(?P<region>[A-Z]\w+) )?(?i:governor)")
    assert mixed.pattern.startswith("(?=[A-Z]|(?i:[g]))")
    assert [m.span() for m in mixed.finditer("the GOVERNOR, Kursk governor")] == [(4, 12), (14, 28)]
    # a digit is a first character too ("\d" in the class: Unicode digits as the pattern reads them)
    count = gates.compiled(r"\b(?:\d+|a few) (?:drones|UAVs)", re.IGNORECASE)
    assert count.pattern.startswith(r"(?=(?i:[\da]))")
    assert [m.span() for m in count.finditer("12 drones, A FEW UAVs, \u0663 drones, x5 drones")] == \
        [(0, 9), (11, 21), (23, 31)]


def test_a_group_source_reads_a_negated_class_that_begins_with_its_closing_bracket():
    # "[^])]" is one class holding "]" and ")": the group goes on past it
    assert gates.group_source(r"a(?P<x>[^])]+(b|c))d", "x") == r"[^])]+(b|c)"
    assert [ch for _, ch, depth in gates.outside_classes(r"a[|](b|c)|\|") if depth == 0] == ["a", "(", "|"]


def test_a_pattern_gate_asks_for_a_second_word_of_its_paths():
    """of_pattern's gate holds a second gate of other words where the pattern's paths have them:
    a sentence must name a word of each ("Ukrainian" and "Force"), not one of them alone."""
    g = gates.of_pattern(for_lang("en"), r"\b(?:(?:the )?Ukrainian Air Force)\b")
    lex = for_lang("en")
    assert g.admits(words_of("The Ukrainian Air Force said on Monday", lex))
    assert not g.admits(words_of("The air force said on Monday", lex))
    assert not g.admits(words_of("Ukrainian troops said on Monday", lex))


def _pattern_gated(lex) -> list[str]:
    """The patterns the stages gate one by one with of_pattern, as they compile them."""
    return [*(rf"\b(?:{p})\b" for p, *_ in lex.CLAIMANTS), *(rf"\b(?:{p})\b" for p in lex.ANAPHORA),
            *(p for p, _ in lex.SCOPES), *lex.VICTIM_LIST, *lex.ONE_VICTIM, *lex.INCIDENTS.values(),
            *(rf"\b(?:{p})(?![\w-])" for p, _, _ in lex.WEAPONS)]


@pytest.mark.parametrize("lang", LANGS)
def test_every_phrase_passes_its_own_pattern_gate(lang):
    """Both of a pattern's gates (of_pattern) admit every phrase the pattern matches."""
    lex = for_lang(lang)
    checked = 0
    for pattern in _pattern_gated(lex):
        g = gates.of_pattern(lex, pattern)
        if g is None or pattern.startswith("(?!)"):
            continue
        for phrase in phrases(pattern):
            assert g.admits(words_of(phrase, lex)), (lang, phrase, pattern)
            checked += 1
    assert checked > 100


@pytest.mark.parametrize(("pattern", "opens"), [
    (r"\b(?:village|town) of\s*$", True),
    (r"(?<![\w-])(?:город\w*\s+|г\.\s*)$", True),
    (r"\s+(?:village|hamlet)\b", True),
    (r"(?:\bсело|\bс\.)\s*$", True),
    (r"(?:сел\w*|\bс\.)\s*$", False),  # "сел" begins no word in "посёлок"
    (r"микрорайон\w*$", False),
    (r"(?:\bthe\s+)?village", False),
])
def test_opens_words(pattern, opens):
    """A gate may stand for a family only where each match begins a word (gates.opens_words)."""
    assert gates.opens_words(pattern) is opens


def test_path_words_lists_every_word_of_each_path():
    found = gates.path_words(r"\b(?:air force|(?:the )?navy)\b", 0)
    assert sorted(sorted(p) for p in found) == [
        [("air", False), ("force", False)], [("navy", False)], [("navy", False), ("the", False)]]


@pytest.mark.parametrize("lang", LANGS)
def test_stored_paths_are_the_derived_ones(lang):
    """paths() may read the paths remembered on disk: they are the ones derived now."""
    lex = for_lang(lang)
    for family in FAMILIES:
        derived = gates._derive_paths(gates.sources(lex, family) or [], lex.TRIGGER_PREFIX, gates.mark_lengths(lex)) \
            if gates.sources(lex, family) is not None else None
        stored = gates.paths(lex, family)
        assert (None if stored is None else sorted(sorted(p) for p in stored)) == derived, family


@pytest.mark.parametrize(("lang", "family", "text", "admitted"), [
    # a word of the family alone is not enough where every path asks for two
    ("ru", "not_destroyed", "Ночью над областью уничтожены три дрона", False),
    ("ru", "not_destroyed", "Ночью ПВО не смогла сбить три дрона", True),
    ("en", "not_destroyed", "Air defence intercepted four drones", False),
    ("en", "not_destroyed", "Air defence failed to intercept four drones", True),
])
def test_a_family_gate_asks_for_every_word_of_a_path(lang, family, text, admitted):
    lex = for_lang(lang)
    assert may_match(words_of(text, lex), lex, family) is admitted
    assert re.search(gates.sources(lex, family)[0], text, re.IGNORECASE) is None or admitted


def test_led_pattern_opens_at_its_anchors():
    """A path that opens with "^" matches only there, whatever character follows ("^\\W*in 2024,"):
    the look-ahead admits that anchor beside the other paths' first characters."""
    source = r"\b(?:weekly|since 2022)|^\W*in\s+20\d\d(?=,)"
    quick, plain = gates.compiled(source, re.IGNORECASE), re.compile(source, re.IGNORECASE)
    assert quick.pattern.startswith("(?=^|(?i:[ws]))")
    for text in ("  In 2024, weekly", "In 2024, x", "x in 2024, since 2022", "- in 2023,", "weekly\nin 2024,"):
        assert [m.span() for m in quick.finditer(text)] == [m.span() for m in plain.finditer(text)], text
    assert gates.first_characters(re.compile(source)) is None  # (no first character tells that path)


@pytest.mark.parametrize("text", [
    "Районная библиотека до девяти вечера принимает читателей в новом зале.",
    "Вечером в городском парке прошёл концерт духового оркестра.",
])
def test_a_russian_notice_with_a_time_of_day_is_no_incident_for_the_prefilter(text: str) -> None:
    """The incidents family keeps its word paths: "вечера" alone (a key of "Вечером – по Марганецкой громаде")
    admits no sentence, so the batch prefilter skips such a notice without reading it. A pattern whose
    alternatives multiply its paths past gates._MAX_PATHS loses them, and then any one key admits."""
    from raidlog.batch.prefilter import relevant

    assert relevant(text, "ru") is False
