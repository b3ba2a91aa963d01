"""Student notebooks are derived from the key editions and cannot drift from them."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from medialit import editions
from medialit.exercises import exercises_of, lesson_names

ROOT = Path(__file__).resolve().parents[1]
KEYS = editions.key_editions(ROOT)


def test_committed_student_notebooks_match_their_key_editions() -> None:
    assert KEYS, "no key editions found"
    assert editions.check_all(ROOT) == []


def _copy_repo(tmp_path: Path) -> Path:
    for folder in (editions.KEYS, editions.STUDENTS):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    return tmp_path


def test_check_fails_and_names_the_notebook_that_drifted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy_repo(tmp_path)
    student = root / editions.STUDENTS / KEYS[0].name
    nb = json.loads(student.read_text(encoding="utf-8"))
    nb["cells"][0]["source"] = "# edited by hand"
    student.write_text(json.dumps(nb), encoding="utf-8")
    assert editions.main(["check", "--root", str(root)]) == 1
    assert KEYS[0].name in capsys.readouterr().err
    assert editions.main(["derive", "--root", str(root)]) == 0
    assert editions.main(["check", "--root", str(root)]) == 0


def test_derive_drops_key_cells_and_every_output() -> None:
    v4 = nbformat.v4
    key = v4.new_notebook(
        cells=[
            v4.new_code_cell(
                "ex.show()", execution_count=1, outputs=[v4.new_output("stream", text="x")]
            ),
            v4.new_code_cell("print(ex.check(1))", metadata={"tags": ["key"]}),
            v4.new_code_cell(
                "print(2)",
                execution_count=3,
                metadata={"tags": ["nbval-check-output"], "scrolled": True},
                outputs=[v4.new_output("stream", text="2\n")],
            ),
        ],
        metadata={"widgets": {"state": {}}, "language_info": {"name": "python", "version": "3"}},
    )
    student = editions.derive(key)
    assert [c.source for c in student.cells] == ["ex.show()", "print(2)"]
    assert (student.cells[0].outputs, student.cells[0].execution_count) == ([], None)
    assert (student.cells[1].outputs, student.cells[1].execution_count) == ([], None)
    assert student.cells[1].metadata == {}
    assert set(student.metadata) == {"kernelspec", "language_info"}
    assert len(key.cells) == 3


@pytest.mark.parametrize("key_path", KEYS, ids=lambda p: p.name)
def test_key_editions_show_and_rehearse_every_exercise(key_path: Path) -> None:
    nb = nbformat.read(key_path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    shown = set()
    rehearsed = set()
    for cell in code:
        tags = cell.metadata.get("tags", [])
        for name in re.findall(r'exercise\("(\w+)"\)', cell.source):
            if "key" in tags:
                rehearsed.add(name)
            else:
                shown.add(name)
                assert "nbval-ignore-output" in tags, f"{name}: widget cells ignore their output"
        assert cell.execution_count is not None, "key editions are committed executed"
        assert len(cell.source.splitlines()) <= 5, cell.source
    if key_path.stem in lesson_names():
        expected = set(exercises_of(key_path.stem))
        assert shown == expected
        assert rehearsed == expected


def test_stderr_plugin_fails_a_cell_that_warns(tmp_path: Path) -> None:
    v4 = nbformat.v4
    nb = v4.new_notebook(cells=[v4.new_code_cell('import warnings; warnings.warn("x")')])
    nbformat.write(nb, tmp_path / "warns.ipynb")
    command = [sys.executable, "-m", "pytest", "-p", "tests.nbval_strict_stderr", "--nbval-lax"]
    command += ["--nbval-current-env", "-p", "no:cacheprovider", "--rootdir", str(tmp_path)]
    result = subprocess.run(
        [*command, str(tmp_path / "warns.ipynb")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "wrote to stderr" in result.stdout and "UserWarning: x" in result.stdout


@pytest.mark.parametrize("key_path", [k for k in KEYS if k.name < "05"], ids=lambda p: p.name)
def test_key_editions_can_be_read_without_running_them(key_path: Path) -> None:
    nb = nbformat.read(key_path, as_version=4)
    saved = {}
    for cell in nb.cells:
        if "key" in cell.metadata.get("tags", []):
            (name,) = re.findall(r'exercise\("(\w+)"\)', cell.source)
            saved[name] = "".join(out.get("text", "") for out in cell.outputs)
    for name, ex in exercises_of(key_path.stem).items():
        text = saved[name]
        assert ex.prompt in text, f"{name}: the prompt is not in the saved output"
        for option in getattr(ex, "options", ()):
            assert option.text in text, f"{name}: option {option.text!r} is missing"
        for span in getattr(ex, "spans", ()):
            assert span in text
        assert "Reference answer: " in text and str(ex.check(ex.reference)) in text
        for mistake in ex.mistakes:
            assert mistake.message in text, f"{name}: a common mistake is missing"
