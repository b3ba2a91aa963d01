"""Printable pages: a lesson's article, questions and answer space, and the teacher's answers.

`python -m medialit handout 02 --out 02.html` writes the learners' page; `--teacher` adds
each reference answer, the common mistakes with their feedback, and the lesson's rubric.
The article carries the numbers the notebooks use (P1, P2, …; P6.S1, P6.S2 where a
paragraph has several sentences), and exercises carry the notebook's headings.

>>> page = render("02", teacher=False)
>>> "Exercise 4: label every sentence" in page and "P6.S2" in page
True
>>> "Common mistakes" in page
False
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt

from medialit.article import load_article
from medialit.display import escape
from medialit.exercises import Exercise, exercises_of, lesson_names

HELP = "write a lesson's printable page (HTML): article, questions, space to answer"
KIT_ROOT = Path(__file__).resolve().parents[1]
_SHOW = re.compile(r'exercise\("(\w+)"\)\.show\(\)')

_CSS = """<style>
body{font:12pt/1.45 Georgia,serif;max-width:46em;margin:1.5em auto;color:#111}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #999}
.medialit-article p{margin:.35em 0}.medialit-pid{font:bold .8em monospace;margin:0 .4em}
.exercise{break-inside:avoid;page-break-inside:avoid;margin:1.2em 0}
.passage{border-left:3px solid #555;padding:.2em .8em;margin:.5em 0}
.space{border:1px solid #777;min-height:2.2em;margin:.4em 0}
.space.open{min-height:9em}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #777;padding:.25em .4em;
vertical-align:top;text-align:left}td.blank{width:11em}
.key{background:#f1f1f1;border:1px solid #555;padding:.4em .8em;margin:.5em 0}
.name{display:flex;gap:2em}.name span{flex:1;border-bottom:1px solid #111;padding-top:1.2em}
@media print{body{margin:0;max-width:none}h2.article{break-before:avoid}}
</style>"""


def resolve(lesson: str) -> str:
    """The full lesson name for `02` or `02_claims_and_attributions`.

    >>> resolve("04")
    '04_timeline'
    """
    names = [n for n in lesson_names() if n == lesson or n.split("_", 1)[0] == lesson]
    if len(names) != 1:
        raise ValueError(f"no lesson {lesson!r}; choose one of: {', '.join(lesson_names())}")
    return names[0]


def headings(name: str) -> dict[str, str]:
    """Each exercise's heading in the notebook, in notebook order (data order if no notebook)."""
    path = KIT_ROOT / "lessons" / "keys" / f"{name}.ipynb"
    found: dict[str, str] = {}
    if path.exists():
        heading = ""
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            source = "".join(cell["source"])
            if cell["cell_type"] == "markdown":
                heading = next(iter(re.findall(r"^## (.+)$", source, re.M)), heading)
            for exercise_id in _SHOW.findall(source):
                found[exercise_id] = heading
    for number, exercise_id in enumerate(exercises_of(name), start=len(found) + 1):
        found.setdefault(exercise_id, f"Exercise {number}")
    return found


def title(name: str) -> str:
    """The lesson's title, from its notebook's first heading (its name if there is none)."""
    path = KIT_ROOT / "lessons" / "keys" / f"{name}.ipynb"
    if path.exists():
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            found = re.findall(r"^# (.+)$", "".join(cell["source"]), re.M)
            if found:
                return str(found[0])
    return name.replace("_", " ")


def _lines(ex: Any) -> list[tuple[str, str]]:
    return [(p.name(n), p.text) for n, p in enumerate(ex.passages, start=1)]


def _material(ex: Any) -> str:
    kind = ex.kind
    if kind in ("single_choice", "multiple_choice"):
        box = "○" if kind == "single_choice" else "☐"
        return "".join(f"<p>{box} {escape(o.text)}</p>" for o in ex.options)
    if kind == "pick_spans":
        return f'<p class="passage">{escape(ex.passage)}</p><p><em>Underline your answer.</em></p>'
    if kind == "label_segments":
        labels = " · ".join(escape(label) for label in ex.labels)
        rows = "".join(
            f"<tr><td>{ref}</td><td>{escape(text)}</td><td class='blank'></td></tr>"
            for ref, text in _lines(ex)
        )
        head = "<tr><th></th><th>line</th><th>label</th></tr>"
        return f"<p>Labels: {labels}</p><table>{head}{rows}</table>"
    if kind == "order":
        rows = "".join(
            f"<tr><td>{escape(item)}</td><td class='blank'></td></tr>" for item in ex.start
        )
        return f"<table><tr><th>event</th><th>place (1 = first)</th></tr>{rows}</table>"
    space = "space open" if kind == "reflection" else "space"
    return f'<div class="{space}"></div>'


def _answer(ex: Any) -> str:
    if ex.kind == "label_segments":
        return "; ".join(
            f"{ref} {p.label}" for (ref, _), p in zip(_lines(ex), ex.passages, strict=True)
        )
    if ex.kind == "reflection":
        return str(ex.example)
    text: str = ex.solution_text
    return text.removeprefix("One answer that passes: ")


def _mistake(ex: Any, answer: Any) -> str:
    if isinstance(answer, dict):
        refs = [ref for ref, _ in _lines(ex)]
        return "; ".join(f"{refs[int(k)]} {v}" for k, v in answer.items())
    if isinstance(answer, list | tuple):
        return " | ".join(str(part) for part in answer)
    return str(answer)


def _key(ex: Any) -> str:
    parts = [f"<p><strong>Answer:</strong> {escape(_answer(ex))}</p>"]
    if ex.explanation:
        parts.append(f"<p><strong>Why:</strong> {escape(ex.explanation)}</p>")
    if ex.kind == "reflection":
        parts.append(f"<p><strong>A strong answer:</strong> {escape(ex.rubric)}</p>")
    if ex.mistakes:
        items = "".join(
            f"<li>{escape(_mistake(ex, m.answer))} → {escape(m.message)}</li>" for m in ex.mistakes
        )
        parts.append(f"<p><strong>Common mistakes</strong></p><ul>{items}</ul>")
    return f'<div class="key">{"".join(parts)}</div>'


def _choices(ex: Any) -> list[str]:
    kind = ex.kind
    if kind in ("single_choice", "multiple_choice"):
        return [f"  {'[x]' if o.correct else '[ ]'} {o.text}" for o in ex.options]
    if kind == "pick_spans":
        return [f"  Passage: {ex.passage}"]
    if kind == "label_segments":
        return [f"  Labels: {' · '.join(ex.labels)}"] + [
            f"  {ref}: {text}" for ref, text in _lines(ex)
        ]
    if kind == "order":
        return [f"  shown as: {' / '.join(ex.start)}"]
    return []


def key_text(exercise: Any) -> str:
    """An exercise as a teacher reads it: prompt, options, reference answer, common mistakes.

    Each answer is followed by the feedback a learner gets for it.

    >>> print(key_text(exercises_of("00_start_here")["publisher"]).splitlines()[0])
    Exercise publisher (single_choice)
    """
    ex = getattr(exercise, "model", exercise)
    lines = [f"Exercise {ex.id} ({ex.kind})", f"Prompt: {ex.prompt}", *_choices(ex)]
    lines += [f"Reference answer: {_answer(ex)}", f"  -> {ex.check(ex.reference)}"]
    if ex.kind == "reflection":
        lines.append(f"Rubric: {ex.rubric}")
    for mistake in ex.mistakes:
        lines.append(f"Common mistake: {_mistake(ex, mistake.answer)}")
        lines.append(f"  -> {ex.check(ex.answer_making(mistake))}")
    lines += [f"Hint {n}: {hint}" for n, hint in enumerate(ex.hints, start=1)]
    return "\n".join(lines)


def _rubric(name: str) -> str:
    plan = KIT_ROOT / "lessons" / f"{name}.md"
    if not plan.exists():
        return ""
    sections = re.split(r"^(?=## )", plan.read_text(encoding="utf-8"), flags=re.M)
    wanted = [s for s in sections if s.lower().startswith(("## rubric", "## from levels"))]
    html: str = MarkdownIt("commonmark").enable("table").render("\n".join(wanted))
    return html.replace("<h2>", "<h2>Teacher: ", 1) if html else ""


def render(lesson: str, *, teacher: bool = False) -> str:
    """The printable page for a lesson (`02` or its full name), as one HTML document."""
    name = resolve(lesson)
    exercises: dict[str, Exercise] = exercises_of(name)
    heading = escape(title(name)) + (" (teacher's edition)" if teacher else "")
    parts = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{heading}"
        f"</title>{_CSS}</head><body><h1>{heading}</h1>",
        '<p class="name"><span>Name:</span><span>Date:</span></p>',
        '<h2 class="article">The page</h2><p>Numbered as in the notebooks: paragraphs P1, P2,'
        " …; where a paragraph has several sentences, each has its own number (P6.S1, P6.S2).</p>",
        load_article().to_html(marked=False),
    ]
    for exercise_id, heading in headings(name).items():
        ex = exercises[exercise_id]
        parts.append(f'<section class="exercise"><h2>{escape(heading)}</h2>')
        material = _material(ex)
        if teacher and material.startswith('<div class="space'):
            material = ""  # the teacher's edition saves the paper the answer space takes
        parts.append(f"<p><strong>{escape(ex.prompt)}</strong></p>{material}")
        if teacher:
            parts.append(_key(ex))
        parts.append("</section>")
    if teacher:
        parts.append(_rubric(name))
    parts.append("</body></html>")
    return "\n".join(parts)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The `handout` command's options."""
    parser.add_argument("lesson", help="a lesson, such as 02 or 02_claims_and_attributions")
    parser.add_argument("--out", type=Path, required=True, help="the HTML file to write")
    parser.add_argument(
        "--teacher", action="store_true", help="add answers, common mistakes and the rubric"
    )


def run(args: argparse.Namespace) -> int:
    """Write the page; returns the exit status."""
    try:
        page = render(args.lesson, teacher=args.teacher)
    except ValueError as exc:
        print(f"medialit: {exc}")
        return 2
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(page, encoding="utf-8")
    print(f"wrote {args.out}: open it in a browser and print it (Ctrl+P or Cmd+P)")
    return 0
