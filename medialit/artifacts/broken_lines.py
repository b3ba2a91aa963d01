"""Sentences broken where lines were joined or cut: headings run in, clauses restarted, labels.

A copy of a web page keeps the page's line breaks in mid-sentence ("would be" / "Cut by a
third"), runs a heading into the sentence below it ("Harbour closes after storm The harbour
authority..."), restarts a clause with a capital after a comma, repeats a label as the start
of the paragraph below it, or keeps a stray sentence ending after a quote ("I did."). The word
lists live in `data/lexicons/broken.json`.

>>> page = "Harbour shut after the storm The port closed on Monday."
>>> [a.rule for a in detect(page, page)]
['broken:heading_run_in']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import islice, pairwise

from medialit import resources as res
from medialit.artifacts.model import Artifact, flag

_EXPLAIN = {
    "line_break_after": "The line stops on a word no sentence ends on, and the sentence goes "
    "on below: a hard line break of the page was kept in the middle of the sentence.",
    "comma_at_line_end": "The line ends on a comma and the text goes on below: a hard line "
    "break of the page was kept in the middle of the sentence.",
    "heading_run_in": "A heading run into the sentence below it: the line break between them "
    "was lost, so a new sentence starts in mid-line with a capital.",
    "clause_restart": "A capital after a comma starts a new sentence in mid-sentence: two "
    "sentences, or a heading and a sentence, were run together when the text was copied.",
    "stray_ending": "A two-word sentence left after a quote: the ending of a sentence of the "
    "source language (or of a lost sentence) was kept on its own.",
    "first_person_report": "Reported speech that turns to the first person (“…said that we "
    "are…”) outside quotation marks: the marks around the speaker's own words were lost.",
    "repeated_label": "A short label above a paragraph that the paragraph repeats as its "
    "opening words: the label was translated and fused into the sentence.",
}


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    table = res.load_lexicon("broken")
    comma = re.compile(r", (?:" + "|".join(table["comma_openers"]) + r")(?= [a-z]+\b)")
    stray = re.compile(
        r"[”\"](?<=[.?!,][”\"])[ \t]+(?:"
        + "|".join(table["stray_pronouns"])
        + r")[ \t]+(?:"
        + "|".join(table["stray_auxiliaries"])
        + r")\.(?=\s|$)"
    )
    first = re.compile(
        r"\b(?:"
        + "|".join(table["first_person_verbs"])
        + r")\s+that\s+(?:we|I)\s+(?:"
        + "|".join(table["first_person_next"])
        + r")\b[^.!?\n]*"
    )
    return comma, stray, first


_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"\S+")
_LINE_END = frozenset(".!?:;,\"”’'…)»]-–—|")
_HEADING_STOPS = re.compile(r"[.,;:!?\"“”()«»|]")


def _lines(story: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _LINE.finditer(story) if m.group().strip()]


def _line_breaks(lines: list[tuple[int, str]]) -> Iterator[tuple[int, int, str]]:
    """A line of four words or more that stops on a comma or a word no sentence ends on."""
    ends = frozenset(res.load_lexicon("broken")["line_end_words"])
    for (start, line), (_, below) in pairwise(lines):
        body = line.rstrip()
        # The last four words at most: a paragraph's line holds hundreds.
        words = body.rsplit(None, 3)
        if len(words) < 4 or not below.lstrip()[:1].isalpha():
            continue
        cut = start + len(body) - len(words[-1])
        if body[-1] == ",":
            yield cut, start + len(body), "comma_at_line_end"
        elif body[-1] not in _LINE_END and words[-1] in ends:
            yield cut, start + len(body), "line_break_after"


def _headings(lines: list[tuple[int, str]]) -> Iterator[tuple[int, int, str]]:
    """The first words of a line, with no punctuation, then a capital that opens a sentence."""
    openers = frozenset(res.load_lexicon("broken")["sentence_openers"])
    most = res.load_lexicon("broken")["max_heading_words"]
    for start, line in lines:
        # Most lines have no opener among their first words: split (in C) they are passed
        # over before their words are matched one by one.
        if openers.isdisjoint(line.split(None, most + 2)[2 : most + 1]):
            continue
        # The first words only: a paragraph's line holds hundreds.
        words = list(islice(_WORD.finditer(line), most + 2))
        for i in range(2, len(words) - 1):
            word, after = words[i].group(), words[i + 1].group()
            if _HEADING_STOPS.search(words[i - 1].group()):
                break
            if word in openers and after[:1].islower() and words[i - 1].group()[-1:].isalpha():
                yield start + words[0].start(), start + words[i].end(), "heading_run_in"
                break


def _labels(lines: list[tuple[int, str]]) -> Iterator[tuple[int, int, str]]:
    """The opening words of a line that repeat the short line above it."""
    most = res.load_lexicon("broken")["max_label_words"]
    for (_, line), (below_start, below) in pairwise(lines):
        # Split no further than tells a long line: its first `most` + 1 words and the rest.
        words = line.split(None, most + 1)
        if not 2 <= len(words) <= most:
            continue
        label = " ".join(words)
        if label[-1:] in _LINE_END:
            continue
        lead = len(below) - len(below.lstrip())
        head = below.lstrip()[: len(label)]
        rest = below.lstrip()[len(label) : len(label) + 1]
        if head.lower() == label.lower() and (rest == "" or not rest.isalnum()):
            yield below_start + lead, below_start + lead + len(label), "repeated_label"


def _quoted(story: str, pos: int) -> bool:
    """True when `pos` is inside a quotation opened earlier in its line."""
    before = story[story.rfind("\n", 0, pos) + 1 : pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _first_person(story: str, pattern: re.Pattern[str]) -> Iterator[tuple[int, int, str]]:
    if " that we " not in story and " that I " not in story:
        return
    for m in pattern.finditer(story):
        if not _quoted(story, m.start()):
            yield m.start(), m.end(), "first_person_report"


def detect(text: str, story: str) -> Iterator[Artifact]:
    """Hard line breaks in a phrase, headings run in, restarted clauses, stray endings, labels."""
    lines = _lines(story)
    comma, stray, first = _patterns()
    found = [*_line_breaks(lines), *_headings(lines), *_labels(lines), *_first_person(story, first)]
    if ", " in story:
        found += [(m.start() + 2, m.end(), "clause_restart") for m in comma.finditer(story)]
    if "”" in story or '"' in story:
        found += [(m.start() + 1, m.end(), "stray_ending") for m in stray.finditer(story)]
    for start, end, rule in sorted(found):
        yield flag(text, start, end, "broken", _EXPLAIN[rule], None, f"broken:{rule}")
