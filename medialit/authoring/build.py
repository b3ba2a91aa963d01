"""Build a reviewed draft into a student notebook, an answer-key notebook and a lesson plan.

The key edition is written first and executed, so its outputs show every reference
answer and common mistake checked; the student edition is derived from it exactly as
the kit's own notebooks are (`medialit.editions`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import nbformat

from medialit import editions
from medialit.authoring.draft import skill_title
from medialit.authoring.draftfile import Draft, DraftError, read_draft
from medialit.authoring.found import markdown_text as escape
from medialit.authoring.lessonfile import kept, unreviewed
from medialit.authoring.plan import plan_markdown

nbf: Any = nbformat
SHOW_TAGS = ["nbval-ignore-output"]
KEY_CHECK = """ex = lesson.exercise({ident!r})
print(ex.check(ex.reference))
for mistake in ex.mistakes:
    print(ex.check(ex.answer_making(mistake)))"""
UNREVIEWED = (
    "**Not reviewed.** The kit drafted this exercise and no teacher has checked it yet: "
    "check its key and feedback before you rely on it."
)


def paths(folder: Path, draft: Draft) -> dict[str, Path]:
    """Where the student notebook, the key notebook and the plan of a draft go."""
    name = str(draft["notebook"])
    return {
        "student": folder / f"{name}.ipynb",
        "key": folder / f"{name}_key.ipynb",
        "plan": folder / f"{name}_plan.md",
    }


def key_notebook(draft: Draft) -> Any:
    """The answer-key edition of a draft, before it is executed."""
    md, code = nbf.v4.new_markdown_cell, nbf.v4.new_code_cell
    headline = draft["article"]["text"].strip().splitlines()[0]
    exercises = kept(draft)
    skills = list(dict.fromkeys(str(e["skill"]) for e in exercises))
    goals = "\n".join(f"- {skill_title(s).lower()};" for s in skills)
    cells = [
        md(f"# {draft['notebook'][:2]} · {escape(headline)}"),
        md(
            "## What you will be able to do\n\nAfter this notebook you will be able to read "
            f"this article for:\n\n{goals}\n\nWork from top to bottom. Your answers are saved "
            "as you go."
        ),
        code(
            'from medialit import authoring\n\nlesson = authoring.open_lesson("lesson.json")\n'
            'authoring.open_article("lesson.json").show()',
            metadata={"tags": SHOW_TAGS},
        ),
    ]
    late = set(unreviewed(draft))
    number = 0
    for skill in skills:
        cells.append(md(f"## {skill_title(skill)}"))
        for entry in (e for e in exercises if e["skill"] == skill):
            number += 1
            cells.append(md(f"### Exercise {number}"))
            if entry["id"] in late:
                cells.append(md(UNREVIEWED, metadata={"tags": [editions.KEY_TAG]}))
            cells.append(
                code(f"lesson.exercise({entry['id']!r}).show()", metadata={"tags": SHOW_TAGS})
            )
            cells.append(
                code(KEY_CHECK.format(ident=entry["id"]), metadata={"tags": [editions.KEY_TAG]})
            )
    cells.append(
        md(
            "## Before you go\n\nYour answers are saved in your answers file; your teacher can "
            "collect them. Try the same questions on the next article you are about to share."
        )
    )
    return editions.normalise(nbf.v4.new_notebook(cells=cells))


def build(
    folder: str | Path, *, allow_unreviewed: bool = False, execute: bool = True
) -> dict[str, Path]:
    """Write the student notebook, the key notebook and the plan; refuse unreviewed items."""
    folder = Path(folder)
    draft = read_draft(folder / "lesson.json")
    late = unreviewed(draft)
    if late and not allow_unreviewed:
        raise DraftError(
            f"{len(late)} exercise{'s' if len(late) != 1 else ''} not reviewed yet: "
            f'{", ".join(late)}. Review them in review.ipynb (or set "reviewed": true in '
            "lesson.json), or build with --allow-unreviewed to mark them in the key."
        )
    if not kept(draft):
        raise DraftError("every exercise was dropped: there is nothing to build")
    out = paths(folder, draft)
    out["key"].write_text(editions.to_text(key_notebook(draft)), encoding="utf-8")
    if execute:
        noisy = editions.execute(out["key"])
        if noisy:
            raise DraftError("; ".join(noisy))
    student = editions.derive(nbf.read(out["key"], as_version=4))
    out["student"].write_text(editions.to_text(student), encoding="utf-8")
    out["plan"].write_text(plan_markdown(draft, notebook=out["student"].name), encoding="utf-8")
    return out
