"""Tests for medialit.evaluate.dating: the page's date from its text, and each clue's share."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.evaluate import MODES, dating
from medialit.evaluate.timeml import read_folder

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>sample</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-10">x</TIMEX3></DCT>
<TEXT>
President Clinton said on <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday, Aug. 7</TIMEX3>,
that the talks on the harbour had failed.
</TEXT>
</TimeML>
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "tempeval3-train").mkdir()
    (tmp_path / "tempeval3-train" / "sample.tml").write_text(DOC, encoding="utf-8")
    return tmp_path


def test_the_mode_is_listed() -> None:
    assert MODES["dating"] == "medialit.evaluate.dating"


def test_each_clue_is_tallied_with_the_ranges_it_narrows(folder: Path) -> None:
    docs = read_folder(folder / "tempeval3-train")
    judged, tally = dating.evaluate(docs)
    assert judged[0]["year"] and judged[0]["month"] and not judged[0]["wrong"]
    assert tally.used["office_holder"] == tally.stated["office_holder"] == 1
    assert tally.holding["weekday_date"] == 1


def test_main_prints_the_figures(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert dating.main(["--data", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "1 documents" in out and "right year" in out and "office_holder" in out


def test_main_says_when_the_data_is_absent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert dating.main(["--data", str(tmp_path / "missing")]) == 0
    assert "nothing to measure" in capsys.readouterr().out
