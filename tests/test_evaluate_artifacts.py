"""The artifacts mode of `make eval`, on a tiny data set written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medialit.evaluate import MODES
from medialit.evaluate.artifacts import data_category, main

MT_PAGE = "The mayor opened the new libraryThe bridge will close.\nRain fell in Kiev on Monday.\n"
CLEAN_PAGE = "The council approved the budget on Tuesday after a long debate.\n"


def _write(folder: Path) -> None:
    pages = folder / "mt-pages-dev"
    pages.mkdir()
    (pages / "D01.txt").write_text(MT_PAGE, encoding="utf-8")
    (pages / "C01.txt").write_text(CLEAN_PAGE, encoding="utf-8")
    manifest = [
        {
            "file": "D01.txt",
            "set": "mt",
            "artifacts": [
                {"text": "libraryThe", "category": "glued", "why": "a lost line break"},
                {"text": "Kiev", "category": "naming", "why": "Russian form"},
                {"text": "opened the new", "category": "calque", "why": "not one"},
            ],
        },
        {"file": "C01.txt", "set": "clean", "artifacts": []},
    ]
    (pages / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def test_mode_is_listed() -> None:
    assert MODES["artifacts"] == "medialit.evaluate.artifacts"


@pytest.mark.parametrize(
    ("category", "expected"),
    [("glued_words", "glued"), ("spelling", "naming"), ("boilerplate", "residue")],
)
def test_categories_map_to_the_data(category: str, expected: str) -> None:
    assert data_category(category) == expected


def test_recall_per_category_and_false_flags(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path)
    assert main(["--data", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "glued                1      1    1.00" in out
    assert "calque               1      0    0.00" in out
    assert "all                  3      2    0.67" in out
    assert "clean pages: 0 false flags in 11 words = 0.00 per 1,000 words" in out
    assert "1 x calque        'opened the new'" in out
    assert "the kit's article against its key: " in out


def test_absent_data_is_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data", str(tmp_path)]) == 0
    assert "skipped" in capsys.readouterr().out
