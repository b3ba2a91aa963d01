"""A full stop inside a phrase: the next word starts with a small letter."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from medialit import resources as res
from medialit.artifacts.common import rules
from medialit.artifacts.model import Artifact, flag

# Starts at the full stop, a literal the regex engine finds fast; the word before is then
# read backwards from it.
_STOP_IN_PHRASE = re.compile(r"\.(?<=[\w”\"’)]\.)[ \t]+([a-z][a-z’'-]*)\b(?![A-Z\d])")
_WORD_BEFORE_STOP = re.compile(r"(?<![.\w])[A-Za-z]\w*$")


@cache
def _abbreviations() -> frozenset[str]:
    return res.ABBREVIATIONS | frozenset(rules()["abbreviations"])


def detect(text: str, story: str) -> Iterator[Artifact]:
    """Full stops followed by a small letter, inside a phrase."""
    abbreviations = _abbreviations()
    explain = (
        "A full stop in the middle of a phrase: the next word starts with a small letter, so "
        "the sentence does not end here. Machine translation and careless copying leave such "
        "stops; read the words on both sides as one phrase."
    )
    for m in _STOP_IN_PHRASE.finditer(story):
        if story[m.start() - 1] in '”"’)':
            # A quote or a bracket closed, then a full stop and a small letter: "… Mali”. as".
            start = m.start() - 1
            fix = f"{story[start : m.start()]} {m.group(1)}"
            yield flag(text, start, m.end(), "punctuation", explain, fix, "punctuation:stop")
            continue
        word = _WORD_BEFORE_STOP.search(story, max(0, m.start() - 40), m.start())
        if word is None:
            continue
        before = word.group()
        if before.lower() in abbreviations or len(before) == 1:
            continue
        fix = f"{before} {m.group(1)}"
        yield flag(text, word.start(), m.end(), "punctuation", explain, fix, "punctuation:stop")
