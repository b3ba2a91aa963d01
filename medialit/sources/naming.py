"""Naming a source: one canonical name, a kind and a country for whatever form a text uses."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass
from medialit.sources.lexicons import _Lexicon, _lexicon
from medialit.sources.model import Identity


def identify(name: str) -> Identity | None:
    """Give a name its canonical form, kind and country; None if it names no source.

    >>> identify("Ukraine's Defence Ministry").name
    'Ukrainian Ministry of Defence'
    >>> identify("the White House").name
    'US government'
    """
    lex = _lexicon()
    text = re.sub(r"[ \t\u00a0]+", " ", name.strip()).replace("’", "'")
    text = re.sub(r"^[Tt]he ", "", text)
    return _identify(lex, text)


@lru_cache(maxsize=8192)
def _identify_cached(text: str) -> Identity | None:
    return _identify(_lexicon(), text)


def _identify(lex: _Lexicon, text: str) -> Identity | None:
    if not text:
        return None
    if text in lex.bodies:
        return lex.bodies[text]
    words = text.split(" ")
    last = words[-1]
    # A spokesperson speaks for a body: "a Foreign Ministry spokesman" and "a spokesman for
    # the Foreign Ministry" credit the ministry.
    speaks_for = lex.speaks_for.fullmatch(text)
    if speaks_for:
        body = _identify(lex, speaks_for.group("body"))
        # "a spokesman for Hartley Airport", "a spokeswoman for Ruth Callow": whom they speak for
        if body is not None and body.kind != "vague" and body.name not in lex.all_titles:
            return body
    for head in lex.spokes_heads:
        if text.endswith(" " + head) and len(text) > len(head) + 1:
            owner = re.sub(r"^(?:[Aa]n?|[Tt]he)(?: |$)", "", text[: -len(head) - 1])
            owner = re.sub(r"'s$", "", owner)
            body = _identify(lex, owner) if owner[:1].isupper() else None
            if body is not None and body.kind not in ("vague", "person"):
                return body
    qualified = lex.qualifier.search(" " + text)
    if qualified:
        last = text[: max(qualified.start() - 1, 0)].rsplit(" ", 1)[-1]
    if (
        _lower_first(last) in lex.vague_heads
        or last in lex.vague_heads
        or (last.islower() and lex.agentive.fullmatch(last))
    ):
        return Identity(_vague_name(text), "vague", _country_in(lex, text))
    news = _strip_news_head(lex, text)
    if news is not None:
        return news
    if text in lex.all_titles:
        return Identity(text, "person", None)
    person = lex.title_person.match(text)
    # "Justice Department", "Chief Medical Office": a title before a body's head is no person
    if person and _body_word(lex, person.group("name").rsplit(" ", 1)[-1]):
        person = None
    if person:
        country = _country_in(lex, text[: person.start("name")])
        name = person.group("name")
        # "WHO spokesperson Dr Lina Haddad": a second title is not part of the name
        while (title := lex.title_start.match(name)) and title.end() < len(name):
            name = name[title.end() :]
        return Identity(name, "person", country)
    owner, _, owned = text.partition("'s ")
    if owned and " " not in owner:
        # "the BBC's Jane Doe", "Germany's Olaf Scholz": the person, not the owner
        ident = _identify(lex, owned)
        if ident is not None and ident.kind == "person" and ident.name == owned:
            return replace(ident, country=_country_in(lex, owner))
    country, rest, possessive = _split_country(lex, text)
    if country is not None:
        return _identify_with_country(lex, country, rest, possessive, text)
    of_country = lex.of_country.fullmatch(text)
    # "Times of India" is an outlet, not India's "Times"
    if of_country and of_country.group("body").rsplit(" ", 1)[-1] in lex.news_words:
        of_country = None
    if of_country:
        country = lex.country_names.get(of_country.group("country"))
        if country is not None:
            return _identify_with_country(lex, country, of_country.group("body"), False, text)
    return _identify_body(lex, text, None)


def _body_word(lex: _Lexicon, word: str) -> bool:
    return word in lex.state_heads or word in lex.body_heads or word in lex.organisation_words


def _identify_with_country(
    lex: _Lexicon, country: str, rest: str, possessive: bool, text: str
) -> Identity | None:
    adjective = lex.adjective_of[country]
    if not rest:
        # A bare adjective ("Spanish") names nothing; a country, city or seat names its government.
        if text in lex.adjectives and text not in lex.country_names:
            return None
        return Identity(f"{adjective} government", "government", country)
    if rest in lex.government_heads:
        return Identity(f"{adjective} government", "government", country)
    if rest in lex.bodies:
        return lex.bodies[rest]
    if not possessive and text.split(" ")[0] in lex.seats and rest[:1].isupper():
        # "London Fire Brigade", "Paris Police": a city's own body, not its country's
        body = _identify_body(lex, rest, None)
        return replace(body, name=text, country=country) if body is not None else None
    body = _identify_body(lex, rest, country)
    if body is None and possessive:
        return Identity(text, "organisation", country)
    return body


def _identify_body(lex: _Lexicon, text: str, country: str | None) -> Identity | None:
    adjective = lex.adjective_of[country] + " " if country else ""
    for pattern in (lex.ministry, lex.ministry_of):
        m = pattern.fullmatch(text)
        # "Justice Department" is the Department of Justice; "Dalton Fire Department" keeps
        # its name: only a known topic before the head is turned around
        if m and pattern is lex.ministry and m.group("topic") not in lex.topics:
            m = None
        if m:
            topic = m.group("topic")
            # "Ministry for Foreign Affairs" is the usual "of" name; "Department for Work and
            # Pensions" is a name of its own and keeps its "for".
            joint = "of" if topic in lex.topics or " for " not in text else "for"
            return Identity(
                f"{adjective}{m.group('head')} {joint} {lex.topics.get(topic, topic)}",
                "ministry_or_agency",
                country,
            )
    words = text.split(" ")
    head_kind = _generic_head_kind(lex, text)
    if not words[0][:1].isupper():
        if text in lex.government_heads:
            return Identity(text, "government", country)
        if head_kind is not None:
            # "the regional education office", "Norway's central bank"
            return Identity(adjective + text, head_kind, country)
        if words[-1] in lex.titles:
            return Identity(adjective + text, "person", country)
        return _named_by_noun(lex, text, country)
    if (country is None and words[0] in lex.international) or text.startswith("United Nations "):
        return Identity(text, "organisation", None)
    last_cap = next((i for i in range(len(words) - 1, -1, -1) if words[i][:1].isupper()), 0)
    if head_kind is not None and words[-1][:1].islower():
        owner = words[: last_cap + 1]
        # "the GMB union" is GMB; "Portvale police" stays a place's police
        name = " ".join(owner) if head_kind == "organisation" else text
        # "the Kelby Rovers board" is the board of a club, a body its name shows as one
        if owner[-1] in lex.organisation_words or owner[-1] in lex.body_heads:
            head_kind = "organisation"
        return Identity(adjective + name, head_kind, country)
    if any(w in lex.state_heads for w in words) or any(
        text.endswith(" " + h) or text == h for h in lex.state_heads
    ):
        return Identity(adjective + text, "ministry_or_agency", country)
    if words[-1] in lex.body_heads or words[-1] in lex.organisation_words or "&" in text:
        return Identity(adjective + text, "organisation", country)
    if any(w in lex.news_words for w in words):
        return _news_outlet(lex, words, country)
    if " of " in text:
        kind = "ministry_or_agency" if country else "organisation"
        return Identity(adjective + text, kind, country)
    if words[-1] in lex.government_heads:
        return Identity(text, "government", country)
    if (
        country is None
        and 2 <= len(words) <= 5
        and _is_name_word(words[0])
        and _is_name_word(words[-1])
        and all(_is_name_word(w) or w in lex.name_particles for w in words[1:-1])
    ):
        return Identity(text, "person", None)
    if words[-1][:1].islower():
        return None
    return Identity(adjective + text, "ministry_or_agency" if country else "organisation", country)


def _named_by_noun(lex: _Lexicon, text: str, country: str | None) -> Identity | None:
    """Read "the regulator Ofwat", "the ferry operator Bluewater Lines": a noun, then the name."""
    m = _NOUN_THEN_NAME.fullmatch(text)
    if m is None:
        return None
    noun, name = m.group("noun"), m.group("name")
    kinds = lex.bare_heads.get(noun)
    if kinds is None and noun not in lex.organisation_nouns:
        return None
    # the noun says what an unknown name is: "the regulator Ofwat" is a body of state
    if name in lex.bodies:
        return lex.bodies[name]
    return Identity(name, kinds[0] if kinds else "organisation", country)


_NOUN_THEN_NAME = re.compile(r"(?:[a-z][\w'’-]* )*(?P<noun>[a-z][\w'’-]*) (?P<name>[A-Z].*)")


def _generic_head_kind(lex: _Lexicon, text: str) -> str | None:
    """The kind of body a lower-case head names: "office" a state body, "union" not."""
    for n in (2, 1):
        head = " ".join(text.split(" ")[-n:])
        if head in lex.bare_heads:
            return lex.bare_heads[head][0]
    return None


def _news_outlet(lex: _Lexicon, words: list[str], country: str | None) -> Identity:
    """An outlet named with a news word: "Portvale Tribune"; "Bloomberg News" is Bloomberg."""
    for cut in (words[:-1], words[1:]):
        known = lex.bodies.get(" ".join(cut))
        if cut and known is not None and known.kind == "news_organisation":
            return known
    return Identity(" ".join(words), "news_organisation", country)


def _is_name_word(word: str) -> bool:
    """A word of a person's name: "Mark", "O'Brien", "J.D.", but not "Kenya's" or "UNICEF"."""
    if _INITIALS.fullmatch(word):
        return True
    return word[:1].isupper() and not word.isupper() and not word.endswith(("'s", "'"))


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _strip_news_head(lex: _Lexicon, text: str) -> Identity | None:
    """Read "the Anadolu agency", "Interfax news agency", "state news agency RIA Novosti"."""
    for head in lex.news_heads:
        if text.endswith(" " + head):
            name = text[: -len(head) - 1]
        elif text.startswith(head + " ") or (" " + head + " ") in text:
            name = text.split(head + " ", 1)[1]
        else:
            continue
        name = re.sub(r"^(?:the|state|news) ", "", name)
        if _lower_first(name) in lex.vague_modifiers:
            return Identity(_vague_name(text), "vague", None)  # "local media", "Western media"
        if not name[:1].isupper():
            continue
        if name in lex.bodies:
            return lex.bodies[name]
        country, rest, _ = _split_country(lex, name)
        if country is not None and rest and rest in lex.bodies:
            return lex.bodies[rest]
        if country is not None and not rest:
            return Identity(f"{lex.adjective_of[country]} {head}", "news_organisation", country)
        return Identity(rest if country else name, "news_organisation", country)
    return None


def _split_country(lex: _Lexicon, text: str) -> tuple[str | None, str, bool]:
    m = lex.country_prefix.match(text)
    if not m:
        return None, text, False
    found = m.group("country")
    country = lex.country_names.get(found) or lex.adjectives.get(found) or lex.seats[found]
    return country, text[m.end() :], bool(m.group("poss"))


def _country_in(lex: _Lexicon, text: str) -> str | None:
    for word in re.findall(r"[\w.'-]+", text):
        bare = word.removesuffix("'s")
        found = lex.adjectives.get(bare) or lex.country_names.get(bare) or lex.seats.get(bare)
        if found:
            return found
    return None


def _vague_name(text: str) -> str:
    """Lower-case a first word that is a common word: "Officials" -> "officials".

    "Republican leaders" and "Japanese officials" keep their capital: only a word the lexicon
    knows in lower case ("officials", "some", "western") is capitalised by its place alone.
    """
    first, _, rest = text.partition(" ")
    lex = _lexicon()
    lower = first.lower().removesuffix("'s").removesuffix("'")
    common = lower in ("a", "an", "the") or lower in lex.lower_words
    if first in lex.adjectives or first in lex.country_names or not common:
        return text
    return " ".join(w for w in (_lower_first(first), rest) if w)


def _lower_first(word: str) -> str:
    if len(word) > 1 and word.isupper():
        return word
    return word[:1].lower() + word[1:]
