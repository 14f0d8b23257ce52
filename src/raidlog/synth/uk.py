"""Ukrainian reports of one claim, of three kinds:

- an Air Force summary: launched and destroyed counts, a Kyiv-time night ("У ніч на
  14 березня (з 18:00 13 березня) противник атакував 120 ударними БпЛА … станом на
  09:00 … збито/подавлено 95 ворожих БпЛА"), no per-region breakdown;
- a regional command's post with a per-oblast breakdown, colloquial names first
  ("над Миколаївщиною – 11, над Одещиною – 9, по 3 – над Херсонщиною та
  Дніпропетровщиною");
- a Ukrainian outlet retelling a Russian MoD claim ("У Міноборони РФ заявили, що …
  збито 46 …, зокрема 17 над Брянською областю, …").
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from raidlog.synth import breakdown, commentary, regions, report, windows
from raidlog.synth.breakdown import Item
from raidlog.synth.morph import counted, words
from raidlog.synth.regions import Region
from raidlog.synth.windows import Window, clock24, day_month

LANG = "uk"
SHORT_CHARS = (300, 600)
KYIV_TIME = "за київським часом"
DIRECTIONS = ("Курськ", "Орел", "Міллерово", "Приморсько-Ахтарськ", "Брянськ", "Шаталово", "Навля")
SECTORS = ("на півночі, сході та півдні країни", "на півночі та сході країни",
           "на півдні та сході країни", "на сході, півночі та в центрі країни")
COMMANDS = {  # name: its zone (nominative, instrumental) and the oblasts it reports on
    "Сили оборони півдня": ("південні області", "південними областями",
                            ("UA-48", "UA-51", "UA-65", "UA-12", "UA-23", "UA-35")),
    "Повітряне командування «Схід»": ("східні області", "східними областями",
                                      ("UA-12", "UA-63", "UA-23", "UA-53", "UA-14", "UA-59")),
    "Повітряне командування «Центр»": ("центральні області", "центральними областями",
                                       ("UA-32", "UA-18", "UA-05", "UA-71", "UA-35", "UA-74")),
    "Повітряне командування «Захід»": ("західні області", "західними областями",
                                       ("UA-46", "UA-07", "UA-56", "UA-61", "UA-68", "UA-26", "UA-21", "UA-77")),
}
_IN_COMMAND = {"Сили оборони півдня": "Силах оборони півдня"}  # "повідомили в …"

Items = list[Item[Region]]
# paragraphs, truth, and a headline ("" when the paragraphs already open with one)
Built = tuple[list[str], dict[str, Any], str]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def number(rng: random.Random, n: int, spelled: float, case: str = "nomn") -> str:
    """``n`` in digits, or (with probability ``spelled``) in words in ``case``."""
    return words(LANG, n, case) if n < 1000 and rng.random() < spelled else str(n)


def _truth(kind: str, side: str, destroyed: int, launched: int | None, window: Window | None,
           items: Items) -> dict[str, Any]:
    return {"claimant": {"kind": kind, "side": side}, "destroyed": destroyed, "launched": launched,
            "window": window.truth() if window else None, "breakdown": [it.truth() for it in items]}


# -- Air Force ----------------------------------------------------------------------------

def _launch(rng: random.Random, launched: int) -> str:
    """Who launched how many: "противник атакував 120 ударними БпЛА типу Shahed …"."""
    with_ = number(rng, launched, 0.15, "ablt")
    templates = [
        f"противник атакував {with_} {counted(LANG, launched, 'ударний', 'БпЛА', 'ablt')} типу "
        f"Shahed, «Гербера» та дронами-імітаторами",
        f"ворог атакував Україну {with_} {counted(LANG, launched, 'ударний', 'безпілотник', 'ablt')}",
        f"росіяни запустили по Україні {launched} {counted(LANG, launched, 'ударний', 'БпЛА')} "
        f"типу Shahed і дронів-імітаторів",
    ]
    text = rng.choice(templates)
    if rng.random() < 0.6:
        sites = rng.sample(DIRECTIONS, rng.randint(1, 4))
        text += (f" з напрямку {sites[0]}" if len(sites) == 1
                 else f" з напрямків {', '.join(sites[:-1])} {rng.choice(('і', 'та'))} {sites[-1]}")
    return text


def _destroyed(rng: random.Random, destroyed: int, as_of: str) -> str:
    sector = f" {rng.choice(SECTORS)}" if rng.random() < 0.6 else ""
    lead = f"{as_of} " if as_of else ""
    return rng.choice((
        f"За попередніми даними, {lead}протиповітряною обороною збито/подавлено {destroyed} "
        f"{counted(LANG, destroyed, 'ворожий', 'БпЛА')}{sector}.",
        f"{cap(lead)}підтверджено збиття/подавлення {destroyed} "
        f"{counted(LANG, destroyed, '', 'безпілотник', 'gent')}{sector}.",
        f"{cap(lead)}сили ППО збили {destroyed} {counted(LANG, destroyed, 'ворожий', 'дрон')}"
        f"{sector}, повідомили в Повітряних силах.",
    ))


def air_force(rng: random.Random, day: date) -> Built:
    launched = rng.choice((rng.randint(20, 150), rng.randint(50, 450)))
    destroyed = rng.randint(launched * 11 // 20, launched)
    window = windows.kyiv_night(rng, day, rng.random() < 0.3) if rng.random() < 0.85 else None
    zone = f" {KYIV_TIME}" if window and window.zone_written else ""
    as_of = ""
    if window is None:
        when = rng.choice((f"У ніч на {day_month(LANG, day)}", "Уночі", "Минулої ночі"))
    elif rng.random() < 0.6:
        when = f"У ніч на {day_month(LANG, day)} (з {clock24(window.start)} {day_month(LANG, window.start.date())}{zone})"
        as_of = f"станом на {clock24(window.end)}"
    else:
        when = (f"З {clock24(window.start)} {day_month(LANG, window.start.date())} до "
                f"{clock24(window.end)} {day_month(LANG, day)}{zone}")
    paragraphs = [f"{when} {_launch(rng, launched)}.", _destroyed(rng, destroyed, as_of)]
    rest = launched - destroyed
    if rest and rng.random() < 0.5:
        lost = rng.randint(1, rest)
        rest -= lost
        noun = rng.choice(("імітатор", "безпілотник", "дрон"))
        paragraphs.append(f"Ще {lost} {counted(LANG, lost, '', noun)} локаційно втрачено.")
    if rest and rng.random() < 0.5:
        hits, spots = rng.randint(1, rest), rng.randint(1, 9)
        paragraphs.append(f"Зафіксовано влучання {hits} {counted(LANG, hits, 'ударний', 'БпЛА', 'gent')} "
                          f"на {spots} {counted(LANG, spots, '', 'локація', 'loct')}.")
    truth = _truth("air_force", "UA", destroyed, launched, window, [])
    truth["weapon"] = "drone"
    title = rng.choice((
        f"Повітряні сили: за ніч збито/подавлено {destroyed} {counted(LANG, destroyed, 'ворожий', 'БпЛА')}",
        f"Повітряні сили: збито {destroyed} з {launched} {counted(LANG, launched, '', 'дрон', 'gent')}",
    ))
    return paragraphs, truth, title


# -- regional commands --------------------------------------------------------------------

def _oblast(rng: random.Random, region: Region) -> str:
    return regions.in_case(LANG, region, "ablt", colloquial=rng.random() < 0.75)


def _oblasts(rng: random.Random, group: list[Region]) -> str:
    if not any(r.colloquial for r in group) or rng.random() < 0.2:
        return regions.over_many(LANG, group, False)
    return regions.series(LANG, [_oblast(rng, r) for r in group])


def _command_item(rng: random.Random, item: Item[Region], first: bool) -> str:
    """"над Одещиною – 9", "по 3 – над Херсонщиною та Дніпропетровщиною", "ще 6 – загалом над
    Харківщиною та Запорізькою областю"; the first item may name the weapon: "Над
    Миколаївщиною збито 7 дронів"."""
    n = number(rng, item.count, 0.15)
    if item.each is None:
        where = _oblast(rng, item.areas[0])
        if first:
            return f"над {where} збито {n} {counted(LANG, item.count, '', 'дрон')}"
        return f"над {where} – {n}"
    where = _oblasts(rng, list(item.areas))
    if item.each:
        return f"по {'одному' if item.count == 1 and rng.random() < 0.5 else item.count} – над {where}"
    return f"{rng.choice(('ще ', ''))}{n} – {rng.choice(('загалом', 'разом'))} над {where}"


def command(rng: random.Random, day: date, n: int) -> Built:
    name = rng.choice(sorted(COMMANDS))
    zone_words, over_zone, keys = COMMANDS[name]
    pool = [regions.UKRAINE[k] for k in keys]
    items: Items = breakdown.pick(rng, n, lambda r, k: r.sample(pool, k), most=len(pool))
    total = sum(it.total for it in items)
    window = windows.kyiv_night(rng, day, rng.random() < 0.2) if rng.random() < 0.65 else None
    if window:
        when = (f"{rng.choice(('з', 'у період з'))} {clock24(window.start)} "
                f"{day_month(LANG, window.start.date())} до {clock24(window.end)} {day_month(LANG, day)}"
                f"{' ' + KYIV_TIME if window.zone_written else ''}")
    else:
        when = rng.choice(("протягом ночі", f"у ніч на {day_month(LANG, day)}", "за ніч"))
    drones = counted(LANG, total, "ударний", "БпЛА")
    title = f"{name}: за ніч знищено {total} {drones}"
    if rng.random() < 0.5:  # the command named by the title line, which the post keeps
        listed = ", ".join(_command_item(rng, it, False) for it in items)
        paragraphs = [title, f"{cap(when)} противник атакував {zone_words} ударними дронами типу Shahed. "
                             f"Протиповітряною обороною знищено {total} {counted(LANG, total, '', 'БпЛА')}: {listed}."]
        return paragraphs, _truth("military_command", "UA", total, None, window, items), ""
    where = name.replace("Повітряне командування", "Повітряному командуванні")
    lead = (f"{cap(when)} над {over_zone} знищено {total} {drones}, "
            f"повідомили в {_IN_COMMAND.get(name, where)}.")
    listed = ", ".join(_command_item(rng, it, k == 0) for k, it in enumerate(items))
    listed = cap(listed) if items[0].each is None else f"Зокрема, {listed}"
    return [lead, listed + "."], _truth("military_command", "UA", total, None, window, items), title


# -- a Russian MoD claim, retold ----------------------------------------------------------

def _mod_item(rng: random.Random, item: Item[Region], previous: Item[Region] | None,
              named: bool, dash: str) -> str:
    """"12 – над Курською", "по 3 – над Орловською та Тульською областями", "2 – над
    акваторією Азовського моря", "стільки ж – над …"."""
    if item.each is None:
        region = item.areas[0]
        same = previous is not None and previous.each is None and previous.count == item.count
        n = "стільки ж" if same and rng.random() < 0.5 else number(rng, item.count, 0.2)
        short = named and region.kind == "oblast" and rng.random() < 0.4
        return f"{n}{dash}над {regions.elliptic(LANG, region) if short else regions.over(LANG, region, False)}"
    where = regions.over_many(LANG, list(item.areas), False)
    if item.each:
        return f"по {'одному' if item.count == 1 and rng.random() < 0.5 else item.count}{dash}над {where}"
    return f"{item.count}{dash}{rng.choice(('загалом', 'разом'))} над {where}"


def _mod_list(rng: random.Random, items: Items, dash: str) -> str:
    parts, named = [], False
    for k, it in enumerate(items):
        parts.append(_mod_item(rng, it, items[k - 1] if k else None, named, dash))
        named = named or any(a.kind == "oblast" for a in it.areas)
    return ", ".join(parts)


def media(rng: random.Random, day: date, n: int) -> Built:
    items: Items = breakdown.pick(rng, n, partial(regions.sample, lang=LANG))
    total = sum(it.total for it in items)
    dated = rng.random() < 0.5
    window = windows.pick(rng, day, night=rng.random() < 0.6, dated=dated) if rng.random() < 0.4 else None
    when = (windows.cyrillic(rng, LANG, window, dated) if window
            else rng.choice(("протягом ночі", "минулої ночі", "за ніч")))
    drones = counted(LANG, total, "український", "безпілотник")
    dash = rng.choice((" – ", " — ", " "))
    if rng.random() < 0.5:
        paragraphs = [f"У Міноборони РФ заявили, що {when} над регіонами Росії збито {total} {drones}, "
                      f"зокрема {_mod_list(rng, items, dash)}."]
    else:
        first, rest = items[0], items[1:]
        if first.each is None and rest:
            lead = (f"{number(rng, first.count, 0.2)} {counted(LANG, first.count, '', 'дрон')} збито над "
                    f"{regions.over(LANG, first.areas[0], False)}, {_mod_list(rng, rest, dash)}")
        else:
            lead = _mod_list(rng, items, dash)
        paragraphs = [f"У російському Міністерстві оборони заявили, що {when} їхня ППО нібито знищила "
                      f"{total} {drones}.", f"За твердженням відомства, {lead}."]
    title = rng.choice((f"У Міноборони РФ заявили про {total} {counted(LANG, total, 'збитий український', 'дрон')}",
                        f"Росія заявила про {total} {counted(LANG, total, 'збитий', 'безпілотник')}"))
    return paragraphs, _truth("ministry", "RU", total, None, window, items), title


# -- one report ---------------------------------------------------------------------------

def generate(rng: random.Random, day: date, size: str) -> tuple[str, dict[str, Any]]:
    kind = rng.choice(("air_force", "air_force", "command", "command", "media"))
    n = rng.choice((1, 2, 3, 3, 4, 5))
    build: Callable[[], Built] = {
        "air_force": lambda: air_force(rng, day),
        "command": lambda: command(rng, day, n),
        "media": lambda: media(rng, day, n),
    }[kind]
    if size == "short":
        low, high = SHORT_CHARS
        for _ in range(50):
            paragraphs, truth, _title = build()
            text = "\n\n".join(paragraphs)
            if low <= len(text) <= high:
                break
            n = n + 1 if len(text) < low else max(1, n - 1)
        return text + "\n", truth
    paragraphs, truth, title = build()
    if title and rng.random() < 0.7:
        paragraphs = [title, *paragraphs]
    sentences = commentary.UK if kind != "media" else (*commentary.UK, "Українська сторона ці заяви не коментувала.")
    paragraphs = report.pad(rng, paragraphs, None, rng.randint(1100, 2900), 3072, sentences)
    return "\n\n".join(paragraphs) + "\n", truth
