"""Student and answer-key editions of the notebooks, made from one source so they cannot drift.

The key edition `lessons/keys/NN_name.ipynb` is the source. Cells tagged `key`
exist only there: they submit each reference answer and each common mistake to
the exercises and print the feedback, so strict nbval notices any change in what
an exercise says. The student edition `notebooks/NN_name.ipynb` is derived from
it: the `key` cells removed, every output and execution count cleared (a learner
who runs the notebook sees each result only when the cell runs, never in advance),
the key-only `nbval-check-output` tag dropped, metadata reduced to what Jupyter needs.

From the repository root::

    python -m medialit.editions derive    # write notebooks/ from lessons/keys/
    python -m medialit.editions check     # fail if a student notebook is out of date
    python -m medialit.editions execute   # re-run the key editions to refresh their outputs

>>> nb = nbformat.v4.new_notebook(cells=[
...     nbformat.v4.new_code_cell("ex.show()", metadata={"tags": ["nbval-ignore-output"]}),
...     nbformat.v4.new_code_cell("print(ex.check(1))", metadata={"tags": ["key"]})])
>>> [cell.source for cell in derive(nb).cells]
['ex.show()']
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import nbformat

# nbformat ships without type hints; one Any-typed handle keeps the rest of the module strict.
nbf: Any = nbformat

KEYS = Path("lessons/keys")
STUDENTS = Path("notebooks")
KEY_TAG = "key"
CHECK_OUTPUT_TAG = "nbval-check-output"
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def _tags(cell: Any) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []))


def normalise(nb: Any) -> Any:
    """Keep only the metadata Jupyter and nbval need: the kernel, the language, cell tags."""
    nb.metadata = nbf.from_dict(
        {"kernelspec": dict(KERNELSPEC), "language_info": {"name": "python"}}
    )
    nb.nbformat, nb.nbformat_minor = 4, 5
    for cell in nb.cells:
        tags = _tags(cell)
        cell.metadata = nbf.from_dict({"tags": tags} if tags else {})
        if cell.cell_type == "markdown" and not cell.get("attachments"):
            cell.pop("attachments", None)
    return nb


def derive(key: Any) -> Any:
    """Return the student edition of a key notebook (the key itself is not changed)."""
    nb = nbf.from_dict(key.copy())
    nb.cells = [nbf.from_dict(cell) for cell in key.cells if KEY_TAG not in _tags(cell)]
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        tags = [tag for tag in _tags(cell) if tag != CHECK_OUTPUT_TAG]
        cell.setdefault("metadata", {})["tags"] = tags
    return normalise(nb)


def to_text(nb: Any) -> str:
    """Serialise a notebook exactly as it is committed (one-space indent, final newline)."""
    text: str = nbf.writes(nb, version=4)
    return text.rstrip("\n") + "\n"


def key_editions(root: Path) -> list[Path]:
    """Every key notebook, in lesson order."""
    return sorted((root / KEYS).glob("[0-9][0-9]_*.ipynb"))


def student_path(key_path: Path, root: Path) -> Path:
    """Where the student edition of a key notebook lives."""
    return root / STUDENTS / key_path.name


def derive_all(root: Path) -> list[Path]:
    """Write every student notebook whose derived text changed; return the paths written."""
    written = []
    for key_path in key_editions(root):
        text = to_text(derive(nbf.read(key_path, as_version=4)))
        target = student_path(key_path, root)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            written.append(target)
    return written


def check_all(root: Path) -> list[str]:
    """Name every student notebook that differs from what `derive` would write."""
    problems = []
    for key_path in key_editions(root):
        target = student_path(key_path, root)
        expected = to_text(derive(nbf.read(key_path, as_version=4)))
        if not target.exists():
            problems.append(f"{target} is missing: run `python -m medialit.editions derive`")
        elif target.read_text(encoding="utf-8") != expected:
            problems.append(
                f"{target} differs from its key edition {key_path}: "
                "edit the key edition, then run `python -m medialit.editions derive`"
            )
    return problems


def execute(key_path: Path, *, timeout: int = 600) -> list[str]:
    """Run one key edition in place (in its own folder, answers saved to a throwaway folder).

    Widget displays are dropped from the outputs because widget state is not
    stored; nbval ignores those cells anyway. Returns the cells that wrote to stderr.
    """
    from nbclient import NotebookClient

    nb = nbf.read(key_path, as_version=4)
    with tempfile.TemporaryDirectory(prefix="medialit-answers-") as answers:
        env = {**os.environ, "MEDIALIT_ANSWERS_DIR": answers}
        client = NotebookClient(
            nb,
            timeout=timeout,
            kernel_name="python3",
            resources={"metadata": {"path": str(key_path.parent.resolve())}},
            record_timing=False,
            store_widget_state=False,
        )
        client.execute(env=env)
    noisy = []
    for number, cell in enumerate(nb.cells, start=1):
        if cell.cell_type != "code":
            continue
        cell.outputs = [out for out in cell.outputs if WIDGET_MIME not in out.get("data", {})]
        if any(out.get("name") == "stderr" for out in cell.outputs):
            noisy.append(f"{key_path}: cell {number} wrote to stderr")
    key_path.write_text(to_text(normalise(nb)), encoding="utf-8")
    return noisy


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: `derive`, `check` or `execute` the editions under `--root`."""
    parser = argparse.ArgumentParser(
        prog="python -m medialit.editions",
        description="Make student notebooks from the answer-key editions, and keep them in step.",
    )
    parser.add_argument("command", choices=["derive", "execute", "check"])
    parser.add_argument("--root", type=Path, default=Path(), help="repository root (default: .)")
    parser.add_argument(
        "notebooks", nargs="*", type=Path, help="key editions to execute (default: all)"
    )
    args = parser.parse_args(argv)
    root = args.root
    if not key_editions(root):
        parser.error(f"no key editions in {root / KEYS}")
    if args.command == "derive":
        for path in derive_all(root):
            print(f"wrote {path}")
        return 0
    if args.command == "check":
        problems = check_all(root)
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    noisy = []
    for key_path in args.notebooks or key_editions(root):
        print(f"executing {key_path}")
        noisy += execute(key_path)
    for problem in noisy:
        print(problem, file=sys.stderr)
    written = derive_all(root)
    for path in written:
        print(f"wrote {path}")
    return 1 if noisy else 0


if __name__ == "__main__":
    raise SystemExit(main())
