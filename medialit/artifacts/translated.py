"""Proper names translated word for word ("Young Pan" for the broadcaster Jovem Pan), and
acronyms rendered as words ("the who representative"), from `translated_names.json`.

>>> text = "The mayor told the broadcaster Young Pan that the bridge was safe."
>>> [(a.text, a.suggestion) for a in detect(text, text, text.lower(), frozenset({"young"}))]
[('Young Pan', 'Jovem Pan')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from medialit import resources as res
from medialit.artifacts.common import windowed
from medialit.artifacts.model import Artifact, flag
from medialit.regexes import compiled


@dataclass(frozen=True)
class _Name:
    id: str
    pattern: re.Pattern[str]
    triggers: tuple[str, ...]
    original: str | None
    what: str
    language: str | None
    explanation: str | None
    fix: str | None


@cache
def _names() -> tuple[tuple[_Name, ...], dict[str, str]]:
    data = res.load_lexicon("translated_names")
    names = tuple(
        _Name(
            e["id"],
            compiled(e["pattern"]),
            tuple(e["triggers"]),
            e["original"],
            e["what"],
            e["language"],
            e.get("explanation"),
            None if e.get("no_fix") else e["original"],
        )
        for e in data["entries"]
    )
    return names, data["language_names"]


def _explanation(found: str, name: _Name, languages: dict[str, str]) -> str:
    if name.explanation:
        return name.explanation
    source = f" from {languages[name.language]}" if name.language else ""
    return (
        f"“{found}” is the name of {name.what} {name.original} translated word for "
        f"word{source}. A name stays as its owner writes it; a name turned into ordinary "
        "words is a sign of machine translation."
    )


@cache
def trigger_words() -> frozenset[str]:
    """The trigger words of every name (a match is looked for only around one)."""
    return frozenset(word for name in _names()[0] for word in name.triggers)


def detect(
    text: str,
    visible: str,
    low: str,
    words: frozenset[str],
    *,
    at: dict[str, list[int]] | None = None,
) -> Iterator[Artifact]:
    """Names rendered word for word, each with the name its owner uses.

    `at` gives the offsets in `low` of every trigger word when the caller found them already.
    """
    names, languages = _names()
    for name in names:
        if low and words.isdisjoint(name.triggers):
            continue
        for m in windowed(name.pattern, visible, low, name.triggers, at=at):
            explain = _explanation(m.group(), name, languages)
            rule = f"translated_name:{name.id}"
            yield flag(text, m.start(), m.end(), "translated_name", explain, name.fix, rule)
