"""One name spelled two ways in one text: with and without its accents ("Pérez", "Perez"),
or with an umlaut written out ("Göring", "Goering"), also when a small word is glued to the
plain form ("Nunezwhere"). Copying through a keyboard, a feed or a
translation that cannot write the letter leaves both forms.

>>> text = "Mayor Núñez opened the bridge. Later Nunez said it was safe."
>>> [(a.text, a.suggestion) for a in detect(text, text)]
[('Nunez', 'Núñez')]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from medialit import resources as res
from medialit.artifacts.model import Artifact, flag

# A name, alone or before a possessive "'s" ("Piñera's mandate"). It starts at the capital
# (rare) and looks back from it for the word's start, rather than at every character.
_NAME = re.compile(
    r"[A-ZÀ-ÖØ-Þ](?<![\w’'-][A-ZÀ-ÖØ-Þ])[^\W\d_]+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]+)?"
    r"(?![\w-]|['’](?!s\b)\w)"
)
_SPELLED_OUT = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def _plain(name: str) -> str:
    if name.isascii():
        return name.lower()  # nothing to decompose
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _keys(name: str) -> set[str]:
    spelled = "".join(_SPELLED_OUT.get(c, c) for c in name)
    return {_plain(name), _plain(spelled)}


def _unglued(word: str, accented: dict[str, str]) -> str:
    """The name without a small word glued to its end ("Perezwhere"), when the text has it."""
    if _plain(word) in accented:
        return word
    for cut in range(len(word) - 2, 3, -1):
        if word[cut:].lower() in res.ENGLISH_FUNCTION_WORDS and _plain(word[:cut]) in accented:
            return word[:cut]
    return word


def _preferred(word: str, accented: dict[str, str]) -> tuple[str, str | None]:
    """The name in `word` and its accented spelling in the text, if the name lacks accents."""
    name = _unglued(word, accented)
    if not name.isascii():
        return name, None
    return name, next((accented[k] for k in _keys(name) if k in accented), None)


def detect(text: str, story: str) -> Iterator[Artifact]:
    """Spellings of a name without its accents when the text also has it with them."""
    if story.isascii():
        return
    matches = [m for m in _NAME.finditer(story) if len(m.group()) >= 4]
    # A name recurs in a text: each spelling is worked out once, in the order of the text.
    spellings = dict.fromkeys(m.group() for m in matches)
    accented: dict[str, str] = {}
    for word in spellings:
        if not word.isascii():
            for key in _keys(word):
                accented.setdefault(key, word)
    if not accented:
        return  # no name is written with letters beyond ASCII: none can lack them
    found = {word: _preferred(word, accented) for word in spellings}
    for m in matches:
        name, preferred = found[m.group()]
        if preferred is None:
            continue
        explain = (
            f"The text writes this name as “{preferred}” and as “{name}”: one name, two "
            "spellings. Letters lost on the way (a keyboard, a news feed, a translation) show "
            f"the text was copied; the name's own spelling is “{preferred}”."
        )
        end = m.start() + len(name)
        yield flag(text, m.start(), end, "names", explain, preferred, "names:accents")
