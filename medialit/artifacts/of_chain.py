"""Two 'of's in a row ("the proposals of security of Moscow")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from medialit import resources as res
from medialit.artifacts.common import rules
from medialit.artifacts.model import Artifact, flag

_OF_CHAIN = re.compile(
    r"he (?<=\b[Tt]he )(?P<head>[a-z]+) of (?P<middle>(?:[a-z]+ ){0,2}[a-z]+) of "
    r"(?P<owner>[A-Z][a-z]+)\b(?![ -][A-Z]|['’])"
)


def detect(text: str, story: str) -> Iterator[Artifact]:
    """Two 'of's in a row before an owner's name."""
    heads = frozenset(rules()["of_chain_heads"])
    function_words = frozenset(res.ENGLISH_FUNCTION_WORDS)
    for m in _OF_CHAIN.finditer(story):
        head, middle, owner = m.group("head"), m.group("middle"), m.group("owner")
        if head in heads or any(w in function_words for w in middle.split()):
            continue
        explain = (
            f"Two 'of's in a row (“the {head} of {middle} of {owner}”) copy the French "
            f"« les … de … de … ». English puts the owner first: “{owner}'s {head} …”, "
            "and chooses the right preposition (proposals for, demands for)."
        )
        start = m.start() - 1
        yield flag(text, start, m.end(), "grammar", explain, None, "grammar:of_chain")
