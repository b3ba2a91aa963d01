"""A lesson-plan skeleton for a drafted lesson, in the shape every plan of the kit has."""

from __future__ import annotations

from medialit.authoring.draft import skill_title
from medialit.authoring.draftfile import Draft, exercise_part
from medialit.authoring.found import markdown_text as escape
from medialit.authoring.lessonfile import kept, unreviewed
from medialit.exercises import from_data

MINUTES_PER_EXERCISE = 4
TEACHING_MINUTES = 10


def _answers(draft: Draft) -> list[str]:
    lines = []
    late = set(unreviewed(draft))
    for number, entry in enumerate(kept(draft), start=1):
        exercise = from_data(exercise_part(dict(entry)))
        mark = " *(not reviewed)*" if entry["id"] in late else ""
        lines.append(f"{number}. **{escape(exercise.prompt)}**{mark}  ")
        lines.append(f"   {escape(exercise.solution_text)}")
        if exercise.explanation:
            lines.append(f"   {escape(exercise.explanation)}")
    return lines


def plan_markdown(draft: Draft, *, notebook: str) -> str:
    """The plan as Markdown: minutes, objectives, outline, misconceptions, answers, rubric."""
    exercises = kept(draft)
    skills = list(dict.fromkeys(str(e["skill"]) for e in exercises))
    minutes = MINUTES_PER_EXERCISE * len(exercises)
    headline = draft["article"]["text"].strip().splitlines()[0]
    mistakes = [f"- {escape(str(m['message']))}" for e in exercises for m in e.get("mistakes", [])]
    rubrics = [
        f"- {escape(str(e['prompt']))}\n  {escape(str(e['rubric']))}"
        for e in exercises
        if e["kind"] == "reflection"
    ]
    outline = [f"| {TEACHING_MINUTES // 2} | Teaching | Introduce the article and the skills. |"]
    outline += [
        f"| {MINUTES_PER_EXERCISE * sum(e['skill'] == s for e in exercises)} | Exercise | "
        f"{skill_title(s)} |"
        for s in skills
    ]
    outline.append(f"| {TEACHING_MINUTES // 2} | Teaching | Debrief. |")
    skipped = [f"- {skill_title(s['skill'])}: {escape(s['why'])}" for s in draft["skipped"]]
    parts = [
        f"# Lesson {draft['notebook']}: {escape(headline)}",
        f"**Notebook:** `{notebook}` (answer-key edition beside it)  \n"
        f"**Time:** {TEACHING_MINUTES} minutes teaching, {minutes} minutes exercises "
        f"({TEACHING_MINUTES + minutes} minutes)  \n"
        f"**Article:** {escape(str(draft['article']['name']))}",
        "## Objectives\n\nAfter this lesson, learners can read this article for:\n\n"
        + "\n".join(f"{i}. {skill_title(s).lower()};" for i, s in enumerate(skills, 1)),
        "## Key questions\n\n- Who made this page, and when?\n- Whose words are these claims, "
        "and through whom did they reach the page?\n- What would you check before sharing it?",
        "## What to prepare\n\n- Review every exercise in `review.ipynb` before class.\n"
        + (
            "\n".join(["- Skills this article gives nothing to practise:", *skipped])
            if skipped
            else ""
        ),
        "## Timed outline\n\n| minutes | part | what happens |\n|---|---|---|\n"
        + "\n".join(outline),
        "## Common misconceptions\n\n" + ("\n".join(mistakes) or "- (add your own)"),
        "## Answers\n\n" + "\n".join(_answers(draft)),
        "## Rubric for the open answers\n\n" + ("\n".join(rubrics) or "- (no open answers)"),
        "## Key points\n\n- (add the two or three points this article teaches best)",
        "## Debrief\n\n- Ask learners to try the same questions on an article they were about "
        "to share this week.",
    ]
    return "\n\n".join(parts) + "\n"
