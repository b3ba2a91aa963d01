"""What a flag is: a span, its category and MQM branch, an explanation and a fix."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

CATEGORIES: dict[str, tuple[str, str]] = {
    "calque": ("word-for-word rendering (calque)", "accuracy"),
    "duplicate_quote": ("one quote rendered twice", "accuracy"),
    "grammar": ("wrong tense, mood or word order", "fluency"),
    "punctuation": ("punctuation that breaks a phrase", "fluency"),
    "glued_words": ("words glued together", "fluency"),
    "names": ("one body under several names", "fluency"),
    "mojibake": ("garbled characters (mojibake)", "fluency"),
    "spelling": ("disputed or foreign spelling of a name", "locale conventions"),
    "translated_name": ("a name translated word for word", "accuracy"),
    "locale_format": ("number or punctuation style of another language", "locale conventions"),
    "navigation": ("site navigation", "design and markup"),
    "markup": ("markup fragment", "design and markup"),
    "related_link": ("link to another story", "design and markup"),
    "boilerplate": ("site boilerplate", "design and markup"),
    "caption": ("photo caption or credit", "design and markup"),
    "advert": ("advert label or ad slot", "design and markup"),
    "prompt": ("comment, share, subscribe or paywall prompt", "design and markup"),
    "widget": ("page widget (date bar, counter, clock, weather)", "design and markup"),
    "byline": ("editor's initials or desk code", "design and markup"),
    "broken": ("broken sentence (lost quote, stop or line break)", "fluency"),
}
"""Category -> (label for a learner, MQM top-level branch)."""

LEFTOVER_EXPLANATIONS = {
    "navigation": "Site navigation copied with the text (menu words, section names, a "
    "breadcrumb). It is not part of the story: the text was copied from a web page.",
    "markup": "A fragment of the page's code or data copied with the text. It shows the text "
    "was scraped from a web page, and it often holds an earlier version of the text.",
    "related_link": "A link to another story on the same site, copied with the text. Its "
    "headline tells you about the site (what else it publishes, and when), not this story.",
    "boilerplate": "Site boilerplate (copyright, cookie or newsletter notice), not the story.",
    "caption": "A photo caption or photo credit copied with the text. It describes a picture "
    "the copy no longer shows, so it reads as a stray line in the story.",
}


@dataclass(frozen=True)
class Related:
    """Another span a flag points to, such as the other rendering of a quote."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Artifact:
    """One trace of translation or copying: a span, its kind and how to fix it."""

    start: int
    end: int
    text: str
    category: str
    mqm: str
    explanation: str
    suggestion: str | None = None
    """The corrected wording; "" means delete the span; None when no fix can be proposed."""
    rule: str = ""
    """The rule or lexicon entry that raised the flag, such as `calque:quoted_by_agency`."""
    related: Related | None = None

    def __str__(self) -> str:
        fix = ""
        if self.suggestion == "":
            fix = " -> (delete)"
        elif self.suggestion is not None:
            fix = f" -> {self.suggestion!r}"
        label = CATEGORIES.get(self.category, (self.category, ""))[0]
        return f"{self.start}-{self.end} [{label}; MQM {self.mqm}] {self.text!r}{fix}"


def mask(text: str, segments: Iterable[Any]) -> str:
    """The text with the given segments blanked out, offsets unchanged."""
    parts: list[str] = []
    cursor = 0
    for seg in sorted(segments, key=lambda s: s.start):
        parts.append(text[cursor : seg.start])
        parts.append(" " * (seg.end - seg.start))
        cursor = seg.end
    parts.append(text[cursor:])
    return "".join(parts)


def flag(
    text: str,
    start: int,
    end: int,
    category: str,
    explanation: str,
    suggestion: str | None,
    rule: str,
    related: Related | None = None,
) -> Artifact:
    """An Artifact for `text[start:end]` with its category's MQM branch."""
    return Artifact(
        start=start,
        end=end,
        text=text[start:end],
        category=category,
        mqm=CATEGORIES[category][1],
        explanation=explanation,
        suggestion=suggestion,
        rule=rule,
        related=related,
    )
