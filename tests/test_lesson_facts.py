"""What the lessons say about the article is true of the article.

Every text a learner or teacher reads about the page (exercise prompts and feedback, the
lesson plans, the notebooks' prose) is searched for statements that can be checked
against the page: which years and dates it holds, what a paragraph says word for word,
how often a name occurs, how many sentences it has, and the weekday of a date.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest

from medialit.article import load_article

ROOT = Path(__file__).resolve().parents[1]
LESSONS = ("00", "01", "02", "03", "04")
ARTICLE = load_article()
PARAGRAPHS = {p.id: p.text for p in ARTICLE.paragraphs}
IDS = set(PARAGRAPHS) | {s.id for s in ARTICLE.sentences}
MONTHS = "January February March April May June July August September October November December"
MONTH = "(" + "|".join(MONTHS.split()) + ")"
WEEKDAY = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# Statements that the page holds no year or no date at all (not "no year for its events").
ABSENCE = re.compile(
    r"no year (?:appears|anywhere|at all)|(?:names|states|gives|has) no year(?! for)"
    r"|never (?:a|the) year(?! they| for| of)|but no year(?! for)|no date anywhere",
    re.IGNORECASE,
)


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _texts() -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []
    for number in LESSONS:
        for path in (ROOT / "medialit" / "data" / "exercises").glob(f"{number}_*.json"):
            data = json.loads(path.read_text(encoding="utf-8"))
            texts += [(path.name, text) for text in _strings(data)]
        for path in (ROOT / "lessons").glob(f"{number}_*.md"):
            texts.append((path.name, path.read_text(encoding="utf-8")))
        for path in (ROOT / "lessons" / "keys").glob(f"{number}_*.ipynb"):
            nb = nbformat.read(path, as_version=4)
            texts += [(path.name, c.source) for c in nb.cells if c.cell_type == "markdown"]
    return texts


TEXTS = _texts()


def _find(pattern: str) -> list[tuple[str, re.Match[str]]]:
    return [(where, m) for where, text in TEXTS for m in re.finditer(pattern, text)]


def test_the_texts_are_found() -> None:
    assert len({where for where, _ in TEXTS}) == 3 * len(LESSONS)


def test_no_text_says_the_page_holds_no_year_when_it_does() -> None:
    years = re.findall(r"\b(?:1[89]|20)\d\d\b", ARTICLE.text)
    assert years == ["1997"]
    claims = [(where, m.group(0)) for where, text in TEXTS for m in ABSENCE.finditer(text)]
    assert claims == []
    assert ABSENCE.search("No year appears on the page at all.")
    assert not ABSENCE.search("the page names no year for its own events")


def test_the_only_year_named_is_the_pages_only_year() -> None:
    found = _find(r"(?:only|one) year(?: on the page)?(?: is|,)? (?:May )?(\d{4})")
    assert found, "the lessons name the page's only year"
    assert {m.group(1) for _, m in found} == set(re.findall(r"\b\d{4}\b", ARTICLE.text))


def test_quoted_words_are_in_the_paragraph_they_are_credited_to() -> None:
    found = _find(r"\b(P\d+(?:\.S\d+)?) says (?:so )?\(?“([^”]+)”")
    found += [(w, m) for w, m in _find(r"“([^”]+)” \((P\d+(?:\.S\d+)?)\)")]
    assert len(found) >= 3
    for where, m in found:
        ref, quote = (m.group(1), m.group(2)) if m.group(1) in IDS else m.groups()[::-1]
        paragraph = PARAGRAPHS[ref.split(".")[0]]
        assert quote.rstrip(" …") in paragraph, f"{where}: “{quote}” is not in {ref}"


def test_every_paragraph_or_sentence_named_exists() -> None:
    for where, m in _find(r"\bP\d+(?:\.S\d+)?\b"):
        assert m.group(0) in IDS, f"{where} names {m.group(0)}, which the page does not have"


def test_names_occur_as_often_and_where_the_texts_say() -> None:
    found = _find(r"(\w+) is named (once|twice|three times), in (P\d+) and (P\d+)")
    assert found
    counts = {"once": 1, "twice": 2, "three times": 3}
    for where, m in found:
        name, times, *refs = m.groups()
        assert len(re.findall(rf"\b{name}\b", ARTICLE.text)) == counts[times], where
        assert all(name in PARAGRAPHS[ref] for ref in refs), where


def test_sentence_counts_match_the_page() -> None:
    found = _find(r"(?i)\ball (\d+) sentences")
    assert found
    for where, m in found:
        assert int(m.group(1)) == len(ARTICLE.sentences), where


@pytest.mark.parametrize(
    "pattern",
    [
        rf"{WEEKDAY},? (\d{{1,2}}) {MONTH} (\d{{4}})",
        rf"(\d{{1,2}}) {MONTH} (\d{{4}}) was a {WEEKDAY}",
    ],
)
def test_weekdays_match_their_dates(pattern: str) -> None:
    found = _find(pattern)
    assert found
    for where, m in found:
        parts = m.groups()
        weekday = parts[0] if parts[0].endswith("day") else parts[-1]
        day, month, year = parts[1:4] if parts[0].endswith("day") else parts[:3]
        date = dt.date(int(year), MONTHS.split().index(month) + 1, int(day))
        assert date.strftime("%A") == weekday, f"{where}: {m.group(0)}"


def _labelled_passages() -> Iterator[tuple[str, str, object]]:
    from medialit.exercises import exercises_of, lesson_names

    for notebook in lesson_names():
        for exercise in exercises_of(notebook).values():
            for passage in getattr(exercise, "passages", ()):
                yield notebook, exercise.id, passage


def _page_id(text: str) -> str:
    for paragraph in ARTICLE.paragraphs:
        if paragraph.text.strip() == text.strip():
            return paragraph.id
        if len(paragraph.sentences) > 1:
            for sentence in paragraph.sentences:
                if sentence.text.strip() == text.strip():
                    return sentence.id
    return ""


def test_a_line_of_the_page_is_named_as_the_page_display_names_it() -> None:
    named = 0
    for notebook, exercise_id, passage in _labelled_passages():
        page_id = _page_id(passage.text)  # type: ignore[attr-defined]
        if page_id:
            named += 1
            where = f"{notebook} {exercise_id}: {passage.text[:40]!r}"  # type: ignore[attr-defined]
            assert passage.name(1) == page_id, where  # type: ignore[attr-defined]
    assert named >= 20
