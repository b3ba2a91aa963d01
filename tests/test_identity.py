"""The full JSON of `analyze`, compared with a stored copy, so a speed change keeps every result.

The texts are the kit's article, the texts in `tests/data/identity/` and one long text made of
them (long enough to be read in pieces), whose JSON is stored as a digest and a count of
records per key, to keep the copy small. When an analyzer changes on purpose, regenerate the
stored copy and review its diff:

    .venv/bin/python tests/test_identity.py --write     (or: make identity)
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import pytest

import medialit
from medialit import pieces

DATA = Path(__file__).resolve().parent / "data"
TEXTS = DATA / "identity"
STORED = DATA / "identity_results.json"


def identity_texts() -> dict[str, str]:
    """Name -> text: the kit's article, each written text, and a long text made of them."""
    written = {path.stem: path.read_text(encoding="utf-8") for path in sorted(TEXTS.glob("*.txt"))}
    joined = "\n\n".join(written.values())
    long_text = "\n\n".join([joined] * (pieces.WHOLE_CHARS // len(joined) + 2))
    return {"article": medialit.load_article().text, **written, "long": long_text}


def stored_form(name: str, text: str) -> dict[str, Any]:
    """The full JSON of `analyze` on text as stored: through JSON, and digested if long."""
    data: dict[str, Any] = json.loads(json.dumps(medialit.analyze(text).to_json()))
    if name != "long":
        return data
    digest = hashlib.sha256(json.dumps(data, ensure_ascii=False).encode("utf-8")).hexdigest()
    counts = {key: len(value) if isinstance(value, list) else 1 for key, value in data.items()}
    return {"counts": counts, "sha256": digest}


def results() -> dict[str, Any]:
    """Name -> the stored form of the analysis of that text."""
    return {name: stored_form(name, text) for name, text in identity_texts().items()}


def write() -> None:
    """Store the current results as the reference copy."""
    text = json.dumps(results(), ensure_ascii=False, indent=1, sort_keys=False)
    STORED.write_text(text + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def stored() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(STORED.read_text(encoding="utf-8"))
    return data


def test_long_text_is_read_in_pieces() -> None:
    assert len(identity_texts()["long"]) > pieces.WHOLE_CHARS


@pytest.mark.parametrize("name", list(identity_texts()))
def test_analysis_matches_stored_copy(name: str, stored: dict[str, Any]) -> None:
    current = stored_form(name, identity_texts()[name])
    assert name in stored, "a new text: regenerate with `make identity`"
    for key in current:
        assert current[key] == stored[name][key], f"{name}: {key} differs; see the module docstring"
    assert list(current) == list(stored[name])


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit(__doc__)
    write()
    print(f"wrote {STORED}")
