"""The dashboard's pages as a user reads them (exact text in the HTML): the findings page, Check a
report's incidents and places, documents shown by title and outlet, neutral side wording,
readable windows, the chart's axes."""

from __future__ import annotations

import re

from tests.test_web_api import BELGOROD, MISMATCH, client, ledger  # noqa: F401 - fixtures


def finding_ids(html: str) -> list[str]:
    return re.findall(r'data-finding="(f\d+)"', html)


def test_findings_page_filters_and_counts(client):  # noqa: F811
    html = client.get("/findings").text
    assert '<span id="total">4</span> findings' in html
    assert finding_ids(html) == ["f2", "f4", "f3", "f1"]  # newest day first
    # counts per code, each a link that filters by it
    counts = dict(re.findall(r'<tr data-code="([a-z-]+)".*?<td class="n count">(\d+)</td>', html, re.S))
    assert counts == {"breakdown-sum-mismatch": "1", "incident-region-not-in-breakdown": "1",
                      "sources-disagree": "1", "window-timezone-assumed": "1"}
    assert '<a href="/findings?code=sources-disagree"><code>sources-disagree</code></a>' in html
    # each finding: message, evidence, links to its claim, group and document (by title and outlet)
    mismatch = html[html.index('data-finding="f2"'):html.index('data-finding="f4"')]
    assert '<code>breakdown-sum-mismatch</code>' in mismatch and '<span class="badge sev-error">error</span>' in mismatch
    assert '2025-11-14 · Russian Ministry of Defence' in mismatch
    assert ("“Russian air defence forces destroyed 31 Ukrainian drones over five regions overnight, the Russian "
            "Defence Ministry said on Friday.”") in mismatch
    assert '<a class="to-claim" href="/claims/c5">claim c5</a>' in mismatch
    assert ('<a class="to-document" href="/documents/d6">MOSCOW, November 14. Russian air defence forces '
            'destroyed 31 Ukrainian drones over five …</a> <span class="muted">tass · 2025-11-14</span>'
            ) in mismatch
    disagree = html[html.index('data-finding="f3"'):html.index('data-finding="f1"')]
    assert '<a class="to-group" href="/groups/g1">claim group g1</a>' in disagree

    assert finding_ids(client.get("/findings?code=sources-disagree").text) == ["f3"]
    assert finding_ids(client.get("/findings?severity=warning").text) == ["f4", "f3"]
    assert finding_ids(client.get("/findings?day=2025-11-12").text) == ["f4", "f3", "f1"]
    assert finding_ids(client.get("/findings?since=2025-11-13").text) == ["f2"]
    assert finding_ids(client.get("/findings?claimant=air+force").text) == ["f1"]
    assert finding_ids(client.get("/findings?claimant=AIR&severity=error").text) == []
    # the counts follow the other filters, not the code
    by_day = client.get("/findings?day=2025-11-14&code=sources-disagree").text
    assert finding_ids(by_day) == [] and re.findall(r'<tr data-code="([a-z-]+)"', by_day) == ["breakdown-sum-mismatch"]
    assert "No findings match this filter." in by_day
    r = client.get("/findings?day=14.11.2025")
    assert r.status_code == 400 and "day &#x27;14.11.2025&#x27; is not a date in the form YYYY-MM-DD" in r.text
    assert client.get("/findings?severity=fatal").status_code == 400
    assert '<a href="/findings" aria-current="page">Findings</a>' in html
