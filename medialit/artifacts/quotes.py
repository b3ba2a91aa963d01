"""One quote rendered twice in different words."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from medialit import resources as res
from medialit.artifacts.common import alternation
from medialit.artifacts.model import Artifact, Related, flag
from medialit.artifacts.names import bodies, body_names

_QUOTE_MARKS = re.compile(r"[“”\"«»„\n]")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_CAMEL_SPLIT = re.compile(r"(?<=[a-z])(?=[A-Z])")
# A capital after a small letter, found from the capital (rare): a chunk without one, as
# nearly every chunk is, has nothing to split.
_CAMEL = re.compile(r"[A-Z](?<=[a-z][A-Z])")


@dataclass(frozen=True)
class _Quote:
    start: int
    end: int
    words: tuple[str, ...]
    in_story: bool


@cache
def _clause_pattern() -> re.Pattern[str]:
    return re.compile(r",\s+(?:" + alternation("reporting_verbs") + r")\b")


def _normal_words(chunk: str) -> tuple[str, ...]:
    known = bodies()
    parts, cursor = [], 0
    for m in body_names(chunk):
        name = f" {known[int(m.lastgroup[1:])].id} " if m.lastgroup else m.group()
        parts += [chunk[cursor : m.start()], name]
        cursor = m.end()
    chunk = "".join(parts) + chunk[cursor:]
    if _CAMEL.search(chunk):
        chunk = _CAMEL_SPLIT.sub(" ", chunk)
    return tuple(w.lower() for w in _WORD.findall(chunk))


def _clause_start(story: str, pos: int) -> int:
    """Where the clause ending at `pos` begins: sentence start, line start or a quote mark."""
    start = max(story.rfind(". ", 0, pos) + 2, story.rfind("\n", 0, pos) + 1, 0)
    for m in _QUOTE_MARKS.finditer(story, start, pos):
        start = m.end()
    return start


def _quote_candidates(text: str, story: str) -> list[_Quote]:
    """Stretches between two quote marks on one line, and clauses closed by '…, said X'."""
    spans: list[tuple[int, int, str]] = []
    # One pass over the marks: a line break ends the pairs of the line before it.
    previous = None
    for mark in _QUOTE_MARKS.finditer(text):
        at = mark.start()
        if text[at] == "\n":
            previous = None
            continue
        if previous is not None:
            spans.append((previous + 1, at, text))
        previous = at
    for m in _clause_pattern().finditer(story):
        spans.append((_clause_start(story, m.start()), m.start(), story))
    quotes: list[_Quote] = []
    for s, e, source in spans:
        while s < e and not source[s].isalnum():
            s += 1
        while e > s and not source[e - 1].isalnum():
            e -= 1
        words = _normal_words(text[s:e])
        if len(words) >= 5:
            quotes.append(_Quote(s, e, words, story[s] != " "))
    return quotes


_QUOTE_REACH = 12
_DATE_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split()
)


def _repeated_line(
    matcher: difflib.SequenceMatcher[str],
    words: tuple[tuple[str, ...], tuple[str, ...]],
    content: tuple[frozenset[str], frozenset[str]],
) -> bool:
    """True when two similar quotes are one line said twice rather than two renderings.

    One quote inside the other ("We will not close it" … "We will not close it, and we will
    not cut jobs"), a shortened repeat whose content words all occur in the longer one, or
    a change of date or number ("dock on Monday" … "dock on Tuesday": a correction) is what
    speakers do; a translation changes the wording, not the facts.
    """
    changed: list[str] = []
    ops: set[str] = set()
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op != "equal":
            ops.add(op)
            changed += [*words[0][a1:a2], *words[1][b1:b2]]
    if ops in ({"insert"}, {"delete"}) or content[0] <= content[1] or content[1] <= content[0]:
        return True
    return any(w in _DATE_WORDS or any(c.isdigit() for c in w) for w in changed)


def detect(text: str, story: str) -> Iterator[Artifact]:
    """The later of two renderings of one quote, pointing to the earlier."""
    if not _QUOTE_MARKS.search(text) and not _clause_pattern().search(story):
        return
    function_words = res.ENGLISH_FUNCTION_WORDS
    quotes = sorted(_quote_candidates(text, story), key=lambda q: q.start)
    content = [frozenset(w for w in q.words if w not in function_words) for q in quotes]
    for i, quote in enumerate(quotes):
        if not quote.in_story:
            continue
        best: tuple[float, int] | None = None
        # Two renderings of one quote sit close together; comparing each quote with its
        # neighbours only keeps a long text with hundreds of quotes linear.
        for j in range(max(0, i - _QUOTE_REACH), min(len(quotes), i + _QUOTE_REACH + 1)):
            other = quotes[j]
            if j == i or (other.start < quote.end and quote.start < other.end):
                continue
            if other.in_story and other.start > quote.start:
                continue  # flag the later rendering only, pointing back to the earlier one
            if len(content[i] & content[j]) < 2:
                continue
            matcher = difflib.SequenceMatcher(None, quote.words, other.words, autojunk=False)
            if matcher.quick_ratio() < 0.6:
                continue
            ratio = matcher.ratio()
            if not 0.6 <= ratio < 1.0 or (best is not None and ratio <= best[0]):
                continue
            if _repeated_line(matcher, (quote.words, other.words), (content[i], content[j])):
                continue
            best = (ratio, j)
        if best is None:
            continue
        other = quotes[best[1]]
        related = Related(other.start, other.end, text[other.start : other.end])
        explain = (
            f"The same words appear twice in different renderings (the other: “{related.text}”). "
            "A quote that passed through translation is no longer verbatim: find the wording "
            "the original source printed before you quote it."
        )
        yield flag(
            text,
            quote.start,
            quote.end,
            "duplicate_quote",
            explain,
            None,
            "quote:near_duplicate",
            related,
        )
