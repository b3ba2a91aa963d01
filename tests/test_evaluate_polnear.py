"""Tests for the PolNeAR evaluation: reading brat standoff, categories, scores, absent data."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.evaluate import MODES, polnear

TEXT = (
    "The mayor said the bridge would reopen on Monday.\n\n"
    "Residents fear the toll will rise, according to a local survey.\n"
)


def _offsets(text: str, part: str, after: int = 0) -> str:
    start = text.index(part, after)
    return f"{start} {start + len(part)}"


def _brat(text: str) -> str:
    rows = [
        ("T1", "Source", "The mayor"),
        ("T2", "Cue", "said"),
        ("T3", "Content", "the bridge would reopen on Monday"),
        ("T4", "Source", "Residents"),
        ("T5", "Cue", "fear"),
        ("T6", "Content", "the toll will rise"),
        ("T7", "Cue", "according to"),
        ("T8", "Source", "a local survey"),
    ]
    lines = [f"{t}\t{kind} {_offsets(text, part)}\t{part}" for t, kind, part in rows]
    lines += [
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
        "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6",
        "E3\tAttribution:T7 Cue:T7 Source:T8 Content:T6",
    ]
    return "\n".join(lines) + "\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "polnear-dev"
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    (folder / "text" / "story.txt").write_text(TEXT, encoding="utf-8")
    (folder / "attributions" / "story_aaaa.ann").write_text(_brat(TEXT), encoding="utf-8")
    # a second annotator's file comes later in sorted order and is not read
    (folder / "attributions" / "story_zzzz.ann").write_text("", encoding="utf-8")
    return tmp_path


def test_the_mode_is_listed() -> None:
    assert MODES["polnear"] == "medialit.evaluate.polnear"


def test_reads_the_first_annotation_of_each_text(corpus: Path) -> None:
    [text] = polnear.read_corpus(corpus / "polnear-dev")
    assert len(text.relations) == 3
    said = text.relations[0]
    assert [TEXT[a:b] for a, b in said.cue] == ["said"]
    assert [TEXT[a:b] for a, b in said.source] == ["The mayor"]


def test_a_span_in_pieces() -> None:
    [rel] = polnear.read_brat("T1\tCue 0 4;10 12\tsaid as\nE1\tAttribution:T1 Cue:T1\n")
    assert rel.cue == ((0, 4), (10, 12)) and rel.source == ()


@pytest.mark.parametrize(
    ("words", "before", "expected"),
    [
        ([("said", "say")], "mayor", ("say_tell", True)),
        ([("saying", "say")], ",", ("participle", True)),
        ([("according", "according"), ("to", "to")], ",", ("according_to", True)),
        ([("warned", "warn")], "she", ("reporting", False)),
        ([("fear", "fear")], "Residents", ("belief", False)),
        ([("claim", "claim")], "his", ("nominal", False)),
        ([("allegations", "allegation")], "the", ("nominal", False)),
        ([(":", ":")], "Mayor", ("colon_dash", False)),
        ([("plans", "plan")], "She", ("act", False)),
        ([("sings", "sing")], "she", ("other", False)),
    ],
)
def test_categories(words: list[tuple[str, str]], before: str, expected: tuple[str, bool]) -> None:
    assert polnear.categorise(words, before) == expected


def test_scores_by_overlap_and_exactly() -> None:
    text = "abcdefghij"
    found = polnear.score(text, [((0, 3),), ((5, 6),)], [((1, 3),), ((8, 9),)])
    overlap, exact = found["overlap"], found["exact"]
    assert (overlap.predicted_ok, overlap.predicted, overlap.gold_found, overlap.gold) == (
        1,
        2,
        1,
        2,
    )
    assert overlap.precision == overlap.recall == overlap.f1 == 0.5
    assert exact.predicted_ok == 0 and exact.f1 == 0.0


def test_exact_ignores_quote_marks_and_punctuation_at_the_ends() -> None:
    text = "“Yes,” she said."
    found = polnear.score(text, [((1, 4),)], [((0, 6),)])
    assert found["exact"].f1 == 1.0


def test_the_whole_run_prints_every_figure(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert polnear.main(["--data", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "PolNeAR: 1 texts" in out
    for label in (*polnear.CATEGORY_LABELS.values(), "cue", "source", "content", "exact"):
        assert label in out
    assert "core reporting-verb cue recall: 1.000 (2/2)" in out
    report = polnear.evaluate(polnear.read_corpus(corpus / "polnear-dev"))
    cue = report.parts["cue"]["overlap"]
    assert cue.gold == 3 and cue.gold_found >= 2 and cue.precision == 1.0


def test_absent_data_is_said_and_exits_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert polnear.main(["--data", str(tmp_path / "nowhere")]) == 0
    assert "no PolNeAR data" in capsys.readouterr().out


def test_who_passed_the_words_on_counts_as_an_attribution() -> None:
    """'..., the mayor said, according to the Tribune': the Tribune attributes them too."""
    text = "The bridge will reopen on Monday, the mayor said, according to the Tribune."
    found = polnear._predicted(polnear._parse(text))
    spelled = [(polnear._spell(text, r.cue), polnear._spell(text, r.source)) for r in found]
    assert spelled == [("said", "the mayor"), ("according to", "the tribune")]


def test_who_cites_is_the_source_of_citing() -> None:
    """'The ministry said ..., citing officials': the ministry cites, so it is the source."""
    text = "The ministry said the talks had failed, citing officials in Kyiv."
    found = polnear._predicted(polnear._parse(text))
    spelled = [(polnear._spell(text, r.cue), polnear._spell(text, r.source)) for r in found]
    assert spelled == [("said", "the ministry"), ("citing", "the ministry")]


def test_whom_the_speaker_talked_to_is_no_attribution() -> None:
    """'The coach said in an interview with Radio Sud ...': the station only heard the words."""
    text = "The coach said in an interview with Radio Sud that the team would improve."
    found = polnear._predicted(polnear._parse(text))
    spelled = [(polnear._spell(text, r.cue), polnear._spell(text, r.source)) for r in found]
    assert spelled == [("said", "the coach")]
