"""Quotation marks: where quotations open and close, and the words inside them."""

from __future__ import annotations

import re

from medialit.attribution.lexicons import _QUOTE_MARK, CLOSE_QUOTES, OPEN_QUOTES
from medialit.attribution.tokens import _Sent

# "''We are ready,'' she said": two apostrophes for a quote mark, as some papers print it.
# One that follows a space, a line break, an opening bracket or a dash opens a quote.
_DOUBLED = re.compile(r"''")
_OPENS_AFTER = frozenset(" \t\n\xa0([{—–-")


def _quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quotations in text[start:end] as (open mark, close mark + 1); an unclosed one runs on."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    single = False
    for m in _QUOTE_MARK.finditer(text, start, end):
        ch, pos = m.group(), m.start()
        if ch == "‘" and opened is None:
            opened, single = pos, True
        elif ch == "’":
            # British quotes: '’' closes a '‘' quote unless a letter follows ('it’s').
            if single and opened is not None and not text[pos + 1 : pos + 2].isalnum():
                spans.append((opened, pos + 1))
                opened, single = None, False
        elif single:
            continue
        elif ch == '"':
            if opened is None:
                opened = pos
            else:
                spans.append((opened, pos + 1))
                opened = None
        elif ch in "“„«" and opened is None:
            opened = pos
        elif ch in "”»" and opened is not None:
            spans.append((opened, pos + 1))
            opened = None
    if opened is not None:
        spans.append((opened, end))
    return spans


def _inner(text: str, q: tuple[int, int]) -> tuple[int, int]:
    """The words inside a quotation, without its marks or a final comma."""
    start, end = q[0] + 1, q[1]
    if end > start and text[end - 1] in CLOSE_QUOTES:
        end -= 1
    return _trim(text, start, end)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.!?—–"):
        end -= 1
    return start, end


_AROUND_WORDS = frozenset(OPEN_QUOTES + CLOSE_QUOTES + " ,")
"""What `_strip_quotes` takes off both ends, made once rather than at every character."""


def _strip_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _AROUND_WORDS:
        start += 1
    while end > start and text[end - 1] in _AROUND_WORDS:
        end -= 1
    return _trim(text, start, end)


def _with_quote_marks(text: str) -> str:
    """The text with each pair of apostrophes that stands for a quote mark spelled as a
    curly mark and a space, so that every offset stays where it was ("''Go,'' she said"
    is read as '“ Go,” she said' with the mark next to the words)."""
    if "''" not in text:
        return text

    def mark(m: re.Match[str]) -> str:
        at = m.start()
        if at == 0 or text[at - 1] in _OPENS_AFTER:
            return " “"
        return "” "

    return _DOUBLED.sub(mark, text)


def _next_paragraph(s: _Sent) -> tuple[int, int] | None:
    """'He said:' ends its paragraph: the words are the next paragraph's."""
    m = _NEXT_PARAGRAPH.match(s.text, s.sent.end)
    if m is None:
        return None
    start, end = _strip_quotes(s.text, m.start(1), m.end(1))
    return (start, end) if start < end else None


_NEXT_PARAGRAPH = re.compile(r"[ \t]*\n\s*([^\n]+)")


def _quote_just_before(s: _Sent) -> tuple[int, int] | None:
    """The words of a quotation that closes right before the sentence, if one does."""
    for q in s.quotes:
        closed = s.text[q[1] - 1] in CLOSE_QUOTES
        if closed and q[1] <= s.sent.start and not s.text[q[1] : s.sent.start].strip():
            return _inner(s.text, q)
    return None
