"""Helpers the detectors share: the rules file, word lists as patterns, word frequencies."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache, lru_cache
from typing import Any

import ahocorasick  # type: ignore[import-not-found]

from medialit import resources as res
from medialit.artifacts import frequency
from medialit.regexes import compiled

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
    probe = None if before == 0 else _probe(pattern, before)
    for trigger in triggers:
        for i in find_all(low, trigger) if at is None else at.get(trigger, ()):
            if before == 0:
                # The match can only start at the trigger: one anchored attempt is enough.
                m = pattern.match(text, i)
                if m is not None and m.span() not in seen:
                    seen.add(m.span())
                    yield m
                continue
            # Most windows hold no match: the probe `_window` tries first is tried here, so
            # such a window costs one call rather than a generator (an end past the text's
            # is the text's end, as in `_window`).
            if (
                probe is not None
                and probe.match(text, i - before if i > before else 0, i + 160) is None
            ):
                continue
            for m in _window(pattern, probe, text, i, before):
                if m.start() <= i < m.end() and m.span() not in seen:
                    seen.add(m.span())
                    yield m


def _window(
    pattern: re.Pattern[str], probe: re.Pattern[str] | None, text: str, i: int, before: int
) -> Iterator[re.Match[str]]:
    """The matches `pattern.finditer` finds from `before` characters ahead of `i` to 160
    after it, up to the first that starts past `i` (those after it cannot hold `i`).

    `finditer` would try every position up to the window's end; the probe (`_probe`) tells,
    trying only the positions up to `i`, whether any match starts there before `search`
    looks for it, so the window past `i` is never scanned for a start.
    """
    pos, end = max(0, i - before), min(len(text), i + 160)
    if probe is None:
        yield from pattern.finditer(text, pos, end)
        return
    while pos <= i and probe.match(text, pos, end) is not None:
        m = pattern.search(text, pos, end)
        if m is None or m.end() == m.start():
            # After an empty match `finditer` moves on in its own way: it reads the window
            # again (the matches given already come first in it, as they came here).
            yield from pattern.finditer(text, max(0, i - before), end)
            return
        yield m
        pos = m.end()


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_probes: dict[tuple[int, int], tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def _probe(pattern: re.Pattern[str], before: int) -> re.Pattern[str] | None:
    """`pattern` after up to `before` characters of anything, for `match`: whether a match of
    `pattern` starts within `before` characters of where the probe is tried.

    The probe adds no group, so `pattern` inside it matches as it does alone (lookbehinds
    and backreferences alike). None when the pattern cannot be wrapped so.
    """
    # Keyed by the pattern's identity (the entry keeps the pattern): hashing a compiled
    # pattern reads its whole program, and `windowed` asks for a probe thousands of times.
    key = (id(pattern), before)
    known = _probes.get(key)
    if known is None or known[0] is not pattern:
        body = pattern.pattern
        # Flags set for the whole pattern are in `pattern.flags` and must open a pattern.
        while (flags := _GLOBAL_FLAGS.match(body)) is not None:
            body = body[flags.end() :]
        try:
            probe = compiled(f"(?s:.{{0,{before}}}?)(?:{body})", pattern.flags)
        except re.error:
            probe = None
        known = pattern, probe if probe is not None and probe.groups == pattern.groups else None
        _probes[key] = known
    return known[1]


def find_all(low: str, word: str) -> Iterator[int]:
    """Every offset where `word` starts in `low`, overlapping ones too.

    >>> list(find_all("a banana", "ana"))
    [3, 5]
    """
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

    Most tokens between spaces are one word of letters only, and `str.isalpha` tells which
    without the pattern's test of each character; the pattern reads the rest.

    >>> sorted(word_set("it's 3rd, re-run x2"))
    ['it', 'rd', 're', 'run', 's', 'x']
    """
    tokens = low.split()
    words = {t for t in tokens if t.isalpha()}
    words.update(_LETTERS.findall(" ".join([t for t in tokens if not t.isalpha()])))
    return frozenset(words)


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


FOLDED_ONTO_ASCII = "İıſK"
"""The characters beyond ASCII that the regex engine, ignoring case, takes for an ASCII letter
(and that `str.lower` does not turn into it)."""

_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=4)
def beyond_ascii(text: str) -> str:
    """Each character of the text beyond ASCII, once (in no set order).

    A pattern of one character, of a class that holds no ASCII character, finds a match in
    this short string exactly when it finds one in the text: the detectors that look for
    rare characters ask it once per text rather than each scanning the whole text.

    >>> sorted(beyond_ascii("“Café” café"))
    ['é', '“', '”']
    """
    return "".join(set(_BEYOND_ASCII.findall(text)))


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
