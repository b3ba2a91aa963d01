"""Words run together where a space, a link or a line break was lost."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from medialit import resources as res
from medialit.artifacts.common import LEFT_WORD, in_address, rules, zipf
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


def _is_word(part: str, function_words: frozenset[str]) -> bool:
    """True when `part` is a common English word; the commonest need no frequency list."""
    low = part.lower()
    return low in function_words or zipf(low) >= rules()["glue"]["min_part_zipf"]


def detect(text: str, story: str) -> Iterator[Artifact]:
    """Words run together at a case change, between small words or before a number."""
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
    for m in lower_glue.finditer(story):
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
