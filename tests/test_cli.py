"""`python -m medialit analyze`: the readable report, the JSON and the errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from medialit.cli import main


def test_json_on_the_article(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sentences"][0] == {"id": "P1.S1", "start": 0, "end": 65}
    assert [left["kind"] for left in data["leftovers"]] == [
        "navigation",
        "markup",
        "related_link",
        "related_link",
    ]


def test_readable_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze"]) == 0
    out = capsys.readouterr().out
    assert "11 paragraphs, 13 sentences" in out
    assert "[markup]" in out


def test_a_file_and_a_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.txt"
    path.write_text("The council met on Monday, officials said.\n", encoding="utf-8")
    assert main(["analyze", str(path), "--date", "2021-12-26", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sentences"] == [{"id": "P1.S1", "start": 0, "end": 42}]


def test_bad_file_exits_2_with_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\x00\x00")
    assert main(["analyze", str(path)]) == 2
    assert "binary file" in capsys.readouterr().err


def test_a_one_line_text_is_counted_in_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "story.txt"
    path.write_text("The council met on Monday, officials said.\n", encoding="utf-8")
    assert main(["analyze", str(path), "--date", "2021-12-26"]) == 0
    assert "story.txt: 1 paragraph, 1 sentence, 7 words" in capsys.readouterr().out


def test_a_web_page_saved_as_txt_is_told_to_save_as_html(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "page.txt"
    path.write_text("<!DOCTYPE html><html><body><p>The council met.</p></body></html>")
    assert main(["analyze", str(path)]) == 2
    assert "ending in .html instead and the kit reads it as a web page" in capsys.readouterr().err


def test_bad_date_is_explained(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["analyze", "--date", "26/12/2021"])
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_module_entry_point_reads_stdin() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "medialit", "analyze", "-", "--json"],
        input="Officials said the bridge will reopen.",
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(out.stdout)["sentences"][0]["end"] == 38


def test_a_reader_that_stops_early_is_not_an_error() -> None:
    proc = subprocess.run(
        f"{sys.executable} -m medialit analyze --json | head -n 1",
        shell=True,
        capture_output=True,
        text=True,
        check=True,
    )
    assert proc.stdout == "{\n"
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr
