"""A demand read as a statement ("demands that it does not deploy")."""

from __future__ import annotations

import re
from collections.abc import Container, Iterator
from functools import cache

from medialit.artifacts.common import alternation, rules
from medialit.artifacts.model import Artifact, flag


@cache
def _mood_pattern() -> re.Pattern[str]:
    return re.compile(
        r"\b(?P<verb>" + alternation("mandative_verbs") + r")\s+that\s+"
        r"(?P<subject>[^,.;:\n]{1,80}?)\s+(?:does not|doesn['’]t)\s+(?P<action>[a-z]+)\b"
    )


@cache
def trigger_words() -> frozenset[str]:
    """The negation the pattern ends with, and the verbs it opens with."""
    return frozenset(("does not", "doesn", *rules()["mandative_verbs"]))


def detect(
    text: str, story: str, low: str, *, at: Container[str] | None = None
) -> Iterator[Artifact]:
    """'Does not' after a verb of demanding.

    `at` holds the trigger words found in `low` when the caller looked for them already.
    """
    found = low if at is None else at
    if low and "does not" not in found and "doesn" not in found:
        return
    # Every match holds one of the verbs: found already, they are a second gate for free.
    if at is not None and not any(verb in at for verb in rules()["mandative_verbs"]):
        return
    for m in _mood_pattern().finditer(story):
        verb, subject, action = m.group("verb"), m.group("subject"), m.group("action")
        explain = (
            f"After '{verb} that', English uses the bare verb (“that it not {action}” or "
            f"“that it should not {action}”). 'Does not {action}' turns a demand into a "
            "statement: the French subjunctive (« exige que … ne déploie pas ») read as a fact."
        )
        fix = f"{verb} that {subject} not {action}"
        yield flag(text, m.start(), m.end(), "grammar", explain, fix, "grammar:mood")
