"""The learner's own article: exercises that answer about that article, as far as the kit can.

Lesson 05 asks general questions (what can a page alone tell you?) about an article the
kit has never seen. Here each option's explanation gains what the analyzers found on the
learner's article, and each exercise says plainly what only a teacher can judge. The
drafted exercises of `practise` are the same ones `medialit lesson draft` writes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from medialit.article import Article
from medialit.authoring.draft import draft_lesson, skill_title
from medialit.authoring.draftfile import exercise_part
from medialit.authoring.found import Found, gather, quoted
from medialit.authoring.readback import origin_findings, read_back, source_findings
from medialit.display import escape, ignore_maths
from medialit.exercises import Exercise, Lesson, from_data

PREFIX = "yours_"
"""Drafted exercises are saved under this prefix, apart from the lesson's own."""

TEACHER = "What only your teacher can judge: "


@dataclass(frozen=True)
class Facts:
    """What the analyzers can tell about one article, in sentences a learner reads."""

    byline: str
    date: str
    dated: bool
    sources: str
    quotes: str
    traces: str


def facts(found: Found) -> Facts:
    """Sentences about the article, each true of what the analyzers found in it."""
    byline = found.page.get("byline")
    info = found.results["document_date"]
    if found.date is not None:
        stamp = found.page.get("date")
        date = (
            f"the page dates itself ({quoted(stamp['text'])})"
            if stamp
            else f"the kit dates it {found.date.isoformat()} from its clues ({info['source']})"
        )
    else:
        date = f"the page gives no full date: {info.get('note') or 'no date found'}"
    speakers = found.speakers()
    vague = sum(not s.get("named") for s in speakers)
    chains = [
        f"{quoted(m['text'])} through {m['via'][0]}"
        for s in speakers
        for m in s["mentions"]
        if m.get("via")
    ]
    direct = [a for a in found.results["attributions"] if a.get("quoted")]
    traces = [a for a in found.results["artifacts"] if a["rule"] != "leftover"]
    return Facts(
        byline=f"the byline reads {quoted(byline['text'])}" if byline else "it has no byline",
        date=date,
        dated=found.date is not None,
        sources=f"the kit found {len(speakers)} source{'s' if len(speakers) != 1 else ''}, "
        f"{vague} of them vague"
        + (f"; {chains[0]}" if chains else "; none passed on through a go-between"),
        quotes=f"it has {len(direct)} direct quote{'s' if len(direct) != 1 else ''}"
        + (f", such as {quoted(direct[0]['content']['text'])}" if direct else ""),
        traces=f"the kit found {len(traces)} trace{'s' if len(traces) != 1 else ''}, "
        f"such as {quoted(traces[0]['text'])} ({traces[0]['category'].replace('_', ' ')})"
        if traces
        else "the kit found none: a clean text is common",
    )


def _lesson_data(notebook: str) -> dict[str, dict[str, Any]]:
    source = resources.files("medialit").joinpath(f"data/exercises/{notebook}.json")
    return {e["id"]: e for e in json.loads(source.read_text(encoding="utf-8"))["exercises"]}


def _with_notes(entry: dict[str, Any], notes: dict[str, str], teacher: str) -> Exercise:
    data = json.loads(json.dumps(entry))
    for option in data["options"]:
        note = notes.get(option["text"])
        if note:
            option["explain"] = f"{option.get('explain', '')} On your article: {note}.".strip()
    data["explanation"] = f"{data.get('explanation', '')} {TEACHER}{teacher}".strip()
    return from_data(data)


def fitted(notebook: str, article: Article) -> dict[str, Exercise]:
    """Lesson 05's questions, answered about this article as far as the kit can judge."""
    found = gather(article)
    about = facts(found)
    data = _lesson_data(notebook)
    date = data["no_date"]["options"]
    page = data["page_alone"]["options"]
    step = (
        f"{about.date}; confirm it with a second source"
        if about.dated
        else f"this is the step your article needs, because {about.date}"
    )
    return {
        "origin": read_back(
            data["origin"],
            origin_findings(found),
            "whether what you wrote is right where the page and the kit disagree, and "
            "whether a gap you name really is one.",
        ),
        "sources": read_back(
            data["sources"],
            source_findings(found),
            "whether you marked each source named or vague, first-hand or passed on, "
            "correctly: the kit only lists who is cited.",
        ),
        "no_date": _with_notes(
            data["no_date"],
            {
                date[0]["text"]: step,
                date[1]["text"]: about.date,
                date[2]["text"]: f"{about.sources}, and each can still be checked",
            },
            "whether the second source you would use is independent and trustworthy.",
        ),
        "page_alone": _with_notes(
            data["page_alone"],
            {
                page[0]["text"]: about.byline,
                page[1]["text"]: about.sources,
                page[2]["text"]: f"{about.quotes}; only the original can confirm them",
                page[3]["text"]: about.traces,
                page[4]["text"]: "the kit cannot check events at all",
            },
            "whether the events your article reports really happened, and whether its "
            "quotes are faithful: that needs other sources, and judging them is your "
            "teacher's call, not the kit's.",
        ),
    }


def fit_to_article(lesson: Lesson, article: Article) -> Lesson:
    """The lesson with its date and page-alone questions answered about `article`."""
    exercises = {**lesson.exercises, **fitted(lesson.notebook, article)}
    return Lesson(lesson.notebook, exercises, lesson.session)


def drafted(article: Article) -> tuple[dict[str, Exercise], dict[str, str], list[str]]:
    """The drafted exercises for the article (by id), each one's skill, and skills left out."""
    draft = draft_lesson(article)
    built = {
        PREFIX + e["id"]: from_data({**exercise_part(e), "id": PREFIX + e["id"]})
        for e in draft["exercises"]
    }
    skills = {PREFIX + e["id"]: skill_title(e["skill"]) for e in draft["exercises"]}
    left_out = [f"{skill_title(s['skill'])}: {s['why']}" for s in draft["skipped"]]
    return built, skills, left_out


def practise(lesson: Lesson, article: Article) -> Lesson:
    """Show every exercise the kit drafts from the article; answers save with the lesson's."""
    from IPython.display import HTML, display

    built, skills, left_out = drafted(article)
    mine = Lesson(lesson.notebook, built, lesson.session)
    shown = ""
    for bound in mine:
        if skills[bound.id] != shown:
            shown = skills[bound.id]
            display(HTML(f"<h4>{escape(shown)}</h4>"))  # type: ignore[no-untyped-call]
        bound.show()
    if left_out:
        items = "".join(f"<li>{escape(line)}</li>" for line in left_out)
        html = f"<p>Left out for this article:</p><ul>{items}</ul>"
        display(HTML(ignore_maths(html)))  # type: ignore[no-untyped-call]
    return mine


def rehearsal(article: Article) -> list[str]:
    """Each drafted exercise checked against its own key, then the skills left out, as lines."""
    built, skills, left_out = drafted(article)
    lines = [f"{i} {skills[i]} {ex.check(ex.reference).verdict.value}" for i, ex in built.items()]
    return [*lines, *left_out]
