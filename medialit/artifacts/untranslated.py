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
from itertools import compress, count
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


def detect(text: str, story: str, *, words: frozenset[str] | None = None) -> Iterator[Artifact]:
    """Function words of another language standing between English words.

    `words` are the words of `story` in lower case, when the caller has them already.
    """
    table = _table()
    if words is None:
        words = frozenset(_LETTERS.findall(story.lower()))
    for word in table.keys() & words:
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
    from medialit.artifacts.frequency import zipf_of_words

    # Each language's compact table, never wordfreq's whole lists (about 200 MiB for seven).
    for code in _SOURCE_LANGUAGES:
        if min(zipf_of_words(run, code).values()) >= _MIN_SOURCE_ZIPF:
            return code
    return None


_MAX_LINK_LETTERS = 3
_LONG_WORD = 6


# The words and what lies between them, in one split: [before, word, gap, word, gap, ...].
_LOWER_WORD_SPLIT = re.compile(f"({_LOWER_WORD.pattern})")


def _runs(words: list[str], gaps: list[str], rare: set[str]) -> Iterator[tuple[int, int]]:
    """Runs of adjacent lower-case words with at least two rare ones; short words may link them.

    A run (first and last index into `words`) starts at a rare word and goes on through the
    words that follow it, each one space after the last, while they are rare or short; it
    ends at its last rare word. `gaps[i]` is what lies between words i and i + 1.
    """
    # Only a rare word starts a run: the words between runs are never looked at one by one.
    starts = list(compress(count(), map(rare.__contains__, words)))
    done = 0
    for first in starts:
        if first < done:
            continue
        last, count_rare, i = first, 1, first + 1
        while i < len(words) and gaps[i - 1] == " ":
            word = words[i]
            if word in rare:
                last, count_rare = i, count_rare + 1
            elif len(word) > _MAX_LINK_LETTERS:
                break
            i += 1
        done = i
        if count_rare >= 2:
            yield first, last


def detect_runs(text: str, story: str) -> Iterator[Artifact]:
    """Runs of lower-case words that are common in a source language and rare in English."""
    parts = _LOWER_WORD_SPLIT.split(story)
    words, gaps = parts[1::2], parts[2::2]
    # Like the glued-word check, only a text with a long word pays for loading wordfreq.
    if max(map(len, words), default=0) < _LONG_WORD:
        return
    rare = _rare_in_english(set(words))
    if len(rare) < 2:
        return
    for first, last in _runs(words, gaps, rare):
        code = _source_language(words[first : last + 1])
        if code is not None:
            explanation = (
                f"These words are not English: they are {_NAMES[code]}, left untranslated in "
                "the English sentence by a machine translation."
            )
            start = sum(map(len, parts[: 2 * first + 1]))
            end = start + sum(map(len, parts[2 * first + 1 : 2 * last + 2]))
            yield flag(text, start, end, "broken", explanation, None, "broken:untranslated_run")
