"""Sentence templates: the total, the breakdown and the window of one Russian MoD
claim, as news sites and TASS write them, and the padding of an article."""

from __future__ import annotations

import random
from datetime import date

from raidlog.officials import Officials
from raidlog.synth import breakdown, commentary, places, windows
from raidlog.synth.breakdown import Item
from raidlog.synth.numbers import Style, written
from raidlog.synth.windows import Window

WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_ROLES = {"governor": "Governor", "acting_governor": "Acting Governor"}


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _period(rng: random.Random, night: bool) -> str:
    return rng.choice((" overnight", " overnight", " during the night", " over the past night")) if night else ""


def total_sentence(rng: random.Random, n: str, noun: str, period: str, when: str, day: date) -> str:
    """The headline figure; ``when`` (a window phrase or "") opens the sentence."""
    lead = f"{cap(when)}, " if when else ""
    if when:
        return rng.choice((
            f"{lead}Russian air defense systems destroyed {n} Ukrainian {noun}, "
            f"the Russian Defense Ministry said.",
            f"{lead}air defenses shot down {n} Ukrainian {noun}, Russia's Ministry of Defense reported.",
        ))
    return rng.choice((
        f"Russian air defense systems destroyed {n} Ukrainian {noun}{period}, the Russian Defense Ministry said.",
        f"The Russian Defense Ministry said on {WEEKDAYS[day.weekday()]} that air defenses had "
        f"intercepted {n} Ukrainian {noun}{period}.",
        f"{cap(n)} Ukrainian {noun} were destroyed{period}, Russia's Ministry of Defense reported.",
        f"According to the Russian Defense Ministry, air defense forces shot down {n} {noun} "
        f"launched by Ukraine{period}.",
        f"Russia's Defense Ministry reported that air defenses had destroyed {n} Ukrainian {noun}{period}.",
    ))


def breakdown_sentence(rng: random.Random, items: list[Item], style: Style, noun: str) -> str:
    listed = breakdown.listing(rng, items, style, noun, named=True)
    subject, verb = rng.choice((
        ("Air defense interceptors", "shot down"), ("Air defense interceptors", "downed"),
        ("Air defense units", "destroyed"), ("On-duty air defense systems", "intercepted and destroyed"),
    ))
    rest = breakdown.listing(rng, items[1:], style, noun) if len(items) > 1 else ""
    first = written(items[0].count, style)
    templates = [
        f"{subject} {verb} {listed}.",
        f"According to the ministry, {listed} were destroyed.",
        f"The ministry said {listed} were shot down.",
    ]
    if items[0].each is None and items[0].count > 1 and rest:  # "Of them, 12 were destroyed over …"
        where = places.form(rng, items[0].areas[0])
        templates.append(f"Of them, {first} were destroyed over {where}, {rest}.")
        templates.append(f"{cap(first)} {noun} were destroyed over {where}, {rest}.")
    return rng.choice(templates)


def _stop(sentence: str) -> str:
    """"… 7 a.m.." is written "… 7 a.m."."""
    return sentence.replace("..", ".")


def window_sentence(rng: random.Random, when: str, before: bool) -> str:
    return _stop(_window_sentence(rng, when, before))


def _window_sentence(rng: random.Random, when: str, before: bool) -> str:
    if before:  # no claim told yet: the sentence must name the ministry
        return f"The Russian Defense Ministry said the attack took place {when}."
    return rng.choice((
        f"The ministry said the drones were intercepted {when}.",
        f"According to the ministry, the attack lasted {when}.",
        f"The interceptions took place {when}, the ministry said.",
    ))


def claim(rng: random.Random, day: date, items: list[Item], window: Window | None,
          dated: bool) -> tuple[list[str], str]:
    """The paragraphs of one claim and a headline for it."""
    style: Style = rng.choice(("digits", "digits", "words", "mixed"))
    total = sum(it.total for it in items)
    n = written(total, style)
    noun = rng.choice(breakdown.NOUNS)
    night = window is None or window.start.date() < window.end.date()
    when = windows.written(rng, window, dated) if window else ""
    period = _period(rng, night)
    quote = rng.choice((('"', '"'), ("\u201c", "\u201d")))
    one_area = len(items) == 1 and items[0].each is None  # "destroyed 5 drones over the Kursk Region"
    layout = rng.choice(("one-area", "tass") if one_area else ("news", "news", "tass", "single"))
    headline = _headline(rng, total, noun, night)
    if layout == "tass":
        dateline = f"MOSCOW, {windows.MONTHS[day.month - 1]} {day.day}. /TASS/."
        lead = total_sentence(rng, n, noun, period, "", day)
        opening = cap(when) if when else cap(period.strip())
        where = (f" over {places.form(rng, items[0].areas[0])}" if one_area
                 else f": {breakdown.listing(rng, items, style, noun)}")
        body = (f"{quote[0]}{opening}, on-duty air defense systems intercepted and destroyed {n} "
                f"Ukrainian fixed-wing unmanned aerial vehicles{where},{quote[1]} the ministry said.")
        return [f"{dateline} {lead}", body], headline
    if layout == "single":
        lead = f"{cap(when)}, on-duty" if when else "On-duty"
        return [f"{lead} air defense systems intercepted and destroyed {n} Ukrainian {noun}"
                f"{'' if when else period}: {breakdown.listing(rng, items, style, noun)}, "
                f"the Russian Defense Ministry said."], headline
    if layout == "one-area":
        where = places.form(rng, items[0].areas[0])
        paragraphs = [f"Russian air defense systems destroyed {n} Ukrainian {noun} over {where}{period}, "
                      f"the Russian Defense Ministry said."]
    else:
        inline = bool(when) and rng.random() < 0.3
        paragraphs = [total_sentence(rng, n, noun, period, when if inline else "", day),
                      breakdown_sentence(rng, items, style, noun)]
        if inline:
            return paragraphs, headline
    if when:
        before = rng.random() < 0.25
        sentence = window_sentence(rng, when, before)
        paragraphs = [sentence, *paragraphs] if before else [*paragraphs, sentence]
    return paragraphs, headline


def _headline(rng: random.Random, total: int, noun: str, night: bool) -> str:
    overnight = " overnight" if night else ""
    return rng.choice((
        f"Russian air defenses shoot down {total} Ukrainian {noun}{overnight}",
        f"Russian Defense Ministry says {total} Ukrainian {noun} destroyed{overnight}",
        f"Russia says it downed {total} Ukrainian {noun}{overnight}",
    ))


def governor(rng: random.Random, day: date, items: list[Item]) -> str | None:
    """A regional head's incident report for one of the regions of the breakdown."""
    officials = Officials.default()
    options = []
    for area in (a for it in items for a in it.areas):
        heads = [o for o in officials.heads(area.key, day) if o.role in (*_ROLES, "head_of_republic")]
        if heads:
            options.append((area, heads[-1]))
    if not options:
        return None
    area, head = rng.choice(options)
    what = rng.choice((
        "debris from a downed drone damaged the roof of a private house and no one was injured",
        "fragments of a drone fell on an empty field, and there were no casualties",
        "a drone attack on an industrial site was repelled without casualties",
        "falling debris shattered windows in several homes; nobody was hurt",
    ))
    where = places.form(rng, area)
    if head.role == "head_of_republic":
        return f"{head.name}, the head of {where}, said {what}."
    role = _ROLES[head.role]
    templates = [
        f"In {where}, {role} {head.name} said {what}.",
        f"{head.name}, the {role.lower()} of {where}, wrote on Telegram that {what}.",
    ]
    if area.kind == "oblast":
        templates.append(f"{area.stem} Region {role} {head.name} said {what}.")
    return rng.choice(templates)


def pad(rng: random.Random, paragraphs: list[str], extra: str | None, target: int,
        limit: int, sentences: tuple[str, ...] = commentary.SENTENCES) -> list[str]:
    """Neutral paragraphs of ``sentences`` (and ``extra``, somewhere among them) until about
    ``target`` bytes, never past ``limit``."""
    used: set[int] = set()
    filler: list[str] = []
    size = sum(len(p.encode()) + 2 for p in paragraphs) + (len(extra.encode()) + 2 if extra else 0)
    while size < target and len(used) < len(sentences):
        p = commentary.paragraph(rng, used, sentences)
        if size + len(p.encode()) + 2 > limit:
            break
        filler.append(p)
        size += len(p.encode()) + 2
    if extra:
        filler.insert(rng.randint(0, len(filler)), extra)
    return [*paragraphs, *filler]
