"""Turning sentence mentions into claims and incidents.

A report is read in order, keeping the context a reader keeps: the claim being
told (a headline's total, then its breakdown, then its window), the last
official who spoke ("the governor did not specify …"). A claim statement with
a new scope ("earlier", "the previous night", "over the past week") or a
different total starts a new claim; a repeat (the headline) joins the one told.

The walk is ``reading``; what it builds, ``drafts``; the patterns it reads, ``cues``. A claim's
counts: ``verbs`` (destroyed or launched, total or part), ``totals``, ``implied`` (no number),
``claims`` (which claim they join), ``parts`` (its breakdown), ``placing`` (where they were
downed), ``regions``, ``sites`` (launch sites). Who tells it: ``voices``, ``own_region``.
Incidents: ``incidents``, ``towns``.
"""

from types import ModuleType

from raidlog.extract.attribute.cues import (
    GATED,
    _own_gate,
    _own_region_pattern,
    _part_gate,
    _patterns,
    more_at,
)
from raidlog.extract.attribute.drafts import (
    UNATTRIBUTED,
    Attribution,
    ClaimDraft,
    IncidentDraft,
    WeaponDraft,
)
from raidlog.extract.attribute.reading import attribute
from raidlog.extract.attribute.totals import MAX_WEAPON_ENTRIES, too_few_came
from raidlog.extract.attribute.verbs import _passive_gap
from raidlog.extract.attribute.voices import _formulas

__all__ = ["MAX_WEAPON_ENTRIES", "UNATTRIBUTED", "Attribution", "ClaimDraft", "IncidentDraft",
           "WeaponDraft", "attribute", "more_at", "prepare", "too_few_came"]


def prepare(lex: ModuleType) -> None:
    """Build this stage's pattern tables of ``lex`` before the first text (pipeline.prepare)."""
    _patterns(lex).build()
    _own_region_pattern(lex)
    for name in GATED:
        _own_gate(lex, name)
        _part_gate(lex, name)
    _passive_gap(lex)
    _formulas(lex)
