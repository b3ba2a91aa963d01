"""Small words of the source language left untranslated inside an English sentence.

"between the two parties e the unions" keeps the Italian or Portuguese "e" (and): a word
that machine translation passed through as it was. The words come from `untranslated.json`;
each is a function word of another language and not an English word, and is flagged only
where English words stand on both sides of it, so names ("Rio de Janeiro") are left alone.

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

_NAMES = {"it": "Italian", "pt": "Portuguese", "es": "Spanish", "de": "German", "fr": "French"}
_NAMES |= {"id": "Indonesian", "tr": "Turkish"}


@cache
def _table() -> tuple[re.Pattern[str], dict[str, dict[str, Any]]]:
    entries: list[dict[str, Any]] = res.load_lexicon("untranslated")["words"]
    parts = []
    for entry in entries:
        word = re.escape(entry["word"])
        parts.append(entry.get("pattern") or rf"(?<=[a-z,] ){word}(?= [a-z]{{2,}}\b)")
    pattern = re.compile("|".join(f"(?:{p})" for p in parts), re.MULTILINE)
    return pattern, {e["word"]: e for e in entries}


def _explain(entry: dict[str, Any]) -> str:
    languages = " or ".join(_NAMES.get(code, code) for code in entry["languages"])
    return (
        f"“{entry['word']}” is not English: it is “{entry['meaning']}” in {languages}, left "
        "untranslated in the English sentence by a machine translation."
    )


def detect(text: str, story: str) -> Iterator[Artifact]:
    """Function words of another language standing between English words."""
    pattern, entries = _table()
    for m in pattern.finditer(story):
        entry = entries.get(m.group().lower())
        if entry is not None:
            explanation = _explain(entry)
            yield flag(text, m.start(), m.end(), "broken", explanation, None, "broken:untranslated")
