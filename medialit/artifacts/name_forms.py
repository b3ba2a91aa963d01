"""One person named two ways in one text: two transliterations of the same name
("Yoon", "Yun"; "Zelensky", "Zelenskyy") or a surname cut short or lengthened after the
same first name ("Ana Petrovska", then "Ana Petrov").

>>> text = "President Zelenskyy spoke first. Later Zelensky said the talks were useful."
>>> [(a.text, a.suggestion) for a in detect(text, text)]
[('Zelensky', 'Zelenskyy')]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache

from medialit import resources as res
from medialit.artifacts.common import zipf
from medialit.artifacts.model import Artifact, flag

# A name, alone or before a possessive "'s" ("Yun's remarks"). Each pattern starts at the
# capital (rare) and looks back from it for the word's start: a pattern that opens with the
# look-behind is tried at every character of the text, and is twice as slow.
_END = r"(?![\w-]|['’](?!s\b)\w)"
_NAME = re.compile(r"[A-Z](?<![\w’'-][A-Z])[^\W\d_A-Z]{2,}(?:-[A-Z]?[^\W\d_]+)?" + _END)
# A first name and a surname, found at every capital that starts one (overlapping: "Ana
# Petrova Ivanova" gives two). The capital is taken first and the rest is read from it in a
# look-ahead inside a one-character look-behind: the engine goes from capital to capital
# rather than trying the look-ahead at every character.
_FULL_NAME = re.compile(
    r"[A-Z](?<=(?=(?P<first>[A-Z](?<![\w’'-][A-Z])[^\W\d_A-Z]+) (?P<last>[A-Z][^\W\d_A-Z]{3,})"
    + _END
    + ").)"
)
# Letters that English renderings of the same name trade for one another (Russian 'х' as
# 'kh' or 'h', Korean '윤' as 'Yoon' or 'Yun', Ukrainian '-ий' as '-y', '-yy' or '-iy').
_SWAPS = (
    ("sch", "sh"), ("kh", "h"), ("zh", "j"), ("dj", "j"), ("tz", "c"), ("ts", "c"),
    ("cz", "c"), ("ph", "f"), ("ck", "k"), ("q", "k"), ("w", "v"), ("x", "ks"), ("j", "y"),
    ("oo", "u"), ("ou", "u"), ("yu", "u"), ("iu", "u"), ("ee", "i"), ("ie", "i"),
    ("iy", "i"), ("ij", "i"), ("yy", "i"), ("y", "i"),
)  # fmt: skip
_DOUBLE = re.compile(r"(.)\1+")
# A common word is not a name, whatever its letters ("Our" and "Your" share a skeleton).
_COMMON = 5.0


def _plain(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=4096)
def skeleton(name: str) -> str:
    """The name with the letters that transliterations trade for one another made alike.

    >>> skeleton("Zelenskyy") == skeleton("Zelenskiy") == skeleton("Zelensky")
    True
    """
    s = _plain(name)
    for a, b in _SWAPS:
        s = s.replace(a, b)
    return _DOUBLE.sub(r"\1", s)


def detect(text: str, story: str) -> Iterator[Artifact]:
    """Later spellings of a name that the text first wrote another way."""
    yield from _transliterations(text, story)
    yield from _surnames(text, story)


@cache
def _spelled_elsewhere() -> frozenset[str]:
    """Names the spellings lexicon judges with its own exceptions ("Chicken Kiev")."""
    entries = res.load_lexicon("names_en")["spellings"]
    return frozenset(w for e in entries for w in (e["form"], e["preferred"]))


_BEFORE = re.compile(r"([\w’'.-]+)\s+$")
_ALIAS = re.compile(r"\b(?:known as|aka|alias|spelled|spelt|or)\W{0,3}(?:[A-Z][\w’'-]*\s+){0,2}$")
_SHORT = 5


def _word_before(story: str, pos: int) -> str:
    m = _BEFORE.search(story, max(0, pos - 30), pos)
    return m.group(1) if m else ""


def _transliterations(text: str, story: str) -> Iterator[Artifact]:
    first: dict[str, tuple[str, int]] = {}
    spelled = _spelled_elsewhere()
    for m in _NAME.finditer(story):
        name = m.group()
        earlier, at = first.setdefault(skeleton(name), (name, m.start()))
        if earlier == name or name in spelled or _plain(earlier) == _plain(name):
            continue  # the same letters, or accents only (`variants` handles those)
        if _ALIAS.search(story, max(0, m.start() - 60), m.start()):
            continue  # "Mohammed Odeh, also known as Mohammad …" gives the other form on purpose
        before = _word_before(story, m.start())
        if min(len(name), len(earlier)) < _SHORT and not (
            before[:1].isupper() and before == _word_before(story, at)
        ):
            continue  # short names collide by chance; the same title before both ties them
        if zipf(name.lower()) >= _COMMON or zipf(earlier.lower()) >= _COMMON:
            continue
        explain = (
            f"The text first writes “{earlier}” and here “{name}”: two English renderings of "
            "one name from another alphabet. A careful writer keeps one; a switch suggests "
            "machine translation or text stitched from two sources."
        )
        rule = "names:transliteration"
        yield flag(text, m.start(), m.end(), "names", explain, earlier, rule)


def _glued_on(longer: str, shorter: str) -> bool:
    """True when the extra letters are a word or letters glued on ("Smithof", "Smithdts")."""
    extra = longer[len(shorter) :].lower()
    return extra in res.ENGLISH_FUNCTION_WORDS or not any(c in "aeiouy" for c in extra)


def _surnames(text: str, story: str) -> Iterator[Artifact]:
    surname: dict[str, str] = {}
    for m in _FULL_NAME.finditer(story):
        given, last = m.group("first"), m.group("last")
        earlier = surname.setdefault(given, last)
        if earlier == last:
            continue
        short, long = sorted((earlier, last), key=len)
        if not long.startswith(short) or len(long) - len(short) > 3 or _glued_on(long, short):
            continue
        if zipf(given.lower()) >= _COMMON:
            continue  # "New York" and "New Yorker" share no person
        explain = (
            f"The text first calls this person “{given} {earlier}” and here “{given} {last}”: "
            "one person, two surnames. Machine translation sometimes cuts or lengthens a name "
            "it does not know; the first form is the likelier one."
        )
        start = m.start("last")
        yield flag(text, start, start + len(last), "names", explain, earlier, "names:surname")
