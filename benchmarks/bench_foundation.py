"""Cold start, throughput on real news, linearity and a kernel's memory, beside floor and target.

Every ratio is measured side by side in one run: the kit and its floor take turns, round after
round, so that other work on a shared machine slows both alike; the median ratio is printed.

Targets:
- cold start (import, pipeline, analyze the article) at most 1.2 x the floor
  `import spacy; spacy.blank("en")`, and peak memory at most the floor + 15 MiB;
- the whole analysis (every analyzer, JSON out) at most 3 x spaCy's blank tokenizer with a
  sentencizer on the same real news texts, and linear in input size (10 kB, 100 kB, 1 MB);
- a kernel that has run every notebook of the kit at most 150 MB resident.

The real news texts are read from the development data (`../shared/devdata/polnear-dev/text`,
or the folder given with `--data`); without them the throughput figures are skipped, saying so.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Peak and current memory of this process alone, in kB. On Linux ru_maxrss carries over from
# the process that started this one (through fork and exec); VmHWM starts afresh.
MEMORY = (
    "import pathlib; s = pathlib.Path('/proc/self/status').read_text().splitlines(); "
    "print(*(int(l.split()[1]) for k in ('VmHWM', 'VmRSS') for l in s if l.startswith(k)))"
)
KIT = "import medialit; medialit.analyze(medialit.load_article().text).to_json(); " + MEMORY
FLOOR = "import spacy; spacy.blank('en'); " + MEMORY
MIB = 1024


def cold(code: str, env: dict[str, str] | None = None) -> tuple[float, float]:
    """CPU time (s) and peak memory (MiB) of a fresh interpreter running code.

    CPU time (user and system) rather than wall time: on a shared machine a process kept
    waiting for a core is slowed in wall time only.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, int(out.stdout.split()[0]) / MIB


def installed_env(pycache: str) -> dict[str, str]:
    """The environment of a process on a machine where Python writes its bytecode.

    Installed packages come with their bytecode and Python writes the kit's on its first
    import; an environment that forbids writing it (PYTHONDONTWRITEBYTECODE) would have the
    kit, and not the floor, compile every module in every run. Bytecode goes to a
    temporary folder here, so the working tree stays as it is.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = pycache
    return env


def cold_start(rounds: int) -> None:
    """Print the kit's cold start beside the floor's, measured in alternation.

    One untimed run of each first, as on a machine where the kit has run before: bytecode
    written, and the kit's cache folder (word frequencies, compiled patterns) filled. The
    first run on a fresh machine, which fills that folder, is printed apart.
    """
    with tempfile.TemporaryDirectory() as pycache, tempfile.TemporaryDirectory() as empty:
        env = installed_env(pycache)
        cold(FLOOR, env)
        first = cold(KIT, {**env, "MEDIALIT_CACHE_DIR": empty})
        cold(KIT, env)
        pairs = [(cold(FLOOR, env), cold(KIT, env)) for _ in range(rounds)]
    print(f"cold start, first run (fills cache): {first[0] * 1000:6.0f} ms CPU, {first[1]:.1f} MiB")
    ratios = [kit[0] / floor[0] for floor, kit in pairs]
    extra = [kit[1] - floor[1] for floor, kit in pairs]
    floor_s = statistics.median(p[0][0] for p in pairs)
    kit_s = statistics.median(p[1][0] for p in pairs)
    print(f"cold start, floor (spacy.blank)   : {floor_s * 1000:7.0f} ms CPU, median of {rounds}")
    print(f"cold start, import+analyze article: {kit_s * 1000:7.0f} ms CPU, median of {rounds}")
    print(
        f"cold start ratio                  : {statistics.median(ratios):7.2f} x "
        f"(range {min(ratios):.2f} to {max(ratios):.2f}; target <= 1.2)"
    )
    print(
        f"cold start peak memory            : floor {statistics.median(p[0][1] for p in pairs):.1f}"
        f" MiB, kit +{statistics.median(extra):.1f} MiB (target <= +15 MiB)"
    )


def news_texts(data: Path) -> list[str]:
    """The real news texts of the development data, read now and kept in memory only."""
    folder = data / "polnear-dev" / "text"
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def _timed(work: list[str], step: object) -> float:
    start = time.process_time()
    for text in work:
        step(text)  # type: ignore[operator]
    return time.process_time() - start


def throughput(texts: list[str], rounds: int) -> None:
    """Print the whole analysis beside spaCy's tokenizer + sentencizer, in alternation."""
    import spacy

    import medialit

    bare = spacy.blank("en")
    bare.add_pipe("sentencizer")

    def kit(text: str) -> None:
        medialit.analyze(text).to_json()

    words = sum(len(t.split()) for t in texts)
    # One pass each first: spaCy's tokenizer caches the words it has seen, in both.
    _timed(texts, bare), _timed(texts, kit)
    pairs = [(_timed(texts, bare), _timed(texts, kit)) for _ in range(rounds)]
    ratios = [k / f for f, k in pairs]
    print(f"real news corpus                  : {len(texts)} texts, {words:,} words")
    print(f"throughput, floor (tokenizer+sent): {words / min(f for f, _ in pairs):9,.0f} words/s")
    print(f"throughput, whole analysis + JSON : {words / min(k for _, k in pairs):9,.0f} words/s")
    print(
        f"throughput ratio                  : {statistics.median(ratios):7.2f} x slower "
        f"(range {min(ratios):.2f} to {max(ratios):.2f}; target <= 3)"
    )


def linearity(texts: list[str]) -> None:
    """Print the time per kB of the whole analysis at 10 kB, 100 kB and 1 MB of real news."""
    import medialit

    joined = "\n\n".join(texts)
    base = None
    for size in (10_000, 100_000, 1_000_000):
        text = (joined * (size // len(joined) + 1))[:size]
        seconds = _timed([text], lambda t: medialit.analyze(t).to_json())
        per_kb = seconds * 1000 / (size / 1000)
        base = base or per_kb
        print(
            f"linearity {size // 1000:>5} kB                : {seconds:7.2f} s, "
            f"{per_kb:6.2f} ms/kB ({per_kb / base:.2f} x the 10 kB rate; target about 1)"
        )


def kernel_memory() -> None:
    """Print one kernel's resident memory after each student notebook, run one after another."""
    import nbformat
    from nbclient import NotebookClient

    paths = sorted((ROOT / "notebooks").glob("*.ipynb"))
    whole = nbformat.v4.new_notebook()
    for path in paths:
        whole.cells.extend(c for c in nbformat.read(path, as_version=4).cells)
        whole.cells.append(nbformat.v4.new_code_cell(MEMORY))
    with tempfile.TemporaryDirectory() as answers:
        os.environ["MEDIALIT_ANSWERS_DIR"] = answers
        NotebookClient(
            whole, timeout=600, resources={"metadata": {"path": str(paths[0].parent)}}
        ).execute()
    marks = [c for c in whole.cells if c.cell_type == "code" and c.source == MEMORY]
    for path, cell in zip(paths, marks, strict=True):
        printed = "".join(o.get("text", "") for o in cell.outputs)
        peak, resident = (int(v) / MIB for v in printed.split())
        print(
            f"kernel after {path.name:<32}: {resident:6.1f} MiB resident, "
            f"{peak:6.1f} MiB peak (target <= 150 MB resident)"
        )


def main(argv: list[str] | None = None) -> int:
    """Run every measurement and print it beside its floor and target."""
    from medialit.evaluate import default_data_dir

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--rounds", type=int, default=7, help="alternating rounds per ratio")
    parser.add_argument("--skip-kernel", action="store_true", help="leave out the notebooks")
    args = parser.parse_args(argv)
    print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f}")
    cold_start(args.rounds)
    texts = news_texts(args.data)
    if texts:
        throughput(texts, max(3, args.rounds // 2))
        linearity(texts)
    else:
        print(f"throughput and linearity: no real news texts under {args.data}; skipped")
    if not args.skip_kernel:
        kernel_memory()
    return 0


if __name__ == "__main__":
    sys.exit(main())
