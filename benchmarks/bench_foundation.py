"""Cold start, warm analysis, throughput and notebook kernel memory, printed as numbers.

Targets (ratios measured in one run on the same machine):
- cold start of import + analyze within 1.2 x the spaCy floor (`import spacy; spacy.blank("en")`);
- `analyze` on the article under 10 ms warm;
- full analysis at >= 50,000 words/s on one core, within 3 x spaCy's bare tokenizer with
  sentence splitting on the same texts;
- a notebook kernel under 200 MB after running any lesson top to bottom.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Peak memory of this process alone, in kB. On Linux ru_maxrss carries over from the
# process that started this one (through fork and exec), so a kernel started by a
# process that had loaded spaCy would report spaCy's memory too; VmHWM starts afresh.
RSS = (
    "import resource, pathlib; s = pathlib.Path('/proc/self/status'); "
    "print(next((int(l.split()[1]) for l in s.read_text().splitlines() "
    "if l.startswith('VmHWM')), 0) if s.exists() "
    "else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
)
KIT = "import medialit; medialit.analyze(medialit.load_article().text); " + RSS
FLOOR = "import spacy; spacy.blank('en'); " + RSS


def cold(code: str, runs: int = 7) -> tuple[float, float]:
    """Median wall time (s) and median peak memory (MB) of a fresh interpreter running code."""
    times, mems = [], []
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        times.append(time.perf_counter() - start)
        mems.append(int(out.stdout.split()[-1]) / 1024)
    return statistics.median(times), statistics.median(mems)


def corpus() -> list[str]:
    """English texts the kit ships: the article and the prose of the lesson plans."""
    import medialit

    texts = [medialit.load_article().text]
    for plan in sorted((ROOT / "lessons").glob("*.md")):
        prose = re.sub(r"[#|`*]+", " ", plan.read_text(encoding="utf-8"))
        texts.extend(p for p in prose.split("\n\n") if len(p.split()) > 5)
    return texts


def throughput(texts: list[str]) -> tuple[float, float]:
    """Words per second: the kit's full analysis, and spaCy's bare tokenizer + sentencizer."""
    import spacy

    import medialit

    words = sum(len(t.split()) for t in texts)
    bare = spacy.blank("en")
    bare.add_pipe("sentencizer")
    kit, floor = [], []
    for _ in range(5):
        start = time.perf_counter()
        for text in texts:
            medialit.analyze(text)
        kit.append(time.perf_counter() - start)
        start = time.perf_counter()
        for text in texts:
            bare(text)
        floor.append(time.perf_counter() - start)
    return words / min(kit), words / min(floor)


def warm_article(runs: int = 200) -> float:
    """Median ms of `analyze` on the article, after a first call has warmed everything."""
    import medialit

    text = medialit.load_article().text
    medialit.analyze(text)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        medialit.analyze(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def kernel_memory() -> dict[str, float]:
    """Peak kernel memory (MB) after running each student notebook top to bottom."""
    import nbformat
    from nbclient import NotebookClient

    result = {}
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        nb.cells.append(nbformat.v4.new_code_cell(RSS))
        with tempfile.TemporaryDirectory() as answers:
            os.environ["MEDIALIT_ANSWERS_DIR"] = answers
            NotebookClient(
                nb, timeout=600, resources={"metadata": {"path": str(path.parent)}}
            ).execute()
        text = "".join(o.get("text", "") for o in nb.cells[-1].outputs)
        result[path.name] = int(text.split()[-1]) / 1024
    return result


def main() -> None:
    floor_s, floor_mb = cold(FLOOR)
    kit_s, kit_mb = cold(KIT)
    print(f"cold start, spaCy floor   : {floor_s * 1000:7.0f} ms  {floor_mb:6.1f} MB peak")
    print(f"cold start, import+analyze: {kit_s * 1000:7.0f} ms  {kit_mb:6.1f} MB peak")
    print(f"cold start ratio          : {kit_s / floor_s:7.2f} x  (target <= 1.2)")
    print(f"analyze(article), warm    : {warm_article():7.2f} ms median  (target < 10)")
    texts = corpus()
    kit_wps, floor_wps = throughput(texts)
    words = sum(len(t.split()) for t in texts)
    print(f"corpus                    : {len(texts)} texts, {words} words")
    print(f"throughput, full analysis : {kit_wps:9,.0f} words/s  (target >= 50,000)")
    print(f"throughput, bare spaCy    : {floor_wps:9,.0f} words/s (tokenizer + sentencizer)")
    print(f"throughput ratio          : {floor_wps / kit_wps:7.2f} x slower  (target <= 3)")
    for name, mb in kernel_memory().items():
        print(f"kernel peak after {name:<32}: {mb:6.1f} MB  (target < 200)")


if __name__ == "__main__":
    main()
