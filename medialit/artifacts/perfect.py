"""The present perfect with a finished time ("has announced yesterday")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from medialit.artifacts.common import alternation, rules, windowed
from medialit.artifacts.model import Artifact, flag

_FINISHED_TIME = (
    r"yesterday|last\s+(?:week|weekend|month|year|season|night|summer|winter|spring|autumn|fall"
    r"|[A-Z][a-z]+day|January|February|March|April|May|June|July|August|September|October"
    r"|November|December)|(?:\w+|a few|several)\s+(?:days?|weeks?|months?|years?|decades?)\s+ago"
)
# Words that make the time phrase a comparison, a starting point or a period up to now
# ("has risen since last year", "higher than last year", "up 5% on last year", "twice in
# the last year", "have spent the last week") or put it in another clause.
_PERFECT_GAP_STOP = frozenset(
    "since than from on over with as until till before after like compared versus vs to "
    "will would that which who for by and but or while when if in during within throughout "
    "the this its his her their our".split()
)


@cache
def _perfect_pattern() -> re.Pattern[str]:
    return re.compile(
        r"\b(?P<aux>has|have)\s+(?P<adverb>(?:not|also|already|just|finally|officially|formally"
        r"|reportedly|again)\s+)?(?P<verb>[a-z]+ed|" + alternation("perfect_participles") + r")\b"
        r"(?P<gap>(?:\s+[\w’'-]+){0,3}?)\s+(?P<time>" + _FINISHED_TIME + r")\b(?!['’]s)"
    )


TRIGGERS = ("yesterday", "last", " ago")
"""The words of a finished time: a match is looked for only around one."""


def detect(
    text: str, story: str, low: str, *, at: dict[str, list[int]] | None = None
) -> Iterator[Artifact]:
    """The present perfect with a finished time ("has announced yesterday").

    `at` gives the offsets in `low` of every trigger word when the caller found them already.
    """
    participles: dict[str, str] = rules()["perfect_participles"]
    if low and not any(t in (low if at is None else at) for t in TRIGGERS):
        return
    for m in windowed(_perfect_pattern(), story, low, TRIGGERS, before=90, at=at):
        gap = m.group("gap").lower().split()
        if any(w in _PERFECT_GAP_STOP for w in gap):
            continue
        verb = m.group("verb")
        past = participles.get(verb, verb)
        if verb == "been":
            past = "was" if m.group("aux") == "has" else "were"
        fix = past + m.group("gap") + " " + m.group("time")
        explain = (
            f"“{m.group('aux')} {verb}” with a finished time (“{m.group('time')}”): English "
            "uses the simple past for a finished event (“" + fix + "”). French, German, "
            "Italian and Spanish use their perfect here (« a annoncé hier »): a trace of "
            "translation, or of a writer whose first language is one of them."
        )
        yield flag(text, m.start(), m.end(), "grammar", explain, fix, "grammar:perfect")
