"""A present tense with 'since' and a point in time ("is in power since 2019")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from medialit.artifacts.common import MONTHS, alternation, rules, windowed
from medialit.artifacts.model import Artifact, flag

# "The pound is at its lowest since 1985" and "prices are at levels not seen since 2008"
# are good English: a superlative, a record or a participle measured from a point in time.
_SINCE_SUPERLATIVE = re.compile(
    r"\w+est\b|\b(?:most|least|first|highs?|lows?|records?|peaks?|levels?|seen|recorded|reached"
    r"|registered|witnessed|known|observed)\b"
)


@cache
def _since_pattern() -> re.Pattern[str]:
    return re.compile(
        r"\b(?P<verb>" + alternation("present_since") + r")\s+"
        r"(?P<rest>(?:in|at|on|with|for|under|here|there|behind bars)\b[^.;,:\n“”\"]{0,40}?)"
        r"\s+since\s+(?P<point>\d{4}|" + MONTHS + r"|last\s+\w+|the\s+(?:start|beginning|end)"
        r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
    )


TRIGGERS = (" since ", "since")
"""The gate (the word between spaces) and the word a match is looked for around."""


def detect(
    text: str, story: str, low: str, *, at: dict[str, list[int]] | None = None
) -> Iterator[Artifact]:
    """A present tense with 'since' and a point in time ("is in power since 2019").

    `at` gives the offsets in `low` of both trigger words when the caller found them already.
    """
    if low and " since " not in (low if at is None else at):
        return
    perfects: dict[str, str] = rules()["present_since"]
    for m in windowed(_since_pattern(), story, low, ("since",), before=80, at=at):
        if _SINCE_SUPERLATIVE.search(m.group("rest")):
            continue
        verb = m.group("verb")
        fix = f"{perfects[verb]} {m.group('rest')} since {m.group('point')}"
        explain = (
            f"“{verb} … since {m.group('point')}” keeps the present tense of French (« depuis »), "
            "German (« seit »), Spanish or Italian. English uses the present perfect for a "
            f"state that began in the past and goes on: “{fix}”."
        )
        yield flag(text, m.start(), m.end(), "grammar", explain, fix, "grammar:since_present")
