"""Draft a lesson from any article: exercises per skill, fitted to what the analyzers found.

>>> from medialit.article import Article
>>> text = ("Bridge to reopen in May\\n\\nBy Ana Ruiz\\n\\nThe old bridge will reopen in May, "
...         "the mayor said on Monday. Engineers warned that repairs could take longer.")
>>> lesson = draft_lesson(Article.from_text(text, name="bridge.txt"))
>>> lesson["notebook"], [x["skill"] for x in lesson["skipped"]][:1]
('90_bridge', ['chains'])
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from medialit.article import Article
from medialit.authoring import attributions, dates, page_parts, sources, traces
from medialit.authoring.draftfile import DraftError, check_exercise
from medialit.authoring.found import Found, Item, Skipped, gather, item, texts

DRAFTERS: tuple[Callable[[Found], list[Item | Skipped]], ...] = (
    page_parts.draft,
    sources.draft,
    attributions.draft,
    traces.draft,
    dates.draft,
)
"""One drafter per skill, in the order the lesson takes them."""

FORMAT = 1


def notebook_name(article_name: str, *, number: int = 90) -> str:
    """A lesson notebook name from an article's file name.

    >>> notebook_name("Ferry Contract (2024).txt")
    '90_ferry_contract_2024'
    """
    stem = article_name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    slug = re.sub(r"[^a-z0-9]+", "_", stem.lower()).strip("_") or "article"
    return f"{number:02d}_{slug}"


def draft_lesson(
    article: Article, *, document_date: dt.date | None = None, notebook: str | None = None
) -> dict[str, Any]:
    """The draft lesson for one article: every exercise unreviewed, each skipped skill explained."""
    found = gather(article, document_date=document_date)
    drafted: list[Item] = []
    skipped: list[dict[str, str]] = []
    for drafter in DRAFTERS:
        for result in drafter(found):
            if isinstance(result, Skipped):
                skipped.append({"skill": result.skill, "why": result.why})
            elif problem := _unusable(result):
                skipped.append({"skill": result["skill"], "why": problem})
            else:
                drafted.append(result)
    drafted.append(_reflection(found))
    return {
        "notebook": notebook or notebook_name(article.name),
        "exercises": drafted,
        "article": {
            "name": article.name.replace("\\", "/").rsplit("/", 1)[-1],
            "text": article.text,
            "date": document_date.isoformat() if document_date else None,
        },
        "skipped": skipped,
        "format": FORMAT,
    }


def _unusable(entry: Item) -> str:
    """Why the kit cannot build this drafted exercise, or an empty string when it can."""
    try:
        check_exercise(entry, label=f"exercise {entry['id']!r}")
    except DraftError as err:
        return f"the kit could not make a usable exercise here ({err})"
    return ""


def _reflection(found: Found) -> Item:
    vague = [s["name"] for s in found.results["sources"] if not s.get("named")][:2]
    example = (
        f"I would check what {vague[0]} said, because the page does not name them: I would "
        "look for another outlet that names the source."
        if vague
        else "I would check the main claim in another outlet that covered the same events."
    )
    return item(
        "reflection",
        "reflection",
        "reflection",
        "Of everything you found in this article, what would you check first before sharing "
        "it, and how would you check it?",
        rubric="A strong answer (1) names one specific claim or source, quoting the page; "
        "(2) says why it matters most (vague source, long chain, missing date, the writer's own "
        "claim); (3) names a concrete way to check it (the original source, another outlet, "
        "the date).",
        example=example,
        hints=["Start from the weakest link you found: a vague source, a missing date, a chain."],
    )


def skill_title(skill: str) -> str:
    """The name of a skill as a teacher reads it."""
    title: str = texts()["skills"].get(skill, skill)
    return title
