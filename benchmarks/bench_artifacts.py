"""Time of the artifacts analyzer on the article, and its throughput on the kit's texts.

Prints the median of many warm runs on the article (ms) of `medialit.artifacts.find` (the work
the pipeline component does), its throughput over a corpus (the article, its corrected version
and every passage of the tables in tests/test_artifacts.py, sentences and unseen news), the
throughput of the whole pipeline with it next to spaCy's bare tokenizer, and what wordfreq and
ftfy cost to load: the analyzer imports them only for texts that need them.
"""

from __future__ import annotations

import importlib.util
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus() -> list[str]:
    """The article, its corrected version and the passages of the test tables."""
    import medialit
    from medialit.artifacts import corrected_article

    spec = importlib.util.spec_from_file_location("table", ROOT / "tests/test_artifacts.py")
    assert spec is not None and spec.loader is not None
    table = importlib.util.module_from_spec(spec)
    sys.modules["table"] = table
    spec.loader.exec_module(table)
    sentences = [*table.CLEAN, *(text for text, _ in table.FLAGGED)]
    sentences += [*table.NEWS_CLEAN, *(text for text, _ in table.NEWS_FLAWED)]
    return [medialit.load_article().text, corrected_article(), *sentences]


def warm_article(runs: int = 500) -> float:
    """Median ms of finding every artifact in the parsed article, nothing cached."""
    import medialit
    from medialit.artifacts import find

    article = medialit.load_article()
    find(article)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        find(article)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def throughput(texts: list[str], rounds: int = 20) -> tuple[float, float, float]:
    """Words per second: the analyzer alone, the whole pipeline, spaCy's bare tokenizer."""
    import spacy

    from medialit import pipeline
    from medialit.article import Article
    from medialit.artifacts import find

    articles = [Article.from_text(t, check_language=False) for t in texts]
    for article in articles:
        find(article)  # first use loads the lexicons and, for some texts, wordfreq and ftfy
    words = sum(len(t.split()) for t in texts) * rounds
    start = time.perf_counter()
    for _ in range(rounds):
        for article in articles:
            find(article)
    alone = time.perf_counter() - start
    nlp = pipeline.nlp()
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


def load_cost(code: str, runs: int = 5) -> float:
    """Median ms a fresh interpreter spends running `code`."""
    times = []
    for _ in range(runs):
        out = subprocess.run(
            [
                sys.executable,
                "-c",
                f"import time; t = time.perf_counter(); {code}; print(time.perf_counter() - t)",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        times.append(float(out.stdout.split()[-1]))
    return statistics.median(times) * 1000


def main() -> None:
    texts = corpus()
    print(
        f"corpus                          : {len(texts)} texts, "
        f"{sum(len(t.split()) for t in texts)} words"
    )
    print(f"artifacts on the article, warm  : {warm_article():.3f} ms (median)")
    alone, full, floor = throughput(texts)
    print(f"artifacts alone                 : {alone:,.0f} words/s")
    print(f"whole pipeline with artifacts   : {full:,.0f} words/s")
    print(f"spaCy blank tokenizer (floor)   : {floor:,.0f} words/s")
    wordfreq = load_cost("from wordfreq import zipf_frequency; zipf_frequency('from', 'en')")
    print(f"wordfreq import + English list  : {wordfreq:.0f} ms (only texts with glue candidates)")
    print(
        f"ftfy import                     : {load_cost('import ftfy'):.0f} ms (only garbled texts)"
    )


if __name__ == "__main__":
    main()
