"""What the analyzers found in one article, gathered once for every skill's drafter.

Only the kit's public API is used (`medialit.analyze`, `medialit.provenance`), so the
drafters read the same contract as `python -m medialit analyze --json`.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from medialit.article import Article
from medialit.display import escape

Item = dict[str, Any]
"""One drafted exercise: a lesson-file exercise plus `skill`, `evidence` and `reviewed`."""


@dataclass(frozen=True)
class Skipped:
    """A skill the article gives nothing to practise, and why."""

    skill: str
    why: str


@dataclass(frozen=True)
class Found:
    """One article and everything the analyzers report about it, as plain JSON data."""

    article: Article
    results: dict[str, Any]
    page: dict[str, Any]
    date: dt.date | None

    def in_frame(self, start: int) -> bool:
        """Whether character `start` lies in the page's headline, byline, date or dateline."""
        return any(p["start"] <= start < p["end"] for k, p in self.page.items() if k != "headline")

    def speakers(self) -> list[dict[str, Any]]:
        """The sources cited as speakers in the story itself (not in the byline or dateline)."""
        return [
            {**s, "mentions": kept}
            for s in self.results["sources"]
            if "speaker" in s["roles"]
            and (kept := [m for m in s["mentions"] if not self.in_frame(m["start"])])
        ]

    def sentence_of(self, start: int) -> str:
        """The text of the sentence that holds character `start`."""
        for sentence in self.article.sentences:
            if sentence.start <= start < sentence.end:
                return sentence.text
        return ""

    def sentence_by_id(self, sentence_id: str) -> str:
        """The text of one sentence, by its id such as `P3.S1`."""
        for sentence in self.article.sentences:
            if sentence.id == sentence_id:
                return sentence.text
        return ""


def gather(article: Article, *, document_date: dt.date | None = None) -> Found:
    """Run every analyzer on the article once.

    >>> found = gather(Article.from_text("The mayor resigned, officials said."))
    >>> [s["name"] for s in found.results["sources"]]
    ['officials']
    """
    import medialit

    result = medialit.analyze(article, document_date=document_date).to_json()
    page = medialit.provenance(article)
    parts = {
        kind: {"start": seg.start, "end": seg.end, "text": seg.text}
        for kind in ("headline", "byline", "date", "dateline", "agency_credit")
        if (seg := getattr(page, kind)) is not None
    }
    value = result["document_date"].get("value")
    date = dt.date.fromisoformat(value) if value else None
    return Found(article=article, results=result, page=parts, date=date)


def evidence(start: int, end: int, text: str, *, rule: str, why: str = "") -> dict[str, Any]:
    """One piece of an analyzer's evidence: where it is in the article, and the rule behind it."""
    return {"start": start, "end": end, "text": text, "rule": rule, "why": why}


@cache
def texts() -> dict[str, Any]:
    """The wording the drafters use: skill names, labels, notes for skipped skills."""
    source = resources.files("medialit").joinpath("data/authoring/texts.json")
    data: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    return data


def item(kind: str, ident: str, skill: str, prompt: str, **fields: Any) -> Item:
    """A drafted exercise, not yet reviewed."""
    evidence_list = fields.pop("evidence", [])
    return {
        "kind": kind,
        "id": ident,
        "prompt": prompt,
        **{k: v for k, v in fields.items() if v not in (None, "", [], ())},
        "skill": skill,
        "evidence": evidence_list,
        "reviewed": False,
    }


def markdown_text(text: str) -> str:
    """Article text for Markdown: escaped like any HTML view, with quotes left readable.

    >>> markdown_text("it's $5 <b>")
    "it's <span>$</span>5 &lt;b&gt;"
    """
    return escape(text).replace("&#x27;", "'").replace("&quot;", '"')


def pickable(passage: str, spans: list[str]) -> list[str]:
    """The spans a learner can pick in the passage: whole words, with a letter or digit, once.

    >>> pickable("He said: no.", ["said", " :", "ai", "said"])
    ['said']
    """
    from medialit.exercises import PickSpans

    kept: list[str] = []
    for span in (s.strip() for s in spans):
        if span in kept or not any(ch.isalnum() for ch in span):
            continue
        try:
            PickSpans(id="span", prompt="Pick.", passage=passage, spans=[span])
        except ValueError:
            continue
        kept.append(span)
    return kept


def quoted(text: str, *, words: int = 8) -> str:
    """Text in curly quotes, cut to its first `words` words.

    >>> quoted("one two three", words=2)
    '“one two …”'
    """
    parts = text.split()
    short = " ".join(parts[:words]) + (" …" if len(parts) > words else "")
    return f"“{short}”"
