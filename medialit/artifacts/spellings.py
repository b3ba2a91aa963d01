"""Disputed or foreign spellings of names (Kiev for Kyiv), unless the text names them as such."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from medialit import resources as res
from medialit.artifacts.common import phrase_pattern, windowed
from medialit.artifacts.model import Artifact, flag
from medialit.regexes import compiled


def _first_word(form: str) -> str:
    """The form's first word in lower case: a trigger for "Estados Unidos" or "États-Unis"."""
    return form.split()[0].split("-")[0].lower()


@cache
def _spelling_table() -> list[tuple[str, re.Pattern[str], dict[str, str]]]:
    entries: list[dict[str, str]] = res.load_lexicon("names_en")["spellings"]
    return [
        (_first_word(e["form"]), compiled(e.get("pattern") or phrase_pattern(e["form"])), e)
        for e in entries
    ]


_OLD_NAME_CUE = re.compile(
    r"\b(?:formerly|also known as|known as|then|once|previously|renamed from|old name|called)"
    r"\W{0,3}$",
    re.IGNORECASE,
)


def _named_on_purpose(visible: str, start: int, end: int, preferred: str) -> bool:
    """True when the text gives the old name as such ("Myanmar, also known as Burma")."""
    if preferred in visible[max(0, start - 80) : end + 80]:
        return True
    return _OLD_NAME_CUE.search(visible, max(0, start - 25), start) is not None


def detect(text: str, visible: str, low: str, words: frozenset[str]) -> Iterator[Artifact]:
    """Disputed spellings of names, with the preferred one."""
    for trigger, pattern, entry in _spelling_table():
        if low and trigger not in words:
            continue
        explanation = f"{entry['explanation']} (Source: {entry['source']}.)"
        rule = f"spelling:{entry['kind']}:{entry['form']}"
        preferred = entry["preferred"]
        for m in windowed(pattern, visible, low, (trigger,)):
            if _named_on_purpose(visible, m.start(), m.end(), preferred):
                continue
            yield flag(text, m.start(), m.end(), "spelling", explanation, preferred, rule)
