"""The kit's corrected article and a word-level comparison of two texts."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from importlib import resources


def corrected_article() -> str:
    """The kit's own corrected English version of the article's story (no page leftovers).

    The quote follows the English TASS printed (TASS, 26 December 2021,
    tass.com/world/1381091); everything else corrects the page's own wording.

    >>> corrected_article().splitlines()[0]
    'NATO invites Russia to negotiations over Ukraine'
    """
    path = resources.files("medialit").joinpath("data/article_corrected.txt")
    return path.read_text(encoding="utf-8")


@dataclass(frozen=True)
class WordEdit:
    """One step of a word-level comparison: kept, replaced, deleted or inserted words."""

    op: str
    """'equal', 'replace', 'delete' or 'insert'."""
    original: str
    corrected: str
    start: int
    """Offset of the original words in the original text (where an insertion goes)."""
    end: int

    def __str__(self) -> str:
        return f"{self.op}: {self.original!r} -> {self.corrected!r}"


_TOKEN = re.compile(r"\S+")


def word_opcodes(
    original: str, corrected: str
) -> tuple[list[re.Match[str]], list[re.Match[str]], list[tuple[str, int, int, int, int]]]:
    """The words of both texts and difflib's opcodes between them."""
    a = list(_TOKEN.finditer(original))
    b = list(_TOKEN.finditer(corrected))
    # autojunk off: in a short text, frequent words such as "the" must still be matched
    matcher = difflib.SequenceMatcher(
        None, [m.group() for m in a], [m.group() for m in b], autojunk=False
    )
    opcodes: list[tuple[str, int, int, int, int]] = list(matcher.get_opcodes())
    return a, b, opcodes


def _leftover_spans(text: str) -> list[tuple[int, int]]:
    from medialit.article import ArticleError, find_leftovers

    try:
        return [(seg.start, seg.end) for seg in find_leftovers(text) if seg.kind == "markup"]
    except ArticleError:
        return []


def word_marks(
    original: str, corrected: str
) -> tuple[list[re.Match[str]], list[re.Match[str]], list[str], list[str]]:
    """The words of both texts, each marked "del", "ins" or "" (kept), for a side-by-side view.

    Words of a code fragment the scraper left in the original are always struck: they are
    not part of the story, even where they repeat its words (an earlier version of a quote).

    >>> a, b, left, right = word_marks("We examine it.}}”>Yes.", "We are examining it. Yes.")
    >>> [(m.group(), mark) for m, mark in zip(a, left, strict=True) if mark]
    [('We', 'del'), ('examine', 'del'), ('it.}}”>Yes.', 'del')]
    """
    spans = _leftover_spans(original)
    a = list(_TOKEN.finditer(original))
    b = list(_TOKEN.finditer(corrected))
    inside = [any(s <= m.start() and m.end() <= e for s, e in spans) for m in a]
    story = [i for i, left_over in enumerate(inside) if not left_over]
    matcher = difflib.SequenceMatcher(
        None, [a[i].group() for i in story], [m.group() for m in b], autojunk=False
    )
    left = ["del" if left_over else "" for left_over in inside]
    right = [""] * len(b)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "equal":
            for i in story[i1:i2]:
                left[i] = "del"
            right[j1:j2] = ["ins"] * (j2 - j1)
    return a, b, left, right


def word_diff(original: str, corrected: str) -> list[WordEdit]:
    """Compare two texts word by word (difflib), with offsets into the original.

    >>> [str(e) for e in word_diff("We examine it.", "We are examining it.") if e.op != "equal"]
    ["replace: 'examine' -> 'are examining'"]
    """
    a, b, opcodes = word_opcodes(original, corrected)
    edits: list[WordEdit] = []
    for op, i1, i2, j1, j2 in opcodes:
        start = a[i1].start() if i1 < len(a) else len(original)
        end = a[i2 - 1].end() if i2 > i1 else start
        edits.append(
            WordEdit(
                op,
                " ".join(m.group() for m in a[i1:i2]),
                " ".join(m.group() for m in b[j1:j2]),
                start,
                end,
            )
        )
    return edits
