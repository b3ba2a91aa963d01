"""Calques: word-for-word renderings of another language's phrases, from the lexicons."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from medialit import resources as res
from medialit.artifacts.common import CAPITALISED, match_case, phrase_pattern, windowed
from medialit.artifacts.model import Artifact, flag


@dataclass(frozen=True)
class _Calque:
    id: str
    natural: tuple[str, ...]
    explanation: str
    fixes: tuple[tuple[re.Pattern[str], str], ...]

    def suggest(self, found: str) -> str:
        """The correction for `found`: the entry's fixes applied to it, or its natural form."""
        if self.fixes:
            fixed = found
            for search, replace in self.fixes:
                fixed = search.sub(replace, fixed)
            return match_case(found, fixed)
        name = CAPITALISED.search(found, 1)
        for natural in self.natural:
            if "{name}" not in natural:
                return match_case(found, natural)
            if name:
                return match_case(found, natural.replace("{name}", name.group()))
        return ""


@cache
def _calque_table() -> list[tuple[tuple[str, ...], frozenset[str], re.Pattern[str], _Calque]]:
    # One small pattern per entry, run only around its trigger words: a single alternation
    # of every entry is tried at every position of the text and is far slower.
    table = []
    for entry in res.load_lexicon("calques_fr")["entries"]:
        body = entry.get("pattern") or "|".join(phrase_pattern(lit) for lit in entry["literal"])
        flags = 0 if entry.get("case_sensitive") else re.IGNORECASE
        fixes = tuple((re.compile(a, re.IGNORECASE), b) for a, b in entry.get("fix", ()))
        calque = _Calque(entry["id"], tuple(entry["natural"]), entry["explanation"], fixes)
        triggers = tuple(entry["trigger"])
        table.append((triggers, frozenset(triggers), re.compile(body, flags), calque))
    return table


def detect(text: str, visible: str, low: str, words: frozenset[str]) -> Iterator[Artifact]:
    """Calques from the lexicons, each with its natural English."""
    for triggers, trigger_set, pattern, entry in _calque_table():
        if low and words.isdisjoint(trigger_set):
            continue
        for m in windowed(pattern, visible, low, triggers):
            yield flag(
                text,
                m.start(),
                m.end(),
                "calque",
                entry.explanation,
                entry.suggest(m.group()),
                f"calque:{entry.id}",
            )
