"""Odd answers files, links, shared folders and failed saves: never a crash, never a loss."""

from __future__ import annotations

import errno
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from medialit.exercises import AnswerStore, Session, collect_answers, exercises_of
from medialit.exercises.collect import main as collect_main
from medialit.exercises.settings import Settings
from medialit.exercises.store import lock_path

DEEP = b'{"exercises": {"publisher": {"answer": ' + b"[" * 5000 + b"]" * 5000 + b"}}}"
WRONG_TYPES = [
    b'{"exercises": {"publisher": {"attempts": 1, "answer": 5}}}',
    b'{"exercises": {"publisher": {"attempts": 1, "answer": {"a": [1]}}}}',
    b'{"exercises": {"publisher": {"attempts": 1, "answer": [[1]]}}}',
    b'{"exercises": {"publisher": {"attempts": 1, "answer": true}}}',
]


def _settings(tmp_path: Path, **changes: object) -> Settings:
    values: dict[str, object] = {"learner": "ana", "answers_dir": tmp_path}
    values.update(changes)
    return Settings(**values)  # type: ignore[arg-type]


def _answers_file(tmp_path: Path, content: bytes) -> Path:
    path = tmp_path / "ana" / "00_start_here.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


@pytest.mark.parametrize("content", [DEEP, *WRONG_TYPES])
def test_a_deep_or_wrong_typed_file_is_moved_aside_with_a_message(
    tmp_path: Path, content: bytes
) -> None:
    path = _answers_file(tmp_path, content)
    session = Session("00_start_here", settings=_settings(tmp_path))
    view = exercises_of("00_start_here")["publisher"]
    assert session.record("publisher") == {}
    moved = list(path.parent.glob("00_start_here.json.corrupt-*"))
    assert len(moved) == 1 and moved[0].read_bytes() == content
    assert "could not be read" in session.store.take_notice()
    session.submit(view, "NATO")
    assert session.record("publisher")["attempts"] == 1


@pytest.mark.parametrize("content", [DEEP, *WRONG_TYPES])
def test_a_view_opens_on_a_deep_or_wrong_typed_file(tmp_path: Path, content: bytes) -> None:
    from medialit.exercises.views import build

    _answers_file(tmp_path, content)
    session = Session("00_start_here", settings=_settings(tmp_path))
    for exercise in exercises_of("00_start_here").values():
        view = build(exercise, session=session)
        assert view.widget is not None
    assert "could not be read" in view.notice.value + session.store.notice


@pytest.mark.parametrize("kind", ["order", "label_segments", "multiple_choice", "pick_spans"])
def test_a_saved_answer_of_the_wrong_shape_does_not_break_the_view(
    tmp_path: Path, kind: str
) -> None:
    from medialit.exercises.views import build

    found = [
        (notebook, ex)
        for notebook in ("00_start_here", "01_sources", "02_claims_and_attributions")
        for ex in exercises_of(notebook).values()
        if ex.kind == kind
    ]
    assert found, f"no {kind} exercise in the first lessons"
    notebook, exercise = found[0]
    record = {"attempts": 1, "answer": [1, "x", None]}
    path = tmp_path / "ana" / f"{notebook}.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"exercises": {exercise.id: record}}), encoding="utf-8")
    view = build(exercise, session=Session(notebook, settings=_settings(tmp_path)))
    assert "Attempts: 1" in view.attempts.value


def test_collect_lists_a_deep_file_and_still_writes_every_good_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    publisher = exercises_of("00_start_here")["publisher"]
    Session("00_start_here", settings=_settings(tmp_path, learner="bo")).submit(publisher, "NATO")
    _answers_file(tmp_path, DEEP)
    (tmp_path / "cy").mkdir()
    (tmp_path / "cy" / "00_start_here.json").symlink_to("00_start_here.json")  # a loop
    out = tmp_path / "class.csv"
    assert collect_main([str(tmp_path), "--csv", str(out)]) == 1
    err = capsys.readouterr().err
    assert "ana" in err and "cy" in err and "cannot be read" in err
    assert [line.split(",")[0] for line in out.read_text(encoding="utf-8").splitlines()] == [
        "learner",
        "bo",
    ]


def test_collect_reports_a_file_it_may_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Session("00_start_here", settings=_settings(tmp_path)).submit(
        exercises_of("00_start_here")["publisher"], "NATO"
    )
    locked = _answers_file(tmp_path / "more", b"{}")
    real = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self == locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    problems: list[str] = []
    assert len(collect_answers(tmp_path, problems=problems)) == 1
    assert collect_answers(tmp_path / "more", problems=problems) == []
    assert len(problems) == 1 and "Permission denied" in problems[0]


def test_a_linked_lock_file_is_replaced_by_a_lock_of_the_store_s_own(tmp_path: Path) -> None:
    path = tmp_path / "ana" / "00.json"
    path.parent.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    lock_path(path).symlink_to(victim)
    store = AnswerStore(path)
    store.update("q", lambda old: {"attempts": 1})
    assert store.exercises() == {"q": {"attempts": 1}}
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not lock_path(path).is_symlink()


def test_a_linked_lock_file_pointing_nowhere_is_handled(tmp_path: Path) -> None:
    path = tmp_path / "00.json"
    lock_path(path).symlink_to(lock_path(path))  # a link to itself: ELOOP
    store = AnswerStore(path)
    store.update("q", lambda old: {"attempts": 1})
    assert store.exercises() == {"q": {"attempts": 1}}


def test_a_linked_answers_file_stays_a_link_and_its_target_is_updated(tmp_path: Path) -> None:
    handin = tmp_path / "handin"
    handin.mkdir()
    target = handin / "ana-00.json"
    mine = tmp_path / "ana" / "00.json"
    mine.parent.mkdir()
    mine.symlink_to(target)
    store = AnswerStore(mine)
    store.update("q", lambda old: {"attempts": 1})
    store.update("q", lambda old: {"attempts": old["attempts"] + 1})
    assert mine.is_symlink()
    assert json.loads(target.read_text(encoding="utf-8"))["exercises"] == {"q": {"attempts": 2}}


@pytest.fixture
def umask() -> Iterator[int]:
    old = os.umask(0o022)
    os.umask(old)
    yield old
    os.umask(old)


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_saved_files_follow_the_umask(tmp_path: Path, umask: int, mask: int, mode: int) -> None:
    os.umask(mask)
    path = tmp_path / "ana" / "00.json"
    AnswerStore(path).update("q", lambda old: {"attempts": 1})
    AnswerStore(path).update("q", lambda old: {"attempts": 2})
    assert stat.S_IMODE(path.stat().st_mode) == mode


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a folder another group needs root")
def test_saved_files_keep_the_folder_s_group(tmp_path: Path) -> None:
    folder = tmp_path / "ana"
    folder.mkdir()
    os.chown(folder, -1, 4321)
    path = folder / "00.json"
    AnswerStore(path).update("q", lambda old: {"attempts": 1})
    assert path.stat().st_gid == 4321


def test_a_read_only_answers_folder_still_shows_exercises_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from medialit.exercises.views import build

    session = Session("00_start_here", settings=_settings(tmp_path))
    publisher = exercises_of("00_start_here")["publisher"]
    session.submit(publisher, "NATO")
    _read_only(monkeypatch, tmp_path)
    again = Session("00_start_here", settings=_settings(tmp_path))
    view = build(publisher, session=again)
    assert view.answer() == "NATO", "the saved answer is still shown"
    assert "cannot be saved" in view.notice.value


def _read_only(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Make every file created under `folder` fail as on a read-only disk (root ignores modes)."""
    real_open = os.open

    def refuse(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if str(path).startswith(str(folder)) and flags & (os.O_CREAT | os.O_WRONLY | os.O_RDWR):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    import tempfile

    def no_temp(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system", str(kwargs.get("dir", folder)))

    monkeypatch.setattr(tempfile, "mkstemp", no_temp)


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "full"),
        (OSError(errno.EROFS, "Read-only file system"), "cannot be written"),
        (PermissionError(errno.EACCES, "Permission denied"), "cannot be written"),
    ],
)
def test_a_failed_save_is_told_in_the_widget_and_the_answer_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, words: str
) -> None:
    from medialit.exercises.views import build

    publisher = exercises_of("00_start_here")["publisher"]
    session = Session("00_start_here", settings=_settings(tmp_path))
    view = build(publisher, session=session)
    view.set_answer(publisher.reference)

    def fail(*args: object, **kwargs: object) -> object:
        raise error

    monkeypatch.setattr(session.store, "_write", fail)
    feedback = view.check()
    assert feedback.verdict.value == "correct", "the answer is still checked"
    assert view.answer() == publisher.reference, "the typed answer stays in the widget"
    shown = view.notice.value
    assert "not saved" in shown and words in shown and "teacher" in shown
    assert "Traceback" not in shown and "Errno" not in shown
    monkeypatch.undo()
    view.check()
    assert session.record("publisher")["answer"] == publisher.reference


def test_a_failed_hint_save_still_shows_the_hint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = Session("00_start_here", settings=_settings(tmp_path))
    when = exercises_of("00_start_here")["when"]
    _read_only(monkeypatch, tmp_path)
    assert session.next_hint(when) == [when.hints[0]]
    assert "not saved" in session.store.take_notice()


def test_a_failed_save_of_the_learner_s_article_is_told_and_the_text_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from medialit.workbench import ArticleBox

    session = Session("05_your_article", settings=_settings(tmp_path))
    box = ArticleBox(session)
    text = (
        "The harbour board approved the new ferry timetable on Tuesday, its chair said. "
        "Two more ferries will join the route in April, according to the port authority."
    )
    box.text.value = text

    def fail(*args: object, **kwargs: object) -> object:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(session.store, "_write", fail)
    assert box.accept(box.text.value) is None
    assert "Not saved" in box.status.value and "full" in box.status.value
    assert box.text.value == text
