"""Time of the sources analyzer on the article, and its throughput on the kit's own texts.

Prints the median of many warm runs on the parsed article (ms), then words per second over a
corpus made of the article and every sentence and news passage of tests/test_sources.py, and the
practice articles: for the analyzer
alone on parsed Docs, and for the whole pipeline (tokenizer, lemmas and every analyzer).
"""

from __future__ import annotations

import importlib.util
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus() -> list[str]:
    """The article, the sentences and passages of the sources tests, the practice articles."""
    import medialit
    from medialit.workbench import load_practice, practice_articles

    spec = importlib.util.spec_from_file_location("sources_table", ROOT / "tests/test_sources.py")
    assert spec is not None and spec.loader is not None
    table = importlib.util.module_from_spec(spec)
    sys.modules["sources_table"] = table
    spec.loader.exec_module(table)
    return [
        medialit.load_article().text,
        *(text for text, _ in [*table.TABLE, *table.NEWS]),
        *(load_practice(name).text for name in practice_articles()),
    ]


def warm_article(runs: int = 500) -> float:
    """Median ms of finding the sources of the parsed article, the result not reused."""
    import medialit
    from medialit import pipeline
    from medialit.sources import _find

    doc = pipeline.parse(medialit.load_article())
    _find(doc)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        _find(doc)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def throughput(texts: list[str], rounds: int = 20) -> tuple[float, float]:
    """Words per second: the analyzer alone on parsed Docs, and the whole pipeline."""
    from medialit import pipeline
    from medialit.sources import _find

    nlp = pipeline.nlp()
    words = sum(len(t.split()) for t in texts) * rounds
    docs = [nlp(t) for t in texts]
    start = time.perf_counter()
    for _ in range(rounds):
        for doc in docs:
            _find(doc)
    alone = time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            nlp(text)
    full = time.perf_counter() - start
    return words / alone, words / full


def main() -> None:
    texts = corpus()
    words = sum(len(t.split()) for t in texts)
    print(f"sources: article, median of warm runs: {warm_article():.3f} ms")
    alone, full = throughput(texts)
    print(f"sources: corpus of {len(texts)} texts, {words} words")
    print(f"sources: analyzer alone {alone:,.0f} words/s; whole pipeline {full:,.0f} words/s")


if __name__ == "__main__":
    main()
