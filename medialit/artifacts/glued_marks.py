"""Words run together across a punctuation mark: a full stop, a comma, a bracket, a percent.

A copy that lost a line break or a space leaves "Monday.She", "Norway,Sweden", "5%in" or
"Monday(local"; each pattern starts at its mark, and both sides must be words (checked with
wordfreq) or names, so that "St.Petersburg", "1,000" and "e.g." are left alone.

>>> page = "The port reopened on Monday.Officials were pleased."
>>> [(a.rule, a.suggestion) for a in detect(page, page)]
[('glue:after_stop', 'Monday. Officials')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medialit.artifacts.common import in_address, rules, zipf
from medialit.artifacts.model import Artifact, flag

_EXPLAIN = {
    "after_stop": "The full stop has no space after it: two sentences run together where a line "
    "break or a space was lost when the text was copied.",
    "after_comma": "No space after the comma, semicolon or colon: words run together where a "
    "space was lost when the text was copied.",
    "after_percent": "No space after the percent sign: the number and the next word run "
    "together where a space was lost.",
    "before_bracket": "No space before the bracket: the word and the bracket run together "
    "where a space was lost when the text was copied.",
}

# Each pattern starts at its mark and looks back for the word before it.
_STOP = re.compile(r"[.!?](?<=[A-Za-z][a-z][.!?])(?=[A-Z][a-z]+\b)")
_COMMA = re.compile(r"[,;:](?<=[A-Za-z][a-z][,;:])(?=[A-Za-z][a-z]+\b)")
_PERCENT = re.compile(r"%(?<=\d%)(?=[A-Za-z]{2,}\b)")
_BRACKET = re.compile(r"\((?<=[A-Za-z]{3}\()(?=[a-z]{2,}\b)")
_WORD_BEFORE = re.compile(r"[A-Za-z]+$")
_WORD_AFTER = re.compile(r"[A-Za-z]+")
_NUMBER_BEFORE = re.compile(r"[\d.,]+$")


def _known(word: str) -> bool:
    """A word wordfreq knows, or a capitalised name."""
    return word[:1].isupper() or zipf(word.lower()) >= rules()["glue"]["min_part_zipf"]


def _pairs(story: str, pattern: re.Pattern[str]) -> Iterator[tuple[int, int, int, str, str]]:
    """(start, mark, end, left word, right word) around each match of the mark."""
    for m in pattern.finditer(story):
        before = _WORD_BEFORE.search(story, max(0, m.start() - 40), m.start())
        after = _WORD_AFTER.match(story, m.end())
        if before is None or after is None:
            continue
        yield before.start(), m.start(), after.end(), before.group(), after.group()


def _web(story: str, start: int, end: int) -> bool:
    """True inside a web or e-mail address, whose dots join words on purpose."""
    left = story.rfind(" ", 0, start) + 1
    right = story.find(" ", end)
    token = story[left : right if right != -1 else len(story)]
    return "/" in token or "@" in token or "www" in token.lower()


def _stops(story: str) -> Iterator[tuple[int, int, str, str]]:
    abbreviations = frozenset(rules()["glue"]["abbreviations_before_names"])
    for start, mark, end, left, right in _pairs(story, _STOP):
        if left.lower() in abbreviations or _web(story, start, end):
            continue
        if left[:1].isupper() and _known(right) and zipf(right.lower()) > 0:
            yield start, end, "after_stop", f"{story[start : mark + 1]} {right}"


def _commas(story: str) -> Iterator[tuple[int, int, str, str]]:
    for start, mark, end, left, right in _pairs(story, _COMMA):
        if in_address(story, start, end) or not (_known(left) and _known(right)):
            continue
        yield start, end, "after_comma", f"{story[start : mark + 1]} {right}"


def _percents(story: str) -> Iterator[tuple[int, int, str, str]]:
    for m in _PERCENT.finditer(story):
        number = _NUMBER_BEFORE.search(story, max(0, m.start() - 20), m.start())
        after = _WORD_AFTER.match(story, m.end())
        if number is not None and after is not None and _known(after.group()):
            fix = f"{story[number.start() : m.end()]} {after.group()}"
            yield number.start(), after.end(), "after_percent", fix


def _brackets(story: str) -> Iterator[tuple[int, int, str, str]]:
    for start, _, end, left, right in _pairs(story, _BRACKET):
        if in_address(story, start, end) or not (_known(left) and _known(right)):
            continue
        yield start, end, "before_bracket", f"{left} ({right}"


def detect(text: str, story: str) -> Iterator[Artifact]:
    """Words run together after a full stop, comma or percent sign, or before a bracket."""
    found: list[tuple[int, int, str, str]] = []
    if "." in story or "!" in story or "?" in story:
        found += _stops(story)
    if "," in story or ";" in story or ":" in story:
        found += _commas(story)
    if "%" in story:
        found += _percents(story)
    if "(" in story:
        found += _brackets(story)
    for start, end, rule, fix in found:
        yield flag(text, start, end, "glued_words", _EXPLAIN[rule], fix, f"glue:{rule}")
