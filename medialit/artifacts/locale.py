"""Number, time and quote styles of another language (decimal commas, guillemets)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from medialit import resources as res
from medialit.artifacts.common import rules
from medialit.artifacts.model import Artifact, flag
from medialit.regexes import compiled


@cache
def _locale_table() -> list[tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]]:
    entries: list[dict[str, str]] = [
        *rules()["locale_patterns"],
        *res.load_lexicon("locale_formats")["patterns"],
    ]
    return [(compiled(e["requires"]), compiled(e["pattern"]), e) for e in entries]


# A pattern's opening, when it is one character or an escape: the patterns that open with
# the same one are searched together (a class or a group opens patterns that share little).
_OPENING = re.compile(r"\\.|[^\\\[(]")


@cache
def _gate_groups() -> list[tuple[re.Pattern[str] | None, tuple[re.Pattern[str], ...]]]:
    """The distinct `requires` patterns, grouped by their opening, with one alternation of
    each group of several (None for a group of one).

    A text in which the alternation finds nothing holds none of its members: one search
    rather than one for each member, in the texts (nearly all) where none occurs.
    """
    groups: dict[str, dict[str, re.Pattern[str]]] = {}
    for requires, _, _ in _locale_table():
        opening = _OPENING.match(requires.pattern)
        key = opening.group() if opening is not None else requires.pattern
        groups.setdefault(key, {})[requires.pattern] = requires
    return [
        (
            compiled("|".join(f"(?:{m})" for m in members)) if len(members) > 1 else None,
            tuple(members.values()),
        )
        for members in groups.values()
    ]


def _passing(visible: str) -> frozenset[str]:
    """The `requires` patterns (as written) that find something in the text."""
    passing: list[str] = []
    for joined, members in _gate_groups():
        if joined is None or joined.search(visible) is not None:
            passing += [m.pattern for m in members if m.search(visible) is not None]
    return frozenset(passing)


_ORDINAL_ENDINGS = {"1": "st", "2": "nd", "3": "rd"}

# Fixes that only move or replace a mark: kind -> (search, replacement).
_MARK_FIXES: dict[str, tuple[str, str]] = {
    "low_high_quotes": ("„", "“"),
    "opening_mark_closes": ("“", "”"),
    "comma_after_quote": (r"([”\"]),", r",\1"),
    "stop_after_full_quote": (r"”\.$", ".”"),
    "degree_sign": ("º", "°"),
}


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
    if kind in _MARK_FIXES:
        search, replacement = _MARK_FIXES[kind]
        return re.sub(search, replacement, found)
    if kind == "typewriter_quotes":
        return found.replace("``", "“").replace("''", "”")
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
    # Each distinct quick pattern is searched once, and those that open alike together.
    passing = _passing(visible)
    for requires, pattern, entry in _locale_table():
        if requires.pattern not in passing:
            continue
        rule = f"locale:{entry['id']}"
        # A pattern may name the part to flag ("at"): the rest is the context it needs.
        part = "at" if "at" in pattern.groupindex else 0
        for m in pattern.finditer(visible):
            start, end = m.span(part)
            fix = _locale_fix(entry["fix"], m.group(part))
            yield flag(text, start, end, "locale_format", entry["explanation"], fix, rule)
