"""Helpers the detectors share: the rules file, word lists as patterns, word frequencies."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from typing import Any

import ahocorasick  # type: ignore[import-not-found]

from medialit import resources as res
from medialit.artifacts import frequency

CAPITALISED = re.compile(r"\b[A-Z][\w-]*")


def phrase_pattern(words: str) -> str:
    """A regex for the words as a phrase: whole words, any spacing between them."""
    return r"\b" + r"\s+".join(re.escape(w) for w in words.split()) + r"\b"


def lower_same_length(text: str) -> str:
    """The text in lower case, offsets unchanged (or "" when lowering would move them)."""
    low = text.lower()
    return low if len(low) == len(text) else ""


def windowed(
    pattern: re.Pattern[str],
    text: str,
    low: str,
    triggers: Iterable[str],
    *,
    before: int = 60,
    at: Mapping[str, Sequence[int]] | None = None,
) -> Iterator[re.Match[str]]:
    """Matches of `pattern` that contain one of the trigger words, found near each trigger.

    A pattern with a leading word boundary or ignoring case cannot use the regex engine's
    fast literal search, so scanning a long text with dozens of them is slow; finding the
    trigger words with `str.find` and matching only around them is many times faster.
    `at` gives the offsets of every trigger in `low` when they were found already
    (`occurrences`); a trigger missing from it does not occur.
    """
    if not low:
        yield from pattern.finditer(text)
        return
    seen: set[tuple[int, int]] = set()
    for trigger in triggers:
        for i in _find_all(low, trigger) if at is None else at.get(trigger, ()):
            if before == 0:
                # The match can only start at the trigger: one anchored attempt is enough.
                m = pattern.match(text, i)
                if m is not None and m.span() not in seen:
                    seen.add(m.span())
                    yield m
                continue
            window = pattern.finditer(text, max(0, i - before), min(len(text), i + 160))
            for m in window:
                if m.start() <= i < m.end() and m.span() not in seen:
                    seen.add(m.span())
                    yield m


def _find_all(low: str, word: str) -> Iterator[int]:
    i = low.find(word)
    while i != -1:
        yield i
        i = low.find(word, i + 1)


def finder(words: Iterable[str]) -> Any:
    """An automaton that finds all the words (none empty) in a text in one pass (`occurrences`)."""
    automaton = ahocorasick.Automaton()
    for word in words:
        if not word:
            raise ValueError("a trigger word is empty")
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def occurrences(automaton: Any, low: str) -> dict[str, list[int]]:
    """Word -> the offsets in `low` where it starts (overlaps too), for each word that occurs.

    >>> occurrences(finder(["he", "she"]), "she and he")
    {'she': [0], 'he': [1, 8]}
    """
    out: dict[str, list[int]] = {}
    if not automaton:  # an automaton of no words finds nothing (and cannot search)
        return out
    for end, word in automaton.iter(low):
        out.setdefault(word, []).append(end - len(word) + 1)
    return out


@cache
def rules() -> dict[str, Any]:
    """The artifact rules lexicon (`artifact_rules.json`), loaded once."""
    rules: dict[str, Any] = res.load_lexicon("artifact_rules")
    return rules


def alternation(key: str) -> str:
    """The rules' word list `key` as a regex alternation, longest words first."""
    return "|".join(re.escape(w) for w in sorted(rules()[key], key=len, reverse=True))


_LETTERS = re.compile(r"[^\W\d_]+")


def word_set(low: str) -> frozenset[str]:
    """The words of the lower-cased text, to test every entry's trigger words at once.

    Looking each trigger up as a substring scans the whole text once per entry; one pass
    that collects the words (in C) keeps a hundred entries cheap on short texts.
    """
    return frozenset(_LETTERS.findall(low))


def match_case(original: str, replacement: str) -> str:
    """The replacement with a capital first letter when the original had one."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


LEFT_WORD = re.compile(r"(?<![A-Za-z])[a-z]{2,}$")


@cache
def zipf(word: str) -> float:
    """How common an English word is, on the Zipf scale (7 = 'the', 0 = unknown).

    >>> zipf("from") > 5 > zipf("fromthe")
    True
    """
    return frequency.zipf(word)


_ADDRESS_MARK = frozenset("#@/.:_=?&~")


def in_address(story: str, start: int, end: int) -> bool:
    """True inside a hashtag, handle, web address or e-mail address, where words are joined."""
    left = story.rfind(" ", 0, start) + 1
    right = story.find(" ", end)
    token = story[left : right if right != -1 else len(story)].rstrip(".,;:!?)”’\"'")
    return any(c in _ADDRESS_MARK for c in token)


def sentence_start(story: str, pos: int) -> int:
    """Where the sentence or line holding `pos` begins."""
    return max(story.rfind(". ", 0, pos) + 1, story.rfind("\n", 0, pos) + 1)


MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
