"""What the analyzer benchmarks share: their corpora, timing, and the lines they print.

Each `bench_<module>.py` names its corpus (the article plus its own test tables) and the
analysis to time on a parsed Doc; this module times it warm on the article, measures words
per second for the analyzer alone, for the whole pipeline and for spaCy's bare tokenizer on
the same texts, and prints the numbers the same way for every analyzer. Times are CPU time
of this process (`time.process_time`), which other work on a shared machine inflates less
than wall-clock time.
"""

from __future__ import annotations

import importlib.util
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def test_tables(name: str) -> ModuleType:
    """Import `tests/test_<name>.py` by path, to read its tables of sentences."""
    module_name = f"{name}_tables"
    spec = importlib.util.spec_from_file_location(module_name, ROOT / f"tests/test_{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


def kit_texts() -> list[str]:
    """The kit's article and its practice articles."""
    import medialit
    from medialit.workbench import load_practice, practice_articles

    return [medialit.load_article().text, *(load_practice(n).text for n in practice_articles())]


def _clock(work: Callable[[], object]) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


def warm_ms(analyse: Callable[[Any], object], runs: int = 300) -> float:
    """Median ms of `analyse` on the parsed article, after one call has warmed it."""
    import medialit
    from medialit import pipeline

    doc = pipeline.parse(medialit.load_article())
    analyse(doc)
    return statistics.median(_clock(lambda: analyse(doc)) for _ in range(runs)) * 1000


def throughput(
    texts: list[str], analyse: Callable[[Any], object], rounds: int = 20
) -> tuple[float, float, float]:
    """Words per second: the analyzer alone on parsed Docs, the whole pipeline, bare spaCy."""
    import spacy

    from medialit import pipeline

    nlp = pipeline.nlp()
    bare = spacy.blank("en")
    words = sum(len(t.split()) for t in texts) * rounds
    docs = [nlp(t) for t in texts]

    def run(step: Callable[[Any], object], items: Iterable[Any]) -> Callable[[], None]:
        items = list(items)
        return lambda: [step(item) for _ in range(rounds) for item in items] and None

    alone = _clock(run(analyse, docs))
    full = _clock(run(nlp, texts))
    floor = _clock(run(bare, texts))
    return words / alone, words / full, words / floor


def report(label: str, texts: list[str], analyse: Callable[[Any], object]) -> None:
    """Print the corpus, the warm time on the article and the three throughputs."""
    words = sum(len(t.split()) for t in texts)
    print(f"{label}: corpus of {len(texts)} texts, {words} words")
    print(f"{label}: article, warm median         : {warm_ms(analyse):8.3f} ms")
    alone, full, floor = throughput(texts, analyse)
    print(f"{label}: analyzer alone                : {alone:10,.0f} words/s")
    print(f"{label}: whole pipeline (every analyzer): {full:10,.0f} words/s")
    print(f"{label}: spaCy's bare tokenizer         : {floor:10,.0f} words/s")
