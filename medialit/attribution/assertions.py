"""Claims: each attribution's content, and what the writer asserts with no source."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Iterable

from spacy.tokens import Doc

from medialit import pipeline
from medialit.article import Article
from medialit.attribution.cues import _dateline_end
from medialit.attribution.lexicons import _FURNITURE_MAX, _RESIDUE_WORDS, CLOSE_QUOTES, _words
from medialit.attribution.model import Attribution, Claim
from medialit.attribution.quotes import _strip_quotes, _trim
from medialit.attribution.text import attributions
from medialit.provenance import BYLINE, DATE, PUBLISHED


def claims(
    text_or_doc: str | Article | Doc, *, document_date: dt.date | None = None
) -> list[Claim]:
    """List the claims: each attribution's content, and what the writer asserts unaided.

    >>> [str(c) for c in claims("Prices rose. Officials denied it.")]
    ['P1.S1 (writer): "Prices rose"', 'P1.S2 (source, A1): "it"']
    """
    doc = pipeline.as_doc(text_or_doc)
    return pipeline.cached(doc, "claims", _find_claims)


def _find_claims(doc: Doc) -> list[Claim]:
    article = pipeline.article_of(doc)
    found = attributions(doc)
    text = article.text
    headline = article.headline
    by_sentence: dict[str, list[Attribution]] = {}
    for a in found:
        by_sentence.setdefault(a.sentence, []).append(a)
    covered = _Covered(
        [(a.content.start, a.content.end) for a in found]
        + [(m.start, m.end) for a in found for m in a.more_content]
    )
    out: list[Claim] = []
    for sent in article.sentences:
        if sent.leftover is not None:
            continue
        if _is_furniture(sent.text.strip()):
            continue
        is_headline = headline is not None and headline.start <= sent.start < headline.end
        here = by_sentence.get(sent.id, [])
        for a in here:
            for part in (a.content, *a.more_content):
                out.append(
                    Claim(part.start, part.end, part.text, sent.id, "source", a.id, is_headline)
                )
        if not here and text[sent.start : sent.end].rstrip(_CLOSING).endswith("?"):
            continue
        start, end = _trim(text, sent.start, sent.end)
        start, end = _strip_quotes(text, max(start, _dateline_end(text, sent)), end)
        if covered.holds(start, end):
            continue
        for s, e in _residue(text, start, end, here):
            out.append(Claim(s, e, text[s:e], sent.id, "writer", None, is_headline))
    out.sort(key=lambda c: (c.start, c.end))
    return out


_CLOSING = CLOSE_QUOTES + " "
"""What may follow a question's mark at the end of a sentence."""


class _Covered:
    """The spans of attributed words, asked whether one of them holds a stretch of text."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        # the furthest end among the spans that start at or before each one
        self.reach = list(itertools.accumulate((e for _, e in spans), max))

    def holds(self, start: int, end: int) -> bool:
        """True if a span starts at or before `start` and ends at or after `end`."""
        k = bisect.bisect_right(self.starts, start)
        return k > 0 and self.reach[k - 1] >= end


def _is_furniture(line: str) -> bool:
    """A byline, a date line or a picture credit ('By Lena Hartmann', 'Published 18 June
    2024', 'Photo: Reuters'): the page says who made it and when, no claim about the story."""
    if _words().credit_line.match(line):
        return True
    return len(line) < _FURNITURE_MAX and any(p.fullmatch(line) for p in (BYLINE, PUBLISHED, DATE))


def _residue(text: str, start: int, end: int, here: Iterable[Attribution]) -> list[tuple[int, int]]:
    """What the writer asserts in a sentence outside its attributions' words."""
    parts: list[tuple[int, int]] = []
    for a in here:
        for sp in (a.cue, a.source, a.content, *a.more_content):
            if sp is not None:
                parts.append((sp.start, sp.end))
        for link in a.chain:
            parts.extend([(link.cue.start, link.cue.end), (link.source.start, link.source.end)])
    if not parts:
        return [(start, end)] if start < end else []
    parts.sort()
    gaps: list[tuple[int, int]] = []
    cursor = start
    for s, e in parts:
        if s > cursor:
            gaps.append((cursor, s))
        cursor = max(cursor, e)
    gaps.append((cursor, end))
    out = []
    for s, e in gaps:
        s, e = _strip_quotes(text, s, e)
        head, _, last = text[s:e].rpartition(" ")
        if head and last.lower() in ("and", "but", "while", "as", "so", "that"):
            s, e = _strip_quotes(text, s, s + len(head))
        # enough words is asked without splitting the rest: at most one piece past them
        if len(text[s:e].split(None, _RESIDUE_WORDS - 1)) >= _RESIDUE_WORDS:
            out.append((s, e))
    return out
