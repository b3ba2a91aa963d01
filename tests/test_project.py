"""The project's own promises: set-up files agree, notebooks are clean, lessons are complete."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
import yaml

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
# conda-forge names for PyPI packages where they differ.
CONDA_NAMES = {"matplotlib": "matplotlib-base", "msgpack": "msgpack-python"}
LESSON_SECTIONS = [
    "Objectives",
    "Key questions",
    "What to prepare",
    "Timed outline",
    "Common misconceptions",
    "Answers",
    "Rubric",
    "Key points",
    "Debrief",
]


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~ \[;]", requirement, maxsplit=1)[0].strip().lower()


def test_environment_yml_names_the_runtime_dependencies() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    assert env["channels"] == ["conda-forge"]
    conda = {_name(d) for d in env["dependencies"] if isinstance(d, str)}
    runtime = {CONDA_NAMES.get(_name(d), _name(d)) for d in project["dependencies"]}
    assert runtime - conda == set(), "in pyproject.toml but not in environment.yml"
    extras = {"python", "pip", "spacy-model-en_core_web_sm", "nbval", "pytest"}
    assert conda - runtime - extras == set(), "in environment.yml but not in pyproject.toml"
    pip_part = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert pip_part == ["-e ."]


def test_readme_shows_the_two_commands_and_every_lesson() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make lab" in readme and "make test" in readme
    for notebook in sorted((ROOT / "notebooks").glob("*.ipynb")):
        assert notebook.name in readme, f"README's lesson table lacks {notebook.name}"
        assert notebook.name in (ROOT / "lessons" / "README.md").read_text(encoding="utf-8")


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", ci, re.MULTILINE)


@pytest.mark.parametrize(
    "notebook", sorted((ROOT / "notebooks").glob("*.ipynb")), ids=lambda p: p.name
)
def test_student_notebooks_carry_no_outputs(notebook: Path) -> None:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    leaked = [i for i, cell in enumerate(cells) if cell.get("outputs")]
    assert leaked == [], f"cells {leaked} carry outputs"


@pytest.mark.parametrize(
    "notebook", sorted((ROOT / "notebooks").glob("*.ipynb")), ids=lambda p: p.name
)
def test_every_notebook_has_a_lesson_plan(notebook: Path) -> None:
    plan = ROOT / "lessons" / notebook.with_suffix(".md").name
    assert plan.exists()
    text = plan.read_text(encoding="utf-8")
    headings = [h.strip().lower() for h in re.findall(r"^#+ (.+)$", text, re.MULTILINE)]
    missing = [s for s in LESSON_SECTIONS if not any(h.startswith(s.lower()) for h in headings)]
    assert missing == []
    minutes = [int(m) for m in re.findall(r"^\| *(\d+) *\|", text, re.MULTILINE)]
    assert 45 <= sum(minutes) <= 50, f"timed outline adds up to {sum(minutes)} minutes"


def test_readme_documents_every_contract_key() -> None:
    from medialit.analysis import analyze

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("## The analysis contract", 1)[1].split("\n## ", 1)[0]
    documented = re.findall(r"^\| `(\w+)` \|", table, re.MULTILINE)
    assert documented == list(analyze("The mayor resigned, officials said.").to_json())
