"""A class on one server: many learners' kernels open notebook 01 and check answers.

Starts `--learners` kernels (30 by default) spread evenly over `--spread` seconds (60),
as a class arriving at the start of a lesson. Each kernel runs the code cells of
`notebooks/01_sources.ipynb` in order until the first exercise widget is shown, and the
benchmark records the time from asking for the kernel to that widget. When every kernel
is resident, each learner checks an answer `--checks` times (with its save), a second
apart, and the benchmark records the round trip of each check as the learner's browser
would see it. Prints percentiles and every kernel's resident memory; asserts nothing.

    python benchmarks/bench_class.py [--learners 30] [--spread 60] [--checks 5]

Targets: time to the first exercise at most 3 s and a check at most 100 ms, both at the
95th percentile, on a 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from jupyter_client.manager import KernelManager

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "01_sources.ipynb"
WIDGET = "application/vnd.jupyter.widget-view+json"
CHECK = (
    'lesson.exercise("first_sources").submit('
    '["Russia’s Foreign Ministry", "the TASS agency"]).verdict'
)


def code_cells() -> list[str]:
    """The notebook's code cells, in order."""
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    return ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]


class Learner:
    """One learner's kernel: started, brought to the first exercise, then checking answers."""

    def __init__(self, number: int, answers: Path) -> None:
        env = {**os.environ, "MEDIALIT_ANSWERS_DIR": str(answers)}
        env["MEDIALIT_LEARNER"] = f"learner{number:02d}"
        # Local sockets, as JupyterHub's single-user servers use on one machine.
        self.manager = KernelManager(
            kernel_name="python3", transport="ipc", ip=str(answers / f"kernel{number:02d}")
        )
        self.env = env
        self.first_exercise = float("nan")
        self.checks: list[float] = []
        self.error = ""

    def open_notebook(self) -> None:
        """Start the kernel and run cells until an exercise widget is displayed."""
        started = time.perf_counter()
        self.manager.start_kernel(env=self.env, cwd=str(NOTEBOOK.parent))
        self.client = self.manager.client()
        self.client.start_channels()
        self.client.wait_for_ready(timeout=120)
        shown = threading.Event()

        def hook(msg: dict[str, Any]) -> None:
            if msg["msg_type"] == "display_data" and WIDGET in msg["content"]["data"]:
                shown.set()
            if msg["msg_type"] == "error":
                self.error = msg["content"]["ename"]

        for source in code_cells():
            self.client.execute_interactive(source, output_hook=hook, timeout=120)
            if shown.is_set() or self.error:
                break
        self.first_exercise = time.perf_counter() - started

    def check(self) -> None:
        """One check with its save, timed as a round trip."""
        started = time.perf_counter()
        reply = self.client.execute_interactive(CHECK, output_hook=lambda msg: None, timeout=60)
        self.checks.append(time.perf_counter() - started)
        if reply["content"]["status"] != "ok":
            self.error = reply["content"].get("ename", "check failed")

    def resident_mb(self) -> float:
        """The kernel's resident memory in MB (VmRSS)."""
        pid = self.manager.provisioner.process.pid  # type: ignore[union-attr]
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    def stop(self) -> None:
        """Shut the kernel down."""
        self.client.stop_channels()
        self.manager.shutdown_kernel(now=True)


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` of the values lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def compile_kit() -> None:
    """Write the kit's bytecode, as `pip install` does on a class server.

    Where Python is told not to write bytecode (PYTHONDONTWRITEBYTECODE), every kernel
    would otherwise compile the kit's modules from source; it still reads bytecode written.
    """
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "medialit")], check=True)


def run(learners: int, spread: float, checks: int) -> None:
    """Bring a class in, let it check answers, print what it saw."""
    compile_kit()
    answers = Path(tempfile.mkdtemp(prefix="medialit-class-"))
    class_ = [Learner(n, answers) for n in range(learners)]
    gap = spread / max(1, learners - 1)

    def arrive(learner: Learner, delay: float) -> None:
        time.sleep(delay)
        learner.open_notebook()

    threads = [
        threading.Thread(target=arrive, args=(learner, i * gap)) for i, learner in enumerate(class_)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    def work(learner: Learner, offset: float) -> None:
        time.sleep(offset)
        for _ in range(checks):
            learner.check()
            time.sleep(1.0)

    threads = [
        threading.Thread(target=work, args=(learner, (i % 10) / 10))
        for i, learner in enumerate(class_)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    memory = [learner.resident_mb() for learner in class_]
    report(class_, memory)
    for learner in class_:
        learner.stop()


def report(class_: list[Learner], memory: list[float]) -> None:
    """Print the figures beside their targets."""
    first = [learner.first_exercise for learner in class_]
    checks = [t for learner in class_ for t in learner.checks]
    errors = [learner.error for learner in class_ if learner.error]
    print(f"learners: {len(class_)} on {os.cpu_count()} cores; errors: {errors or 'none'}")
    print(
        f"first exercise shown: median {statistics.median(first):.2f} s, "
        f"p95 {percentile(first, 0.95):.2f} s, max {max(first):.2f} s (target p95 <= 3 s)"
    )
    print(
        f"check with save, all resident: median {1000 * statistics.median(checks):.0f} ms, "
        f"p95 {1000 * percentile(checks, 0.95):.0f} ms over {len(checks)} checks "
        "(target p95 <= 100 ms)"
    )
    print(
        f"kernel resident memory: median {statistics.median(memory):.0f} MB, "
        f"max {max(memory):.0f} MB, all kernels {sum(memory):.0f} MB"
    )


def main() -> int:
    """Parse the options and run the class."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=30)
    parser.add_argument("--spread", type=float, default=60.0, help="seconds over which they arrive")
    parser.add_argument("--checks", type=int, default=5, help="checks per learner")
    args = parser.parse_args()
    run(args.learners, args.spread, args.checks)
    return 0


if __name__ == "__main__":
    sys.exit(main())
