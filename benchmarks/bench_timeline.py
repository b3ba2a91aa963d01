"""Time of the timeline analyzer on the article, and its throughput on the kit's texts.

Prints the median of many warm runs on the article (ms) of finding, resolving and dating
(the page's date inferred, as `analyze` does without --date), the throughput of the analyzer
alone over a corpus (the article, the two practice articles, and the sentences and news
passages of tests/test_timeline.py), and the throughput of the whole pipeline with it, next
to spaCy's bare tokenizer on the same texts.
"""

from __future__ import annotations

import importlib.util
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
_CACHED = ("medialit_timex_found", "document_date", "timexes")


def corpus() -> list[str]:
    """The articles, and every sentence and passage of the test tables, as one text each."""
    import medialit
    from medialit.workbench import load_practice, practice_articles

    spec = importlib.util.spec_from_file_location("table", ROOT / "tests/test_timeline.py")
    assert spec is not None and spec.loader is not None
    table = importlib.util.module_from_spec(spec)
    sys.modules["table"] = table
    spec.loader.exec_module(table)
    sentences = sorted({text for text, _, _ in [*table.TABLE, *table.NEWS]})
    practice = [load_practice(name).text for name in practice_articles()]
    return [medialit.load_article().text, *practice, *sentences]


def _analyse(doc: Any) -> None:
    """Run the timeline analysis from scratch on a parsed Doc."""
    from medialit import timeline

    for attr in _CACHED:
        doc._.set(attr, None)
    timeline.timexes(doc)


def warm_article(runs: int = 300) -> float:
    """Median ms of the timeline analysis on a parsed article, nothing cached."""
    import medialit
    from medialit import pipeline

    doc = pipeline.nlp()(medialit.load_article().text)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        _analyse(doc)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def throughput(texts: list[str], rounds: int = 20) -> tuple[float, float, float]:
    """Words per second: the analyzer alone on parsed Docs, the pipeline, bare spaCy."""
    import spacy

    from medialit import pipeline

    nlp = pipeline.nlp()
    words = sum(len(t.split()) for t in texts) * rounds
    docs = [nlp(t) for t in texts]
    start = time.perf_counter()
    for _ in range(rounds):
        for doc in docs:
            _analyse(doc)
    alone = time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(rounds):
        for t in texts:
            nlp(t)
    full = time.perf_counter() - start
    bare = spacy.blank("en")
    start = time.perf_counter()
    for _ in range(rounds):
        for t in texts:
            bare(t)
    floor = time.perf_counter() - start
    return words / alone, words / full, words / floor


def main() -> None:
    texts = corpus()
    print(
        f"corpus                          : {len(texts)} texts, "
        f"{sum(len(t.split()) for t in texts)} words"
    )
    print(f"timexes+document date, article  : {warm_article():7.3f} ms median (warm)")
    alone, full, floor = throughput(texts)
    print(f"throughput, analyzer alone      : {alone:10,.0f} words/s")
    print(f"throughput, pipeline with it    : {full:10,.0f} words/s (target >= 50,000)")
    print(f"throughput, bare spaCy tokenizer: {floor:10,.0f} words/s")


if __name__ == "__main__":
    main()
