"""Identity on a hub, and handing in: a drop box that learners can add to and nothing else."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from medialit.classroom.handin import DROP_BOX_MODE, HandIn, HandInError, is_drop_box
from medialit.classroom.handin_view import HandInView, hand_in_control
from medialit.exercises import Session, exercises_of, lesson, load_settings
from medialit.exercises.settings import Settings


@pytest.mark.parametrize(
    ("environ", "file", "expected"),
    [
        ({"JUPYTERHUB_USER": "learner-07"}, {}, "learner-07"),
        ({"JUPYTERHUB_USER": "learner-07"}, {"learner": "shared"}, "learner-07"),
        ({"JUPYTERHUB_USER": "learner-07", "MEDIALIT_LEARNER": "Ana"}, {}, "Ana"),
        ({}, {"learner": "shared"}, "shared"),
    ],
)
def test_on_a_hub_the_hub_user_names_the_learner(
    tmp_path: Path, environ: dict[str, str], file: dict[str, str], expected: str
) -> None:
    settings_file = tmp_path / "medialit-settings.json"
    settings_file.write_text(json.dumps(file), encoding="utf-8")
    settings = load_settings(environ={**environ, "MEDIALIT_SETTINGS": str(settings_file)})
    assert settings.learner == expected


def test_the_handin_folder_comes_from_the_file_and_the_environment_wins(tmp_path: Path) -> None:
    settings_file = tmp_path / "medialit-settings.json"
    settings_file.write_text(json.dumps({"handin_dir": "/srv/class/in"}), encoding="utf-8")
    environ = {"MEDIALIT_SETTINGS": str(settings_file)}
    assert load_settings(environ=environ).handin_dir == Path("/srv/class/in")
    environ["MEDIALIT_HANDIN_DIR"] = str(tmp_path / "elsewhere")
    assert load_settings(environ=environ).handin_dir == tmp_path / "elsewhere"
    assert load_settings(environ={}, cwd=None).handin_dir is None


def _session(root: Path, learner: str) -> Session:
    settings = Settings(learner=learner, answers_dir=root / "answers", handin_dir=root / "in")
    return Session("00_start_here", settings=settings)


def test_each_handin_is_a_new_snapshot_and_the_learner_sees_the_last(tmp_path: Path) -> None:
    session = _session(tmp_path, "ana")
    publisher = exercises_of("00_start_here")["publisher"]
    session.submit(publisher, "NATO")
    handin = HandIn(session)
    first = handin.hand_in()
    session.submit(publisher, publisher.reference)
    second = handin.hand_in()
    assert first.path != second.path
    assert sorted(p.name for p in (tmp_path / "in").iterdir()) == sorted(
        [first.path.name, second.path.name]
    )
    early = json.loads(first.path.read_text(encoding="utf-8"))
    late = json.loads(second.path.read_text(encoding="utf-8"))
    assert (early["learner"], early["notebook"]) == ("ana", "00_start_here")
    assert early["exercises"]["publisher"]["verdict"] == "incorrect"
    assert late["exercises"]["publisher"]["verdict"] == "correct"
    assert late["handed_in_at"] == second.at
    assert [r.at for r in handin.receipts()] == [first.at, second.at]
    assert "handed in 2 times" in handin.status()
    assert stat.S_IMODE(first.path.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "in").stat().st_mode) == DROP_BOX_MODE
    assert is_drop_box(tmp_path / "in")
    assert not list((tmp_path / "in").glob(".*"))


def test_without_a_handin_folder_the_control_says_so_and_cannot_be_used(tmp_path: Path) -> None:
    view = hand_in_control(lesson("00_start_here", folder=tmp_path, learner="ana"))
    assert view.button.disabled
    assert "has not set a hand-in folder" in view.status.value
    with pytest.raises(HandInError, match="hand-in folder"):
        view.model.hand_in()


def test_the_button_hands_in_and_shows_when(tmp_path: Path) -> None:
    view = HandInView(HandIn(_session(tmp_path, "bo")))
    assert "Not handed in yet." in view.status.value
    view.button.click()
    assert "✓ Handed in. Last handed in on" in view.status.value
    assert len(list((tmp_path / "in").glob("bo+00_start_here+*.json"))) == 1


def test_a_failed_handin_is_shown_not_raised(tmp_path: Path) -> None:
    (tmp_path / "in").write_text("a file where the folder should be", encoding="utf-8")
    view = HandInView(HandIn(_session(tmp_path, "bo")))
    view.button.click()
    assert "Not handed in:" in view.status.value


@pytest.fixture
def shared_drop_box() -> Iterator[Path]:
    # Reachable by another user: pytest's own temporary folders are private to root.
    top = Path(tempfile.mkdtemp(prefix="medialit-dropbox-"))
    top.chmod(0o755)
    try:
        yield top
    finally:
        subprocess.run(["rm", "-rf", str(top)], check=True)


# The project's own environment may sit in a folder only root can enter.
SYSTEM_PYTHON = "/usr/bin/python3"
OTHER_LEARNER = """
import os, sys
folder, theirs = sys.argv[1:3]
results = []
try:
    os.listdir(folder)
    results.append("listed")
except PermissionError:
    results.append("cannot list")
try:
    open(theirs, encoding="utf-8").read()
    results.append("read")
except PermissionError:
    results.append("cannot read")
try:
    open(theirs, "w", encoding="utf-8").write("{}")
    results.append("overwrote")
except PermissionError:
    results.append("cannot overwrite")
mine = os.path.join(folder, "mine.json")
open(mine, "w", encoding="utf-8").write("{}")
results.append("handed in")
try:
    os.replace(mine, theirs)
    results.append("replaced")
except PermissionError:
    results.append("cannot replace")
try:
    os.unlink(theirs)
    results.append("deleted")
except PermissionError:
    results.append("cannot delete")
print(" / ".join(results))
"""


@pytest.mark.skipif(os.geteuid() != 0, reason="acting as a second user needs root")
def test_another_learner_can_hand_in_but_not_list_overwrite_or_delete(
    shared_drop_box: Path,
) -> None:
    session = _session(shared_drop_box, "ana")
    receipt = HandIn(session).hand_in()
    result = subprocess.run(
        [SYSTEM_PYTHON, "-I", "-c", OTHER_LEARNER, str(receipt.path.parent), str(receipt.path)],
        user="nobody",
        capture_output=True,
        text=True,
        check=True,
        cwd="/",
    )
    assert result.stdout.split(" / ") == [
        "cannot list",
        "cannot read",
        "cannot overwrite",
        "handed in",
        "cannot replace",
        "cannot delete\n",
    ]
    assert json.loads(receipt.path.read_text(encoding="utf-8"))["learner"] == "ana"
