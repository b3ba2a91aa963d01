"""Grouping mentions into bodies: acronyms, surnames, 'the ministry' after its name, 'the mayor'."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass
from medialit.sources.cues import _Found
from medialit.sources.lexicons import _Lexicon, _lexicon
from medialit.sources.model import Identity
from medialit.sources.naming import _identify_cached, identify
from medialit.sources.roles import role_holder, role_of
from medialit.sources.spans import _is_possessive, _normal, _text_chunks, _trim_chunk


def _group(text: str, found: list[_Found]) -> list[_Found]:
    """Give mentions of one body one identity: acronyms, surnames, "the ministry", "the mayor"."""
    lex = _lexicon()
    acronyms = _acronym_table(lex, text)
    out: list[_Found] = []
    seen: list[Identity] = []
    # "Analysts at Hollins Bank": a name that only places a vague source is not a body that
    # "the company" can refer back to.
    places = [(f.start, f.end) for f in found if f.identity.kind == "vague"]
    names: list[tuple[int, str, Identity]] = []

    def named() -> list[tuple[int, str, Identity]]:
        # read once per text, and only for a mention that refers back
        if not names:
            names.extend(_names_in(text))
        return names

    for f in found:
        ident = f.identity
        mention = _normal(text[f.start : f.end])
        if mention in acronyms and mention not in lex.bodies:
            ident = acronyms[mention]
        spokes = lex.body_spokes.fullmatch(mention) if ident.kind == "vague" else None
        if spokes and spokes.group("head").lower() not in lex.bare_heads:
            spokes = None
        role = (ident.kind == "vague" and not spokes) or (
            f.bare and ident.kind == "person" and mention not in lex.bare_heads
        )
        if role:
            # "the mayor" is the person introduced as the mayor, not whoever spoke last
            ident = _role_holder(text, f.start, mention, seen, named) or ident
        elif f.bare or spokes:
            # "the company", and "a company spokeswoman" who speaks for it
            head = spokes.group("head").lower() if spokes else mention
            kinds = lex.bare_heads.get(head, ["person"])
            earlier = [s for s in reversed(seen) if s.kind in kinds and s.kind != "vague"]
            # "the council" is the body whose name ends in "council", before any other body
            # of its kind ("the Millbrook town council ... the planning office ... the council")
            earlier.sort(key=lambda s: (not _same_head(s.name, head), kinds.index(s.kind)))
            found_before = earlier[0] if earlier else _named_before(named(), f.start, kinds, places)
            ident = found_before or ident
        elif (
            ident.kind in ("organisation", "person")
            and " " not in mention
            and not mention.isupper()
            and mention not in lex.bodies
        ):
            ident = _short_name(lex, mention, ident, seen, named, f.start)
        elif ident.kind == "government" and " " not in mention and not mention.isupper():
            # "Ana Lima said ... Lima added": the second mention of a surname is the person,
            # even where the surname is also a capital
            person = _person_seen(mention, seen) or _full_name_before(named(), f.start, mention)
            ident = person if person is not None and person.kind == "person" else ident
        elif ident.kind == "ministry_or_agency" and ident.country is None:
            same = {
                s for s in (g.identity for g in found) if s.country and s.name.endswith(ident.name)
            }
            if len(same) == 1:
                ident = same.pop()
        seen.append(ident)
        out.append(replace(f, identity=ident))
    return out


def _role_holder(
    text: str,
    start: int,
    mention: str,
    seen: list[Identity],
    named: Callable[[], list[tuple[int, str, Identity]]],
) -> Identity | None:
    """The person a role named alone refers back to: one met before with that role."""
    role = role_of(text, start, mention)
    if role is None:
        return None
    earlier = [i for s, _, i in reversed(named()) if s < start]
    return role_holder(text, start, role, dict.fromkeys([*reversed(seen), *earlier]))


def _same_head(name: str, head: str) -> bool:
    return name.lower().endswith(" " + head) or name.lower() == head


def _acronym_table(lex: _Lexicon, text: str) -> dict[str, Identity]:
    """Each acronym the text spells out ("Long Name (LN)"), with the identity of its name."""
    acronyms: dict[str, Identity] = {}
    for m in _acronyms(lex, text):
        long_words = [w for w in m.group("long").split() if w[:1].isupper()]
        letters = m.group("acr").replace(".", "")
        for i, word in enumerate(long_words):
            if _abbreviates(letters, [w[0] for w in long_words[i:]]):
                ident = identify(_from_word(m.group("long"), word))
                if ident is not None:
                    acronyms[m.group("acr")] = ident
                break
    return acronyms


def _short_name(
    lex: _Lexicon,
    mention: str,
    ident: Identity,
    seen: list[Identity],
    named: Callable[[], list[tuple[int, str, Identity]]],
    start: int,
) -> Identity:
    """One word ("Kovacs") stands for the person of that name met before, if any."""
    ident = _person_seen(mention, seen) or _full_name_before(named(), start, mention) or ident
    if ident.kind == "organisation" and lex.agentive.fullmatch(mention.lower()):
        # "Retailers warned": a plural noun that opens the sentence, not a name
        ident = Identity(mention.lower(), "vague", None)
    return ident


def _person_seen(word: str, seen: list[Identity]) -> Identity | None:
    """The last person met before whom one word names ("Kovacs" after "Mia Kovacs"), if any.

    Accents are passed over, as a page often drops them on a later mention: "Perez" after
    "Cecilia Pérez" is she.
    """
    plain = _unaccented(word)
    for s in reversed(seen):
        if s.kind == "person" and (
            _unaccented(s.name) == plain or _unaccented(s.name).endswith(" " + plain)
        ):
            return s
    return None


def _names_in(text: str) -> list[tuple[int, str, Identity]]:
    """(start, name, identity) of every capitalised name in the text that names someone."""
    lex = _lexicon()
    out = []
    for start, end in _text_chunks(text):
        # Trimming takes off "the" and capitalised words only: a name that opens with
        # another lower-case letter keeps it, and is no capitalised name.
        if text[start].islower() and text[start] != "t":
            continue
        s, e = _trim_chunk(lex, text, start, end)
        if s < e and text[s].isupper() and not _is_possessive(text, e):
            name = _normal(text[s:e])
            ident = _identify_cached(name)
            if ident is not None:
                out.append((s, name, ident))
    return out


def _named_before(
    names: list[tuple[int, str, Identity]],
    end: int,
    kinds: list[str],
    places: list[tuple[int, int]],
) -> Identity | None:
    """The last body of one of these kinds named before `end`, even if it said nothing.

    "Shares in Greyfield Foods fell ... The company said": the company is Greyfield Foods. A
    government is left out: a country named in passing is seldom the one "the government" means.
    """
    lex = _lexicon()
    best: Identity | None = None
    for s, name, ident in names:
        if s >= end:
            break
        # One capitalised word ("Thursday", "Shares") is too weak a sign of a body, unless
        # the lexicon knows it or it is an acronym.
        if " " not in name and name not in lex.bodies and not name.isupper():
            continue
        if any(a <= s < b for a, b in places):
            continue
        if ident.kind in kinds and ident.kind not in ("vague", "government"):
            best = ident
    return best


def _full_name_before(
    names: list[tuple[int, str, Identity]], end: int, word: str
) -> Identity | None:
    """The full name that a surname or a short name stands for: "Kovacs" after "Mia Kovacs"."""
    best: Identity | None = None
    plain = _unaccented(word)
    for s, name, ident in names:
        if s >= end:
            break
        words = _unaccented(name).split(" ")
        if len(words) < 2 or plain not in (words[0], words[-1]):
            continue
        if (ident.kind == "person" and _unaccented(ident.name).endswith(" " + plain)) or (
            ident.kind != "person" and _unaccented(ident.name).startswith(plain + " ")
        ):
            best = ident
    return best


@lru_cache(maxsize=4096)
def _unaccented(name: str) -> str:
    """The name with its letters' accents taken off: "Pérez" -> "Perez"."""
    if name.isascii():
        return name
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


def _acronyms(lex: _Lexicon, text: str) -> Iterator[re.Match[str]]:
    """Each "Long Name (LN)" of the text, read only near its bracket: a long text has few."""
    end = 0
    for bracket in re.finditer(r"\([A-Z]", text):
        lo = max(end, bracket.start() - 160)
        while lo > end and text[lo - 1].isalnum():
            lo -= 1  # start the window at a word's start
        m = lex.acronym.search(text, lo, bracket.end() + 12)
        if m is not None and m.start("acr") == bracket.start() + 1:
            end = m.end()
            yield m


def _abbreviates(letters: str, initials: list[str]) -> bool:
    """True if the letters start with the first initial and follow the initials in order."""
    if not letters or not initials or letters[0] != initials[0]:
        return False
    rest = iter(initials[1:])
    return all(any(ch == i for i in rest) for ch in letters[1:])


def _from_word(text: str, word: str) -> str:
    """The tail of `text` that starts at the last occurrence of `word`."""
    return text[text.rindex(word) :]
