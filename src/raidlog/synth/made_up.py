"""Made-up capitalised words ("Bacad", "Бабав", …) for hostile inputs: names no
gazetteer holds, each different, so no lookup is answered from memory. Used by
the linear-time tests and ``benchmarks/worst_case.py``."""

from __future__ import annotations


def made_up_words(n: int, cyrillic: bool = False) -> list[str]:
    """``n`` different capitalised four-syllable words, Latin or Cyrillic."""
    consonants, vowels = ("бвгдклмнпрст", "аоуе") if cyrillic else ("bcdfghklmnprst", "aeiou")
    out = []
    for k in range(n):
        word, m = "", k
        for _ in range(4):
            word += consonants[m % len(consonants)] + vowels[m % len(vowels)]
            m //= len(consonants)
        out.append(word.capitalize())
    return out
