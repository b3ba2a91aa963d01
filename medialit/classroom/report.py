"""The class report: one self-contained `report.html` a teacher reads at a glance, and a gradebook.

`write_report(folder, out)` reads the class's answers (`medialit.classroom.reading`),
counts (`medialit.classroom.tally`), draws (`medialit.classroom.charts`) and writes
`report.html` (styles and charts inside the file, so it opens offline and can be
mailed) and `gradebook.csv` (`medialit.classroom.gradebook`). Every figure in the page
sits in an element with a `data-figure` name, so a test can read each one back. Text
from learners' files goes through `medialit.display`.

From a terminal: `python -m medialit report FOLDER --out DIR`, or `make report FOLDER=...`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from medialit.classroom.charts import STYLE, outcome_chart
from medialit.classroom.gradebook import write_gradebook
from medialit.classroom.reading import ClassWork, read_class
from medialit.classroom.tally import (
    ExerciseFigures,
    LearnerFigures,
    WrongAnswer,
    exercise_figures,
    learner_figures,
)
from medialit.display import escape, ignore_maths, literal_html
from medialit.exercises.sessions import lesson_names

REPORT = "report.html"
GRADEBOOK = "gradebook.csv"
STRUGGLES = 5

CSS = """
body{font:15px/1.45 system-ui,sans-serif;color:#1a1a1a;max-width:70em;margin:1em auto;padding:0 1em}
h1{font-size:1.6em}h2{margin-top:1.6em;border-bottom:2px solid #767676}
table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #b0b0b0;padding:3px 6px;
text-align:left;vertical-align:top}td.n{text-align:right;white-space:nowrap}
th{background:#eceff1}.problem{color:#a31515}.muted{color:#4d4d4d}
.answer{font-family:ui-monospace,monospace;background:#f5f5f5}
.chart svg{max-width:100%;height:auto}blockquote{margin:.4em 0 .8em;padding:.3em .8em;
border-left:4px solid #767676;background:#fafafa}
"""


@dataclass(frozen=True)
class Written:
    """What `write_report` wrote and what it found."""

    report: Path
    gradebook: Path
    learners: int
    problems: int


def _figure(name: str, text: str, *, css: str = "n") -> str:
    return f'<td class="{css}" data-figure="{escape(name)}">{text}</td>'


def share(count: int, total: int) -> str:
    """A count and its share of the class, as the report prints it.

    >>> share(3, 8)
    '3 (38%)'
    """
    return f"{count} ({round(100 * count / total) if total else 0}%)"


def _when(stamp: str) -> str:
    if not stamp:
        return "—"
    try:
        return dt.datetime.fromisoformat(stamp).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return escape(stamp)


def _summary(work: ClassWork, folder: Path) -> str:
    rows = [
        ("class:learners", "Learners", len(work.learners)),
        ("class:files", "Notebooks handed in (latest of each)", len(work.works)),
        ("class:earlier", "Earlier hand-ins, replaced by a later one", work.earlier),
        ("class:problems", "Files that could not be read", len(work.problems)),
    ]
    cells = "".join(f"<tr><th>{label}</th>{_figure(key, str(n))}</tr>" for key, label, n in rows)
    return f"<p>From {literal_html(str(folder))}</p><table>{cells}</table>"


def _problems(work: ClassWork) -> str:
    if not work.problems:
        return ""
    items = "".join(
        f'<li class="problem" data-problem="{escape(p.path.name)}">{literal_html(str(p.path))}: '
        f"{escape(p.reason)}</li>"
        for p in work.problems
    )
    return (
        "<h2>Files that could not be read</h2><p>These are not in any figure below. Open each "
        "one, or ask the learner to hand in again.</p>"
        f"<ul>{items}</ul>"
    )


def _struggles(figures: list[ExerciseFigures], learners: int) -> str:
    struggled = [f for f in figures if f.graded and f.outcomes["wrong"] + f.outcomes["partly"]]
    ranked = sorted(
        struggled,
        key=lambda f: (-(f.outcomes["wrong"] + f.outcomes["partly"]), f.notebook, f.number),
    )[:STRUGGLES]
    if not ranked:
        return ""
    items = "".join(
        f'<li><a href="#ex-{f.number}">{f.number} {escape(f.exercise_id)}</a>: '
        f"{share(f.outcomes['wrong'] + f.outcomes['partly'], learners)} not fully right in the "
        f"end, {share(f.first_try_right, learners)} right at first try</li>"
        for f in ranked
    )
    return f"<h2>Where the class struggled</h2><ol>{items}</ol>"


def _outcome_cell(f: ExerciseFigures, key: str, learners: int) -> str:
    if f.graded or key == "not_tried":
        return _figure(f"{f.number}:{key}", share(f.outcomes[key], learners))
    if key == "right":
        return _figure(f"{f.number}:saved", share(f.outcomes["saved"], learners) + " answered")
    return "<td></td>"


def _exercise_table(figures: list[ExerciseFigures], learners: int) -> str:
    heads = "".join(
        f"<th>{h}</th>"
        for h in (
            "No.",
            "Exercise",
            "Right at first try",
            *(STYLE[k][0] for k in STYLE),
            "Saw a hint",
            "Saw the solution",
        )
    )
    rows = []
    for f in figures:
        n = f.number
        outcomes = [_outcome_cell(f, key, learners) for key in STYLE]
        first = (
            _figure(f"{n}:first_try", share(f.first_try_right, learners))
            if f.graded
            else "<td>not graded</td>"
        )
        rows.append(
            f'<tr id="ex-{n}"><td>{n}</td><td><a href="#wrong-{n}">{escape(f.exercise_id)}</a>'
            f'<br><span class="muted">{escape(f.prompt)}</span></td>{first}{"".join(outcomes)}'
            f"{_figure(f'{n}:hints', share(f.hints_learners, learners))}"
            f"{_figure(f'{n}:solutions', share(f.solutions, learners))}</tr>"
        )
    return f"<table><tr>{heads}</tr>{''.join(rows)}</table>"


def _mistake_text(answer: WrongAnswer) -> str:
    if answer.mistake is None:
        return "not a listed mistake"
    return f"listed mistake {answer.mistake + 1}"


def _wrong_answers(f: ExerciseFigures, learners: int) -> str:
    if not f.wrong_answers:
        return ""
    rows = "".join(
        f"<tr>{_figure(f'{f.number}:wrong:{i}:answer', literal_html(a.shown), css='answer')}"
        f"{_figure(f'{f.number}:wrong:{i}:learners', share(a.learners, learners))}"
        f"{_figure(f'{f.number}:wrong:{i}:attempts', str(a.attempts))}"
        f"<td>{_mistake_text(a)}</td><td>{literal_html(a.feedback)}</td></tr>"
        for i, a in enumerate(f.wrong_answers, start=1)
    )
    return (
        f'<h4 id="wrong-{f.number}">{f.number} {escape(f.exercise_id)}: most common wrong '
        "and partly right answers</h4><table><tr><th>Answer</th><th>Learners</th>"
        f"<th>Times given</th><th>Mistake</th><th>Feedback the learners saw</th></tr>{rows}</table>"
    )


def _reflections(figures: list[ExerciseFigures]) -> str:
    parts = []
    for f in figures:
        if f.graded:
            continue
        answers = (
            "".join(
                f"<blockquote><strong>{literal_html(learner)}</strong>: {literal_html(text)}"
                "</blockquote>"
                for learner, text in f.reflections
            )
            or '<p class="muted">Nobody has answered yet.</p>'
        )
        parts.append(
            f"<h3>{f.number} {escape(f.exercise_id)}</h3><p><em>{escape(f.prompt)}</em></p>"
            f"{answers}"
        )
    return "<h2>Reflections, to read</h2>" + "".join(parts) if parts else ""


def _learners(rows: list[LearnerFigures], graded: int) -> str:
    heads = "".join(
        f"<th>{h}</th>"
        for h in (
            "Learner",
            "Last handed in",
            "Tried",
            "Right",
            "Partly",
            "Wrong",
            "Score",
            "Hints seen",
            "Solutions seen",
        )
    )
    body = []
    for r in rows:
        key = f"learner:{r.learner}"
        figures = [
            (f"{key}:tried", f"{r.tried} of {graded}"),
            (f"{key}:right", str(r.right)),
            (f"{key}:partly", str(r.partly)),
            (f"{key}:wrong", str(r.wrong)),
            (f"{key}:total", f"{r.total:g} of {graded}"),
            (f"{key}:hints", str(r.hints_seen)),
            (f"{key}:solutions", str(r.solutions)),
        ]
        cells = "".join(_figure(name, text) for name, text in figures)
        body.append(
            f"<tr><td>{literal_html(r.learner)}</td><td>{_when(r.handed_in_at)}</td>{cells}</tr>"
        )
    return f"<h2>Learners</h2><table><tr>{heads}</tr>{''.join(body)}</table>"


def _lesson(notebook: str, figures: list[ExerciseFigures], learners: int) -> str:
    graded = [f for f in figures if f.graded]
    chart = (
        f'<div class="chart">{outcome_chart(graded, learners=learners, title=notebook)}</div>'
        if graded and learners
        else ""
    )
    wrong = "".join(_wrong_answers(f, learners) for f in graded)
    title = escape(notebook.replace("_", " "))
    return f"<h2>{title}</h2>{chart}{_exercise_table(figures, learners)}{wrong}"


def render(work: ClassWork, *, folder: Path, figures: list[ExerciseFigures]) -> str:
    """The whole report as one HTML page."""
    learners = len(work.learners)
    lessons = "".join(
        _lesson(notebook, list(group), learners)
        for notebook, group in groupby(figures, key=lambda f: f.notebook)
    )
    graded = sum(f.graded for f in figures)
    missing = [n for n in lesson_names() if n not in work.notebooks]
    not_handed = (
        f"<p class='muted'>No one handed in: {escape(', '.join(missing))}.</p>" if missing else ""
    )
    empty = (
        ""
        if learners
        else "<p class='problem'>No answers files were found here. Give the hand-in folder, a "
        "class folder of learners' folders, or a folder of answers files.</p>"
    )
    body = (
        f"<h1>Class report</h1>{_summary(work, folder)}{empty}{_problems(work)}"
        f"{_struggles(figures, learners)}{not_handed}{lessons}"
        f"{_reflections(figures)}{_learners(learner_figures(work, figures), graded)}"
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Class report</title><style>{CSS}</style></head>"
        f"<body>{ignore_maths(body)}</body></html>\n"
    )


def write_report(folder: str | Path, out: str | Path) -> Written:
    """Read a class's answers from `folder`; write `report.html` and `gradebook.csv` in `out`."""
    source, target = Path(folder), Path(out)
    work = read_class(source)
    target.mkdir(parents=True, exist_ok=True)
    figures = exercise_figures(work)
    report = target / REPORT
    report.write_text(render(work, folder=source, figures=figures), encoding="utf-8")
    gradebook = write_gradebook(target / GRADEBOOK, learner_figures(work, figures), figures)
    return Written(report, gradebook, len(work.learners), len(work.problems))
