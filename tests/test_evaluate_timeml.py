"""Tests for medialit.evaluate.timeml: reading TimeML and scoring against it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from medialit.evaluate import timeml

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>sample</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-03-10">x</TIMEX3></DCT>
<TEXT>
The mayor <EVENT eid="e1">said</EVENT> on
<TIMEX3 tid="t1" type="DATE" value="2021-03-08">Monday</TIMEX3> that the bridge &amp; the road
will close for <TIMEX3 tid="t2" type="DURATION" value="P3W">three weeks</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "tempeval3-train" / "set").mkdir(parents=True)
    (tmp_path / "tempeval3-train" / "set" / "sample.tml").write_text(DOC, encoding="utf-8")
    return tmp_path


def test_read_tml_gives_plain_text_spans_and_the_creation_date(folder: Path) -> None:
    doc = timeml.read_folder(folder / "tempeval3-train")[0]
    assert doc.created == dt.date(2021, 3, 10)
    assert "<" not in doc.text and "bridge & the road" in doc.text
    assert [(doc.text[g.start : g.end], g.type, g.value) for g in doc.gold] == [
        ("Monday", "DATE", "2021-03-08"),
        ("three weeks", "DURATION", "P3W"),
    ]


def test_main_prints_the_figures(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert timeml.main(["--data", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "1 documents" in out and "strict span" in out and "right month" in out
    assert "DURATION" in out


def test_main_says_when_the_data_is_absent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert timeml.main(["--data", str(tmp_path / "missing")]) == 0
    assert "nothing to measure" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        ("2021-03-10", "2021-03-10", {"day", "month", "year", "stated"}),
        ("2021-03-01", "2021-03-31", {"month", "year", "stated"}),
        ("2021-02-01", "2021-12-31", {"year", "stated"}),
        ("2020-01-01", "2020-01-01", {"stated", "wrong"}),
        ("2021-03-20", "2021-03-20", {"month", "year", "stated"} - {"month", "year"}),
    ],
)
def test_judge_date_counts_a_range_that_holds_the_day_as_never_wrong(
    first: str, last: str, expected: set[str]
) -> None:
    from medialit.timeline import DocumentDate

    first_day, last_day = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    found = DocumentDate(first_day, "inferred", 0.5, earliest=first_day, latest=last_day)
    judged = timeml.judge_date(found, dt.date(2021, 3, 10))
    assert {k for k, v in judged.items() if v} == expected
