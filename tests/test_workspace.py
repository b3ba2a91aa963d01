"""Working copies: made once, never overwritten, and the kit's notebooks stay untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.workspace import main, prepare


@pytest.fixture
def kit(tmp_path: Path) -> Path:
    (tmp_path / "notebooks").mkdir()
    for name in ("00_start_here.ipynb", "01_sources.ipynb"):
        (tmp_path / "notebooks" / name).write_text('{"cells": []}', encoding="utf-8")
    return tmp_path


def test_copies_are_made_once_and_never_overwritten(kit: Path) -> None:
    assert [p.name for p in prepare(kit)] == ["00_start_here.ipynb", "01_sources.ipynb"]
    mine = kit / "workspace" / "00_start_here.ipynb"
    mine.write_text('{"cells": ["my work"]}', encoding="utf-8")
    assert prepare(kit) == []
    assert mine.read_text(encoding="utf-8") == '{"cells": ["my work"]}'
    assert (kit / "notebooks" / "00_start_here.ipynb").read_text() == '{"cells": []}'


def test_a_new_kit_notebook_is_added_beside_old_copies(kit: Path) -> None:
    prepare(kit)
    (kit / "notebooks" / "02_claims.ipynb").write_text("{}", encoding="utf-8")
    assert [p.name for p in prepare(kit)] == ["02_claims.ipynb"]


def test_command_line_reports_and_fails_clearly(
    kit: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--root", str(kit)]) == 0
    assert "new working copy" in capsys.readouterr().out
    assert main(["--root", str(kit)]) == 0
    assert "kept your own copies" in capsys.readouterr().out
    assert main(["--root", str(tmp_path / "nowhere")]) == 2
    assert "not a folder" in capsys.readouterr().err
