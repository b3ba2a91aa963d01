"""Grammar traces a pattern catches reliably: false plurals, 'the' before a country's name,
'discuss about', 'in Facebook', statement order in a question, a title with no article.

The rules live in `data/lexicons/grammar_rules.json`.

>>> [a.suggestion for a in detect("Police gave no informations.", "Police gave no informations.")]
['information']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from medialit import resources as res
from medialit.artifacts.common import finder, match_case, occurrences, windowed
from medialit.artifacts.model import Artifact, flag
from medialit.regexes import compiled


@dataclass(frozen=True)
class _Rule:
    id: str
    pattern: re.Pattern[str]
    explanation: str
    fixes: tuple[tuple[re.Pattern[str], str], ...] | None
    requires: tuple[str, ...] = ()
    triggers: tuple[str, ...] = ()
    before: int = 60
    gate: re.Pattern[str] | None = None
    """A quick pattern every match contains: a text without it skips the rule's own."""

    def suggest(self, found: str) -> str | None:
        """The matched words with the rule's fixes applied, or None without a fix."""
        if self.fixes is None:
            return None
        fixed = found
        for search, replace in self.fixes:
            fixed = search.sub(replace, fixed)
        return match_case(found, fixed)


@cache
def _rules() -> tuple[_Rule, ...]:
    rules = []
    for r in res.load_lexicon("grammar_rules")["rules"]:
        flags = 0 if r.get("case_sensitive") else re.IGNORECASE
        rule = _Rule(
            r["id"],
            compiled(r["pattern"], flags),
            r["explanation"],
            None
            if r["fix"] is None
            else tuple((compiled(a, re.IGNORECASE), b) for a, b in r["fix"]),
            tuple(r.get("requires", ())),
            tuple(r.get("triggers", ())),
            r.get("before", 60),
            compiled(r["gate"], flags) if "gate" in r else None,
        )
        rules.append(rule)
    return tuple(rules)


@cache
def trigger_words() -> frozenset[str]:
    """The trigger and required words of every rule."""
    return frozenset(w for rule in _rules() for w in (*rule.requires, *rule.triggers))


@cache
def _finder() -> Any:
    """One automaton for the trigger and required words of every rule."""
    return finder(trigger_words())


def detect(
    text: str,
    story: str,
    *,
    at: dict[str, list[int]] | None = None,
    low: str | None = None,
) -> Iterator[Artifact]:
    """Grammar traces of the rules file, each with its explanation and fix.

    `at` gives the offsets of every trigger and required word in the lower-cased story, and
    `low` the lower-cased story itself, when the caller has them already.
    """
    low = story.lower() if low is None else low
    same = low if len(low) == len(story) else ""
    # Every rule's words found in one pass, rather than one scan of the text per word.
    if at is None and same:
        at = occurrences(_finder(), same)
    for rule in _rules():
        if rule.requires and not any(r in (low if at is None else at) for r in rule.requires):
            continue
        if rule.gate is not None and rule.gate.search(story) is None:
            continue
        if rule.triggers:
            if at is not None and not any(t in at for t in rule.triggers):
                continue
            found = windowed(rule.pattern, story, same, rule.triggers, before=rule.before, at=at)
        else:
            found = rule.pattern.finditer(story)
        for m in sorted(found, key=lambda m: m.start()):
            fix = rule.suggest(m.group())
            yield flag(
                text, m.start(), m.end(), "grammar", rule.explanation, fix, f"grammar:{rule.id}"
            )
