"""One body under several names in one text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from medialit import resources as res
from medialit.artifacts.common import FOLDED_ONTO_ASCII, finder, occurrences, windowed
from medialit.artifacts.model import Artifact, flag
from medialit.regexes import compiled

# --- one body under several names ----------------------------------------------------------


@dataclass(frozen=True)
class _Body:
    id: str
    forms: dict[str, str]
    short: frozenset[str]
    qualified: bool
    triggers: tuple[str, ...]
    pattern: re.Pattern[str]


# Where a name may start: a word's start, or a capital glued to a small letter ("theNorth").
_BOUNDARY = r"(?-i:\b|(?<=[a-z])(?=[A-Z]))"


@cache
def bodies() -> list[_Body]:
    """The bodies of the names lexicon, each with its forms and a pattern."""
    bodies: list[_Body] = []
    for entry in res.load_lexicon("names_en")["bodies"]:
        sensitive = bool(entry["case_sensitive"])
        forms = {(f if sensitive else f.lower()): f for f in entry["forms"]}
        names = "|".join(
            r"\s+".join(re.escape(w) for w in f.split())
            for f in sorted(entry["forms"], key=len, reverse=True)
        )
        pattern = compiled(
            f"{_BOUNDARY}(?P<name>{names})(?!\\w|\\.\\w)", 0 if sensitive else re.IGNORECASE
        )
        triggers = tuple(sorted({f.split()[0].lower() for f in entry["forms"]}))
        bodies.append(
            _Body(
                entry["id"], forms, frozenset(entry["short"]), entry["qualified"], triggers, pattern
            )
        )
    return bodies


@cache
def any_body() -> re.Pattern[str]:
    """One pattern for every body's names, group `b<i>` for body i (for short quote chunks)."""
    parts = []
    for i, body in enumerate(bodies()):
        inner = body.pattern.pattern.replace("(?P<name>", "(?:")
        if body.pattern.flags & re.IGNORECASE:
            inner = f"(?i:{inner})"
        parts.append(f"(?P<b{i}>{inner})")
    return re.compile("|".join(parts))


@cache
def _first_words() -> re.Pattern[str]:
    """Where the first word of a body's name begins (every start, overlapping ones too).

    The words are tried only where one of their first letters stands: trying them all at
    every character of the text is what the search would otherwise do. Where every first
    letter is ASCII, the match takes that letter (a class of them, in both cases where case
    is ignored) and reads the words in a look-ahead from it, so the engine goes from letter
    to letter; a match is one character long and starts where the word does.
    """
    words: set[str] = set()
    letters: dict[bool, set[str]] = {True: set(), False: set()}
    for body in bodies():
        caseless = bool(body.pattern.flags & re.IGNORECASE)
        for w in {form.split()[0] for form in body.forms.values()}:
            words.add(f"(?i:{re.escape(w)})" if caseless else re.escape(w))
            letters[caseless].add(w[0])
    alternatives = "|".join(sorted(words, key=len, reverse=True))
    if all(c.isascii() for c in letters[True]):
        starts = letters[False] | {x for c in letters[True] for x in (c.lower(), c.upper())}
        starts |= set(FOLDED_ONTO_ASCII) if letters[True] else set()
        # Every body's pattern opens with `_BOUNDARY`: it is checked first, being the quickest.
        head = f"[{re.escape(''.join(sorted(starts)))}]"
        return re.compile(f"{head}(?<=(?:{_BOUNDARY})(?=(?:{alternatives})).)")
    first = [
        f"(?i:[{re.escape(''.join(sorted(letters[True])))}])" if letters[True] else "",
        f"[{re.escape(''.join(sorted(letters[False])))}]" if letters[False] else "",
    ]
    return re.compile(f"(?=(?:{'|'.join(f for f in first if f)}))(?=(?:{alternatives}))")


def body_names(chunk: str) -> Iterator[re.Match[str]]:
    """The matches of `any_body` in the chunk, the same as its `finditer` gives.

    Every match begins with the first word of a name as written, so the full pattern is
    tried only where such a word begins, rather than at every character of the chunk.
    """
    pattern = any_body()
    done = 0
    for start in _first_words().finditer(chunk):
        if start.start() >= done and (m := pattern.match(chunk, start.start())) is not None:
            done = m.end()
            yield m


_QUALIFIER = re.compile(r"([A-Z][a-z]+)(?:['’]s)?\s+$")
_QUALIFIER_AFTER = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][a-z]+)")


@cache
def trigger_words() -> frozenset[str]:
    """The first words of every body's names, lower-cased (a name is looked for at one)."""
    return frozenset(word for body in bodies() for word in body.triggers)


@cache
def _finder() -> Any:
    """One automaton for the trigger words of every body."""
    return finder(trigger_words())


def detect(
    text: str, story: str, low: str, *, at: dict[str, list[int]] | None = None
) -> Iterator[Artifact]:
    """A body named one way, then another, in the same text.

    `at` gives the offsets in `low` of every trigger word when the caller found them already.
    """
    # Every body's trigger words found in one pass, rather than one scan of the text each.
    if at is None and low:
        at = occurrences(_finder(), low)
    for body in bodies():
        if at is None or any(t in at for t in body.triggers):
            yield from _body_names(text, story, low, body, at)


def _in_title(story: str, pos: int) -> bool:
    """True inside a headline or caption: a short line without closing punctuation."""
    start = story.rfind("\n", 0, pos) + 1
    end = story.find("\n", pos)
    line = story[start : end if end != -1 else len(story)].strip()
    return not line.endswith((".", "!", "?", ":", "”", '"', "’", "'", ")")) and (
        line.count(" ") < 20
    )


def _body_names(
    text: str, story: str, low: str, body: _Body, at: dict[str, list[int]] | None
) -> Iterator[Artifact]:
    preferred: dict[str, str] = {}
    found_names = windowed(body.pattern, story, low, body.triggers, before=0, at=at)
    for m in sorted(found_names, key=lambda m: m.start()):
        found = " ".join(m.group("name").split())
        if found.islower() or _in_title(story, m.start()):
            # "the defence ministry" describes the body rather than naming it, and headlines
            # follow their own style ("US" in a headline, "U.S." in the text, as AP writes).
            continue
        form = body.forms.get(found) or body.forms.get(found.lower(), found)
        qualifier = ""
        if body.qualified:
            q = _QUALIFIER.search(story, max(0, m.start() - 40), m.start())
            qualifier = q.group(1)[:4].lower() if q else ""
            if q and q.group(1).lower() in res.ENGLISH_FUNCTION_WORDS:
                qualifier = ""  # "The Interior Ministry" at a sentence's start names no country
            if not qualifier:
                owner = _QUALIFIER_AFTER.match(story, m.end())
                qualifier = owner.group(1)[:4].lower() if owner else ""
        first = preferred.setdefault(qualifier, form)
        if form == first:
            continue
        if form in body.short and first not in body.short:
            preferred[qualifier] = form  # an acronym after the full name is standard practice
            continue
        after = story[m.end() : m.end() + 12]
        if any(re.match(rf"\s*\(\s*{re.escape(s)}\s*\)", after) for s in body.short):
            continue  # the full name introducing its acronym: "Full Name (ACR)"
        explain = (
            f"The text has already called this body “{first}” and now writes “{form}”: one "
            "body under several names. A careful writer keeps one name; a switch like this "
            "suggests find-and-replace, machine translation or text stitched from two sources."
        )
        start, end = m.start("name"), m.end("name")
        yield flag(text, start, end, "names", explain, first, f"names:{body.id}")
