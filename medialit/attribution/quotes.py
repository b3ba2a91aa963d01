"""Quotation marks: where quotations open and close, and the words inside them."""

from __future__ import annotations

from medialit.attribution.lexicons import _QUOTE_MARK, CLOSE_QUOTES, OPEN_QUOTES


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


def _strip_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in OPEN_QUOTES + CLOSE_QUOTES + " ,":
        start += 1
    while end > start and text[end - 1] in OPEN_QUOTES + CLOSE_QUOTES + " ,":
        end -= 1
    return _trim(text, start, end)
