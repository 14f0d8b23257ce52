"""Russian reports of one Russian MoD claim: the ministry's own Telegram post (a night's total of
drones "перехвачены и уничтожены", then a count per region: "12 – над территорией
Курской области", "по 4 – над территориями …") and news
articles that quote or retell it (TASS, RIA style), padded with neutral commentary."""

from __future__ import annotations

import random
from datetime import date
from functools import partial
from typing import Any

from raidlog.synth import breakdown, commentary, regions, report, windows
from raidlog.synth.breakdown import Item
from raidlog.synth.morph import counted, plural_verb, words
from raidlog.synth.regions import Region
from raidlog.synth.windows import Window

LANG = "ru"
SHORT_CHARS = (300, 600)
MOD_NOUN = ("украинский беспилотный летательный", "аппарат", " самолетного типа")
NEWS_NOUNS = (MOD_NOUN, ("украинский", "беспилотник", " самолетного типа"),
              ("украинский", "беспилотник", ""), ("украинский", "БПЛА", ""))
CLOSINGS = (
    "Попытка киевского режима совершить террористическую атаку на объекты на территории "
    "Российской Федерации пресечена.",
    "Попытка киевского режима совершить террористическую атаку пресечена.",
)
NIGHTS = ("В течение прошедшей ночи", "Минувшей ночью", "Этой ночью")
TRUTH_CLAIMANT = {"kind": "ministry", "side": "RU"}

Items = list[Item[Region]]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def number(rng: random.Random, n: int, spelled: float, case: str = "nomn") -> str:
    """``n`` in digits, or (with probability ``spelled``) in words in ``case``."""
    return words(LANG, n, case) if n < 1000 and rng.random() < spelled else str(n)


def noun_phrase(n: int, noun: tuple[str, str, str]) -> str:
    adjectives, head, tail = noun
    return counted(LANG, n, adjectives, head) + tail


def _each_count(rng: random.Random, n: int) -> str:
    """"по одному", "по два", "по 3"."""
    if n == 1:
        return "одному" if rng.random() < 0.7 else "1"
    return number(rng, n, 0.4 if n < 5 else 0.15)


def item_phrase(rng: random.Random, item: Item[Region], previous: Item[Region] | None,
                dash: str, formal: bool, spelled: float) -> str:
    """One item of the MoD's list: "12 – над территорией Брянской области", "столько же – над …",
    "по 5 – над территориями Курской и Белгородской областей", "7 – в общей сложности над …"."""
    if item.each is None:
        where = regions.over(LANG, item.areas[0], formal)
        same = previous is not None and previous.each is None and previous.count == item.count
        count = "столько же" if same and rng.random() < 0.6 else number(rng, item.count, spelled)
        return f"{count} {dash} над {where}"
    where = regions.over_many(LANG, list(item.areas), formal)
    if item.each:
        return f"по {_each_count(rng, item.count)} {dash} над {where}"
    combined = rng.choice(("в общей сложности", "суммарно"))
    return f"{number(rng, item.count, spelled)} {dash} {combined} над {where}"


def mod_listing(rng: random.Random, items: Items, dash: str, formal: bool, spelled: float,
                lines: bool) -> str:
    parts = [item_phrase(rng, it, items[k - 1] if k else None, dash, formal, spelled)
             for k, it in enumerate(items)]
    return (",\n" if lines else ", ").join(parts)


def opening(rng: random.Random, day: date, window: Window | None, dated: bool) -> str:
    """What a MoD post starts with: the window, or the night."""
    if window is not None:
        return cap(windows.cyrillic(rng, LANG, window, dated))
    if rng.random() < 0.2:
        return f"В ночь на {windows.day_month(LANG, day)}"
    return rng.choice(NIGHTS)


def mod_statement(rng: random.Random, day: date, items: Items, window: Window | None,
                  dated: bool, lines: bool) -> str:
    """The ministry's sentence: opening, verb, total, weapon and its list of places."""
    total = sum(it.total for it in items)
    dash = "–" if rng.random() < 0.8 else "—"
    verb = "перехвачены и уничтожены" if plural_verb(total) else "перехвачен и уничтожен"
    if rng.random() < 0.2:
        verb = verb.split()[-1]
    head = (f"{opening(rng, day, window, dated)} дежурными средствами ПВО {verb} "
            f"{number(rng, total, 0.3)} {noun_phrase(total, MOD_NOUN)}")
    if len(items) == 1 and items[0].each is None and rng.random() < 0.5:
        return f"{head} над {regions.over(LANG, items[0].areas[0], True)}."
    listed = mod_listing(rng, items, dash, rng.random() < 0.85, 0.15, lines)
    return f"{head}:{chr(10) if lines else ' '}{listed}."


def mod_post(rng: random.Random, day: date, items: Items, window: Window | None,
             dated: bool) -> str:
    """A Telegram post of the ministry, sometimes with its closing formula."""
    post = mod_statement(rng, day, items, window, dated, lines=rng.random() < 0.5)
    if rng.random() < 0.5:
        post += "\n\n" + rng.choice(CLOSINGS)
    return post


# -- news articles --------------------------------------------------------------------

def _retold(rng: random.Random, items: Items, dash: str) -> str:
    """The list retold by a news site: "Больше всего – 13 – сбиты над Брянской областью,
    7 – над Курской, по 3 – над Орловской и Калужской областями"."""
    first, rest = items[0], items[1:]
    where = regions.over(LANG, first.areas[0], False)
    verb = "сбиты" if plural_verb(first.count) else "сбит"
    if len(items) > 1 and first.count > items[1].count and rng.random() < 0.4:
        lead = f"Больше всего {dash} {first.count} {dash} {verb} над {where}"
    else:
        lead = f"{cap(number(rng, first.count, 0.6))} из них {verb} над {where}"
    parts, named = [lead], {first.areas[0].kind}
    for k, it in enumerate(rest):
        previous = items[k]
        if (it.each is None and it.areas[0].kind == "oblast" and "oblast" in named
                and rng.random() < 0.4):
            parts.append(f"{number(rng, it.count, 0.4)} {dash} над {regions.elliptic(LANG, it.areas[0])}")
        else:
            parts.append(item_phrase(rng, it, previous, dash, False, 0.4))
        named.update(a.kind for a in it.areas)
    return ", ".join(parts) + "."


def _when(rng: random.Random, day: date, window: Window | None, dated: bool) -> str:
    if window is not None:
        return windows.cyrillic(rng, LANG, window, dated)
    return rng.choice(("в течение прошедшей ночи", "минувшей ночью", "за ночь"))


def news(rng: random.Random, day: date, items: Items, window: Window | None,
         dated: bool) -> list[str]:
    """The paragraphs of a news report of the claim."""
    total = sum(it.total for it in items)
    dash = "–" if rng.random() < 0.7 else "—"
    dateline = rng.choice((f"МОСКВА, {windows.day_month(LANG, day)}. /ТАСС/. ",
                           f"МОСКВА, {windows.day_month(LANG, day)} — РИА Новости. ", ""))
    layout = rng.choice(("quote-all", "quote-list", "retold"))
    if layout == "quote-all":
        statement = mod_statement(rng, day, items, window, dated, lines=False)
        return [f"{dateline}«{statement.rstrip('.')}», {dash} говорится в сообщении Минобороны России."]
    noun = rng.choice(NEWS_NOUNS)
    adjectives, head, tail = noun
    when = _when(rng, day, window, dated)
    lead = rng.choice((
        f"Дежурные средства ПВО {when} перехватили и уничтожили "
        f"{number(rng, total, 0.2)} {noun_phrase(total, noun)}, сообщили в Минобороны России.",
        f"Минобороны России сообщило, что {when} над регионами страны "
        f"{'перехвачены и уничтожены' if plural_verb(total) else 'перехвачен и уничтожен'} "
        f"{number(rng, total, 0.2)} {noun_phrase(total, noun)}.",
        f"Минобороны России сообщило об уничтожении {number(rng, total, 0.4, 'gent')} "
        f"{counted(LANG, total, adjectives, head, 'gent')}{tail} {when}.",
    ))
    if layout == "quote-list" or items[0].each is not None or len(items) == 1:
        listed = mod_listing(rng, items, dash, rng.random() < 0.7, 0.15, lines=False)
        return [f"{dateline}{lead}", f"«{cap(listed)}», {dash} говорится в сообщении."]
    return [f"{dateline}{lead}", _retold(rng, items, dash)]


def headline(rng: random.Random, items: Items, night: bool) -> str:
    total = sum(it.total for it in items)
    places = [a for it in items for a in it.areas]
    when = "за ночь " if night else ""
    title = rng.choice((f"ПВО {when}уничтожила {total} {counted(LANG, total, '', 'беспилотник')}",
                        f"Силы ПВО {when}сбили {total} {counted(LANG, total, 'украинский', 'беспилотник')}"))
    if len(places) > 1 and all(a.kind != "sea" for a in places) and rng.random() < 0.5:
        title += f" над {words(LANG, len(places), 'ablt')} регионами"
    return title


# -- one report -------------------------------------------------------------------------

def generate(rng: random.Random, day: date, size: str) -> tuple[str, dict[str, Any]]:
    dated = rng.random() < 0.6
    window = windows.pick(rng, day, night=rng.random() < 0.7, dated=dated) if rng.random() < 0.6 else None
    night = window is None or window.start.date() < window.end.date()
    sample = partial(regions.sample, lang=LANG)
    n = rng.choice((1, 2, 3, 3, 4, 4, 5, 6))
    if size == "short":
        low, high = SHORT_CHARS
        for _ in range(50):
            items: Items = breakdown.pick(rng, n, sample)
            text = mod_post(rng, day, items, window, dated)
            if low <= len(text) <= high:
                break
            n = n + 1 if len(text) < low else max(1, n - 1)
    else:
        items = breakdown.pick(rng, n, sample)
        paragraphs = news(rng, day, items, window, dated)
        if rng.random() < 0.7:
            paragraphs = [headline(rng, items, night), *paragraphs]
        paragraphs = report.pad(rng, paragraphs, None, rng.randint(1100, 2900), 3072,
                                commentary.RU)
        text = "\n\n".join(paragraphs)
        if rng.random() < 0.8:  # most sites write "е" for "ё"
            text = text.replace("ё", "е")
    truth = {
        "claimant": TRUTH_CLAIMANT,
        "destroyed": sum(it.total for it in items),
        "launched": None,
        "window": window.truth() if window else None,
        "breakdown": [it.truth() for it in items],
    }
    if size == "short":
        text = text.replace("ё", "е")  # the ministry does not write "ё"
    return text + "\n", truth
