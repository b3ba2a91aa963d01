"""Working copies of the notebooks, so that using the kit never changes the kit.

JupyterLab saves a notebook's outputs and widget state into the file as you work. `make lab`
therefore opens copies in `workspace/`, made from `notebooks/` the first time; a copy that
already exists is the learner's own and is never overwritten.

>>> import tempfile
>>> root = Path(tempfile.mkdtemp())
>>> (root / "notebooks").mkdir()
>>> _ = (root / "notebooks" / "00_start_here.ipynb").write_text("{}")
>>> [p.name for p in prepare(root)]
['00_start_here.ipynb']
>>> prepare(root)
[]
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

WORKSPACE = "workspace"


def prepare(root: Path, *, folder: str = WORKSPACE) -> list[Path]:
    """Copy each notebook in `root/notebooks` that `root/<folder>` lacks; return the new copies."""
    source = root / "notebooks"
    if not source.is_dir():
        raise FileNotFoundError(f"{source} is not a folder: run this from the kit's top folder")
    target = root / folder
    target.mkdir(exist_ok=True)
    made = []
    for notebook in sorted(source.glob("*.ipynb")):
        copy = target / notebook.name
        if not copy.exists():
            shutil.copyfile(notebook, copy)
            made.append(copy)
    return made


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: `python -m medialit.workspace [--root DIR]`."""
    parser = argparse.ArgumentParser(
        prog="python -m medialit.workspace",
        description="Make working copies of the kit's notebooks in workspace/.",
    )
    parser.add_argument("--root", type=Path, default=Path(), help="the kit's top folder")
    args = parser.parse_args(argv)
    try:
        made = prepare(args.root)
    except FileNotFoundError as exc:
        print(f"medialit: {exc}", file=sys.stderr)
        return 2
    kept = sorted(
        {p.name for p in (args.root / "notebooks").glob("*.ipynb")} - {p.name for p in made}
    )
    for path in made:
        print(f"new working copy: {path}")
    if kept:
        print(
            f"kept your own copies in {WORKSPACE}/ of: {', '.join(kept)} "
            f"(delete one to get the kit's current version)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
