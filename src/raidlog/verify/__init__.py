"""Checks: each looks at an extracted document and returns Findings with a
stable code, the numbers or names involved, the evidence spans and what would
resolve it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from raidlog.model import Finding
from raidlog.verify import breakdown, officials, places, regions, windows

if TYPE_CHECKING:
    from raidlog.extract.pipeline import Doc

CHECKS = (breakdown.check, places.check, windows.check, officials.check, regions.check)


def run_checks(doc: Doc) -> list[Finding]:
    findings: list[Finding] = []
    for check in CHECKS:
        findings.extend(check(doc))
    return findings
