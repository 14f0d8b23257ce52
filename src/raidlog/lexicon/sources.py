"""Official channels and sites whose posts speak for one claimant: a claim in a post from
one of them that names nobody is that claimant's (the document's ``source`` address).
Data only: (address pattern, canonical claimant name, kind, side), checked in order."""

from __future__ import annotations

SOURCE_CLAIMANTS: list[tuple[str, str, str, str]] = [
    # the Russian Ministry of Defence's Telegram channel and site
    (r"(?:^|//)(?:www\.)?t\.me/(?:s/)?mod_russia\b|(?:^|//|\.)mil\.ru(?:/|$)",
     "Russian Ministry of Defence", "ministry", "RU"),
    # the Ukrainian Air Force's Telegram channel
    (r"(?:^|//)(?:www\.)?t\.me/(?:s/)?kpszsu\b", "Ukrainian Air Force", "air_force", "UA"),
    # Ukraine's General Staff
    (r"(?:^|//)(?:www\.)?t\.me/(?:s/)?GeneralStaffZSU\b", "General Staff of the Armed Forces of Ukraine",
     "military_command", "UA"),
    # the Ministry of Defence of Ukraine's site
    (r"(?:^|//|\.)mil\.gov\.ua(?:/|$)", "Ministry of Defence of Ukraine", "ministry", "UA"),
]
