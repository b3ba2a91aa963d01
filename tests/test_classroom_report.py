"""The class report and gradebook of 30 generated learners: each figure checked by the plan."""

from __future__ import annotations

import csv
import json
import os
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from medialit.classroom.command import run
from medialit.classroom.reading import read_class
from medialit.cli import build_parser
from medialit.exercises import exercises_of
from tests.classgen import (
    DAMAGED,
    GRADED,
    LEARNERS,
    NOTEBOOKS,
    OUTCOME,
    REFLECTION,
    Expected,
    answers,
    reflection_text,
    write_class,
)

CLASS = len(LEARNERS)


class Figures(HTMLParser):
    """Every element's text by its data-figure name; and the problems and reflections listed."""

    def __init__(self) -> None:
        super().__init__()
        self.figures: dict[str, str] = {}
        self.problems: list[str] = []
        self.quotes: list[str] = []
        self._open: list[tuple[str, str | None, str | None]] = []
        self._text: list[list[str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self._open.append((tag, found.get("data-figure"), found.get("data-problem")))
        self._text.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag in ("br", "meta"):
            return
        _, figure, problem = self._open.pop()
        text = "".join(self._text.pop())
        if self._text:
            self._text[-1].append(text)
        if figure is not None:
            assert figure not in self.figures, f"{figure} twice"
            self.figures[figure] = text
        if problem is not None:
            self.problems.append(problem)
        if tag == "blockquote":
            self.quotes.append(text)

    def handle_data(self, data: str) -> None:
        if self._text:
            self._text[-1].append(data)


def share(n: int) -> str:
    return f"{n} ({round(100 * n / CLASS)}%)"


def numbers() -> dict[tuple[str, str], str]:
    return {
        (nb, ex_id): f"{nb[:2]}.{i}"
        for nb in NOTEBOOKS
        for i, ex_id in enumerate(exercises_of(nb), start=1)
    }


def score(notebook: str, exercise_id: str, chosen: str) -> float:
    if OUTCOME[chosen] == "right":
        return 1.0
    if chosen == "partly":
        value = exercises_of(notebook)[exercise_id].check(
            answers(notebook, exercise_id)["partly"][0]
        )
        assert value.score is not None and 0 < value.score < 1
        return value.score
    return 0.0


def expected_exercise_figures(expected: Expected) -> dict[str, str]:
    figures: dict[str, str] = {}
    writers = sum(bool(reflection_text(k)) for k in range(1, CLASS + 1))
    for (nb, ex_id), n in numbers().items():
        if exercises_of(nb)[ex_id].kind == "reflection":
            saved = writers if (nb, ex_id) == REFLECTION else 0
            figures.update({f"{n}:saved": f"{share(saved)} answered"})
            figures.update({f"{n}:not_tried": share(CLASS - saved)})
            figures.update({f"{n}:hints": share(0), f"{n}:solutions": share(0)})
            continue
        outcomes = expected.outcomes(nb, ex_id)
        first = sum(expected.plan.get((who, nb, ex_id)) == "right" for who in LEARNERS)
        figures[f"{n}:first_try"] = share(first)
        for key in ("right", "partly", "wrong", "not_tried"):
            figures[f"{n}:{key}"] = share(outcomes[key])
        hints = sum((who, nb, ex_id) in expected.hints for who in LEARNERS)
        solutions = sum((who, nb, ex_id) in expected.solutions for who in LEARNERS)
        figures[f"{n}:hints"] = share(hints)
        figures[f"{n}:solutions"] = share(solutions)
    return figures


def expected_wrong_answers(expected: Expected) -> dict[str, Counter[str]]:
    """For each graded exercise's number: learners per wrong or partly right answer shown."""
    found: dict[str, Counter[str]] = {}
    for (nb, ex_id), n in numbers().items():
        if (nb, ex_id) not in GRADED:
            continue
        exercise = exercises_of(nb)[ex_id]
        given: Counter[str] = Counter()
        for who in LEARNERS:
            chosen = expected.plan.get((who, nb, ex_id), "missing")
            if chosen in ("wrong", "wrong_other", "wrong_then_right", "partly"):
                given[exercise.describe(answers(nb, ex_id)[chosen][0])] += 1
        found[n] = given
    return found


def expected_learners(expected: Expected) -> dict[str, str]:
    graded = [(nb, ex) for nb in NOTEBOOKS for ex, e in exercises_of(nb).items()]
    graded = [(nb, ex) for nb, ex in graded if exercises_of(nb)[ex].kind != "reflection"]
    figures = {}
    for who in LEARNERS:
        plan = {(nb, ex): expected.plan.get((who, nb, ex), "missing") for nb, ex in graded}
        outcomes = Counter(OUTCOME[chosen] for chosen in plan.values())
        total = round(sum(score(nb, ex, chosen) for (nb, ex), chosen in plan.items()), 2)
        key = f"learner:{who}"
        figures[f"{key}:tried"] = f"{len(graded) - outcomes['not_tried']} of {len(graded)}"
        figures[f"{key}:right"] = str(outcomes["right"])
        figures[f"{key}:partly"] = str(outcomes["partly"])
        figures[f"{key}:wrong"] = str(outcomes["wrong"])
        figures[f"{key}:total"] = f"{total:g} of {len(graded)}"
        figures[f"{key}:hints"] = str(sum((who, *g) in expected.hints for g in graded))
        figures[f"{key}:solutions"] = str(sum((who, *g) in expected.solutions for g in graded))
    return figures


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Expected, Figures]:
    root = tmp_path_factory.mktemp("class")
    handin, expected = write_class(root)
    args = build_parser().parse_args(["report", str(handin), "--out", str(root / "out")])
    assert run(args) == 1  # one damaged file
    parsed = Figures()
    parsed.feed((root / "out" / "report.html").read_text(encoding="utf-8"))
    return root, expected, parsed


def test_every_figure_of_the_report_matches_the_plan(
    report: tuple[Path, Expected, Figures],
) -> None:
    _, expected, parsed = report
    figures = dict(parsed.figures)
    want = {
        "class:learners": "30",
        "class:files": "57",
        "class:earlier": "1",
        "class:problems": "1",
        **expected_exercise_figures(expected),
        **expected_learners(expected),
    }
    wrong = expected_wrong_answers(expected)
    got_wrong: dict[str, Counter[str]] = {n: Counter() for n in wrong}
    for name in [k for k in figures if k.endswith(":answer")]:
        number, _, i, _ = name.split(":")
        learners = figures.pop(f"{number}:wrong:{i}:learners")
        attempts = figures.pop(f"{number}:wrong:{i}:attempts")
        count = int(learners.split()[0])
        assert learners == share(count)
        assert attempts == str(count)  # each of these learners gave it once
        got_wrong[number][figures.pop(name)] = count
    assert got_wrong == wrong
    assert figures == want


def test_the_most_common_wrong_answer_comes_first_with_its_mistake_and_feedback(
    report: tuple[Path, Expected, Figures],
) -> None:
    root, expected, _ = report
    page = (root / "out" / "report.html").read_text(encoding="utf-8")
    publisher = exercises_of("00_start_here")["publisher"]
    nato = next(i for i, m in enumerate(publisher.mistakes) if m.answer == "NATO")
    assert f"listed mistake {nato + 1}" in page
    assert "NATO is what the story is about, not who published it." in page
    counts = expected_wrong_answers(expected)["00.3"]
    (top, _), *_ = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    first_row = page.split('data-figure="00.3:wrong:1:answer"', 1)[1]
    assert first_row.split("</td>", 1)[0].endswith(top + "</span>")


def test_reflections_are_collected_and_learner_text_is_escaped(
    report: tuple[Path, Expected, Figures],
) -> None:
    root, _, parsed = report
    writers = [k for k in range(1, CLASS + 1) if reflection_text(k)]
    assert parsed.quotes == [f"learner{k:02d}: {reflection_text(k)}" for k in writers]
    page = (root / "out" / "report.html").read_text(encoding="utf-8")
    assert "<b>first</b>" not in page
    assert "&lt;b&gt;first&lt;/b&gt;" in page
    assert "<span>$</span>5" in page


def test_the_damaged_file_is_listed_and_the_report_opens_offline(
    report: tuple[Path, Expected, Figures],
) -> None:
    root, _, parsed = report
    (damaged,) = parsed.problems
    assert damaged.startswith(f"{DAMAGED}+01_sources+")
    page = (root / "out" / "report.html").read_text(encoding="utf-8")
    assert page.count("<svg") == len(NOTEBOOKS)
    # Nothing to fetch: links only within the page, no scripts, style sheets or images.
    assert re.findall(r'(?:src|href)="(?!#)[^"]*"', page) == []
    assert re.findall(r"url\((?!#)", page) == []
    assert "@import" not in page
    assert "<script" not in page and "<link" not in page and "<img" not in page


def test_the_gradebook_has_one_row_per_learner_and_every_score(
    report: tuple[Path, Expected, Figures],
) -> None:
    root, expected, _ = report
    with (root / "out" / "gradebook.csv").open(encoding="utf-8", newline="") as source:
        rows = list(csv.reader(source))
    by_number = numbers()
    graded = [g for g in by_number if exercises_of(g[0])[g[1]].kind != "reflection"]
    heading = f"Total (out of {len(graded)})"
    assert rows[0] == ["Username", *(f"{by_number[g]} {g[1]}" for g in graded), heading]
    want = []
    for who in LEARNERS:
        plan = [expected.plan.get((who, *g), "missing") for g in graded]
        cells = [
            "" if chosen == "missing" else f"{score(*g, chosen):.2f}"
            for g, chosen in zip(graded, plan, strict=True)
        ]
        total = sum(score(*g, chosen) for g, chosen in zip(graded, plan, strict=True))
        want.append([who, *cells, f"{round(total, 2):.2f}"])
    assert rows[1:] == want


def test_the_class_folder_of_learners_folders_gives_the_same_figures(
    report: tuple[Path, Expected, Figures],
) -> None:
    root, _, from_handins = report
    args = build_parser().parse_args(["report", str(root / "answers"), "--out", str(root / "b")])
    assert run(args) == 0
    from_folders = Figures()
    from_folders.feed((root / "b" / "report.html").read_text(encoding="utf-8"))
    assert from_folders.figures["class:learners"] == "30"
    assert from_folders.figures["class:problems"] == "0"
    assert {k: v for k, v in from_folders.figures.items() if not k.startswith("class:")} == {
        k: v for k, v in from_handins.figures.items() if not k.startswith("class:")
    }


def test_a_flat_folder_names_learners_from_inside_the_files(tmp_path: Path) -> None:
    for name, learner in (("a.json", "ana"), ("b.json", "bo")):
        data = {"format": 2, "learner": learner, "notebook": "00_start_here", "exercises": {}}
        (tmp_path / name).write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "c.json.lock").write_text("", encoding="utf-8")
    (tmp_path / "d.json.corrupt-20260101T000000").write_text("{", encoding="utf-8")
    work = read_class(tmp_path)
    assert work.learners == ["ana", "bo"]
    assert [p.path.name for p in work.problems] == ["d.json.corrupt-20260101T000000"]


def test_the_command_refuses_a_missing_folder(tmp_path: Path) -> None:
    args = build_parser().parse_args(["report", str(tmp_path / "nothing")])
    assert run(args) == 2


def test_a_folder_that_cannot_be_read_is_a_listed_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What a teacher's own account meets in the drop box (mode 1733) without sudo.
    def refuse(path: object) -> object:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "scandir", refuse)
    work = read_class(tmp_path)
    assert work.learners == []
    assert [(p.path, p.reason) for p in work.problems] == [
        (tmp_path, "folder cannot be read (Permission denied); run as its owner")
    ]


def test_a_first_format_file_counts_and_its_mistake_is_found_by_checking_again(
    tmp_path: Path,
) -> None:
    publisher = exercises_of("00_start_here")["publisher"]
    nato = next(i for i, m in enumerate(publisher.mistakes) if m.answer == "NATO")
    record = {"attempts": 2, "answer": "NATO", "shown": "NATO", "verdict": "incorrect"}
    data = {"format": 1, "learner": "ana", "notebook": "00_start_here"}
    (tmp_path / "ana.json").write_text(
        json.dumps({**data, "exercises": {"publisher": {**record, "score": 0.0}}}),
        encoding="utf-8",
    )
    args = build_parser().parse_args(["report", str(tmp_path), "--out", str(tmp_path / "out")])
    assert run(args) == 0
    parsed = Figures()
    page = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    parsed.feed(page)
    assert parsed.figures["00.3:wrong"] == "1 (100%)"
    assert parsed.figures["00.3:first_try"] == "0 (0%)"
    assert parsed.figures["00.3:wrong:1:answer"] == "NATO"
    assert parsed.figures["00.3:wrong:1:attempts"] == "1"
    assert f"listed mistake {nato + 1}" in page


def test_a_folder_without_answers_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = build_parser().parse_args(["report", str(tmp_path), "--out", str(tmp_path / "out")])
    assert run(args) == 1
    assert "no answers files in" in capsys.readouterr().err
    assert "No answers files were found here" in (tmp_path / "out" / "report.html").read_text()


def test_the_command_counts_one_learner_in_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = {"format": 2, "learner": "ana", "notebook": "00_start_here", "exercises": {}}
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.json").write_text(json.dumps(data), encoding="utf-8")
    args = build_parser().parse_args(["report", str(tmp_path / "in"), "--out", str(tmp_path / "o")])
    assert run(args) == 0
    assert capsys.readouterr().out.startswith("1 learner: ")
