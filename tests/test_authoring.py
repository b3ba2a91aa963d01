"""A lesson from any article: the draft, hand edits, review, the build and its notebooks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from medialit import cli
from medialit.article import Article
from medialit.authoring import (
    DraftError,
    check_draft,
    draft_lesson,
    exercise_part,
    open_article,
    open_lesson,
    read_draft,
    write_draft,
)
from medialit.authoring.build import build
from medialit.authoring.review import accept, correct, drop
from medialit.exercises import Verdict, collect_answers, from_data
from medialit.workbench import load_practice

QUOTES_AND_CHAINS = (
    "Library to stay open on Sundays\n\nBy Mara Velden\n\n"
    "LINDFORD, 4 May 2025 - The town library will open on Sundays from June, the mayor said "
    "on Tuesday.\n\n"
    '"Readers asked for it and we listened," said Tomas Brenner, who runs the library. A '
    "library spokesman, quoted by the Lindford Post newspaper, said the staff had not been "
    "asked.\n\nCritics claim the plan will cost more than the council admits."
)

TRANSLATION_TRACES = (
    "Port workers end strike after pay deal\n\n"
    "In the context of strong tensions, the dock workers union accepted the offer on Friday, "
    "the union leader said.\n\n"
    '"We have received this offer and we are looking at it," he declared to theRiver Gazette, '
    "quoted by the Harbour agency.\n\n"
    "The company underlined that the agreement remains valid until the end of the year."
)

UNDATED = (
    "Bus line to be extended to the hospital\n\n"
    "The number 7 bus will run to the new hospital from next month, the transport office said "
    'on Thursday.\n\nDrivers welcomed the change. "It is a long walk from the last stop," one '
    "driver said.\n\nThe extension was first promised last year."
)

NO_SOURCES = (
    "Autumn colours in the valley\n\n"
    "The leaves in the valley turn red and gold in October. Walkers come from far away to see "
    "them, and the paths along the river are busy on every weekend of the month."
)


def drafted(text: str, name: str = "story.txt", **options: Any) -> dict[str, Any]:
    return draft_lesson(Article.from_text(text, name=name), **options)


def ids(draft: dict[str, Any]) -> list[str]:
    return [e["id"] for e in draft["exercises"]]


def skills(draft: dict[str, Any]) -> set[str]:
    return {e["skill"] for e in draft["exercises"]} - {"reflection"}


@pytest.fixture(scope="module")
def practice() -> dict[str, dict[str, Any]]:
    return {
        name: draft_lesson(load_practice(name)) for name in ("ferry_contract", "heatwave_schools")
    }


@pytest.mark.parametrize("name", ["ferry_contract", "heatwave_schools"])
def test_practice_drafts_follow_the_schema_and_teach(name: str, practice: dict[str, Any]) -> None:
    draft = practice[name]
    check_draft(draft)
    assert len(skills(draft)) >= 4
    for entry in draft["exercises"]:
        assert entry["reviewed"] is False
        exercise = from_data(exercise_part(entry))
        assert exercise.check(exercise.reference).verdict in (Verdict.CORRECT, Verdict.SAVED)
        for mistake in exercise.mistakes:
            assert mistake.message in exercise.check(exercise.answer_making(mistake)).message
        if entry["skill"] != "reflection":
            assert entry["evidence"] or entry["id"] in ("writer", "page_date")
        assert entry["hints"]


def test_practice_drafts_fit_each_article(practice: dict[str, Any]) -> None:
    ferry, heat = practice["ferry_contract"], practice["heatwave_schools"]
    assert "chain" in ids(ferry)
    assert "chains" in [s["skill"] for s in heat["skipped"]]
    writer = {e["id"]: e for e in ferry["exercises"]}["writer"]
    assert [o["text"] for o in writer["options"] if o.get("correct")] == ["Lena Hartmann"]
    dated = {e["id"]: e for e in heat["exercises"]}
    assert dated["page_date"]["key"] == "2024-06-18"
    assert dated["when_monday"]["key"] == "2024-06-17"


def test_quotes_and_chains() -> None:
    draft = drafted(QUOTES_AND_CHAINS)
    by_id = {e["id"]: e for e in draft["exercises"]}
    assert "Lindford Post" in by_id["chain"]["options"][0]["text"]
    assert "Tomas Brenner" in by_id["sources_pick"]["spans"]
    assert by_id["verb"]["evidence"][0]["text"] == "claim"
    assert {"page_parts", "sources", "attributions", "time", "page_date"} <= skills(draft)


def test_translation_traces() -> None:
    draft = drafted(TRANSLATION_TRACES, document_date=__import__("datetime").date(2025, 3, 7))
    by_id = {e["id"]: e for e in draft["exercises"]}
    assert {"In the context of", "theRiver"} <= set(by_id["traces_pick"]["spans"])
    assert all(e["rule"] for e in by_id["traces_pick"]["evidence"])
    assert by_id["trace_fix"]["options"][0]["correct"] is True
    assert draft["article"]["date"] == "2025-03-07"


def test_undated_article_says_why_no_timeline() -> None:
    draft = drafted(UNDATED)
    by_id = {e["id"]: e for e in draft["exercises"]}
    assert by_id["page_date"]["kind"] == "single_choice"
    assert "when_undated" in by_id
    notes = {s["skill"]: s["why"] for s in draft["skipped"]}
    assert "--date" in notes["page_date"]


def test_article_without_sources_leaves_them_out_with_a_note() -> None:
    draft = drafted(NO_SOURCES)
    notes = {s["skill"]: s["why"] for s in draft["skipped"]}
    assert "no one cited" in notes["sources"]
    assert not any(e["skill"] == "sources" for e in draft["exercises"])


def test_hand_edit_that_breaks_the_lesson_says_where(tmp_path: Path) -> None:
    path = tmp_path / "lesson.json"
    write_draft(path, drafted(QUOTES_AND_CHAINS))
    data = json.loads(path.read_text(encoding="utf-8"))
    number = ids(data).index("sources_pick")
    data["exercises"][number]["spans"] = ["words that are not there"]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DraftError, match=r"exercise \d+ \(sources_pick\).*not whole words"):
        read_draft(path)
    del data["exercises"][number]["passage"]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DraftError, match=r"'passage' is a required property"):
        read_draft(path)
    path.write_text("{", encoding="utf-8")
    with pytest.raises(DraftError, match="not valid JSON"):
        read_draft(path)


def test_review_actions_save_at_once_and_refuse_a_broken_key(tmp_path: Path) -> None:
    path = tmp_path / "lesson.json"
    write_draft(path, drafted(QUOTES_AND_CHAINS))
    accept(path, "writer")
    correct(path, "sources_pick", "spans", ["Tomas Brenner"])
    drop(path, "verb")
    before = path.read_text(encoding="utf-8")
    with pytest.raises(DraftError, match="not whole words"):
        correct(path, "sources_pick", "spans", ["nobody"])
    assert path.read_text(encoding="utf-8") == before
    by_id = {e["id"]: e for e in read_draft(path)["exercises"]}
    assert by_id["writer"]["reviewed"] and not by_id["writer"].get("dropped")
    assert by_id["sources_pick"]["spans"] == ["Tomas Brenner"]
    assert by_id["verb"]["dropped"]
    assert not list(tmp_path.glob(".lesson.json.*.tmp"))


def test_build_refuses_unreviewed_items_and_lists_them(tmp_path: Path) -> None:
    write_draft(tmp_path / "lesson.json", drafted(UNDATED))
    accept(tmp_path / "lesson.json", "writer")
    with pytest.raises(DraftError, match="not reviewed yet: page_parts, sources_pick"):
        build(tmp_path, execute=False)
    assert not list(tmp_path.glob("*.ipynb"))


def test_build_marks_unreviewed_items_in_the_key_only(tmp_path: Path) -> None:
    path = tmp_path / "lesson.json"
    write_draft(path, drafted(UNDATED, name="bus line.txt"))
    accept(path, "writer")
    drop(path, "claims")
    out = build(tmp_path, allow_unreviewed=True, execute=False)
    key = out["key"].read_text(encoding="utf-8")
    student = out["student"].read_text(encoding="utf-8")
    assert key.count("Not reviewed") == len(read_draft(path)["exercises"]) - 2
    assert "Not reviewed" not in student and "ex.check" not in student
    assert "lesson.exercise('writer').show()" in student
    assert "'claims'" not in key
    plan = out["plan"].read_text(encoding="utf-8")
    for heading in ("Objectives", "Timed outline", "Answers", "Rubric", "Debrief"):
        assert f"## {heading}" in plan


def test_answers_to_a_built_lesson_are_collected_like_the_kits(tmp_path: Path) -> None:
    path = tmp_path / "lesson.json"
    write_draft(path, drafted(UNDATED, name="bus.txt"))
    lesson = open_lesson(path, folder=tmp_path / "answers", learner="ana")
    assert lesson.exercise("writer").submit("The page does not say").verdict == Verdict.CORRECT
    rows = collect_answers(tmp_path / "answers")
    assert [(r.learner, r.notebook, r.exercise, r.verdict) for r in rows] == [
        ("ana", "90_bus", "writer", "correct")
    ]
    assert open_article(path).text == UNDATED


def test_cli_drafts_and_refuses_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "bus.txt"
    article.write_text(UNDATED, encoding="utf-8")
    out = tmp_path / "lesson"
    assert cli.main(["lesson", "draft", str(article), "--out", str(out)]) == 0
    assert (out / "review.ipynb").exists()
    assert read_draft(out / "lesson.json")["notebook"] == "90_bus"
    assert cli.main(["lesson", "draft", str(article), "--out", str(out)]) == 2
    assert cli.main(["lesson", "build", str(out)]) == 1
    assert "not reviewed yet" in capsys.readouterr().err


def _pytest(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MEDIALIT_ANSWERS_DIR": str(cwd / "answers")}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--rootdir",
            str(cwd),
            "-c",
            os.devnull,
            "--nbval-current-env",
            *args,
        ],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_built_notebooks_pass_nbval(tmp_path: Path) -> None:
    article = tmp_path / "ferry.txt"
    article.write_text(load_practice("ferry_contract").text, encoding="utf-8")
    out = tmp_path / "lesson"
    assert cli.main(["lesson", "draft", str(article), "--out", str(out)]) == 0
    assert cli.main(["lesson", "build", str(out), "--allow-unreviewed"]) == 0
    sanitize = Path(__file__).parent / "nbval_sanitize.cfg"
    strict = _pytest(
        "--nbval", "--nbval-sanitize-with", str(sanitize), "90_ferry_key.ipynb", cwd=out
    )
    assert strict.returncode == 0, strict.stdout[-3000:]
    lax = _pytest("--nbval-lax", "90_ferry.ipynb", cwd=out)
    assert lax.returncode == 0, lax.stdout[-3000:]


def test_readme_shows_a_teacher_the_three_steps() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Make a lesson from your own article", 1)[1].split("\n## ", 1)[0]
    for command in ("lesson draft", "review.ipynb", "lesson build", "--allow-unreviewed"):
        assert command in section


def test_an_exercise_the_kit_cannot_build_is_left_out_with_the_reason(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from medialit.authoring import draft as drafting
    from medialit.authoring.found import item

    def broken(found: object) -> list[object]:
        return [item("pick_spans", "bad", "sources", "Pick.", passage="a b", spans=["c"])]

    monkeypatch.setattr(drafting, "DRAFTERS", (broken,))
    draft = drafted(UNDATED)
    assert ids(draft) == ["reflection"]
    assert "could not make a usable exercise here (exercise 'bad'" in draft["skipped"][0]["why"]
    check_draft(draft)


@pytest.mark.parametrize(
    "text",
    [
        load_practice("heatwave_schools").text,
        load_practice("ferry_contract").text,
        QUOTES_AND_CHAINS,
        TRANSLATION_TRACES,
        UNDATED,
    ],
    ids=["heatwave", "ferry", "quotes", "traces", "undated"],
)
def test_every_article_builds_a_notebook_with_each_exercise(text: str, tmp_path: Path) -> None:
    write_draft(tmp_path / "lesson.json", drafted(text, name="story.txt"))
    out = build(tmp_path, allow_unreviewed=True, execute=False)
    student = out["student"].read_text(encoding="utf-8")
    for ident in ids(read_draft(tmp_path / "lesson.json")):
        assert f"lesson.exercise('{ident}').show()" in student
    assert out["plan"].read_text(encoding="utf-8").startswith("# Lesson 90_story:")


def test_lesson_file_gets_the_mode_the_folder_gives_new_files(tmp_path: Path) -> None:
    import stat

    mask = os.umask(0o022)
    os.umask(mask)
    path = tmp_path / "lesson.json"
    write_draft(path, drafted(UNDATED))
    accept(path, "writer")
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask
