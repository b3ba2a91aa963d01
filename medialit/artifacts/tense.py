"""The simple present for something going on now ("We examine it")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from medialit.artifacts.common import rules
from medialit.artifacts.model import Artifact, flag


@cache
def _tense_pattern() -> re.Pattern[str]:
    verbs = "|".join(sorted(rules()["progressive_verbs"]))
    return re.compile(
        r"\b(?P<who>[Ww]e|[Tt]hey|I)\s+(?P<verb>" + verbs + r")\s+"
        r"(?P<what>it|this|them|the (?:proposal|offer|request|matter|question|issue|idea|plan))"
        r"(?=\s*(?:[,.;:!?”\"]|$))"
    )


def detect(text: str, story: str, low: str) -> Iterator[Artifact]:
    """The simple present of verbs such as 'examine' for an ongoing action."""
    forms: dict[str, str] = rules()["progressive_verbs"]
    if low and not any(f" {verb} " in low for verb in forms):
        return
    for m in _tense_pattern().finditer(story):
        who, verb, what = m.group("who"), m.group("verb"), m.group("what")
        be = {"i": "am"}.get(who.lower(), "are")
        fix = f"{who} {be} {forms[verb]} {what}"
        explain = (
            f"“{m.group()}” describes something going on now. English uses the present "
            f"continuous (“{fix}”); the simple present copies French (« nous l'examinons »)."
        )
        yield flag(text, m.start(), m.end(), "grammar", explain, fix, "grammar:tense")
