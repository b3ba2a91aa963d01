"""`make eval MODE=timeml`: time expressions and the page's date on TempEval-3 documents.

Reads TimeML files (`*.tml`, in any folder under `--data DIR/tempeval3-train`, or under DIR
itself): the text between `<TEXT>` tags with its `TIMEX3` annotations (`type`, `value`) and
the document creation time in `<DCT>`. It prints, with the document's date given, strict
(exact) and relaxed (overlap) span F1, type accuracy over matched spans, and value F1 per
TimeML type and over all; then, with the date withheld, how often `document_date` finds the
right day, month and year, and how often it states a date more than 31 days from the real one
(a range that contains the real day is never wrong).
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from medialit.evaluate import default_data_dir

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from medialit.timeline.model import DocumentDate, Timex

FOLDER = "tempeval3-train"
TYPES = ("DATE", "TIME", "DURATION", "SET")
_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_DCT = re.compile(r"<DCT>.*?value=\"([^\"]+)\".*?</DCT>", re.DOTALL)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
# How far a stated date may be from the real one before it counts as confidently wrong.
WRONG_DAYS = 31


@dataclass(frozen=True)
class Gold:
    """One annotated time expression: its span in the plain text, its TimeML type and value."""

    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True)
class Document:
    """A TimeML document as plain text, with its annotations and its creation date."""

    name: str
    text: str
    created: dt.date
    gold: tuple[Gold, ...]


def read_tml(path: Path) -> Document | None:
    """Read one TimeML file into plain text and annotations; None when it has no text or DCT."""
    raw = path.read_text(encoding="utf-8")
    dct, body = _DCT.search(raw), _TEXT.search(raw)
    if dct is None or body is None:
        return None
    created = dt.date.fromisoformat(dct.group(1)[:10])
    pieces: list[str] = []
    gold: list[Gold] = []
    length = 0
    open_at: tuple[int, dict[str, str]] | None = None
    pos = 0
    source = body.group(1)
    for m in _TAG.finditer(source):
        chunk = html.unescape(source[pos : m.start()])
        pieces.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if not m.group(1):
            open_at = (length, dict(_ATTR.findall(m.group(3))))
        elif open_at is not None:
            at, attrs = open_at
            gold.append(Gold(at, length, attrs.get("type", ""), attrs.get("value", "")))
            open_at = None
    pieces.append(html.unescape(source[pos:]))
    return Document(path.stem, "".join(pieces), created, tuple(gold))


def read_folder(folder: Path) -> list[Document]:
    """Every readable TimeML document under a folder, in name order."""
    docs = [read_tml(p) for p in sorted(folder.rglob("*.tml"))]
    return [d for d in docs if d is not None]


def _doc(text: str, name: str) -> Doc:
    """A Doc with the kit's structure, sentences and lemmas only: the timeline needs no more."""
    from medialit import pipeline
    from medialit.article import Article

    article = Article.from_text(text, name=name, check_language=False)
    pipe = pipeline.nlp()
    doc = pipe.make_doc(article.text)
    pipeline.cached(doc, "medialit_article", lambda _: article)
    for step, proc in pipe.pipeline:
        if step in ("medialit_sentences", "medialit_lemmatizer"):
            doc = proc(doc)
    return doc


def _prf(right: int, found: int, expected: int) -> tuple[float, float, float]:
    p = right / found if found else 0.0
    r = right / expected if expected else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Tally:
    """Counts over all documents, from which every figure is computed."""

    found: int = 0
    expected: int = 0
    strict: int = 0
    relaxed: int = 0
    typed: int = 0
    found_by_type: Counter[str] | None = None
    expected_by_type: Counter[str] | None = None
    valued_by_type: Counter[str] | None = None

    def __post_init__(self) -> None:
        self.found_by_type = Counter()
        self.expected_by_type = Counter()
        self.valued_by_type = Counter()


def _overlap(a: Gold, start: int, end: int) -> bool:
    return a.start < end and start < a.end


def score_document(tally: Tally, gold: Sequence[Gold], found: Iterable[Timex]) -> None:
    """Add one document's spans, types and values to the tally."""
    assert tally.found_by_type is not None and tally.expected_by_type is not None
    assert tally.valued_by_type is not None
    from medialit.timeline.timeml import timeml_items

    system = [t for t in timeml_items(found) if t.leftover is None]
    tally.found += len(system)
    tally.expected += len(gold)
    for g in gold:
        tally.expected_by_type[g.type] += 1
    used: set[int] = set()
    for t in system:
        kind = t.timeml_type
        tally.found_by_type[kind] += 1
        match = next(
            (i for i, g in enumerate(gold) if i not in used and _overlap(g, t.start, t.end)), None
        )
        if match is None:
            continue
        used.add(match)
        g = gold[match]
        tally.relaxed += 1
        tally.strict += (g.start, g.end) == (t.start, t.end)
        tally.typed += g.type == kind
        if g.type == kind and g.value == t.timeml_value:
            tally.valued_by_type[kind] += 1


def _print_spans(tally: Tally) -> None:
    assert tally.found_by_type is not None and tally.expected_by_type is not None
    assert tally.valued_by_type is not None
    print(f"time expressions: {tally.expected} annotated, {tally.found} found")
    for label, right in (("strict span", tally.strict), ("relaxed span", tally.relaxed)):
        p, r, f = _prf(right, tally.found, tally.expected)
        print(f"  {label:<13} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    accuracy = tally.typed / tally.relaxed if tally.relaxed else 0.0
    print(f"  type accuracy {accuracy:.3f} (of {tally.relaxed} matched spans)")
    print("value F1 by TimeML type (document date given):")
    for kind in TYPES:
        p, r, f = _prf(
            tally.valued_by_type[kind],
            tally.found_by_type[kind],
            tally.expected_by_type[kind],
        )
        print(
            f"  {kind:<9} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  "
            f"({tally.expected_by_type[kind]} annotated, {tally.found_by_type[kind]} found)"
        )
    right = sum(tally.valued_by_type.values())
    p, r, f = _prf(right, tally.found, tally.expected)
    print(f"  {'all':<9} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


def judge_date(found: DocumentDate, real: dt.date) -> dict[str, bool]:
    """Whether a page date found without the real one gets its day, month and year right."""
    first, last = found.earliest, found.latest
    if first is None or last is None:
        return {"stated": False, "day": False, "month": False, "year": False, "wrong": False}
    contains = first <= real <= last
    gap = 0 if contains else min(abs((real - first).days), abs((real - last).days))
    return {
        "stated": True,
        "day": first == last == real,
        "month": contains and (first.year, first.month) == (last.year, last.month),
        "year": contains and first.year == last.year,
        "wrong": gap > WRONG_DAYS,
    }


def _print_dates(results: list[dict[str, bool]]) -> None:
    n = len(results)
    counts = Counter(k for r in results for k, v in r.items() if v)
    print(f"page date with the document date withheld ({n} documents):")
    for key, label in (
        ("stated", "a date or range given"),
        ("day", "right day"),
        ("month", "right month"),
        ("year", "right year"),
        ("wrong", f"a stated date more than {WRONG_DAYS} days off"),
    ):
        share = counts[key] / n if n else 0.0
        print(f"  {label:<42} {counts[key]:>4}  {share:.1%}")


def evaluate(docs: Sequence[Document]) -> tuple[Tally, list[dict[str, bool]]]:
    """Score time expressions (date given) and the page's date (date withheld) on documents."""
    from medialit.timeline import document_date, timexes

    tally = Tally()
    dates = []
    for d in docs:
        doc = _doc(d.text, d.name)
        score_document(tally, d.gold, timexes(doc, document_date=d.created))
        dates.append(judge_date(document_date(_doc(d.text, d.name)), d.created))
    return tally, dates


def documents(
    mode: str, about: str | None, argv: Sequence[str] | None
) -> tuple[Path, list[Document]]:
    """The folder a mode's `--data` names and its TimeML documents (none: the mode says so)."""
    parser = argparse.ArgumentParser(prog=f"medialit.evaluate {mode}", description=about)
    parser.add_argument("--data", type=Path, default=default_data_dir())
    args = parser.parse_args(argv)
    folder = args.data / FOLDER if (args.data / FOLDER).is_dir() else args.data
    docs = read_folder(folder) if folder.is_dir() else []
    if not docs:
        print(f"{mode}: no TimeML documents (*.tml) under {folder}; nothing to measure")
    return folder, docs


def main(argv: Sequence[str] | None = None) -> int:
    """Print the TimeML figures for the documents under `--data`."""
    folder, docs = documents("timeml", __doc__, argv)
    if not docs:
        return 0
    tally, dates = evaluate(docs)
    print(f"timeml: {len(docs)} documents from {folder}")
    _print_spans(tally)
    _print_dates(dates)
    return 0
