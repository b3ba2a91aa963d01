"""`make eval MODE=artifacts`: the artifact analyzer on machine-translated and clean web pages.

Reads the mt-pages format (`mt-pages-dev/manifest.json` and one `.txt` file per page): every
annotated trace is found when a flag of the matching category overlaps one of its occurrences.
Prints recall per category (and with any category), false flags per 1,000 words on the clean
pages, the most frequent misses, and the kit's own article against its answer key.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from medialit.evaluate import default_data_dir

FOLDER = "mt-pages-dev"

# The analyzer's categories -> the data's categories.
TO_DATA: dict[str, str] = {
    "calque": "calque",
    "grammar": "grammar",
    "glued_words": "glued",
    "punctuation": "broken",
    "broken": "broken",
    "mojibake": "mojibake",
    "names": "naming",
    "spelling": "naming",
    "translated_name": "naming",
    "duplicate_quote": "quote_drift",
    "locale_format": "locale_format",
}
"""Every other analyzer category (navigation, boilerplate, advert, …) is page residue."""


def data_category(category: str) -> str:
    """The data's category for one of the analyzer's categories.

    >>> data_category("glued_words"), data_category("navigation")
    ('glued', 'residue')
    """
    return TO_DATA.get(category, "residue")


@dataclass
class Tally:
    """Counts over the pages: traces found per category, flags, words."""

    traces: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    found_any: Counter[str] = field(default_factory=Counter)
    missed: Counter[tuple[str, str]] = field(default_factory=Counter)
    flags: int = 0
    false_flags: int = 0
    false_by_rule: Counter[str] = field(default_factory=Counter)
    words: int = 0


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    i = text.find(needle)
    while i != -1 and needle:
        spans.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return spans


def score_page(text: str, traces: list[dict[str, Any]], tally: Tally) -> None:
    """Add one page's traces and flags to the tally."""
    from medialit.article import Article
    from medialit.artifacts import find

    flags = find(Article.from_text(text, check_language=False))
    spans = [(trace, _occurrences(text, trace["text"])) for trace in traces]
    for trace, where in spans:
        category = trace["category"]
        tally.traces[category] += 1
        hits = [f for f in flags if any(f.start < e and s < f.end for s, e in where)]
        if hits:
            tally.found_any[category] += 1
        if any(data_category(f.category) == category for f in hits):
            tally.found[category] += 1
        else:
            tally.missed[(category, trace["text"])] += 1
    tally.flags += len(flags)
    tally.words += len(text.split())
    for f in flags:
        if not any(f.start < e and s < f.end for _, where in spans for s, e in where):
            tally.false_flags += 1
            tally.false_by_rule[f.rule.split(":")[0] + ":" + f.category] += 1


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "-"


def report(mt: Tally, clean: Tally, *, misses: int = 15) -> None:
    """Print recall per category, false flags on clean pages and the most frequent misses."""
    print(f"{'category':<15}{'traces':>7}{'found':>7}{'recall':>8}{'any cat.':>10}")
    for category, n in mt.traces.most_common():
        found, anyc = mt.found[category], mt.found_any[category]
        print(f"{category:<15}{n:>7}{found:>7}{_ratio(found, n):>8}{_ratio(anyc, n):>10}")
    total, found = sum(mt.traces.values()), sum(mt.found.values())
    anyc = sum(mt.found_any.values())
    print(f"{'all':<15}{total:>7}{found:>7}{_ratio(found, total):>8}{_ratio(anyc, total):>10}")
    print(
        f"mt pages: {mt.flags} flags, {mt.flags - mt.false_flags} on an annotated trace "
        f"(precision {_ratio(mt.flags - mt.false_flags, mt.flags)})"
    )
    per_k = 1000 * clean.false_flags / clean.words if clean.words else 0.0
    print(
        f"clean pages: {clean.false_flags} false flags in {clean.words} words "
        f"= {per_k:.2f} per 1,000 words"
    )
    for rule, n in clean.false_by_rule.most_common():
        print(f"  clean false flag {rule}: {n}")
    by_text: dict[str, Counter[str]] = defaultdict(Counter)
    for (category, text), n in mt.missed.items():
        by_text[category][text] += n
    print(f"most frequent misses (up to {misses}):")
    ranked = sorted(mt.missed.items(), key=lambda kv: (-kv[1], kv[0]))[:misses]
    for (category, text), n in ranked:
        shown = " ".join(text.split())
        shown = shown if len(shown) <= 70 else shown[:67] + "..."
        print(f"  {n} x {category:<13} {shown!r}")


def main(argv: Sequence[str] | None = None) -> int:
    """Score the artifact analyzer on the mt-pages data; exits 0 when the data is absent."""
    parser = argparse.ArgumentParser(prog="python -m medialit.evaluate artifacts")
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--misses", type=int, default=15, help="how many misses to list")
    args = parser.parse_args(argv)
    folder = args.data / FOLDER if (args.data / FOLDER).is_dir() else args.data
    manifest = folder / "manifest.json"
    if not manifest.is_file():
        print(f"artifacts: no mt-pages data in {args.data} (manifest.json not found); skipped")
        return 0
    mt, clean = Tally(), Tally()
    for record in json.loads(manifest.read_text(encoding="utf-8")):
        text = (folder / record["file"]).read_text(encoding="utf-8")
        score_page(text, record["artifacts"], mt if record["set"] == "mt" else clean)
    report(mt, clean, misses=args.misses)
    from medialit.artifacts import compare_with_key

    print(f"the kit's article against its key: {compare_with_key()}")
    return 0
