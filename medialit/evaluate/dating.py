"""`make eval MODE=dating`: which evidence dates a page whose date is withheld, and how well.

Reads the TempEval-3 documents as `make eval MODE=timeml` does (`*.tml` under `--data
DIR/tempeval3-train`, or under DIR itself), withholds each document's creation date and asks
`document_date` for the page's date from its text alone. It prints the same totals as the
`timeml` mode (a date or range stated, right day, month and year, more than 31 days off), then
for each kind of evidence (the `rule` of each clue): in how many documents it is part of the
answer, in how many of those a range is stated, and how many of those ranges hold the real date.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from medialit.evaluate.timeml import Document, _doc, _print_dates, documents, judge_date


@dataclass
class ClueTally:
    """Per rule: documents whose answer uses it, of them with a range stated, and right."""

    used: Counter[str] = field(default_factory=Counter)
    stated: Counter[str] = field(default_factory=Counter)
    holding: Counter[str] = field(default_factory=Counter)


def evaluate(docs: Sequence[Document]) -> tuple[list[dict[str, bool]], ClueTally]:
    """Date every document from its text alone; judge each answer and tally its evidence."""
    from medialit.timeline import document_date

    judged = []
    tally = ClueTally()
    for d in docs:
        found = document_date(_doc(d.text, d.name))
        judged.append(judge_date(found, d.created))
        first, last = found.earliest, found.latest
        for rule in sorted({e.rule for e in found.evidence}):
            tally.used[rule] += 1
            if first is not None and last is not None:
                tally.stated[rule] += 1
                tally.holding[rule] += first <= d.created <= last
    return judged, tally


def _print_clues(tally: ClueTally) -> None:
    print(
        "evidence in the answers (documents using it; of them, a range stated; holding the date):"
    )
    for rule, used in tally.used.most_common():
        stated, holding = tally.stated[rule], tally.holding[rule]
        print(f"  {rule:<16} {used:>4}  {stated:>4}  {holding:>4}")


def main(argv: Sequence[str] | None = None) -> int:
    """Print the page-date figures and each clue's share for the documents under `--data`."""
    folder, docs = documents("dating", __doc__, argv)
    if not docs:
        return 0
    judged, tally = evaluate(docs)
    print(f"dating: {len(docs)} documents from {folder}, each dated from its text alone")
    _print_dates(judged)
    _print_clues(tally)
    return 0
