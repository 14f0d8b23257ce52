"""Which side governs a region, where its ISO country code does not say (data only).

Used wherever a region's side matters: the side an office or administration of the region speaks
for (:func:`raidlog.extract.claimants.side_of`), the side whose air defence covers the region's
airspace (attribution's defender), and the places no 'over Russian regions' count covers."""

from __future__ import annotations

# Crimea and Sevastopol (ISO codes of Ukraine) have been governed by Russian-installed officials
# since 2014: an office or an administration of theirs speaks for Russia, their air defence and
# the interceptions claimed over them are Russia's, and 'Russian regions' does not include them
RUSSIAN_GOVERNED: frozenset[str] = frozenset({"UA-43", "UA-40"})

# Regions partly held by each side: who claims an interception over them the text must say
CONTESTED: frozenset[str] = frozenset({"UA-14", "UA-09", "UA-23", "UA-65"})
