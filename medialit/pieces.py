"""Long texts analysed in pieces of whole paragraphs, with every offset mapped back.

Some rules compare each finding with every other one in the text, so their cost grows
faster than the text. A text longer than `WHOLE_CHARS` is therefore cut into pieces of
about `PIECE_CHARS` characters or `PIECE_SENTENCES` sentences, at paragraph starts (at
sentence starts inside a longer paragraph). Each piece is analysed as a text of its own
that keeps the whole text's paragraph and sentence ids, and the results are joined:

- every `start` and `end` is moved by the piece's offset, so spans index the whole text;
- attribution ids are numbered through the whole text (`A1`, `A2`, ...) and the claims
  that point at them follow;
- a source found in several pieces is one record with the mentions of all of them;
- the page's date is the one inferred with most confidence in any piece (the first piece
  on a tie), and the time expressions of every piece are read against it.

What a piece cannot see is context in another piece: a name given in full in one piece
and shortened in the next, or a quote that runs across the cut. Below `WHOLE_CHARS`, which
is far longer than any news article, nothing is cut.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import itertools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from medialit.article import Article, Paragraph, Segment, Sentence

if TYPE_CHECKING:
    from medialit.timeline.model import DocumentDate

WHOLE_CHARS = 60_000
"""Texts up to this length are analysed whole."""
PIECE_CHARS = 20_000
"""The length a piece grows to before the next paragraph starts a new one."""
PIECE_SENTENCES = 250
"""The number of sentences a piece grows to before the next paragraph starts a new one."""

Json = Any


def cuts(article: Article, *, size: int | None = None, sentences: int | None = None) -> list[int]:
    """Offsets where pieces start: 0, then paragraph starts about `size` characters apart.

    A piece also ends at a paragraph start once it holds `sentences` sentences, since a
    text of many short lines has many findings to compare with each other.

    A paragraph longer than twice `size` is cut at sentence starts, and a sentence longer
    than that at a space (at any character if it has none).

    >>> text = "One said so.\\nTwo said so.\\nThree said so."
    >>> cuts(Article.from_text(text), size=13)
    [0, 13, 26]
    """
    size = PIECE_CHARS if size is None else size
    most = PIECE_SENTENCES if sentences is None else sentences
    text = article.text
    starts = [0]
    count = 0  # sentences in the piece so far
    for paragraph in article.paragraphs:
        if paragraph.start - starts[-1] >= size or count >= most:
            starts.append(paragraph.start)
            count = 0
        for sentence in paragraph.sentences:
            if sentence.start - starts[-1] >= 2 * size or count >= 2 * most:
                starts.append(sentence.start)
                count = 0
            count += 1
            while sentence.end - starts[-1] > 2 * size:
                limit = starts[-1] + size
                space = text.rfind(" ", starts[-1] + size // 2, limit)
                starts.append(space + 1 if space > 0 else limit)
    return starts


def piece(
    article: Article,
    start: int,
    end: int,
    *,
    paragraphs: Sequence[Paragraph] | None = None,
    leftovers: Sequence[Segment] | None = None,
) -> Article:
    """The part start..end of an article, offsets from `start`, ids those of the whole text.

    `paragraphs` and `leftovers`, when given, are those of the article that may fall in the
    part (the rest are not looked at), so that cutting a text into many pieces stays linear.
    """

    def moved(sentence: Sentence) -> Sentence:
        first, last = max(sentence.start, start), min(sentence.end, end)
        return dataclasses.replace(
            sentence, start=first - start, end=last - start, text=article.text[first:last]
        )

    inside_paragraphs: list[Paragraph] = []
    for p in article.paragraphs if paragraphs is None else paragraphs:
        if p.end <= start or p.start >= end:
            continue
        inside = tuple(moved(s) for s in p.sentences if s.start < end and s.end > start)
        if not inside:
            continue
        first, last = inside[0].start + start, inside[-1].end + start
        inside_paragraphs.append(
            Paragraph(p.id, first - start, last - start, article.text[first:last], inside)
        )
    text = article.text[start:end]
    inside_leftovers = tuple(
        Segment(a - start, b - start, article.text[a:b], g.kind)
        for g in (article.leftovers if leftovers is None else leftovers)
        if g.start < end and g.end > start
        for a, b in [(max(g.start, start), min(g.end, end))]
    )
    return Article(
        text=text,
        name=article.name,
        paragraphs=tuple(inside_paragraphs),
        leftovers=inside_leftovers,
    )


def split(article: Article, bounds: Sequence[int]) -> list[Article]:
    """The pieces between successive offsets in `bounds`, in one pass over the article."""
    paragraph_ends = [p.end for p in article.paragraphs]
    paragraph_starts = [p.start for p in article.paragraphs]
    leftover_ends = [g.end for g in article.leftovers]
    leftover_starts = [g.start for g in article.leftovers]
    out: list[Article] = []
    for a, b in itertools.pairwise(bounds):
        p = slice(bisect.bisect_right(paragraph_ends, a), bisect.bisect_left(paragraph_starts, b))
        g = slice(bisect.bisect_right(leftover_ends, a), bisect.bisect_left(leftover_starts, b))
        out.append(
            piece(article, a, b, paragraphs=article.paragraphs[p], leftovers=article.leftovers[g])
        )
    return out


def shifted(value: Json, offset: int) -> Json:
    """A JSON-ready value with every integer `start` and `end` moved by `offset`."""
    if isinstance(value, list):
        return [shifted(v, offset) for v in value]
    if isinstance(value, dict):
        return {
            k: v + offset
            if k in ("start", "end") and isinstance(v, int) and not isinstance(v, bool)
            else shifted(v, offset)
            for k, v in value.items()
        }
    return value


def in_pieces(
    article: Article,
    parse: Callable[[Article], Any],
    analyse: Callable[[Any, dt.date | DocumentDate | None], dict[str, Json]],
    *,
    document_date: dt.date | DocumentDate | None,
) -> dict[str, Json]:
    """Analyse `article` piece by piece and join the results.

    `parse(piece)` gives a piece's Doc and `analyse(doc, date)` its JSON-ready results,
    one key per analyzer, `document_date` and `timexes` among them.
    """
    bounds = [*cuts(article), len(article.text)]
    docs = [(a, parse(part)) for a, part in zip(bounds, split(article, bounds), strict=False)]
    found = [(a, doc, analyse(doc, document_date)) for a, doc in docs]
    date_record = _best_date([shifted(r["document_date"], a) for a, _, r in found])
    if document_date is None and date_record.get("value"):
        # Read every piece's time expressions against the one date chosen for the page.
        chosen = dt.date.fromisoformat(date_record["value"])
        for _, doc, results in found:
            if results["document_date"].get("value") != date_record["value"]:
                results["timexes"] = [
                    {**t, "anchor_source": "inferred" if t.get("anchor") else None}
                    for t in analyse(doc, chosen)["timexes"]
                ]
    return _join([(a, r) for a, _, r in found], date_record)


def _best_date(records: list[Json]) -> Json:
    with_value = [r for r in records if r.get("value")]
    if with_value:
        return max(with_value, key=lambda r: r.get("confidence") or 0)
    # No piece names a day: the page lies within every piece's bounds at once.
    earliest = max((r["earliest"] for r in records if r.get("earliest")), default=None)
    latest = min((r["latest"] for r in records if r.get("latest")), default=None)
    tightest = next((r for r in records if earliest and r.get("earliest") == earliest), records[0])
    evidence = [e for r in records for e in r.get("evidence") or []]
    return {**tightest, "earliest": earliest, "latest": latest, "evidence": evidence}


def _join(found: list[tuple[int, dict[str, Json]]], date_record: Json) -> dict[str, Json]:
    joined: dict[str, Json] = {}
    sources: dict[tuple[str, str], Json] = {}
    number = 0
    for offset, results in found:
        results = shifted(results, offset)
        renamed: dict[str, str] = {}
        for attribution in results.get("attributions", []):
            number += 1
            renamed[attribution["id"]] = f"A{number}"
            attribution["id"] = f"A{number}"
        for claim in results.get("claims", []):
            if claim.get("attribution") is not None:
                claim["attribution"] = renamed.get(claim["attribution"], claim["attribution"])
        for source in results.get("sources", []):
            _add_source(sources, source)
        for key, value in results.items():
            if key in ("sources", "document_date"):
                continue
            joined.setdefault(key, []).extend(value if isinstance(value, list) else [value])
    out: dict[str, Json] = {}
    for key in found[0][1]:
        if key == "sources":
            out[key] = list(sources.values())
        elif key == "document_date":
            out[key] = date_record
        else:
            out[key] = joined.get(key, [])
    return out


def _add_source(sources: dict[tuple[str, str], Json], source: Json) -> None:
    key = (source.get("name", ""), source.get("kind", ""))
    if key not in sources:
        sources[key] = source
        return
    kept = sources[key]
    kept["mentions"] = kept.get("mentions", []) + source.get("mentions", [])
    kept["roles"] = list(dict.fromkeys([*kept.get("roles", []), *source.get("roles", [])]))
    kept["named"] = bool(kept.get("named")) or bool(source.get("named"))
    if kept.get("country") is None:
        kept["country"] = source.get("country")
