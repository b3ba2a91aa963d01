"""Traces of translation and copying in a news text, each with its MQM kind and a fix.

A flag is a character span, a category, the MQM branch it belongs to (accuracy, fluency,
locale conventions, design and markup), an explanation for a learner and, where one
exists, a suggested correction (an empty string means: delete it). The rules are
general: lexicons of French calques, names and spellings, word frequencies for glued
words, and patterns for punctuation and word order. The page leftovers (navigation,
markup, links to other stories) come from `medialit.article.find_leftovers`.

>>> [a.category for a in artifacts("We received the offer, quoted by the TASS agency.")]
['calque']
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import cache
from typing import Any

from spacy.tokens import Doc

from medialit import pipeline
from medialit.article import Article
from medialit.artifacts import (
    broken,
    broken_lines,
    calques,
    glued,
    glued_marks,
    inversion,
    locale,
    mojibake,
    mood,
    name_forms,
    names,
    of_chain,
    perfect,
    quotes,
    residue,
    since,
    spellings,
    stops,
    tense,
    translated,
    untranslated,
    usage,
    variants,
    verb_first,
)
from medialit.artifacts.common import finder, lower_same_length, occurrences, word_set, zipf
from medialit.artifacts.correction import WordEdit, corrected_article, word_diff
from medialit.artifacts.key import KeyComparison, compare_with_key
from medialit.artifacts.model import (
    CATEGORIES,
    LEFTOVER_EXPLANATIONS,
    Artifact,
    Related,
    flag,
    mask,
)
from medialit.artifacts.view import artifacts_html, diff_html, show_artifacts, show_correction
from medialit.calling import callable_module


def artifacts(
    text_or_doc: str | Doc | Article, *, document_date: dt.date | None = None
) -> list[Artifact]:
    """Find traces of machine translation and of copying from a web page.

    `document_date` is accepted for the analysis contract; these traces do not depend on it.

    >>> for found in artifacts("Moscow denies any bellicose intent, denounces Kiev."):
    ...     print(found.category, found.text, "->", found.suggestion)
    calque bellicose intent -> hostile intent
    spelling Kiev -> Kyiv
    """
    doc = pipeline.as_doc(text_or_doc)
    return pipeline.cached(doc, "artifacts", _find)


def _find(doc: Doc) -> list[Artifact]:
    # The Article's text, not `doc.text`, which spaCy rebuilds from every token.
    article = pipeline.article_of(doc)
    if not article.text.strip():
        return []
    return find(article)


def find(article: Article) -> list[Artifact]:
    """Find the artifacts of an Article (the work behind `artifacts`, without spaCy).

    Every suggested fix is itself checked and repaired, so that no suggestion keeps a trace
    the kit flags elsewhere (a fix of the verb's mood must not keep "theNorth").

    >>> [a.category for a in find(Article.from_text("Home NEWS\\n\\nTalks began."))]
    ['navigation']
    """
    return [_with_clean_suggestion(found) for found in _detect(article)]


def _repaired(suggestion: str) -> str:
    """The suggestion with glued words and garbled letters inside it fixed (one round)."""
    if len(suggestion.split()) < 2:
        return suggestion
    inner = [
        *glued.detect(suggestion, suggestion),
        *glued.detect_more(suggestion, suggestion),
        *mojibake.detect(suggestion, suggestion),
        *mojibake.detect_other(suggestion, suggestion),
    ]
    out, cursor = [], 0
    for fix in sorted(inner, key=lambda f: f.start):
        if fix.start >= cursor and fix.suggestion is not None:
            out += [suggestion[cursor : fix.start], fix.suggestion]
            cursor = fix.end
    return "".join(out) + suggestion[cursor:]


def _with_clean_suggestion(found: Artifact) -> Artifact:
    if not found.suggestion or found.category in LEFTOVER_EXPLANATIONS:
        return found
    repaired = _repaired(found.suggestion)
    return found if repaired == found.suggestion else replace(found, suggestion=repaired)


@cache
def _trigger_finder() -> Any:
    """One automaton for the words that the detectors of words in context start from."""
    return finder(
        calques.trigger_words()
        | usage.trigger_words()
        | names.trigger_words()
        | glued.joined_words()
        | inversion.trigger_words()
        | mood.trigger_words()
        | tense.trigger_words()
        | translated.trigger_words()
        | frozenset((*perfect.TRIGGERS, *since.TRIGGERS))
    )


def _detect(article: Article) -> list[Artifact]:
    text = article.text
    story = mask(text, article.leftovers)
    visible = mask(text, [g for g in article.leftovers if g.kind == "markup"])
    flags: list[Artifact] = [
        flag(text, g.start, g.end, g.kind, LEFTOVER_EXPLANATIONS.get(g.kind, ""), "", "leftover")
        for g in article.leftovers
    ]
    low = lower_same_length(visible)
    words = word_set(low)
    # The words ten detectors start from, found in one pass over the text rather than one each.
    at = occurrences(_trigger_finder(), low) if low else None
    story_at = at if story == visible else None
    story_low = low if low and story == visible else None
    flags += residue.detect(text, story, low=story_low)
    flags += calques.detect(text, visible, low, words, at=at)
    flags += spellings.detect(text, visible, low, words)
    flags += translated.detect(text, visible, low, words, at=at)
    flags += locale.detect(text, visible)
    flags += mojibake.find(text, visible)
    flags += glued.detect(text, story, at=story_at)
    flags += glued.detect_more(text, story)
    flags += glued_marks.detect(text, story)
    flags += broken.detect(text, story)
    flags += broken_lines.detect(text, story)
    # The words of the visible text are the story's when no page furniture was masked.
    flags += untranslated.detect(text, story, words=words if low and story == visible else None)
    flags += untranslated.detect_runs(text, story)
    flags += stops.detect(text, story)
    flags += inversion.detect(text, story, at=story_at)
    flags += verb_first.detect(text, story)
    flags += mood.detect(text, story, low, at=at)
    flags += tense.detect(text, story, low, at=at)
    flags += perfect.detect(text, story, low, at=at)
    flags += since.detect(text, story, low, at=at)
    flags += of_chain.detect(text, story)
    flags += usage.detect(text, story, at=story_at, low=story_low)
    flags += names.detect(text, story, low, at=at)
    flags += variants.detect(text, story)
    flags += name_forms.detect(text, story)
    flags += quotes.detect(text, story)
    flags.sort(key=lambda a: (a.start, a.end, a.category))
    return _without_repeats(flags)


_MAY_OVERLAP = frozenset(
    ("calque", "grammar", "names", "spelling", "duplicate_quote", "locale_format")
)


def _without_repeats(flags: list[Artifact]) -> list[Artifact]:
    """The flags less those that repeat an earlier one: the same kind of damage, overlapping.

    Glued words, broken sentences, garbled letters and page residue are each found by more
    than one rule; calques and grammar traces may overlap on purpose, but the same words are
    flagged once (by the rule that offers a correction, where one does).
    """
    kept: list[Artifact] = []
    for found in flags:
        same = next(
            (
                i
                for i in range(len(kept) - 1, max(-1, len(kept) - 9), -1)
                if _same_words(kept[i], found)
            ),
            None,
        )
        if same is not None:
            if found.suggestion and not kept[same].suggestion:
                kept[same] = found
            continue
        if found.category in _MAY_OVERLAP or not any(
            k.category == found.category and k.start < found.end and found.start < k.end
            for k in kept[-8:]
        ):
            kept.append(found)
    return kept


def _same_words(a: Artifact, b: Artifact) -> bool:
    """Two traces of usage (calque, grammar, naming...) on exactly the same words."""
    return (a.start, a.end) == (b.start, b.end) and {a.category, b.category} <= _MAY_OVERLAP


callable_module(__name__, artifacts)

__all__ = [
    "CATEGORIES",
    "Artifact",
    "KeyComparison",
    "Related",
    "WordEdit",
    "artifacts",
    "artifacts_html",
    "compare_with_key",
    "corrected_article",
    "diff_html",
    "find",
    "show_artifacts",
    "show_correction",
    "word_diff",
    "zipf",
]
