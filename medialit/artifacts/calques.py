"""Calques: word-for-word renderings of another language's phrases, from the lexicons.

One lexicon per source language (`calques_<code>.json`) and one of calques common to several
(`calques_general.json`). A flag names the language ("sounds
like a translation from Spanish") only on real evidence: at least two different entries
that belong to that language alone occur in the text, and no other language has as many.
Phrases common to several languages never name one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from medialit import resources as res
from medialit.artifacts.common import (
    CAPITALISED,
    FOLDED_ONTO_ASCII,
    beyond_ascii,
    finder,
    match_case,
    occurrences,
    phrase_pattern,
    windowed,
)
from medialit.artifacts.model import Artifact, flag
from medialit.regexes import compiled

LANGUAGES: tuple[str, ...] = tuple("fr es pt de ru zh ar tr it id ko ja".split())
"""The source languages that have a calque lexicon."""

GENERAL = "general"
"""The lexicon of calques common to several languages (`calques_general.json`)."""

_MIN_EVIDENCE = 2


@dataclass(frozen=True)
class _Calque:
    id: str
    natural: tuple[str, ...]
    explanation: str
    fixes: tuple[tuple[re.Pattern[str], str], ...]
    language: str | None = None
    """The one source language the phrase points to; None when several languages share it."""

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


_Entry = tuple[tuple[str, ...], frozenset[str], tuple[str, ...], re.Pattern[str], _Calque]
"""An entry's trigger words (and as a set), its required strings, its pattern, the calque."""


@cache
def _calque_table() -> list[_Entry]:
    # One small pattern per entry, run only around its trigger words: a single alternation
    # of every entry is tried at every position of the text and is far slower.
    table = []
    for code in (*LANGUAGES, GENERAL):
        for entry in res.load_lexicon(f"calques_{code}")["entries"]:
            body = entry.get("pattern") or "|".join(phrase_pattern(lit) for lit in entry["literal"])
            flags = 0 if entry.get("case_sensitive") else re.IGNORECASE
            fixes = tuple((compiled(a, re.IGNORECASE), b) for a, b in entry.get("fix", ()))
            shared = code == GENERAL or len(entry.get("languages", [code])) > 1
            calque = _Calque(
                entry["id"],
                tuple(entry["natural"]),
                entry["explanation"],
                fixes,
                None if shared else code,
            )
            triggers = tuple(entry["trigger"])
            requires = tuple(entry.get("requires", ()))
            table.append((triggers, frozenset(triggers), requires, compiled(body, flags), calque))
    return table


@cache
def trigger_words() -> frozenset[str]:
    """The trigger words and required strings of every entry."""
    return frozenset(
        word for triggers, _, requires, *_ in _calque_table() for word in (*triggers, *requires)
    )


@cache
def _finder() -> Any:
    """One automaton for the trigger words of every entry."""
    return finder(trigger_words())


@cache
def language_names() -> dict[str, str]:
    """ISO code -> English name of every language with a calque lexicon."""
    names = {"fr": "French"}
    for code in LANGUAGES[1:]:
        names[code] = res.load_lexicon(f"calques_{code}")["language_name"]
    return names


def likely_language(entries: list[_Calque]) -> str | None:
    """The language at least two distinct single-language entries point to, if only one does."""
    counts: dict[str, set[str]] = {}
    for entry in entries:
        if entry.language is not None:
            counts.setdefault(entry.language, set()).add(entry.id)
    ranked = sorted(((len(ids), code) for code, ids in counts.items()), reverse=True)
    if not ranked or ranked[0][0] < _MIN_EVIDENCE:
        return None
    if len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None
    return ranked[0][1]


def detect(
    text: str,
    visible: str,
    low: str,
    words: frozenset[str],
    *,
    at: dict[str, list[int]] | None = None,
) -> Iterator[Artifact]:
    """Calques from the lexicons, each with its natural English.

    `at` gives the offsets in `low` of every trigger word and required string when the caller
    found them already.
    """
    matches: list[tuple[re.Match[str], _Calque]] = []
    # Every entry's trigger words found in one pass, rather than one scan of the text each.
    if at is None and low:
        at = occurrences(_finder(), low)
    # Required strings are found in lower case: not in a text where a letter beyond ASCII
    # matches an ASCII one when case is ignored ("ſ" for "s").
    folded = any(c in FOLDED_ONTO_ASCII for c in beyond_ascii(visible))
    required_in = None if folded else at
    for triggers, trigger_set, requires, pattern, entry in _calque_table():
        if low and words.isdisjoint(trigger_set):
            continue
        if required_in is not None and requires and not any(r in required_in for r in requires):
            continue
        matches += [(m, entry) for m in windowed(pattern, visible, low, triggers, at=at)]
    language = likely_language([entry for _, entry in matches])
    for m, entry in matches:
        explanation = entry.explanation
        if language is not None and entry.language == language and language != "fr":
            name = language_names()[language]
            explanation += (
                f" It sounds like a translation from {name}: several phrases in this text "
                f"are typical of {name} news copy rendered word for word."
            )
        yield flag(
            text,
            m.start(),
            m.end(),
            "calque",
            explanation,
            entry.suggest(m.group()),
            f"calque:{entry.id}",
        )
