"""Neutral article padding: sentences that state no count, time, place or incident,
written for this generator (no real article is quoted)."""

from __future__ import annotations

import random

SENTENCES = (
    "The ministry publishes such figures on its official channels, usually without further detail.",
    "The figures could not be independently verified.",
    "Ukrainian officials do not usually comment on statements of this kind.",
    "Neither side regularly discloses how many interceptor missiles its air defenses use.",
    "Such statements follow a familiar pattern and appear almost daily.",
    "Residents of border areas have grown used to sirens and to short breaks in mobile internet service.",
    "Flights at several regional airports were briefly suspended as a precaution, the aviation regulator said.",
    "Airlines warned passengers that departures could be delayed for some hours.",
    "Residents were asked not to publish photos or videos that show the work of air defense units.",
    "Schools and public transport worked as usual in the morning.",
    "Traffic on some roads was briefly restricted while specialists inspected the area.",
    "Emergency crews remained on standby throughout the night.",
    "Regional authorities urged people to rely only on official sources of information.",
    "The statement did not say what the drones were believed to be aiming for.",
    "Observers say the reach of long-range drones has grown markedly in recent years.",
    "Both sides have invested heavily in cheaper means of intercepting drones, such as mobile air defense groups.",
    "Electronic warfare systems are increasingly used alongside conventional air defenses.",
    "The reports usually list the regions concerned but rarely name specific towns.",
    "Military bloggers often publish their own estimates, which tend to differ from official figures.",
    "Officials typically release more information later in the day, once the situation has been assessed.",
    "Warnings were issued in several districts, and residents were advised to stay away from windows.",
    "The ministry's statements are widely quoted by state media within minutes of publication.",
    "Local administrations reminded residents where the nearest shelters are located.",
    "Compensation for affected households is handled by regional commissions, according to local media.",
    "The government has said it will continue to strengthen the protection of critical infrastructure.",
)


def paragraph(rng: random.Random, used: set[int]) -> str:
    """One to three sentences not used before in the document."""
    fresh = [i for i in range(len(SENTENCES)) if i not in used]
    picked = rng.sample(fresh, min(len(fresh), rng.randint(1, 3)))
    used.update(picked)
    return " ".join(SENTENCES[i] for i in picked)
