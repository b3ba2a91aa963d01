"""Number, time and quote styles of another language (decimal commas, guillemets)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from medialit.artifacts.common import rules
from medialit.artifacts.model import Artifact, flag


@cache
def _locale_table() -> list[tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]]:
    entries: list[dict[str, str]] = rules()["locale_patterns"]
    return [(re.compile(e["requires"]), re.compile(e["pattern"]), e) for e in entries]


_ORDINAL_ENDINGS = {"1": "st", "2": "nd", "3": "rd"}


def _locale_fix(kind: str, found: str) -> str | None:
    if kind == "thousands_comma":
        return found.replace(".", ",")
    if kind == "decimal_point":
        return found.replace(",", ".")
    if kind == "thousands_space":
        return found.replace(" ", ",")
    if kind == "percent":
        return found.replace(" %", "%")
    if kind == "time_dot":
        return re.sub(r"(\d)\.(\d\d)$", r"\1:\2", found)
    if kind == "strip_space":
        return found.strip()
    if kind == "quotes":
        return found.replace("«", "“").replace("»", "”").replace("“ ", "“").replace(" ”", "”")
    if kind == "time":
        return found.replace("h", ":")
    if kind == "euro_before":
        return "€" + found.rstrip("€ ")
    if kind == "ordinal":
        number = re.match(r"\d+", found)
        if number is None:
            return None
        digits = number.group()
        teen = len(digits) > 1 and digits[-2] == "1"
        return digits + ("th" if teen else _ORDINAL_ENDINGS.get(digits[-1], "th"))
    return None


def detect(text: str, visible: str) -> Iterator[Artifact]:
    """Number, time and quote styles of another language."""
    for requires, pattern, entry in _locale_table():
        if not requires.search(visible):
            continue
        rule = f"locale:{entry['id']}"
        for m in pattern.finditer(visible):
            fix = _locale_fix(entry["fix"], m.group())
            yield flag(text, m.start(), m.end(), "locale_format", entry["explanation"], fix, rule)
