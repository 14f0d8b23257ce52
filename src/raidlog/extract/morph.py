"""Russian and Ukrainian morphology (pymorphy3), behind one small boundary.

Stages ask for dictionary forms, never for pymorphy objects: the lemmas of a
word (geographic readings first), the nominative of a place phrase
("Брянской области" → "Брянская область", "в Каменском районе" → "Каменский
район") and the dictionary form of a person's name. Every answer is cached:
reports repeat their words, and a parse costs ~80 µs.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

import pymorphy3
from pymorphy3.units import DictionaryAnalyzer

_NOMINATIVE = {"nomn", "sing"}
_COLLOQUIAL = re.compile(r"(?<=[щч])ин(?:е|ы|у|ой|ою|і|и)$")
# a town in "-ск" in the instrumental ("над Трубчевском", "над Трубчевськом") that the dictionary knows
# only as an adjective's prepositional: the town is a reading too (the first: a noun's instrumental)
# the oblique cases of a feminine noun in "-ка" that a masculine "-ок" shares (gen./pl. "-ки", dat./prep. "-ке",
# acc. "-ку"): "Бургунки" of Бургунка, "бегунки" of бегунок
_FEMININE_KA_FORMS = ("ки", "ке", "ку")
_TOWN_INSTRUMENTAL = re.compile(r"(?:(?<=[сц]к)|(?<=[сц]ьк))ом$")
# a name of a noun, a preposition and what it is on or over, joined by hyphens ("Ростов-на-Дону",
# "Новоград-над-Бугом"): the noun, and the rest from the hyphen before the preposition
_LINKED_NAME = re.compile(r"([^\W\d_]{2,})(-(?:на|над|при|под|під)-[^\W\d_][\w-]*)", re.IGNORECASE)


@lru_cache(maxsize=2)
def _analyzer(lang: str) -> pymorphy3.MorphAnalyzer:
    analyzer = pymorphy3.MorphAnalyzer(lang=lang)
    # An inflection builds its word's whole paradigm (~30 forms, a tag each) from the dictionary's
    # tables, a pure function of the paradigm's number; a few hundred paradigms serve most words:
    # each is built once (pymorphy3 reads the list it returns, never changes it).
    tables = analyzer.dictionary
    tables.build_paradigm_info = lru_cache(maxsize=4096)(tables.build_paradigm_info)
    return analyzer


@lru_cache(maxsize=200_000)
def _parses(lang: str, word: str) -> tuple:
    return tuple(_analyzer(lang).parse(word))


@lru_cache(maxsize=20_000)
def known(lang: str, word: str) -> bool:
    """Whether the dictionary has ``word`` (a look-up, ~2 µs; parsing a word it lacks means
    guessing its readings, ~100 µs)."""
    return _analyzer(lang).word_is_known(word.lower())


@lru_cache(maxsize=200_000)
def lemmas(lang: str, word: str) -> tuple[str, ...]:
    """Dictionary forms of ``word``, geographic names first, most likely next."""
    linked = _LINKED_NAME.fullmatch(word)
    if linked:
        # "Ростова-на-Дону", "Новограда-над-Бугом": a noun and the river or land its preposition links, which
        # keeps its case; only the first part is inflected (the dictionary reads the whole as one word)
        heads = _plain_lemmas(lang, linked.group(1)) or (linked.group(1),)
        return tuple(dict.fromkeys([*(h + linked.group(2) for h in heads[:2]), *_plain_lemmas(lang, word)]))
    if "-" in word.strip("-") and word.count("-") == 1:
        # "Каменске-Шахтинском" → "каменск-шахтинский": a noun and its adjective
        first, second = word.split("-")
        heads = _plain_lemmas(lang, first) or (first,)
        adjective = _nominative_adjective(lang, second, _gender(lang, heads[0]))
        composed = [f"{h}-{adjective}" for h in heads[:2] if adjective]
        return tuple(dict.fromkeys([*composed, *_plain_lemmas(lang, word)]))
    return _plain_lemmas(lang, word)


def _plain_lemmas(lang: str, word: str) -> tuple[str, ...]:
    parses = sorted(_parses(lang, word), key=lambda p: ("Geox" not in p.tag.grammemes, -p.score))
    out: list[str] = []
    for p in parses:
        if p.normal_form not in out:
            out.append(p.normal_form)
    colloquial = _COLLOQUIAL.sub("ина", word)  # "на Брянщине" → "брянщина" (pymorphy says "брянщиня")
    if colloquial != word and colloquial not in out:
        out.append(colloquial)
    if colloquial.endswith("счина") and (spelled := colloquial[:-5] + "сщина") not in out:
        out.append(spelled)  # ("в небе Одесчины", "над Черкасчиной": the "сщ" the region's name is written with)
    town = _TOWN_INSTRUMENTAL.sub("", word)
    if town != word and town not in out \
            and not any(p.tag.POS == "NOUN" and not {"Surn", "Name", "Patr"} & p.tag.grammemes for p in parses):
        out.insert(0, town)
    if parses and word[-2:] in _FEMININE_KA_FORMS and not known(lang, word) \
            and all(p.normal_form.endswith("ок") for p in parses):
        # an unknown "Бургунки" (gen.), "Бургунке": the guesser reads a masculine "-ок" ("бургунок", as
        # "бегунки"); a village's name in "-ка" (Бургунка) is as likely, read after it
        feminine = word[:-1] + "а"
        if feminine not in out:
            out.append(feminine)
    for p in parses:  # towns with plural names: "в Лисках" → "лиски"
        if p.tag.POS == "NOUN" and p.tag.number == "plur":
            plural = _inflected(lang, p, {"nomn", "plur"})
            if plural is not None and plural not in out:
                out.append(plural)
    return tuple(out)


def _inflected(lang: str, parse: pymorphy3.analyzer.Parse, grammemes: set[str]) -> str | None:
    """``parse.inflect(grammemes).word`` (None where it gives None). For a word of the dictionary
    (read by its table alone), the form is chosen from its paradigm's table as pymorphy3 chooses it
    (MorphAnalyzer._inflect: the forms with every grammeme asked for, else with rare cases made
    common, the most similar tag first, the first of equals) and only that one is built: pymorphy3
    builds the whole lexeme (~30 forms) for it, ~50 us of a first pass's place look-ups."""
    stack = parse.methods_stack
    if len(stack) != 1 or type(stack[0][0]) is not DictionaryAnalyzer:
        form = parse.inflect(grammemes)
        return None if form is None else form.word
    _, _, para_id, idx = stack[0]
    tables = _analyzer(lang).dictionary
    table = tables.build_paradigm_info(para_id)
    possible = [k for k, (_, tag, _) in enumerate(table) if grammemes <= tag.grammemes]
    if not possible:
        grammemes = parse.tag.fix_rare_cases(grammemes)
        possible = [k for k, (_, tag, _) in enumerate(table) if grammemes <= tag.grammemes]
    if not possible:
        return None
    wanted = parse.tag.updated_grammemes(grammemes)

    def similarity(k: int) -> float:
        tag = table[k][1]
        return len(wanted & tag.grammemes) - 0.1 * len(wanted ^ tag.grammemes)

    prefix, _, suffix = table[max(possible, key=similarity)]
    return prefix + tables.build_stem(tables.paradigms[para_id], idx, parse.word) + suffix


@lru_cache(maxsize=200_000)
def numeral(lang: str, word: str) -> tuple[str, ...]:
    """Dictionary forms of ``word`` read as a numeral ("трёх" → "три", "одному" → "один")."""
    return tuple(p.normal_form for p in _parses(lang, word.lower())
                 if p.tag.POS == "NUMR" or (p.tag.POS == "ADJF" and "Anum" in p.tag.grammemes))


@lru_cache(maxsize=8)
def numeral_forms(lang: str, lemmas: frozenset[str]) -> frozenset[str]:
    """Every lower-case word whose :func:`numeral` readings may include one of ``lemmas``: the
    forms of each lemma's lexemes, also as written without the letters the dictionary look-up
    restores ("трех" for "трёх"). A word outside it needs no parse to know it is none of them:
    a word the dictionary knows reads as that lemma only in a form of its lexeme, and pymorphy
    never guesses a numeral (NUMR) for a word it does not know, nor an ordinal adjective whose
    dictionary form is one of these (only "один" is, and a guess keeps the unknown stem)."""
    restored = {target: source for source, target in _SUBSTITUTES[lang].items()}
    out: set[str] = set()
    for lemma in lemmas:
        for p in _parses(lang, lemma):
            if p.normal_form == lemma:
                for form in p.lexeme:
                    out.update(map("".join, product(*((c, restored[c]) if c in restored else (c,)
                                                      for c in form.word))))
    return frozenset(out | lemmas)


# the letters a dictionary look-up may put in for others (pymorphy3's CHAR_SUBSTITUTES)
_SUBSTITUTES = {"ru": {"е": "ё"}, "uk": {"г": "ґ"}}


@lru_cache(maxsize=50_000)
def _gender(lang: str, noun: str) -> str | None:
    """The gender of a noun in its dictionary form: of a reading whose dictionary form it is first
    ("бурлук" is a masculine word, not the genitive plural of a feminine "бурлука")."""
    nouns = [p for p in _parses(lang, noun) if p.tag.POS == "NOUN" and p.tag.gender]
    own = next((p for p in nouns if p.normal_form == noun), None) or (nouns[0] if nouns else None)
    return own.tag.gender if own is not None else None


def _feminine_name(lang: str, word: str) -> str | None:
    """The feminine nominative of a feminine adjective in another case ("Новоминской" → "новоминская"),
    if the word is one."""
    # (or a feminine noun of a "-ский" dictionary form, as the dictionary guesses a name it lacks:
    # "Голубицкой", read as the surname Голубицкая)
    if not any(p.tag.gender == "femn" and p.tag.case != "nomn" and (
            p.tag.POS == "ADJF" or p.tag.POS == "NOUN" and p.normal_form.endswith(("ский", "цкий", "ський", "цький")))
            for p in _parses(lang, word)):
        return None
    return _nominative_adjective(lang, word, "femn")


@lru_cache(maxsize=100_000)  # a place's adjective is tried with several type words of one gender
def _nominative_adjective(lang: str, word: str, gender: str | None) -> str | None:
    for p in _parses(lang, word):
        if p.tag.POS in ("ADJF", "PRTF"):
            wanted = {"nomn", "sing", gender} if gender else _NOMINATIVE | {"masc"}
            form = _inflected(lang, p, wanted)
            if form is not None:
                return form
            # the dictionary cannot inflect it ("кривому"): from its masculine dictionary form
            return _adjective_by_ending(lang, p.normal_form, gender or "masc", any_adjective=True)
    return _adjective_by_ending(lang, word, gender or "masc")


# Place adjectives the dictionary lacks ("Каменском", "Чугуївському"): the ending decides.
_RU_ENDING = re.compile(r"(?:ого|его|ому|ему|ом|ем|ым|им|ой|ей|ую|юю|ая|яя|ое|ее|ые|ие|ых|их|ыми|ими|ый|ий)$")
_UK_ENDING = re.compile(r"(?:ого|ому|ім|ій|ої|ою|ими|их|ий|ій|а|е|і|у|ї)$")
_RU_NOMINATIVE = {"masc": "ий", "femn": "ая", "neut": "ое"}
_UK_NOMINATIVE = {"masc": "ий", "femn": "а", "neut": "е"}
_PLACE_ADJECTIVE_SUFFIX = re.compile(r"[сц]ьк|ск|цк|зьк")


def _adjective_by_ending(lang: str, word: str, gender: str, any_adjective: bool = False) -> str | None:
    if not any_adjective and not _PLACE_ADJECTIVE_SUFFIX.search(word):
        return None  # only the -ский/-ський family of place adjectives
    ending, table = (_UK_ENDING, _UK_NOMINATIVE) if lang == "uk" else (_RU_ENDING, _RU_NOMINATIVE)
    stem = ending.sub("", word)
    suffix = table.get(gender, table["masc"])
    if lang == "ru" and suffix == "ий" and stem[-1:] not in "кгхжчшщ":
        suffix = "ый"
    return stem + suffix


@lru_cache(maxsize=100_000)
def nominative_phrases(lang: str, phrase: str) -> tuple[str, ...]:
    """Nominative readings of a place phrase, most likely first.

    The last word is the head noun (a type word such as "областей" or a town
    such as "Новошахтинске"); the words before it are adjectives agreeing
    with it, or proper names of their own ("Республики Крым")."""
    words = phrase.split()
    if not words:
        return ()
    head = words[-1]
    heads = lemmas(lang, head.lower()) or (head.lower(),)
    if len(words) == 1:
        # "в станице Новоминской": a name that is a feminine adjective is the feminine's nominative
        # ("новоминская"), after the masculine the dictionary gives ("новоминский": a district's); the
        # one reading of a stanitsa's name (after "станица" places.find only asks no region of it)
        feminine = _feminine_name(lang, head.lower())
        return (*heads, feminine) if feminine and feminine not in heads else heads
    out: list[str] = []
    for head_form in heads[:4]:
        gender = _gender(lang, head_form)
        rest = []
        for w in words[:-1]:
            adjective = _nominative_adjective(lang, w.lower(), gender)
            rest.append(adjective or (lemmas(lang, w.lower()) or (w.lower(),))[0])
        out.append(" ".join([*rest, head_form]))
    # "Республики Крым": a noun and a name, each in its own dictionary form
    out.append(" ".join((lemmas(lang, w.lower()) or (w.lower(),))[0] for w in words))
    # (a phrase already in the nominative is read as written: "в с. Средний Бурлук" is no "Средняя
    # Бурлука", whatever reading of an unknown head the dictionary ranks first)
    written = " ".join(w.lower() for w in words)
    if written in out:
        out.remove(written)
        out.insert(0, written)
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=50_000)
def person_names(lang: str, name: str) -> tuple[str, ...]:
    """Dictionary forms a written name may have: "Вячеслава Гладкова" →
    ("вячеслав гладков", …); first the readings as names (Name, Surn, Patr),
    then each word as written."""
    options: list[list[str]] = []
    for w in name.split():
        # (asked in lower case, as the other callers ask, a word is parsed once: its readings are those of
        # its lower case, but for an upper-case one's, an initial's or a Roman number's, asked as written)
        parses = _parses(lang, w if w.isupper() else w.lower())
        forms = [p.normal_form for p in parses if {"Name", "Surn", "Patr"} & set(p.tag.grammemes)]
        forms += [p.normal_form for p in parses]
        # (and the word as written, however many common readings it has: "Клычков" is no "клычок")
        options.append(list(dict.fromkeys([*list(dict.fromkeys(forms))[:3], w.lower()])))
    out = [" ".join(o[0] for o in options)]
    for k, forms in enumerate(options):  # vary one word at a time
        for f in forms[1:]:
            out.append(" ".join(f if j == k else o[0] for j, o in enumerate(options)))
    return tuple(dict.fromkeys(out))


# parts of speech that never name a place: conjunctions, prepositions, particles, interjections,
# pronouns, adverbs, predicatives
_FUNCTION_POS = frozenset({"CONJ", "PREP", "PRCL", "INTJ", "NPRO", "ADVB", "PRED"})


@lru_cache(maxsize=20_000)
def function_word(lang: str, word: str) -> bool:
    """Every reading of ``word`` is a function word ("Тим часом", "Тоді", "Зокрема" opening a
    sentence): capitalised, it is still no place, whatever town shares the spelling (Tim, Kursk)."""
    parses = _parses(lang, word.lower())
    return bool(parses) and all(p.tag.POS in _FUNCTION_POS for p in parses)


# grammemes of a name: a word with one of these readings may name a place
_NAME_GRAMMEMES = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Abbr"})


@lru_cache(maxsize=20_000)
def likely_function_word(lang: str, word: str) -> bool:
    """The likeliest reading of ``word`` is a function word ("Коли повертався …": when, not Kola)."""
    parses = _parses(lang, word.lower())
    return bool(parses) and parses[0].tag.POS in _FUNCTION_POS


@lru_cache(maxsize=20_000)
def likely_adjective(lang: str, word: str, next_word: str) -> bool:
    """The likeliest reading of ``word`` is an adjective ("Мирні жителі": peaceful residents), or one of
    the equally likeliest is and ``next_word`` is a word it may qualify ("Нова модифікація", where the
    Ukrainian dictionary, which scores no reading above another, also knows a noun "нова"; not "Рівне
    атакували", "Тёткино атаковали": before a verb the town is the subject)."""
    # (not a possessive one: "Тёткино снова под ударом", a village of the possessive's shape, "auntie's",
    # which the dictionary knows as a name only when written with "е")
    parses = [p for p in _parses(lang, word.lower()) if "Poss" not in p.tag.grammemes]
    if not parses:
        return False
    if parses[0].tag.POS in _ADJECTIVE_POS:
        return True
    return any(p.tag.POS in _ADJECTIVE_POS for p in parses if p.score >= parses[0].score) \
        and any(q.tag.POS in ("NOUN", *_ADJECTIVE_POS) for q in _parses(lang, next_word.lower()))


_ADJECTIVE_POS = ("ADJF", "PRTF")


@lru_cache(maxsize=20_000)
def noun_only(lang: str, word: str) -> bool:
    """Every reading of ``word`` is a noun's ("предприятие", "будівлі"): no adjective, though it ends
    like one."""
    parses = _parses(lang, word.lower())
    return bool(parses) and all(p.tag.POS == "NOUN" for p in parses)


# the verb's forms: a finite verb, an infinitive, a gerund, a short participle or adjective
_VERB_POS = frozenset({"VERB", "INFN", "GRND", "PRTS", "ADJS"})


@lru_cache(maxsize=20_000)
def verb_only(lang: str, word: str) -> bool:
    """Every reading of ``word`` is a form of a verb ("Видим, что …": we see; "Сбиты …"): opening a
    sentence, it is no village of that spelling."""
    parses = _parses(lang, word.lower())
    return bool(parses) and all(p.tag.POS in _VERB_POS and not (_NAME_GRAMMEMES & set(p.tag.grammemes))
                                for p in parses)


@lru_cache(maxsize=20_000)
def adverb(lang: str, word: str) -> bool:
    """One of ``word``'s readings is an adverb ("Добре, що …", "Хорошо, что …": it is good that)."""
    return any(p.tag.POS == "ADVB" for p in _parses(lang, word.lower()))


@lru_cache(maxsize=20_000)
def common_word_first(lang: str, word: str) -> bool:
    """``word`` opening a sentence may be a common word: every reading is a common noun in an
    oblique case ("Ферму зачепило уламками": an object put first; a place opening a sentence is
    its subject, or follows a preposition). A word the dictionary lacks, or knows as a name, may
    be a place."""
    parses = _parses(lang, word.lower())
    return bool(parses) and all(p.tag.POS == "NOUN" and not (_NAME_GRAMMEMES & set(p.tag.grammemes))
               and p.tag.case not in ("nomn", "voct") for p in parses)


@lru_cache(maxsize=20_000)
def adjective_with_noun(lang: str, adjective: str, noun: str) -> bool:
    """``adjective`` is most likely an adjective and agrees with ``noun``, a common noun, in an
    oblique case of the singular ("на Северной стороне", "в Південному напрямку"): one phrase,
    not a place's name."""
    first = _parses(lang, adjective.lower())
    if not first or first[0].tag.POS not in ("ADJF", "PRTF"):
        return False
    nouns = [p for p in _parses(lang, noun.lower()) if p.tag.POS == "NOUN"
             and not (_NAME_GRAMMEMES & set(p.tag.grammemes))]
    # (singular, in an oblique case: "У Миколаєві уламки …" is the town, its plural adjective's
    # reading agreeing with the subject by chance)
    return any(a.tag.POS in ("ADJF", "PRTF") and a.tag.case == n.tag.case and a.tag.case not in ("nomn", "accs", "voct")
               and a.tag.number == n.tag.number == "sing" and a.tag.gender == n.tag.gender
               for a in first for n in nouns)
