"""Measuring the analyzers on real news that others annotated: `python -m medialit.evaluate`.

Each mode is a module of this package with a `main(argv) -> int`: it reads one corpus format
(by default from `default_data_dir()`, or the folder given with `--data DIR`) and prints
precision, recall and F1.
When the data is absent a mode says so and exits 0, so `make eval` runs anywhere.
"""

from __future__ import annotations

from pathlib import Path

# Mode name -> module in this package. `all` runs them in this order.
MODES: dict[str, str] = {
    "timeml": "medialit.evaluate.timeml",
    "artifacts": "medialit.evaluate.artifacts",
    "polnear": "medialit.evaluate.polnear",
    "dating": "medialit.evaluate.dating",
}


def default_data_dir() -> Path:
    """The development data beside the project: `../shared/devdata` from the project root."""
    return Path(__file__).resolve().parents[2].parent / "shared" / "devdata"
