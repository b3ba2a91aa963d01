"""Time of the artifacts analyzer on the article, and its throughput on the kit's texts.

Prints the median of many warm runs on the article (ms) of `medialit.artifacts.find` (the work
the pipeline component does), its throughput over a corpus (the article, its corrected version
and every passage of the tables in tests/test_artifacts.py, sentences and unseen news), the
throughput of the whole pipeline with it next to spaCy's bare tokenizer, and what wordfreq and
ftfy cost to load: the analyzer imports them only for texts that need them.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
from typing import Any

from common import kit_texts, report, test_tables


def analyse(doc: Any) -> None:
    """Find every artifact afresh on a parsed Doc."""
    from medialit import pipeline
    from medialit.artifacts import find

    find(pipeline.article_of(doc))


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
    from medialit.artifacts import corrected_article

    table = test_tables("artifacts")
    texts = [*kit_texts(), corrected_article(), *table.CLEAN, *table.NEWS_CLEAN]
    texts += [text for text, _ in [*table.FLAGGED, *table.NEWS_FLAWED]]
    report("artifacts", texts, analyse)
    wordfreq = load_cost("from wordfreq import zipf_frequency; zipf_frequency('from', 'en')")
    print(f"artifacts: wordfreq import + English list: {wordfreq:.0f} ms (texts with glue only)")
    print(f"artifacts: ftfy import: {load_cost('import ftfy'):.0f} ms (garbled texts only)")


if __name__ == "__main__":
    main()
