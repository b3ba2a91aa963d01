"""What the sources analyzer returns: sources, their mentions, identities and chains."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass


KINDS = (
    "government",
    "ministry_or_agency",
    "news_organisation",
    "person",
    "organisation",
    "vague",
)
"""The kinds of source, in the order the lesson presents them."""


KIND_LABELS = {
    "government": "government",
    "ministry_or_agency": "ministry or agency of state",
    "news_organisation": "news organisation",
    "person": "person",
    "organisation": "other organisation",
    "vague": "unnamed or vague",
    "page": "the page itself",
}


ROLES = ("speaker", "intermediary")
"""A speaker says something first; an intermediary passes someone else's words on."""


PAGE = "this page"


@dataclass(frozen=True)
class Span:
    """A stretch of the input text: offsets (end exclusive) and the text they spell."""

    start: int
    end: int
    text: str

    def __str__(self) -> str:
        return f"“{self.text}” [{self.start}:{self.end}]"


@dataclass(frozen=True)
class Mention:
    """One place where the text credits a source, with the cue that credits it."""

    start: int
    end: int
    text: str
    sentence: str
    role: str
    cue: Span
    via: tuple[str, ...] = ()
    """For a speaker: the intermediaries that passed the words on, nearest first."""

    def __str__(self) -> str:
        via = f", via {' → '.join(self.via)}" if self.via else ""
        return f"“{self.text}” {self.role} ({self.sentence}, cue “{self.cue.text}”{via})"


@dataclass(frozen=True)
class Source:
    """A source with one canonical name, its kind, its roles and every mention of it."""

    name: str
    kind: str
    named: bool
    country: str | None
    roles: tuple[str, ...]
    mentions: tuple[Mention, ...]

    def __str__(self) -> str:
        places = "; ".join(f"“{m.text}” ({m.sentence})" for m in self.mentions)
        return f"{self.name}: {KIND_LABELS[self.kind]}, {' and '.join(self.roles)}: {places}"


@dataclass(frozen=True)
class Link:
    """One step of a chain of transmission: who, what kind, and what they did."""

    name: str
    kind: str
    role: str
    note: str = ""

    def __str__(self) -> str:
        return f"{self.name} ({self.note})" if self.note else self.name


@dataclass(frozen=True)
class Chain:
    """How a statement reached the page: first speaker, each intermediary, then the page."""

    links: tuple[Link, ...]
    sentences: tuple[str, ...]

    def __str__(self) -> str:
        return " → ".join(str(link) for link in self.links) + f"  [{', '.join(self.sentences)}]"


@dataclass(frozen=True)
class Identity:
    """What a name refers to: a canonical name, a kind and a country."""

    name: str
    kind: str
    country: str | None = None
