"""Saved answers survive crashes, concurrent notebooks and corrupt files; settings; collecting."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from medialit.exercises import AnswerStore, Session, collect_answers, exercises_of, load_settings
from medialit.exercises.collect import main as collect_main
from medialit.exercises.settings import Settings

ROOT = Path(__file__).resolve().parents[1]

WRITER = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from medialit.exercises import AnswerStore

    path, exercise, rounds, size, pause = sys.argv[1:6]
    store = AnswerStore(Path(path))
    attempt = lambda old: {"attempts": old.get("attempts", 0) + 1, "answer": "x" * int(size)}
    if pause == "pause":
        # Stop inside a save, after the new content is written and before it replaces the
        # old file, and say so: the parent kills us exactly there.
        store.update(exercise, attempt)
        real_fsync = os.fsync
        def announce_and_wait(fd):
            print("writing", flush=True)
            time.sleep(60)
            real_fsync(fd)
        os.fsync = announce_and_wait
    print("ready", flush=True)
    n = 0
    while int(rounds) == 0 or n < int(rounds):
        n += 1
        store.update(exercise, attempt)
    """
)


def _writer(
    path: Path, exercise: str, *, rounds: int = 0, size: int = 10, pause: bool = False
) -> subprocess.Popen[str]:
    mode = "pause" if pause else "run"
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), exercise, str(rounds), str(size), mode],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )


def _settings(tmp_path: Path, **changes: object) -> Settings:
    values: dict[str, object] = {"learner": "ana", "answers_dir": tmp_path}
    values.update(changes)
    return Settings(**values)  # type: ignore[arg-type]


def test_a_process_killed_while_saving_leaves_a_valid_file(tmp_path: Path) -> None:
    path = tmp_path / "ana" / "00_start_here.json"
    rng = random.Random(7)
    for kill in range(12):
        # Every other kill lands exactly mid-save; the rest at random moments.
        in_save = kill % 2 == 0
        with _writer(path, "big", size=2_000_000, pause=in_save) as proc:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
            if in_save:
                assert proc.stdout.readline().strip() == "writing"
            else:
                time.sleep(rng.uniform(0.05, 0.4))
            proc.send_signal(signal.SIGKILL)
        if in_save:
            assert any(path.parent.glob(f".{path.name}.*.tmp")), "killed before the save began"
        data = json.loads(path.read_text(encoding="utf-8"))
        assert len(data["exercises"]["big"]["answer"]) == 2_000_000
    store = AnswerStore(path)
    store.update("big", lambda old: {**old, "answer": ""})
    assert sorted(p.name for p in path.parent.iterdir() if not p.name.endswith(".lock")) == [
        path.name
    ], "temporary files left by killed writers are cleaned up"


def test_two_processes_writing_at_once_lose_no_answer(tmp_path: Path) -> None:
    path = tmp_path / "ana" / "00_start_here.json"
    procs = [_writer(path, name, rounds=150) for name in ("publisher", "page_parts")]
    for proc in procs:
        with proc:
            assert proc.wait(timeout=120) == 0
    records = AnswerStore(path).exercises()
    assert {k: r["attempts"] for k, r in records.items()} == {"publisher": 150, "page_parts": 150}


@pytest.mark.parametrize("content", [b"{not json", b'{"format": 1}', b"\xff\xfe", b"[1, 2]"])
def test_a_corrupt_file_is_moved_aside_and_reported(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "ana" / "00_start_here.json"
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    store = AnswerStore(path)
    assert store.exercises() == {}
    moved = list(path.parent.glob("00_start_here.json.corrupt-*"))
    assert len(moved) == 1 and moved[0].read_bytes() == content
    assert moved[0].name in store.notice and "could not be read" in store.notice
    store.update("publisher", lambda old: {"attempts": 1})
    assert AnswerStore(path).exercises() == {"publisher": {"attempts": 1}}
    assert moved[0].read_bytes() == content


def test_a_second_corrupt_file_in_the_same_second_gets_its_own_name(tmp_path: Path) -> None:
    path = tmp_path / "00.json"
    for _ in range(2):
        path.write_text("oops", encoding="utf-8")
        AnswerStore(path).exercises()
    assert len(list(tmp_path.glob("00.json.corrupt-*"))) == 2


def test_submit_saves_every_attempt_and_the_last_answer(tmp_path: Path) -> None:
    session = Session("00_start_here", settings=_settings(tmp_path))
    publisher = exercises_of("00_start_here")["publisher"]
    session.submit(publisher, "NATO")
    session.submit(publisher, None)
    session.submit(publisher, publisher.reference)
    record = json.loads((tmp_path / "ana" / "00_start_here.json").read_text(encoding="utf-8"))
    saved = record["exercises"]["publisher"]
    assert (saved["attempts"], saved["answer"], saved["verdict"]) == (
        2,
        publisher.reference,
        "correct",
    )


def test_hints_are_revealed_in_order_and_remembered(tmp_path: Path) -> None:
    session = Session("00_start_here", settings=_settings(tmp_path))
    when = exercises_of("00_start_here")["when"]
    assert session.next_hint(when) == [when.hints[0]]
    again = Session("00_start_here", settings=_settings(tmp_path))
    assert again.hints_seen(when) == [when.hints[0]]
    assert again.next_hint(when) == list(when.hints[:2])


def test_solution_only_after_an_attempt_and_never_when_turned_off(tmp_path: Path) -> None:
    publisher = exercises_of("00_start_here")["publisher"]
    session = Session("00_start_here", settings=_settings(tmp_path))
    assert "Try the exercise once" in session.solution_blocked(publisher)
    session.submit(publisher, "NATO")
    assert session.solution_blocked(publisher) == ""
    assert session.solution(publisher) == f"Solution: {publisher.solution_text}"
    assert session.record("publisher")["solution_seen"] is True
    assessment = Session("00_start_here", settings=_settings(tmp_path, solutions=False))
    assert "turned off" in assessment.solution_blocked(publisher)


@pytest.mark.parametrize(
    ("environ", "file", "expected"),
    [
        ({"MEDIALIT_LEARNER": "ana"}, None, (True, "ana", None)),
        ({"MEDIALIT_SOLUTIONS": "off", "MEDIALIT_LEARNER": "ana"}, None, (False, "ana", None)),
        ({}, {"solutions": False, "learner": "Bo Li"}, (False, "Bo_Li", None)),
        ({"MEDIALIT_LEARNER": "ana"}, {"learner": "Bo Li"}, (True, "ana", None)),
        ({"MEDIALIT_SOLUTIONS": "on"}, {"solutions": False, "learner": "cy"}, (True, "cy", None)),
        (
            {"MEDIALIT_ANSWERS_DIR": "/srv/a"},
            {"answers_dir": "/x", "learner": "cy"},
            (True, "cy", "/srv/a"),
        ),
        ({"MEDIALIT_LEARNER": "../../etc"}, None, (True, "etc", None)),
    ],
)
def test_settings_come_from_a_file_and_the_environment_wins(
    tmp_path: Path, environ: dict[str, str], file: dict[str, object] | None, expected: tuple
) -> None:
    if file is not None:
        (tmp_path / "medialit-settings.json").write_text(json.dumps(file), encoding="utf-8")
    nested = tmp_path / "notebooks"
    nested.mkdir()
    settings = load_settings(environ=environ, cwd=nested)
    folder = None if settings.answers_dir is None else str(settings.answers_dir)
    assert (settings.solutions, settings.learner, folder) == expected


def test_bad_settings_are_named() -> None:
    with pytest.raises(ValueError, match="MEDIALIT_SOLUTIONS must be on or off"):
        load_settings(environ={"MEDIALIT_SOLUTIONS": "maybe"}, cwd=None)


def test_answers_dir_setting_overrides_the_notebook_folder(tmp_path: Path) -> None:
    session = Session("00_start_here", folder="answers", settings=_settings(tmp_path))
    assert session.store.path == tmp_path / "ana" / "00_start_here.json"


def test_collect_summarises_learners_notebooks_and_exercises(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    publisher = exercises_of("00_start_here")["publisher"]
    for learner, answers in {
        "ana": ["NATO", publisher.reference],
        "bo": ["TASS, the Russian news agency"],
    }.items():
        session = Session("00_start_here", settings=_settings(tmp_path, learner=learner))
        for answer in answers:
            session.submit(publisher, answer)
    (tmp_path / "cy").mkdir()
    (tmp_path / "cy" / "00_start_here.json").write_text("broken", encoding="utf-8")
    problems: list[str] = []
    rows = collect_answers(tmp_path, problems=problems)
    assert [(r.learner, r.attempts, r.verdict, r.answer) for r in rows] == [
        ("ana", 2, "correct", publisher.reference),
        ("bo", 1, "incorrect", "TASS, the Russian news agency"),
    ]
    assert len(problems) == 1 and "cy" in problems[0]
    out = tmp_path / "work.csv"
    assert collect_main([str(tmp_path), "--csv", str(out)]) == 1
    assert out.read_text(encoding="utf-8").splitlines()[0] == (
        "learner,notebook,exercise,attempts,verdict,score,answer,hints_seen,solution_seen,last_at"
    )
    assert "2 rows written" in capsys.readouterr().out


def test_collect_runs_as_a_module(tmp_path: Path) -> None:
    Session("00_start_here", settings=_settings(tmp_path)).submit(
        exercises_of("00_start_here")["publisher"], "NATO"
    )
    result = subprocess.run(
        [sys.executable, "-m", "medialit.exercises.collect", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONWARNINGS": "error"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "ana" in result.stdout and "publisher" in result.stdout and "incorrect" in result.stdout


BAD_VALUES = [
    b'{"exercises": {"publisher": {"attempts": "x"}}}',
    b'{"exercises": {"publisher": "NATO"}}',
    b'{"exercises": {"publisher": {"attempts": 1, "hints_seen": -3}}}',
    b'{"exercises": {"publisher": {"attempts": 1, "score": 7}}}',
    b'{"exercises": {"publisher": {"attempts": true}}}',
    b'"just text"',
    b"null",
]


@pytest.mark.parametrize("content", BAD_VALUES)
def test_valid_json_with_bad_values_is_moved_aside_like_a_corrupt_file(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "ana" / "00_start_here.json"
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    session = Session("00_start_here", settings=_settings(tmp_path))
    assert session.record("publisher") == {}
    moved = list(path.parent.glob("00_start_here.json.corrupt-*"))
    assert len(moved) == 1 and moved[0].read_bytes() == content
    assert "could not be read" in session.store.notice
    session.submit(exercises_of("00_start_here")["publisher"], "NATO")
    assert session.record("publisher")["attempts"] == 1


@pytest.mark.parametrize("content", BAD_VALUES)
def test_collect_lists_a_file_with_bad_values_and_goes_on(
    tmp_path: Path, content: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    Session("00_start_here", settings=_settings(tmp_path, learner="bo")).submit(
        exercises_of("00_start_here")["publisher"], "NATO"
    )
    (tmp_path / "ana").mkdir()
    (tmp_path / "ana" / "00_start_here.json").write_bytes(content)
    before = (tmp_path / "ana" / "00_start_here.json").read_bytes()
    assert collect_main([str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert "bo" in out and "ana" not in out
    assert "ana" in err and "cannot be read" in err
    assert (tmp_path / "ana" / "00_start_here.json").read_bytes() == before, "collect only reads"


def test_the_notice_is_given_once(tmp_path: Path) -> None:
    path = tmp_path / "00.json"
    path.write_text("{broken", encoding="utf-8")
    store = AnswerStore(path)
    store.exercises()
    assert "could not be read" in store.take_notice()
    assert store.take_notice() == ""
    path.write_text("[]", encoding="utf-8")
    store.exercises()
    assert "could not be read" in store.take_notice(), "a second move is told again"


def test_collect_pointed_at_one_learner_names_the_class_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Session("00_start_here", settings=_settings(tmp_path)).submit(
        exercises_of("00_start_here")["publisher"], "NATO"
    )
    with pytest.raises(SystemExit) as stopped:
        collect_main([str(tmp_path / "ana")])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "one learner's folder" in err and str(tmp_path.resolve()) in err


def test_collect_rounds_scores_and_passes_over_lock_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session = Session("04_timeline", settings=_settings(tmp_path))
    feedback = session.submit(exercises_of("04_timeline")["resolve_mid_december"], "2021-12")
    assert feedback.score == 0.323
    names = [p.name for p in (tmp_path / "ana").iterdir()]
    assert ".04_timeline.json.lock" in names, "filelock keeps its lock file on Unix"
    assert [n for n in names if not n.startswith(".")] == ["04_timeline.json"]
    rows = collect_answers(tmp_path)
    assert [(r.exercise, r.score) for r in rows] == [("resolve_mid_december", 0.32)]
    out = tmp_path / "work.csv"
    assert collect_main([str(tmp_path), "--csv", str(out)]) == 0
    assert ",0.32," in out.read_text(encoding="utf-8")
    capsys.readouterr()
    assert collect_main([str(tmp_path)]) == 0
    table = capsys.readouterr().out
    assert " 0.32 " in table and "0.323" not in table and ".lock" not in table
