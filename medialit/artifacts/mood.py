"""A demand read as a statement ("demands that it does not deploy")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from medialit.artifacts.common import alternation
from medialit.artifacts.model import Artifact, flag


@cache
def _mood_pattern() -> re.Pattern[str]:
    return re.compile(
        r"\b(?P<verb>" + alternation("mandative_verbs") + r")\s+that\s+"
        r"(?P<subject>[^,.;:\n]{1,80}?)\s+(?:does not|doesn['’]t)\s+(?P<action>[a-z]+)\b"
    )


def detect(text: str, story: str, low: str) -> Iterator[Artifact]:
    """'Does not' after a verb of demanding."""
    if low and "does not" not in low and "doesn" not in low:
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
