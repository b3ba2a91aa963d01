"""The answers file keeps every attempt, and answers files of the first format still read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medialit.exercises import AnswerStore, Session, collect_answers, exercises_of
from medialit.exercises.settings import Settings
from medialit.exercises.store import FORMAT, check_records


def _session(tmp_path: Path) -> Session:
    return Session("00_start_here", settings=Settings(learner="ana", answers_dir=tmp_path))


def test_every_attempt_is_kept_with_its_verdict_mistake_and_feedback(tmp_path: Path) -> None:
    session = _session(tmp_path)
    when = exercises_of("00_start_here")["when"]
    wrong = when.answer_making(when.mistakes[0])
    session.submit(when, wrong)
    session.submit(when, [])  # blank: not an attempt
    session.submit(when, when.reference)
    record = session.record("when")
    assert record["attempts"] == 2
    assert record["verdict"] == "correct"
    history = record["history"]
    assert [a["verdict"] for a in history] == [when.check(wrong).verdict.value, "correct"]
    assert [a["mistake"] for a in history] == [0, None]
    assert history[0]["feedback"] == when.check(wrong).text
    assert history[0]["answer"] == list(when.read(wrong))
    assert history[1]["shown"] == when.describe(when.reference)
    assert history[0]["at"] <= history[1]["at"] == record["last_at"]
    saved = json.loads(session.store.path.read_text(encoding="utf-8"))
    assert saved["format"] == FORMAT == 2


def test_a_wrong_option_is_its_own_named_mistake(tmp_path: Path) -> None:
    session = _session(tmp_path)
    publisher = exercises_of("00_start_here")["publisher"]
    session.submit(publisher, "NATO")
    (attempt,) = session.record("publisher")["history"]
    assert attempt["verdict"] == "incorrect"
    assert publisher.mistakes[attempt["mistake"]].answer == "NATO"
    assert "NATO is what the story is about" in attempt["feedback"]


def test_a_wrong_answer_that_is_no_listed_mistake_has_no_mistake(tmp_path: Path) -> None:
    session = Session("02_claims_and_attributions", settings=Settings(answers_dir=tmp_path))
    passed_on = exercises_of("02_claims_and_attributions")["passed_on"]
    session.submit(passed_on, "a word nobody expects")
    (attempt,) = session.record("passed_on")["history"]
    assert attempt["verdict"] == "incorrect"
    assert attempt["mistake"] is None


def test_a_first_format_file_still_reads_and_gains_history_on_the_next_attempt(
    tmp_path: Path,
) -> None:
    path = tmp_path / "ana" / "00_start_here.json"
    path.parent.mkdir()
    old = {
        "format": 1,
        "learner": "ana",
        "notebook": "00_start_here",
        "exercises": {
            "publisher": {
                "attempts": 3,
                "answer": "NATO",
                "shown": "NATO",
                "verdict": "incorrect",
                "score": 0.0,
                "first_at": "2026-01-05T09:00:00+00:00",
                "last_at": "2026-01-05T09:02:00+00:00",
            }
        },
    }
    path.write_text(json.dumps(old), encoding="utf-8")
    assert [r.attempts for r in collect_answers(tmp_path)] == [3]
    session = _session(tmp_path)
    publisher = exercises_of("00_start_here")["publisher"]
    session.submit(publisher, publisher.reference)
    record = session.record("publisher")
    assert record["attempts"] == 4
    assert record["first_at"] == "2026-01-05T09:00:00+00:00"
    assert [a["verdict"] for a in record["history"]] == ["correct"]
    assert AnswerStore(path).moved_aside == []


@pytest.mark.parametrize(
    "history",
    ["x", [1], [{"mistake": "first"}], [{"mistake": -1}], [{"score": 2}], [{"verdict": 3}]],
)
def test_a_history_the_kit_never_writes_is_refused(history: object) -> None:
    with pytest.raises(ValueError, match="q: "):
        check_records({"exercises": {"q": {"attempts": 1, "history": history}}})
