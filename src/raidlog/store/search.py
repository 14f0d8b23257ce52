"""Full-text search that finds inflected words.

Each stored document keeps, beside its verbatim text, the set of its words' dictionary forms
(``documents.lemmas``): Russian and Ukrainian lemmas by pymorphy3 (the analyser extraction uses,
in the document's language), English words by a light suffix stemmer. Both ledgers index that
column with the text: SQLite's FTS5 table ``documents_fts`` (title, text, lemmas) and PostgreSQL's
generated ``tsv`` column (title, text and lemmas, configuration ``simple``).

A query is read word by word. Each word matches as written or by any of its dictionary forms
(in Russian and in Ukrainian when its letters do not tell which), so "Шебекино" finds "в
Шебекине" and "drone" finds "drones"; a word ending in ``*`` is a prefix ("Шебекин*"). Every
word must match (AND). Snippets mark each word of the text that matches, inflected or not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"\w+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_UK_ONLY = re.compile(r"[іїєґ]")
_RU_ONLY = re.compile(r"[ыэъё]")
_LEMMAS_PER_WORD = 2  # the most likely dictionary forms of a word that the index keeps


@dataclass(frozen=True)
class Term:
    """One word of a query: the forms that match it, and whether it is a prefix."""

    forms: tuple[str, ...]
    prefix: bool = False


def en_stem(word: str) -> str:
    """A light English stem, the same for a word's plural, -ed and -ing forms
    ("drones", "drone" → "dron"; "attacked", "attacks" → "attack")."""
    w = word.lower()
    if len(w) <= 3 or not w.isascii():
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("es") and w[-3:-2] in ("s", "x", "z") or w.endswith(("ches", "shes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]  # "stopped" → "stop"
            break
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


@lru_cache(maxsize=100_000)
def word_forms(word: str, lang: str | None = None) -> tuple[str, ...]:
    """The dictionary forms of one word (lower case): in ``lang`` ("ru", "uk"), or, for a Cyrillic
    word of unknown language, in the language its letters allow (both when they allow both)."""
    w = word.lower()
    if not _CYRILLIC.search(w):
        return (en_stem(w),) if w.isalpha() else ()
    from raidlog.extract.morph import lemmas

    if lang in ("ru", "uk"):
        langs = (lang,)
    elif _UK_ONLY.search(w):
        langs = ("uk",)
    elif _RU_ONLY.search(w):
        langs = ("ru",)
    else:
        langs = ("ru", "uk")
    out: list[str] = []
    for one in langs:
        for lemma in lemmas(one, w)[:_LEMMAS_PER_WORD]:
            out.extend(_WORD.findall(lemma))  # "каменск-шахтинский": the index's tokens are words
    return tuple(dict.fromkeys(out))


def index_text(title: str | None, text: str, lang: str | None) -> str:
    """The ``documents.lemmas`` value of a document: its words' dictionary forms, each once, that
    differ from every word as written (those the text column finds already)."""
    written: set[str] = set()
    forms: dict[str, None] = {}
    for word in _WORD.findall(f"{title or ''} {text}"):
        w = word.lower()
        if w in written or w.isdigit():
            continue
        written.add(w)
        for form in word_forms(w, lang if lang in ("ru", "uk") else None):
            forms[form] = None
    return " ".join(f for f in forms if f not in written)


def parse(query: str) -> list[Term]:
    """The query's words, each with the forms that match it. A word ending in ``*`` is a prefix
    (matched as written, lower case). Punctuation separates words, as in the index."""
    terms: list[Term] = []
    for chunk in query.split():
        prefix = chunk.endswith("*")
        words = _WORD.findall(chunk)
        for k, word in enumerate(words):
            w = word.lower()
            if prefix and k == len(words) - 1:
                terms.append(Term((w,), prefix=True))
            else:
                terms.append(Term(tuple(dict.fromkeys((w, *word_forms(w))))))
    return terms


def fts5_query(terms: list[Term]) -> str:
    """The terms as an FTS5 query: each term one of its forms, every term (AND)."""
    parts = []
    for term in terms:
        quoted = [f'"{f}"' + ("*" if term.prefix else "") for f in term.forms]
        parts.append(quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")")
    return " AND ".join(parts)


def tsquery(terms: list[Term]) -> str:
    """The terms as a PostgreSQL ``to_tsquery('simple', …)`` text (forms are word characters
    only, quoted as lexemes)."""
    parts = []
    for term in terms:
        forms = [f"'{f}'" + (":*" if term.prefix else "") for f in term.forms]
        parts.append(forms[0] if len(forms) == 1 else "(" + " | ".join(forms) + ")")
    return " & ".join(parts)


def matches(word: str, terms: list[Term], lang: str | None = None) -> bool:
    """Whether a word of a document matches one of the terms (as written or by a dictionary form)."""
    w = word.lower()
    own = None
    for term in terms:
        if term.prefix:
            if any(w.startswith(f) for f in term.forms):
                return True
            continue
        if w in term.forms:
            return True
        if own is None:
            own = set(word_forms(w, lang if lang in ("ru", "uk") else None))
        if own & set(term.forms):
            return True
    return False


def snippet(text: str, terms: list[Term], lang: str | None = None, words: int = 24) -> str:
    """About ``words`` words of ``text`` around its first matching word, each matching word marked
    with [ and ], "…" where the text goes on."""
    spans = list(_WORD.finditer(text))
    first = next((k for k, m in enumerate(spans) if matches(m.group(), terms, lang)), None)
    if first is None:
        first = 0
    start = max(0, min(first - words // 3, len(spans) - words))
    end = min(len(spans), start + words)
    if not spans:
        return ""
    out, pos = [], spans[start].start()
    for m in spans[start:end]:
        out.append(text[pos:m.start()])
        out.append(f"[{m.group()}]" if matches(m.group(), terms, lang) else m.group())
        pos = m.end()
    if end == len(spans):
        out.append(text[pos:])
    body = " ".join("".join(out).split())
    return ("…" if start > 0 else "") + body + ("…" if end < len(spans) else "")
