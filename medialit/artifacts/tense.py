"""The simple present for something going on now ("We examine it")."""

from __future__ import annotations

import re
from collections.abc import Container, Iterator
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


@cache
def trigger_words() -> frozenset[str]:
    """Each verb between spaces: a text with none of them has nothing to flag."""
    return frozenset(f" {verb} " for verb in rules()["progressive_verbs"])


def detect(
    text: str, story: str, low: str, *, at: Container[str] | None = None
) -> Iterator[Artifact]:
    """The simple present of verbs such as 'examine' for an ongoing action.

    `at` holds the trigger words found in `low` when the caller looked for them already.
    """
    forms: dict[str, str] = rules()["progressive_verbs"]
    if low and not any(w in (low if at is None else at) for w in trigger_words()):
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
