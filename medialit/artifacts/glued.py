"""Words run together where a space, a link or a line break was lost."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from medialit import resources as res
from medialit.artifacts.common import (
    LEFT_WORD,
    find_all,
    finder,
    in_address,
    occurrences,
    rules,
    zipf,
)
from medialit.artifacts.model import Artifact, flag

# Start at the capital (rare) rather than the lower-case word (everywhere): much faster.
_CAMEL_GLUE = re.compile(r"[A-Z](?<=[a-z][A-Z])[A-Za-z]*")

_DIGIT_GLUE = re.compile(r"\d(?<=[a-z]\d)\d{1,3}\b")


@cache
def _glue_tables() -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    glue = rules()["glue"]
    prefixes = frozenset(glue["name_prefixes"])
    pattern = re.compile(
        r"\b(" + "|".join(glue["prepositions"]) + ")(" + "|".join(glue["determiners"]) + r")\b"
    )
    return frozenset(res.ENGLISH_FUNCTION_WORDS), prefixes, pattern


@cache
def joined_words() -> frozenset[str]:
    """Every small word glued to a determiner ("ofthe"), as `_lower_glue` looks for them."""
    glue = rules()["glue"]
    return frozenset(p + d for p in glue["prepositions"] for d in glue["determiners"])


@cache
def _joined_finder() -> Any:
    """An automaton of every small word glued to a determiner, for `_lower_glue`."""
    return finder(joined_words())


def _lower_glue(
    story: str, pattern: re.Pattern[str], at: dict[str, list[int]] | None
) -> Iterator[re.Match[str]]:
    """The matches `pattern.finditer` gives, tried only where a glued pair of words starts.

    A match is one whole word, a small word and a determiner, so matches never overlap
    and each starts where the automaton finds its letters: one pass in C finds the few
    places to try, rather than the pattern trying every word of the text. `at` holds the
    offsets of the glued pairs in the lower-cased story when the caller found them.
    """
    if at is None:
        starts = {i for found in occurrences(_joined_finder(), story).values() for i in found}
    else:
        # Found in lower case: only the pairs written in small letters are the pattern's.
        starts = {i for w in joined_words() for i in at.get(w, ()) if story.startswith(w, i)}
    for start in sorted(starts):
        m = pattern.match(story, start)
        if m is not None:
            yield m


def _is_word(part: str, function_words: frozenset[str]) -> bool:
    """True when `part` is a common English word; the commonest need no frequency list."""
    low = part.lower()
    return low in function_words or zipf(low) >= rules()["glue"]["min_part_zipf"]


def detect(text: str, story: str, *, at: dict[str, list[int]] | None = None) -> Iterator[Artifact]:
    """Words run together at a case change, between small words or before a number.

    `at` gives the offsets of the glued small words in the lower-cased story when the
    caller found them already.
    """
    function_words, prefixes, lower_glue = _glue_tables()
    explain = (
        "Two words run together without a space. Text copied from a web page loses the space "
        "where a link, a tag or a line break was removed; find-and-replace can do it too."
    )
    max_joined = rules()["glue"]["max_joined_zipf"]
    for m in _CAMEL_GLUE.finditer(story):
        right = m.group()
        before = LEFT_WORD.search(story, max(0, m.start() - 30), m.start())
        if before is None or before.group() in prefixes or len(right) < 2:
            continue
        left = before.group()
        if in_address(story, before.start(), m.end()):
            continue
        # Two content words joined ("easyJet", "airBaltic") are usually a brand name; a
        # removed line break or link leaves a function word on one side ("weekThe", "ofNorth").
        if left in function_words or (
            right.lower() in function_words
            and _is_word(left, function_words)
            and zipf((left + right).lower()) < max_joined
        ):
            fix = f"{left} {right}"
            yield flag(text, before.start(), m.end(), "glued_words", explain, fix, "glue:case")
    for m in _lower_glue(story, lower_glue, at):
        joined = m.group()
        if zipf(joined) < min(zipf(m.group(1)), zipf(m.group(2))) - 2:
            fix = f"{m.group(1)} {m.group(2)}"
            yield flag(text, m.start(), m.end(), "glued_words", explain, fix, "glue:lower")
    min_digit = rules()["glue"]["min_digit_word_zipf"]
    for m in _DIGIT_GLUE.finditer(story):
        before = LEFT_WORD.search(story, max(0, m.start() - 30), m.start())
        if before is None or in_address(story, before.start(), m.end()):
            continue
        word = before.group()
        if word in function_words or (len(word) >= 4 and zipf(word) >= min_digit):
            fix = f"{word} {m.group()}"
            yield flag(text, before.start(), m.end(), "glued_words", explain, fix, "glue:digit")


_EXPLAIN_PUNCTUATION = (
    "No space after the punctuation: two sentences, or a quote and the words around it, run "
    "together where a line break or a link was lost when the text was copied."
)
# "wealth.Hot", "he said.Essal", "country\"said", "”sticker", "(STF)asked", "''he".
# Each pattern starts at its mark (a literal or a small set), never at every word.
_STOP_GLUE = re.compile(r"[.!?](?<=[a-z]{2}[.!?])(?=[A-Z][a-z]+\b)")
_STOP_LEFT = re.compile(r"(?<![\w.@/])[a-z]{2,}$")
_STOP_RIGHT = re.compile(r"[A-Z][a-z]+\b")
# A match is the mark alone, and the words are read in a look-ahead from it (inside a
# one-character look-behind): the engine goes from mark to mark, as it does for a pattern
# that opens with a class, rather than trying the alternatives at every character.
_PUNCTUATION_GLUE = re.compile(
    r"[”\"'’(](?<=(?="
    r"(?:(?P<qleft>[”\"](?<=\w[”\"])|['’]['’])(?P<qright>[A-Za-z]{2,})"
    r"|(?P<bleft>\([^()\s]{2,}[^()]*\))(?P<bright>[a-z]{2,}))"
    r").)"
)
_DASH_GLUE = re.compile(r"[—–](?<=[A-Za-z]{2}[—–])[ \t](?P<dright>[A-Z][a-z]+)")
_DASH_LEFT = re.compile(r"\b[A-Za-z]{2,}$")


_WEB = re.compile(r"www|https?:|@|/|\.(?:com|org|net|gov|edu|co|uk|de|fr|ru|cn)\b", re.IGNORECASE)


def _web_address(story: str, start: int, end: int) -> bool:
    """True when the token around start..end is a web or e-mail address."""
    left = story.rfind(" ", 0, start) + 1
    right = story.find(" ", end)
    return _WEB.search(story[left : right if right != -1 else len(story)]) is not None


def _punctuation_spans(story: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, left, right) of words glued at a full stop, a quote, a bracket or a dash."""
    for m in _STOP_GLUE.finditer(story):
        left = _STOP_LEFT.search(story, max(0, m.start() - 40), m.start())
        right = _STOP_RIGHT.match(story, m.end())
        if left is None or right is None or _web_address(story, left.start(), right.end()):
            continue
        yield left.start(), right.end(), left.group() + m.group(), right.group()
    done = 0
    for m in _PUNCTUATION_GLUE.finditer(story):
        end = m.end("qright") if m.group("qright") else m.end("bright")
        if m.start() < done:
            continue  # inside the words glued at an earlier mark, which are one match
        done = end
        if m.group("qleft") and m.group("qleft")[-1] == '"' and story.count('"') < 2:
            continue  # an inch mark, not a quote
        words = m.group("qleft") or m.group("bleft"), m.group("qright") or m.group("bright")
        yield m.start(), end, *words
    for m in _DASH_GLUE.finditer(story):
        word = _DASH_LEFT.search(story, max(0, m.start() - 40), m.start())
        if word is not None:
            yield word.start(), m.end(), word.group() + story[m.start()], m.group("dright")


def _punctuation(text: str, story: str) -> Iterator[Artifact]:
    for start, end, left, right in sorted(_punctuation_spans(story)):
        fix = f"{left} {right}"
        yield flag(text, start, end, "glued_words", _EXPLAIN_PUNCTUATION, fix, "glue:punctuation")


_LONG_WORD = re.compile(r"(?<![\w’'-])[A-Za-zÀ-ÿ]{6,}(?![\w’'-])")
_CAMEL_WORDS = re.compile(r"(?<![\w’'-])([A-Z]?[a-z]{2,}+)((?:[A-Z][a-z]{2,}+)+)(?![\w’'-])")
# What every such word holds, found from its capital (rare): most texts have none, and skip
# the scan of every word above.
_CAMEL_HINT = re.compile(r"[A-Z](?<=[a-z]{2}[A-Z])(?=[a-z]{2})")


@cache
def _split_words() -> tuple[frozenset[str], tuple[str, ...]]:
    glue = rules()["glue"]
    return frozenset(glue["split_words"]), tuple(glue["name_endings"])


def _unknown(low: str, endings: tuple[str, ...]) -> bool:
    """True when the lower-case word is not in the frequency list and ends like no name."""
    return zipf(low) <= 0 and not low.endswith(endings)


def _split(token: str) -> tuple[str, str] | None:
    """Where an unknown word splits into a word (or a name) and a common word after it."""
    glue = rules()["glue"]
    # Built once, not for each of the text's long words (nearly all of them known words).
    words, endings = _split_words()
    low = token.lower()
    if not _unknown(low, endings):
        return None
    for cut in range(len(token) - 2, 2, -1):
        left, right = token[:cut], low[cut:]
        if right in _SHORT_ENDINGS:
            # Many names end in these letters: only a common word glued to one counts.
            if token[0].islower() and zipf(left) >= glue["min_short_ending_zipf"]:
                return left, token[cut:]
            continue
        if right not in words and (len(right) < 5 or zipf(right) < glue["min_split_zipf"]):
            continue
        if token[0].isupper() or zipf(left.lower()) >= glue["min_split_zipf"]:
            return left, token[cut:]
    return None


_SHORT_ENDINGS = frozenset(("in", "on", "an", "as", "at", "is", "it", "to"))


# Every run of the letters `_LONG_WORD` takes, six or more, without its look-arounds.
_LETTER_RUN = re.compile(r"[A-Za-zÀ-ÿ]{6,}")


def _unknown_long_words(story: str, endings: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """The matches of `_LONG_WORD` that are unknown words, as its `finditer` gives them.

    Nearly every long word is a known one. Each distinct run of letters is looked up once,
    and `_LONG_WORD` is tried only where an unknown one stands. Its class holds no character
    outside words but × and ÷, so (without them) each of its matches is a whole run.
    """
    if "×" in story or "÷" in story:
        for m in _LONG_WORD.finditer(story):
            if _unknown(m.group().lower(), endings):
                yield m
        return
    unknown = {w for w in set(_LETTER_RUN.findall(story)) if _unknown(w.lower(), endings)}
    for start in sorted({i for word in unknown for i in find_all(story, word)}):
        found = _LONG_WORD.match(story, start)
        if found is not None and found.group() in unknown:
            yield found


def _dictionary(text: str, story: str) -> Iterator[Artifact]:
    """An unknown word that is a word (or a name) and a common word: "Mendonçaof"."""
    endings = _split_words()[1]
    for m in _unknown_long_words(story, endings):
        parts = _split(m.group())
        if parts is None or in_address(story, m.start(), m.end()):
            continue
        fix = f"{parts[0]} {parts[1]}"
        explain = (
            f"“{m.group()}” is no English word: “{parts[0]}” and “{parts[1]}” run together "
            "where a link or a line break was removed when the text was copied."
        )
        yield flag(text, m.start(), m.end(), "glued_words", explain, fix, "glue:dictionary")
    for m in _CAMEL_WORDS.finditer(story) if _CAMEL_HINT.search(story) else ():
        token = m.group()
        pieces = re.findall(r"[A-Z]?[a-z]+", token)
        if zipf(token.lower()) >= 1 or in_address(story, m.start(), m.end()):
            continue
        if m.group(1)[:1].islower() and m.group(1).lower() in rules()["glue"]["name_prefixes"]:
            continue
        if not all(zipf(p.lower()) >= 3 or p[0].isupper() for p in pieces):
            continue
        if not any(zipf(p.lower()) >= 4 for p in pieces[1:]):
            continue
        explain = (
            f"“{token}” joins words that stand apart in English ({', '.join(pieces)}): a menu, "
            "a name or a sentence ran into the next when the text was copied."
        )
        fix = " ".join(pieces)
        yield flag(text, m.start(), m.end(), "glued_words", explain, fix, "glue:camel")


# A sentence that runs into the next with no full stop: "... the mayor If he had known".
# Both start at a character and look back from it, rather than at every position.
_RUN_ON = re.compile(
    r" (?<=[a-z] )(?:If|But|However|Although|While|When|He|She|They|We|It)(?= [a-z])"
)
# An agency's credit run into the caption or the line before it: "Harbour Mastersdpa".
_WORD_BEFORE = re.compile(r"[\w’'-]+$")
_CREDITS = ("dts", "dpa", "afp", "ddp", "kna")
_CREDIT = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]{2,}(?:dts|dpa|afp|ddp|kna)$", re.MULTILINE)


def _run_on(text: str, story: str) -> Iterator[Artifact]:
    for m in _RUN_ON.finditer(story):
        before = _WORD_BEFORE.search(story, max(0, m.start() - 30), m.start())
        start = before.start() if before is not None else m.start()
        explain = (
            "A capitalised word in mid-sentence, with no full stop before it: two sentences, or "
            "a credit line and a sentence, ran together where a line break was lost."
        )
        fix = story[start : m.start()] + "." + m.group()
        yield flag(text, start, m.end(), "glued_words", explain, fix, "glue:run_on")
    for m in _CREDIT.finditer(story) if any(c in story for c in _CREDITS) else ():
        explain = (
            "An agency's credit (dpa, dts, AFP...) run into the word before it: the caption or "
            "the line and the credit under it lost the break between them."
        )
        cut = m.end() - 3
        fix = f"{story[m.start() : cut]} {story[cut : m.end()]}"
        yield flag(text, m.start(), m.end(), "glued_words", explain, fix, "glue:credit")


def detect_more(text: str, story: str) -> Iterator[Artifact]:
    """Words run together after punctuation, and unknown words that split into two."""
    seen: set[tuple[int, int]] = set()
    for found in [*_punctuation(text, story), *_dictionary(text, story), *_run_on(text, story)]:
        if (found.start, found.end) not in seen:
            seen.add((found.start, found.end))
            yield found
