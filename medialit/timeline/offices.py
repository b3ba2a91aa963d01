"""Office holders a text names: "President Clinton" dates the page to Clinton's term.

A person named with the title of an office ("Prime Minister Netanyahu", "Pope John Paul II")
held that office when the page was written, unless the text says otherwise ("former President
Carter", "the late Chancellor Adenauer", "Vice President Gore"). The terms come from
`medialit/data/lexicons/office_holders.json`, which names its sources.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from medialit.resources import load_lexicon, read_lexicon
from medialit.timeline.model import Evidence

# A term as months: its first day, and its last day (None while it still runs).
Span = tuple[dt.date | None, dt.date | None]


def years_allowed(allowed: Sequence[Span], *, most: int) -> tuple[int, int] | None:
    """The first and last years that closed spans allow, when they cover at most `most` years.

    >>> years_allowed([(dt.date(1997, 1, 20), dt.date(1998, 6, 30))], most=40)
    (1997, 1998)
    >>> years_allowed([(dt.date(1997, 1, 20), None)], most=40) is None
    True
    """
    if not allowed or any(lo is None or hi is None for lo, hi in allowed):
        return None
    first = min(lo.year for lo, _ in allowed if lo is not None)
    last = max(hi.year for _, hi in allowed if hi is not None)
    return (first, last) if last - first <= most else None


@dataclass(frozen=True)
class Holding:
    """A mention of an office holder with their title, and the terms it may refer to."""

    evidence: Evidence
    spans: tuple[Span, ...]


def _fold(text: str) -> str:
    """The text without accents, letter for letter, so "Chavez" finds "Chávez"."""
    # ASCII letters have no accents to take off: only the other characters are looked at.
    return _NOT_ASCII.sub(_unaccented, text)


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _unaccented(m: re.Match[str]) -> str:
    return _first_of(m.group())


@cache
def _first_of(char: str) -> str:
    return unicodedata.normalize("NFD", char)[0]


def _month(value: str, *, last: bool) -> dt.date:
    year, month = (int(p) for p in value.split("-")[:2])
    return dt.date(year, month, calendar.monthrange(year, month)[1] if last else 1)


Term = tuple[str, str, Span]
"""Who held which office, and when: ("Bill Clinton", "President of the United States", span)."""


@cache
def _table() -> tuple[re.Pattern[str], dict[tuple[str, str], tuple[Term, ...]]]:
    """One pattern for every title and name form, and what each (title, form) pair means."""
    # Read afresh, not kept: the pattern and the table below are all the kit needs of it.
    data = read_lexicon("office_holders")
    meaning: dict[tuple[str, str], list[Term]] = defaultdict(list)
    titles: set[str] = set()
    forms: set[str] = set()
    for office in data["offices"].values():
        # The office without its note on coverage: "President of Venezuela".
        label = office["office"].split(" (")[0]
        for holder in office["holders"]:
            # One tuple per term, shared by every (title, form) pair that names the holder.
            terms = [
                (
                    holder["name"],
                    label,
                    (_month(first, last=False), _month(end, last=True) if end else None),
                )
                for first, end in holder["terms"]
            ]
            for title in map(_fold, office["titles"]):
                titles.add(title)
                for form in map(_fold, holder["forms"]):
                    forms.add(form)
                    meaning[(title, form)].extend(terms)

    def alternation(words: set[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    # Each title opens with its own first letter and only then looks behind it, so that `re`
    # reads the letters a match can open with and skips the rest of the text in one go.
    # The titles are grouped by that letter (longest first within it): at a capital, only
    # the titles that start with it are tried, rather than each title in turn.
    rests: dict[str, list[str]] = defaultdict(list)
    for w in sorted(titles, key=len, reverse=True):
        rests[w[0]].append(re.escape(w[1:]))
    openers = "|".join(
        rf"{re.escape(first)}(?<![\w-].)(?:{'|'.join(rest)})"
        for first, rest in sorted(rests.items())
    )
    pattern = re.compile(
        rf"(?P<title>{openers})\s+(?P<form>{alternation(forms)})"
        # "Pope Leo XIII" is not "Pope Leo"; "Prime Minister May 5" is a date, not Theresa May;
        # "President Bush's plan" is still President Bush.
        r"(?=['’]s\b|(?![\w'’-]*\w))(?!\s+(?:[IVXL]+\b|\d))"
    )
    return pattern, {pair: tuple(terms) for pair, terms in meaning.items()}


@cache
def _not_current() -> re.Pattern[str]:
    words = load_lexicon("page_year")["not_current_holder"]
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # "former U.S. President", "the late Soviet leader", "Vice President", "then-Prime Minister"
    return re.compile(rf"(?i:\b(?:{alternation}))[\s-]*(?:[A-Z][\w.'’-]*\s+){{0,3}}$")


def office_holders(text: str) -> list[Holding]:
    """Every office holder the text names with a title of their office, with their terms.

    >>> [h.evidence.text for h in office_holders("Former President Carter met President Clinton.")]
    ['President Clinton']
    """
    pattern, meaning = _table()
    found: list[Holding] = []
    folded = _fold(text)
    for m in pattern.finditer(folded):
        terms = meaning.get((m.group("title"), m.group("form")))
        if not terms or _not_current().search(folded, max(0, m.start() - 40), m.start()):
            continue
        words = text[m.start() : m.end()]
        who = sorted({f"{name}, {office}" for name, office, _ in terms})
        spans = tuple(sorted({span for _, _, span in terms}, key=lambda s: s[0] or dt.date.min))
        says = (
            f"'{words}' is {' or '.join(who)} ({_terms(spans)}): "
            "the page was written while they held the office"
        )
        evidence = Evidence(m.start(), m.end(), words, rule="office_holder", says=says)
        found.append(Holding(evidence, spans))
    return found


def _terms(spans: tuple[Span, ...]) -> str:
    def one(span: Span) -> str:
        first, last = span
        start = f"{first:%B %Y}" if first else "?"
        return f"{start} to {last:%B %Y}" if last else f"since {start}"

    return "; ".join(one(s) for s in spans)
