"""Time of the attribution analyzer on the article, and its throughput on the kit's texts.

Prints the median of many warm runs on the article (ms), the throughput of the analyzer
alone over a corpus (the article and the sentences of tests/test_attribution.py), and the
throughput of the kit's whole pipeline (every analyzer), next to spaCy's bare tokenizer on
the same texts.
Times are CPU time of this process (`time.process_time`), so other work on a shared machine
inflates them less than wall-clock time would.
"""

from __future__ import annotations

import importlib.util
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus() -> list[str]:
    """The article, and every sentence of the attribution tests, as one text each."""
    import medialit

    spec = importlib.util.spec_from_file_location("table", ROOT / "tests/test_attribution.py")
    assert spec is not None and spec.loader is not None
    table = importlib.util.module_from_spec(spec)
    sys.modules["table"] = table
    spec.loader.exec_module(table)
    sentences = [text for text, _ in table.TABLE + table.CHAINS]
    return [medialit.load_article().text, *sentences]


def warm_article(runs: int = 300) -> float:
    """Median ms of finding attributions and claims on a parsed article, nothing cached."""
    import medialit
    from medialit import attribution, pipeline

    doc = pipeline.nlp()(medialit.load_article().text)
    times = []
    for _ in range(runs):
        start = time.process_time()
        found = attribution._find(doc)
        doc._.attributions = found
        attribution._find_claims(doc)
        times.append(time.process_time() - start)
    return statistics.median(times) * 1000


def throughput(texts: list[str], rounds: int = 20) -> tuple[float, float, float]:
    """Words per second: the analyzer alone on parsed Docs, the pipeline, bare spaCy."""
    import spacy

    from medialit import attribution, pipeline

    nlp = pipeline.nlp()
    words = sum(len(t.split()) for t in texts) * rounds
    docs = [nlp(t) for t in texts]
    start = time.process_time()
    for _ in range(rounds):
        for doc in docs:
            doc._.attributions = attribution._find(doc)
            attribution._find_claims(doc)
    alone = time.process_time() - start
    start = time.process_time()
    for _ in range(rounds):
        for t in texts:
            nlp(t)
    full = time.process_time() - start
    bare = spacy.blank("en")
    start = time.process_time()
    for _ in range(rounds):
        for t in texts:
            bare(t)
    floor = time.process_time() - start
    return words / alone, words / full, words / floor


def main() -> None:
    texts = corpus()
    print(
        f"corpus                          : {len(texts)} texts, "
        f"{sum(len(t.split()) for t in texts)} words"
    )
    print(f"attributions+claims, article    : {warm_article():7.3f} ms median (warm)")
    alone, full, floor = throughput(texts)
    print(f"throughput, analyzer alone      : {alone:10,.0f} words/s")
    print(f"throughput, whole kit pipeline  : {full:10,.0f} words/s (every analyzer; short texts)")
    print(f"throughput, bare spaCy tokenizer: {floor:10,.0f} words/s")


if __name__ == "__main__":
    main()
