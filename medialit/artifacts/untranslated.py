"""Small words of the source language left untranslated inside an English sentence.

"between the two parties e the unions" keeps the Italian or Portuguese "e" (and): a word
that machine translation passed through as it was. The words come from `untranslated.json`;
each is a function word of another language and not an English word, and is flagged only
where English words stand on both sides of it, so names ("Rio de Janeiro") are left alone.
A run of two or more lower-case words that wordfreq does not know as English but knows well
in one source language ("the decision of nesta semana") is flagged too.

>>> [a.text for a in detect("Talks went on sono slow.", "Talks went on sono slow.")]
['sono']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from medialit import resources as res
from medialit.artifacts.model import Artifact, flag
from medialit.regexes import compiled

_NAMES = {"it": "Italian", "pt": "Portuguese", "es": "Spanish", "de": "German", "fr": "French"}
_NAMES |= {"id": "Indonesian", "tr": "Turkish"}


@cache
def _table() -> dict[str, tuple[re.Pattern[str], dict[str, Any]]]:
    """Each word -> its pattern and entry; a text is searched only for the words it holds."""
    table = {}
    for entry in res.load_lexicon("untranslated")["words"]:
        word = re.escape(entry["word"])
        # The word first and what stands before it looked back at from its end: a pattern
        # that opens with the word is searched for as a literal, many times faster.
        body = entry.get("pattern") or rf"{word}(?<=[a-z,] {word})(?= [a-z]{{2,}}\b)"
        table[entry["word"]] = (compiled(body, re.MULTILINE), entry)
    return table


_LETTERS = re.compile(r"[^\W\d_]+")


def _explain(entry: dict[str, Any]) -> str:
    languages = " or ".join(_NAMES.get(code, code) for code in entry["languages"])
    return (
        f"“{entry['word']}” is not English: it is “{entry['meaning']}” in {languages}, left "
        "untranslated in the English sentence by a machine translation."
    )


def detect(text: str, story: str) -> Iterator[Artifact]:
    """Function words of another language standing between English words."""
    table = _table()
    for word in table.keys() & set(_LETTERS.findall(story.lower())):
        pattern, entry = table[word]
        for m in pattern.finditer(story):
            explanation = _explain(entry)
            yield flag(text, m.start(), m.end(), "broken", explanation, None, "broken:untranslated")


_SOURCE_LANGUAGES = ("it", "es", "pt", "fr", "de", "id", "tr")
_MAX_ENGLISH_ZIPF = 3.0
_MIN_SOURCE_ZIPF = 4.5
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-zà-öø-ÿğışç]+(?![\w’'-])")


def _rare_in_english(words: set[str]) -> set[str]:
    """The words wordfreq gives an English Zipf frequency under 3 (one table lookup each)."""
    from medialit.artifacts.frequency import zipf_of_words

    # The compact English table glued-word detection reads; Zipf 3 is one in a million.
    # A word with a letter English does not use ('città', 'für') is rare without a lookup.
    ascii_words = [w for w in words if w.isascii()]
    common = zipf_of_words(ascii_words)
    return {w for w in words if not w.isascii() or common[w] < _MAX_ENGLISH_ZIPF}


def _source_language(run: list[str]) -> str | None:
    """The one source language in which every word of the run is common, if any."""
    from wordfreq import zipf_frequency

    for code in _SOURCE_LANGUAGES:
        if all(zipf_frequency(w, code) >= _MIN_SOURCE_ZIPF for w in run):
            return code
    return None


_MAX_LINK_LETTERS = 3
_LONG_WORD = 6


def _runs(story: str, tokens: list[re.Match[str]], rare: set[str]) -> Iterator[list[re.Match[str]]]:
    """Runs of adjacent lower-case words with at least two rare ones; short words may link them."""
    run: list[re.Match[str]] = []
    for m in [*tokens, None]:
        adjacent = bool(run) and m is not None and story[run[-1].end() : m.start()] == " "
        fits = m is not None and (
            m.group() in rare or (adjacent and len(m.group()) <= _MAX_LINK_LETTERS)
        )
        if fits and (adjacent or not run) and m is not None:
            run.append(m)
            continue
        while run and run[-1].group() not in rare:
            run.pop()
        if sum(w.group() in rare for w in run) >= 2:
            yield run
        run = [m] if m is not None and m.group() in rare else []


def detect_runs(text: str, story: str) -> Iterator[Artifact]:
    """Runs of lower-case words that are common in a source language and rare in English."""
    tokens = list(_LOWER_WORD.finditer(story))
    # Like the glued-word check, only a text with a long word pays for loading wordfreq.
    if not any(len(m.group()) >= _LONG_WORD for m in tokens):
        return
    rare = _rare_in_english({m.group() for m in tokens})
    if len(rare) < 2:
        return
    # A word neither rare nor short only ends a run, and so does the gap its removal leaves.
    kept = [m for m in tokens if len(m.group()) <= _MAX_LINK_LETTERS or m.group() in rare]
    for run in _runs(story, kept, rare):
        code = _source_language([w.group() for w in run])
        if code is not None:
            explanation = (
                f"These words are not English: they are {_NAMES[code]}, left untranslated in "
                "the English sentence by a machine translation."
            )
            start, end = run[0].start(), run[-1].end()
            yield flag(text, start, end, "broken", explanation, None, "broken:untranslated_run")
