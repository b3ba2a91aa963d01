"""Who is speaking: the sources a news text credits, and how their words reached the page.

A source is whoever a piece of information is credited to. The analyzer finds the places
where a text credits someone (a reporting verb such as "said" or "denied", "according to",
"quoted by", "citing", "X told Y"), reads the name next to the cue, and gives every body one
canonical name, whatever form the text uses: "Ukraine's Defence Ministry" and "the Ukrainian
Ministry of Defence" are one source; "London" and "Downing Street" stand for the British
government. Names come from the shape of the words and from general lists (countries, well
known bodies), never from a list of one article's names.

>>> for source in sources("Officials said the bridge will reopen, the Tribune newspaper reported."):
...     print(source)
officials: unnamed or vague, speaker: “Officials” (P1.S1)
Tribune: news organisation, intermediary: “Tribune newspaper” (P1.S1)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from medialit import pipeline
from medialit.calling import callable_module
from medialit.resources import load_lexicon

if TYPE_CHECKING:
    import datetime as dt

    from matplotlib.figure import Figure
    from spacy.tokens import Doc

    from medialit.article import Article

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


# --- lexicons ---------------------------------------------------------------------------


def _alternation(words: Iterable[str]) -> str:
    """A regex matching any of the words, longest first, with spaces free to vary.

    The words share one tree of prefixes ("agency" and "aide" start with one "a"), so the
    regex engine tests a handful of first letters instead of hundreds of whole words.
    """
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _tree_pattern(tree)


def _tree_pattern(node: dict[str, Any]) -> str:
    branches = [
        ("[ \t]+" if ch == " " else re.escape(ch)) + _tree_pattern(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


_UPPER = "".join(sorted({chr(c) for c in range(0x250) if chr(c).isupper()}))
_UPPER_CLASS = "[" + re.escape(_UPPER) + "]"
_SP = r"[ \t\u00a0]+"


@dataclass(frozen=True)
class Identity:
    """What a name refers to: a canonical name, a kind and a country."""

    name: str
    kind: str
    country: str | None = None


@dataclass
class _Lexicon:
    """Everything the analyzer reads from the lexicons, compiled once per process."""

    verbs: dict[str, dict[str, Any]]
    patterns: dict[str, Any]  # source_patterns.json as it is
    phrases: dict[str, dict[str, Any]]
    country_names: dict[str, str]  # name, adjective, city or place -> country
    adjectives: dict[str, str]  # adjective -> country
    adjective_of: dict[str, str]  # country -> adjective
    seats: dict[str, str]  # city or building -> country
    bodies: dict[str, Identity]  # alias -> identity
    topics: dict[str, str]
    vague_heads: frozenset[str]
    vague_modifiers: frozenset[str]
    spokes_heads: tuple[str, ...]  # longest first
    news_heads: tuple[str, ...]  # longest first
    lower_words: frozenset[str]  # every lower-case word a name of a source may hold
    lower_heads: frozenset[str]  # lower-case words that end a name: "office", "officials"
    agentive: re.Pattern[str]  # plural nouns for people: "retailers", "economists"
    lower_prefix: re.Pattern[str]  # the lower-case words that may open such a name
    government_heads: frozenset[str]
    state_heads: frozenset[str]
    body_heads: frozenset[str]
    organisation_words: frozenset[str]
    international: tuple[str, ...]
    news_words: frozenset[str]
    organisation_nouns: frozenset[str]
    name_particles: frozenset[str]
    openers: frozenset[str]
    bare_heads: dict[str, list[str]]
    titles: frozenset[str]
    all_titles: frozenset[str]
    verb_hashes: Any  # a sorted numpy array of the lemma hashes of every cue verb
    verb_lemmas: dict[int, str]
    particles: dict[str, str]
    chunk: re.Pattern[str]
    gap: re.Pattern[str]
    appositive: re.Pattern[str]
    qualified_gap: re.Pattern[str]
    qualifier_to: re.Pattern[str]
    speaks_for: re.Pattern[str]
    spokes_end: re.Pattern[str]
    document_by: re.Pattern[str]
    phrase: re.Pattern[str]
    qualifier: re.Pattern[str]
    title_person: re.Pattern[str]
    title_start: re.Pattern[str]
    country_prefix: re.Pattern[str]
    of_country: re.Pattern[str]
    ministry: re.Pattern[str]
    ministry_of: re.Pattern[str]
    documents: re.Pattern[str]
    audience: re.Pattern[str]
    as_saying: re.Pattern[str]
    acronym: re.Pattern[str]
    organisation_noun_before: re.Pattern[str]
    organisation_noun_after: re.Pattern[str]
    negated: re.Pattern[str]
    body_spokes: re.Pattern[str]
    document_apposition: re.Pattern[str]


@cache
def _lexicon() -> _Lexicon:
    import numpy as np
    from spacy.lang.en.stop_words import STOP_WORDS
    from spacy.strings import get_string_id

    rv = load_lexicon("reporting_verbs")
    pat = load_lexicon("source_patterns")
    countries = load_lexicon("countries")["countries"]
    orgs = load_lexicon("organisations")["bodies"]

    country_names: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    adjective_of: dict[str, str] = {}
    seats: dict[str, str] = {}
    for country, entry in countries.items():
        adjective_of[country] = entry["adjective"]
        for name in [country, *entry.get("names", [])]:
            country_names[name] = country
        for adj in [entry["adjective"], *entry.get("adjectives", [])]:
            adjectives[adj] = country
        for seat in [*entry.get("cities", []), *entry.get("places", [])]:
            seats[seat] = country
    bodies: dict[str, Identity] = {}
    for name, entry in orgs.items():
        ident = Identity(name, entry["kind"], entry.get("country"))
        for alias in [name, name.removeprefix("The "), *entry.get("aliases", [])]:
            bodies[alias.replace("’", "'")] = ident
        for city in entry.get("metonyms", []):
            bodies[city] = ident

    titles = pat["person_titles"]
    lower_words = {
        *pat["news_heads"],
        *pat["government_heads"],
        *pat["vague_heads"],
        *pat["vague_modifiers"],
        *(t for t in titles if t[:1].islower()),
        *pat["bare_heads"],
        *pat["spokes_heads"],
        *pat["organisation_nouns"],
        "news",
    }
    # "Times of India": a news word takes "of" like the head of a body's name
    heads = [*pat["state_heads"], *pat["body_heads"], *pat["title_heads"], *pat["news_name_words"]]
    # "Ms. Alvarez", "Sen. Ruth Callow": a title's full stop does not end the name
    dotted = _alternation(t for t in titles if t.endswith(".") and t[:1].isupper())
    cap = (
        rf"(?:(?:{dotted})(?=[ \t])|{_UPPER_CLASS}\.(?:{_UPPER_CLASS}\.)+|{_UPPER_CLASS}[\w&'’-]*)"
    )
    # "the regional education office", "the teachers' union", "state health officials": a
    # body or a vague source named by a lower-case head and the lower-case words before it.
    # Function words stay out, so "appealed for witnesses" is not read as one name.
    lower_heads = {
        *pat["vague_heads"],
        *pat["bare_heads"],
        *pat["news_heads"],
        *pat["organisation_nouns"],
        *(t for t in titles if t[:1].islower()),
    }
    content_word = rf"(?!(?:{_alternation(STOP_WORDS)})[ \t])[a-z][\w'’-]*"
    # "the Swedish furniture maker Fjord Home": a country's adjective may open it as well
    lower_prefix = re.compile(
        rf"(?<![\w'’])(?:(?:[Aa]n?|[Tt]he)[ \t]+)?"
        rf"(?:(?:{_alternation(adjectives)}|(?:{_alternation(country_names)})['’]s)[ \t]+)?"
        rf"(?:{content_word}[ \t]+){{1,3}}$"
    )
    # "Ministry of Health of the Republic of Korea": "of" joins capitalised words only after
    # the head of a body's name, so "talks between Paris and Rome" stay apart.
    # "Department for Environment, Food and Rural Affairs": a list closed by "and" stays in
    # the name; "the Ministry of Defence, Reuters said" does not take "Reuters".
    org_unit = (
        rf"(?:{_alternation(heads)})(?:{_SP}(?:of|for|on){_SP}(?:the{_SP})?"
        rf"(?!(?:{_alternation(pat['calendar_words'])})\b){cap}"
        rf"(?:{_SP}(?:and{_SP})?{cap})*"
        rf"(?:(?:,{_SP}{cap}(?:{_SP}{cap})*)+,?{_SP}and{_SP}{cap}(?:{_SP}{cap})*)?)+"
    )
    word = rf"(?:{org_unit}|{cap}|\b(?:{_alternation(lower_words)})\b)"
    # a cheap look at the word's last letter first: most words do not end in "s"
    agentive = rf"(?=[a-z-]*s\b)[a-z][a-z-]*(?:{_alternation(pat['agentive_endings'])})"
    # "forecasters said": a plural noun for people may open a name too
    # "Ana de la Cruz": lower-case particles join the words of a name
    name_joins = rf"(?:(?:{_alternation(pat['name_particles'])}){_SP})*"
    chunk = re.compile(
        rf"(?<![\w'’])(?:(?:[Tt]he|[Aa]n?){_SP})?(?:{word}|{agentive}\b)"
        rf"(?:{_SP}(?:{name_joins}(?={_UPPER_CLASS}))?{word})*(?![\w'’])"
    )
    gap_words = rf"(?:{_alternation(pat['gap_words'])}|[a-z]+ly)"
    gap = re.compile(rf"[ \t]*(?:{gap_words}[ \t]+)*")
    qualified_gap = re.compile(
        rf"(?P<qualifier>{_SP}(?:{_alternation(pat['vague_qualifiers'])})"
        rf"(?:{_SP}[\w'’.-]+){{0,5}}?)[ \t]+(?:{gap_words}[ \t]+)*"
    )
    speaks_for = re.compile(
        rf"(?:[Aa]n?[ \t]+|[Tt]he[ \t]+)?(?:[\w'-]+[ \t]+)?(?:{_alternation(pat['spokes_heads'])})"
        rf"[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?(?P<body>.+)"
    )
    documents_alt = _alternation(pat["document_nouns"])
    # "a report by X", "figures released by X on Wednesday", "a study published on Tuesday by X"
    document_by = re.compile(
        rf"[ \t]*(?:(?:an?|the|its|their)[ \t]+)?(?:[a-z-]+[ \t]+){{0,2}}?(?:{documents_alt})"
        rf"(?:[ \t]+(?:published|released|issued|compiled|produced|commissioned|prepared|posted"
        rf"|filed|written|carried[ \t]+out|conducted))?"
        rf"(?:[ \t]+(?:on|in|last|this|earlier)[ \t]+[\w-]+(?:[ \t]+[\w-]+)?)?"
        rf"[ \t]+(?:by|from|of)[ \t]+(?:the[ \t]+)?"
    )
    document_apposition = re.compile(
        rf"\b(?:{documents_alt}),[ \t]*(?:published|released|issued|commissioned|compiled"
        rf"|produced|prepared|written)[ \t]+by[ \t]+(?:the[ \t]+)?$"
    )
    qualifier_to = re.compile(
        rf"{_SP}(?:{_alternation(pat['vague_qualifiers'])})(?:{_SP}(?:the|a|an))?{_SP}"
    )
    appositive = re.compile(rf",[ \t]*[^,;:“”\"]{{1,80}},[ \t]*(?:{gap_words}[ \t]+)*")
    phrases = [*rv["phrases"], *(p.capitalize() for p in rv["phrases"])]
    phrase = re.compile(rf"(?<![\w])(?:{_alternation(phrases)})(?=[ \t])")
    qualifier = re.compile(
        rf"{_SP}(?:{_alternation(pat['vague_qualifiers'])})\b"
        rf"(?:{_SP}(?:the|a|an){_SP})?(?:{_SP})?"
        rf"(?:{cap}(?:{_SP}(?:and{_SP})?{cap})*"
        rf"|[a-z]+(?:{_SP}(?:{_alternation(pat['qualifier_objects'])}))?)?"
    )
    title_person = re.compile(
        rf"(?:^|.*?\b)(?:{_alternation(titles)})[ \t]+(?P<name>{cap}(?:[ \t]+{cap}){{0,3}})$"
    )
    of_country = re.compile(
        rf"(?P<body>.+?) of (?:the )?(?P<country>{_alternation(country_names)})"
    )
    country_prefix = re.compile(
        rf"(?P<country>{_alternation([*adjectives, *country_names, *seats])})"
        rf"(?P<poss>['’]s)?(?:[ \t]+|$)"
    )
    topics = pat["ministry_topics"]
    ministry = re.compile(rf"(?P<topic>{cap}(?:[ \t]+{cap})*)[ \t]+(?P<head>Ministry|Department)$")
    ministry_of = re.compile(
        rf"(?P<head>Ministry|Department)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
        rf"(?P<topic>{cap}(?:[ \t]+(?:and[ \t]+)?{cap})*)$"
    )
    documents = re.compile(rf"\b(?:{_alternation(pat['document_nouns'])})\b", re.IGNORECASE)
    audience = re.compile(rf"[ \t]*(?:{_alternation(pat['audience_words'])})\b")
    as_saying = re.compile(rf"[ \t]+as[ \t]+(?:{_alternation(pat['quoted_as'])})\b")
    acronym = re.compile(
        rf"(?P<long>{cap}(?:{_SP}(?:(?:of|for|and|the|on|in|de){_SP})*{cap}){{1,9}})"
        rf"[ \t]*\((?P<acr>{_UPPER_CLASS}[{_UPPER}&.-]{{1,9}})\)"
    )
    org_nouns = _alternation(pat["organisation_nouns"])
    organisation_noun_before = re.compile(rf"\b(?:{org_nouns}),?[ \t]+$")
    organisation_noun_after = re.compile(
        rf",[ \t]*(?:the|an?)[ \t]+(?:[\w'’-]+[ \t]+){{0,3}}?(?:{org_nouns})"
        rf"(?:[ \t]+(?:behind|that|which|who|for|of|in|based|founded|run)\b[^,;.]*)?[ \t]*[,;.]"
    )
    negators = _alternation([*pat["negators"], *(w.capitalize() for w in pat["negators"])])
    # "Neither company commented", "No one at the department responded"
    negated = re.compile(rf"(?<![\w'’])(?:{negators})(?![\w'’])[^,;:“”\"]*$")
    openers = frozenset(
        {*pat["sentence_openers"], *(w.capitalize() for w in STOP_WORDS if w.isalpha())}
    )
    lemmas = [*rv["verbs"], *(v.split(" ")[0] for v in pat["publishing_verbs"])]
    verb_lemmas = {get_string_id(lemma): lemma for lemma in lemmas}
    particles = {lemma: e["particle"] for lemma, e in rv["verbs"].items() if e.get("particle")}
    for verb in pat["publishing_verbs"]:
        if " " in verb:
            particles[verb.split(" ")[0]] = verb.split(" ")[1]
    return _Lexicon(
        verbs=rv["verbs"],
        patterns=pat,
        phrases=rv["phrases"],
        country_names=country_names,
        adjectives=adjectives,
        adjective_of=adjective_of,
        seats=seats,
        bodies=bodies,
        topics=topics,
        vague_heads=frozenset(pat["vague_heads"]),
        vague_modifiers=frozenset(pat["vague_modifiers"]),
        spokes_heads=tuple(sorted(pat["spokes_heads"], key=len, reverse=True)),
        news_heads=tuple(sorted(pat["news_heads"], key=len, reverse=True)),
        lower_words=frozenset(lower_words),
        lower_heads=frozenset(lower_heads),
        agentive=re.compile(agentive),
        lower_prefix=lower_prefix,
        government_heads=frozenset(pat["government_heads"]),
        state_heads=frozenset(pat["state_heads"]),
        body_heads=frozenset(pat["body_heads"]),
        organisation_words=frozenset(pat["organisation_words"]),
        international=tuple(pat["international_prefixes"]),
        news_words=frozenset(pat["news_name_words"]),
        organisation_nouns=frozenset(pat["organisation_nouns"]),
        name_particles=frozenset(pat["name_particles"]),
        openers=openers,
        bare_heads=pat["bare_heads"],
        titles=frozenset(t for t in titles if t[:1].islower()),
        all_titles=frozenset(titles),
        verb_hashes=np.array(sorted(verb_lemmas), dtype=np.uint64),
        verb_lemmas=verb_lemmas,
        particles=particles,
        chunk=chunk,
        gap=gap,
        appositive=appositive,
        qualified_gap=qualified_gap,
        qualifier_to=qualifier_to,
        speaks_for=speaks_for,
        spokes_end=re.compile(rf"(?:{_alternation(pat['spokes_heads'])})$"),
        document_by=document_by,
        phrase=phrase,
        qualifier=qualifier,
        title_person=title_person,
        title_start=re.compile(rf"(?:{_alternation(titles)}) "),
        country_prefix=country_prefix,
        of_country=of_country,
        ministry=ministry,
        ministry_of=ministry_of,
        documents=documents,
        audience=audience,
        as_saying=as_saying,
        acronym=acronym,
        organisation_noun_before=organisation_noun_before,
        organisation_noun_after=organisation_noun_after,
        negated=negated,
        body_spokes=re.compile(
            rf"(?:(?:[Aa]n?|[Tt]he) )?(?P<head>[A-Za-z][a-z]+) "
            rf"(?:{_alternation(pat['spokes_heads'])})"
        ),
        document_apposition=document_apposition,
    )


# --- naming a source ----------------------------------------------------------------------


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


# --- finding mentions ----------------------------------------------------------------------


@dataclass
class _Found:
    start: int
    end: int
    sentence: str
    hint: str  # speaker, intermediary or original
    cue: Span
    identity: Identity
    bare: bool = False  # "the ministry": refers back to a body named earlier


def _verb_cues(doc: Doc, text: str, lex: _Lexicon) -> list[tuple[int, int, str]]:
    """(start, end, lemma) of every reporting or publishing verb, from the lemma table."""
    import numpy as np
    from spacy.attrs import IDX, LEMMA, LENGTH

    if len(doc) == 0:
        return []
    table = doc.to_array([LEMMA, IDX, LENGTH])
    hashes = lex.verb_hashes
    lemmas = table[:, 0]
    where = np.minimum(np.searchsorted(hashes, lemmas), len(hashes) - 1)
    out: list[tuple[int, int, str]] = []
    for i in np.flatnonzero(hashes[where] == lemmas).tolist():
        start, length = int(table[i, 1]), int(table[i, 2])
        if not text[start].islower():
            continue
        lemma = lex.verb_lemmas[int(lemmas[i])]
        end = start + length
        particle = lex.particles.get(lemma)
        if particle:
            if i + 1 >= len(doc) or text[int(table[i + 1, 1]) :].lower()[:4] != particle + " ":
                continue
            end = int(table[i + 1, 1]) + int(table[i + 1, 2])
        out.append((start, end, lemma))
    return out


def _chunks(
    lex: _Lexicon, text: str, start: int, end: int, cues: list[tuple[int, int, str]]
) -> list[tuple[int, int]]:
    """The names in a sentence; a name never holds a cue ("..., said police chief X")."""
    # "state" in "state health officials" is a noun, not the verb "state"
    cuts = [(a, b) for a, b, _ in cues if text[a:b] not in lex.lower_words]
    spans: list[tuple[int, int]] = []
    for m in lex.chunk.finditer(text, start, end):
        s, e = m.start(), m.end()
        pieces = []
        for v_start, v_end in cuts:
            if s <= v_start < e:
                pieces.append(_strip(text, s, v_start))
                s = v_end
        pieces.append(_strip(text, s, e) if pieces else (s, e))
        for s, e in pieces:
            s, e = _trim_chunk(lex, text, s, e)
            if s < e:
                wider = _extend_back(lex, text, spans, cuts, start, s, e)
                spans.append(_trim_chunk(lex, text, wider, e) if wider < s else (s, e))
    return spans


def _extend_back(
    lex: _Lexicon,
    text: str,
    spans: list[tuple[int, int]],
    cuts: list[tuple[int, int]],
    start: int,
    s: int,
    e: int,
) -> int:
    """Where a name starts that ends in a lower-case head: "the county fire department".

    The lower-case words before the head open the name, and it takes in a name that ends
    among them ("board spokesman Tom Briggs"); it never reaches back over a cue.
    """
    if not text[s].islower():
        return s
    first = _WORD.match(text, s, e)
    if first is None or not (
        first.group() in lex.lower_heads or lex.agentive.fullmatch(first.group())
    ):
        return s
    floor = max([start, s - 80, *(b for _, b in cuts if b <= s)])
    prefix = lex.lower_prefix.search(text, floor, s)
    if prefix is None:
        return s
    s = prefix.start()
    while spans and spans[-1][1] > s:
        s = min(s, spans.pop()[0])
    return s


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\u00a0":
        s += 1
    while e > s and text[e - 1] in " \t\u00a0":
        e -= 1
    return s, e


def _trim_chunk(lex: _Lexicon, text: str, s: int, e: int) -> tuple[int, int]:
    """Drop a leading "the" and capitalised words that open a clause ("Meanwhile", "He")."""
    while s < e:
        m = _THE.match(text, s, e)
        if m:
            s = m.end()
            continue
        word = _WORD.match(text, s, e)
        if word is None:
            break
        first = word.group()
        # "Some parents", "Two diplomats", "Other scientists": a quantity that opens the
        # sentence still belongs to the vague source it counts.
        keep = word.end() < e and first.lower() in lex.vague_modifiers
        if first in ("A", "An") and word.end() == e:
            return e, e  # an article alone names no one
        if first in lex.openers and first not in ("A", "An") and not keep:
            s = word.end()
            while s < e and text[s] in " \t\u00a0":
                s += 1
            continue
        break
    return s, e


_THE = re.compile(r"(?:[Tt]he)[ \t\u00a0]+")
_WORD = re.compile(r"[\w'’.-]+")


def _find_mentions(doc: Doc, article: Article) -> list[_Found]:
    lex = _lexicon()
    text = article.text
    verbs = _verb_cues(doc, text, lex)
    phrases = [(m.start(), m.end(), m.group().lower()) for m in lex.phrase.finditer(text)]
    found: list[_Found] = []
    vi = pi = 0
    for sent in article.sentences:
        s_verbs: list[tuple[int, int, str]] = []
        while vi < len(verbs) and verbs[vi][0] < sent.end:
            if verbs[vi][0] >= sent.start:
                s_verbs.append(verbs[vi])
            vi += 1
        s_phrases: list[tuple[int, int, str]] = []
        while pi < len(phrases) and phrases[pi][0] < sent.end:
            if phrases[pi][0] >= sent.start:
                s_phrases.append(phrases[pi])
            pi += 1
        # Page leftovers (navigation, markup, links to other stories) credit no one.
        if sent.leftover or not (s_verbs or s_phrases):
            continue
        found.extend(
            _sentence_mentions(lex, text, sent.id, sent.start, sent.end, s_verbs, s_phrases)
        )
    return found


def _sentence_mentions(
    lex: _Lexicon,
    text: str,
    sid: str,
    start: int,
    end: int,
    verbs: list[tuple[int, int, str]],
    phrases: list[tuple[int, int, str]],
) -> list[_Found]:
    chunks = _chunks(lex, text, start, end, sorted(verbs + phrases))
    out: list[_Found] = []
    taken: set[tuple[int, int]] = set()

    def add(span: tuple[int, int], hint: str, cue: tuple[int, int]) -> _Found | None:
        if span in taken:
            return None
        item = _make_found(lex, text, span, sid, hint, Span(cue[0], cue[1], text[cue[0] : cue[1]]))
        if item is not None:
            taken.add(span)
            out.append(item)
        return item

    in_phrase = [(s, e) for s, e, _ in phrases]
    for p_start, p_end, phrase in phrases:
        obj = _chunk_after(lex, text, chunks, p_end)
        if obj is None:
            continue
        role = lex.phrases[phrase]["role"]
        if phrase in lex.patterns["listener_phrases"]:
            ident = _identify_span(lex, text, obj)
            if ident is None or ident.kind != "news_organisation":
                continue
        hint = {"source": "speaker"}.get(role, role)
        add(obj, hint, (p_start, p_end))
    for v_start, v_end, lemma in verbs:
        if any(s <= v_start < e for s, e in in_phrase):
            continue
        kind = "publish" if lemma not in lex.verbs else "report"
        if kind == "publish" and not lex.documents.search(text, start, end):
            continue
        subject = _subject_before(lex, text, chunks, start, v_start)
        if subject is not None and (
            _NEGATION.search(text[subject[1] : v_start].rsplit(",")[-1])
            or lex.negated.search(text, start, subject[0])
        ):
            continue  # "the ministry did not respond", "Neither company commented": no one spoke
        # "residents were told", "the minister is said to be furious": the subject heard it
        # or is talked about; "X was quoted as saying" keeps X as the speaker
        if (
            subject is not None
            and _PASSIVE.search(text, subject[1], v_start)
            and not text.endswith("ing", v_start, v_end)
            and not lex.as_saying.match(text, v_end)
        ):
            continue
        inverted = False
        participle = text.endswith("ing", v_start, v_end)
        if subject is None and kind == "report":
            # "..., telling supporters that": a participle's speaker is before it, never after
            if participle:
                subject = _participle_subject(lex, text, chunks, start, v_start)
            else:
                subject = _inverted_subject(lex, text, chunks, start, v_start, v_end)
            inverted = subject is not None
        if lemma in lex.patterns["quoting_verbs"] and subject is not None:
            obj = _chunk_after(lex, text, chunks, v_end)
            if obj is not None and lex.as_saying.match(text, obj[1]):
                add(subject, "intermediary", (v_start, v_end))
                add(obj, "original", (v_start, v_end))
                continue
        weak = lex.verbs.get(lemma, {}).get("weak", False)
        if subject is not None and weak and not inverted:
            after = text[v_end : v_end + 8]
            ident = _identify_span(lex, text, subject)
            # "Interfax reported", "Rivon Motors reported a loss": a body that reports is the
            # source of what it reports
            news_report = (
                lemma in lex.patterns["outlet_verbs"]
                and getattr(ident, "kind", "vague") != "vague"
                and text[v_start:v_end] != lemma  # "A report by X" holds the noun
            )
            # "..., the utility added.", "“...,” Kovacs wrote on Instagram.": the words came
            # before the speaker, and nothing but where it was said follows the verb.
            after_content = _CONTENT_BEFORE.search(text, start, subject[0]) and (
                _NOTHING_AFTER.match(text, v_end, end)
            )
            quoted = re.match(r"\s*(?:[,:“\"]|that\b)", after)
            if not quoted and not news_report and not after_content:
                continue
        if subject is not None:
            add(subject, "speaker", (v_start, v_end))
            if not inverted:
                for other in _coordinated(text, chunks, subject):
                    add(other, "speaker", (v_start, v_end))
        if lemma in lex.patterns["telling_verbs"] and not lex.audience.match(text, v_end):
            obj = _chunk_after(lex, text, chunks, v_end)
            if obj is not None:
                ident = _identify_span(lex, text, obj)
                if ident is not None and ident.kind == "news_organisation":
                    add(obj, "intermediary", (v_start, v_end))
    return _resolve_roles(out)


def _chunk_after(
    lex: _Lexicon, text: str, chunks: list[tuple[int, int]], pos: int
) -> tuple[int, int] | None:
    # "according to a statement from the ministry", "figures released by the ONS on Friday":
    # the body behind a document.
    document = lex.document_by.match(text, pos)
    if document:
        for s, e in chunks:
            if s == document.end():
                return s, _extend_qualifier(lex, text, s, e)
    for i, (s, _) in enumerate(chunks):
        if s >= pos:
            between = text[pos:s]
            if re.fullmatch(r"[ \t\u00a0]*(?:(?:[Tt]he|[Aa]n?)[ \t\u00a0]+)?", between):
                return s, _extend_qualifier(lex, text, s, _speaks_for_end(lex, text, chunks, i))
            return None
    return None


def _speaks_for_end(lex: _Lexicon, text: str, chunks: list[tuple[int, int]], i: int) -> int:
    """Where "a spokesman" ends when "for the ministry" follows it."""
    s, e = chunks[i]
    if i + 1 < len(chunks) and lex.spokes_end.search(text, s, e):
        nxt = chunks[i + 1]
        if _FOR_THE.fullmatch(text, e, nxt[0]):
            return nxt[1]
    return e


_FOR_THE = re.compile(r"[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?")


def _subject_before(
    lex: _Lexicon, text: str, chunks: list[tuple[int, int]], start: int, pos: int
) -> tuple[int, int] | None:
    before = [c for c in chunks if c[1] <= pos]
    if not before:
        return None
    s, e = before[-1]
    if lex.gap.fullmatch(text, e, pos) and not _is_possessive(text, e):
        if len(before) > 1:
            s0, e0 = before[-2]
            # "Sources close to the government said": the name ends a vague source's qualifier;
            # "A spokesman for the ministry said": the name says whom the speaker speaks for.
            if lex.qualifier_to.fullmatch(text, e0, s) or (
                lex.spokes_end.search(text, s0, e0) and _FOR_THE.fullmatch(text, e0, s)
            ):
                return s0, e
        return s, e
    # "The company's chief executive, Jane Roe, said": a name in apposition after its title;
    # "Her employer, Tri-County Cleaning Services, said": a body in apposition.
    if re.fullmatch(r",[ \t]*" + lex.gap.pattern, text[e:pos]) and re.search(
        r",[ \t]*$", text[start:s]
    ):
        ident = _identify_span(lex, text, (s, e))
        # a body here needs a name that shows it: "R-Texas" after a senator's name is none
        shown = ident is not None and (
            ident.kind == "person" or " " in ident.name or ident.name in lex.bodies
        )
        if shown and ident is not None and ident.kind not in ("vague", "government"):
            return s, e
    # "The report, published by the Institute for Fiscal Studies, found": who wrote it.
    if lex.document_apposition.search(text, start, s) and re.fullmatch(
        r",[ \t]*" + lex.gap.pattern, text[e:pos]
    ):
        return s, e
    # "Ann Lee, the mayor's spokeswoman, said": skip an appositive between commas;
    # "A spokesman for the council, quoted by X, said": with whom the speaker speaks for.
    for k in range(len(before) - 1, max(len(before) - 5, -1), -1):
        s0, e0 = before[k]
        if not lex.appositive.fullmatch(text, e0, pos):
            continue
        if (
            k > 0
            and lex.spokes_end.search(text, *before[k - 1])
            and _FOR_THE.fullmatch(text, before[k - 1][1], s0)
        ):
            s0 = before[k - 1][0]
        if _clause_start(text, start, s0):
            return s0, e0
    # "People familiar with the matter said": a vague source with its qualifier.
    qualified = lex.qualified_gap.fullmatch(text, e, pos)
    if qualified:
        return s, qualified.end("qualifier")
    # "The World Health Organization (WHO) said": the name before an acronym in brackets.
    if len(before) > 1 and re.fullmatch(r"\)" + lex.gap.pattern, text[e:pos]):
        s0, e0 = before[-2]
        if re.fullmatch(r"[ \t]*\(", text[e0:s]):
            return s0, e0
    return None


def _coordinated(
    text: str, chunks: list[tuple[int, int]], subject: tuple[int, int]
) -> list[tuple[int, int]]:
    """The names joined to a subject by "and" or commas: "Paris, Rome and Berlin said".

    A comma alone joins names only in a list that ends in "and": in "on Friday, the agency
    said" and "The club's captain, Leo Marsh, said" the comma joins nothing.
    """
    out: list[tuple[int, int]] = []
    first = subject[0]
    for s, e in reversed([c for c in chunks if c[1] <= subject[0]]):
        link = re.fullmatch(r"[ \t]*(,|,?[ \t]+and)[ \t]+(?:the[ \t]+)?", text[e:first])
        if not link or (link.group(1) == "," and not out):
            break
        # "..., and the government admitted" joins two clauses; "Paris, Rome, and Berlin
        # said" a list, whose names have commas before them as well
        if link.group(1).startswith(",") and link.group(1) != "," and not _after_comma(text, s):
            break
        out.append((s, e))
        first = s
    return out


def _after_comma(text: str, pos: int) -> bool:
    return bool(re.search(r",[ \t]*(?:the[ \t]+)?$", text[max(0, pos - 8) : pos]))


def _participle_subject(
    lex: _Lexicon, text: str, chunks: list[tuple[int, int]], start: int, v_start: int
) -> tuple[int, int] | None:
    """Read "The bank raised rates, saying ...": the participle's speaker opens the clause."""
    if not re.search(r",[ \t]*$", text[start:v_start]):
        return None
    for s, e in chunks:
        if e > v_start:
            return None
        # the clause's subject: a name at its start, followed by its verb
        verb_follows = re.match(r"[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]", text[e:v_start])
        if verb_follows and _clause_start(text, start, s) and not _is_possessive(text, e):
            return s, e
    return None


def _inverted_subject(
    lex: _Lexicon, text: str, chunks: list[tuple[int, int]], start: int, v_start: int, v_end: int
) -> tuple[int, int] | None:
    """Read "..., said the ministry" and "“...,” said Peskov"."""
    if not re.search(r"[,”\"’][ \t\u00a0]*$", text[max(start, v_start - 4) : v_start]):
        return None
    found = _chunk_after(lex, text, chunks, v_end)
    # "..., said Paris would respond": a name followed by a verb starts the content.
    if found is None or not _INVERTED_END.match(text, found[1]):
        return None
    return found


_CONTENT_BEFORE = re.compile(r"[,”\"’][ \t]*(?:(?:[Tt]he|[Aa]n?)[ \t]+)?$")
_NOTHING_AFTER = re.compile(
    r"[ \t]*(?:(?:on|in|at|to|from|during|after|before|via|with)\b[^,;:“”\"]*)?[.;!?]?[ \t]*$"
)

_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)[ \t]+(?:[a-z]+ly[ \t]+)?$")

_NEGATION = re.compile(r"\b(?:not|never)\b")

_INVERTED_END = re.compile(
    r"[ \t]*(?:[,.;:!?)”\"]|$|(?:in|on|at|of|during|after|before|when|as|to|who|which|told|"
    r"quoted|citing|according)\b)"
)


def _clause_start(text: str, start: int, pos: int) -> bool:
    before = text[start:pos]
    return not before.strip(" \t") or bool(
        re.search(r"(?:^[ \t]*(?:[Tt]he|[Aa]n?)|[,;:“”\"(—–-]|\band|\bbut)[ \t]*$", before)
    )


def _is_possessive(text: str, end: int) -> bool:
    return text[end - 2 : end] in ("'s", "’s")


def _extend_qualifier(lex: _Lexicon, text: str, start: int, end: int) -> int:
    """Extend a vague source by its qualifier: "a source" + " close to the talks"."""
    if _lower_first(text[start:end].rsplit(None, 1)[-1]) not in lex.vague_heads:
        return end
    m = lex.qualifier.match(text, end)
    return m.end() if m else end


def _identify_span(lex: _Lexicon, text: str, span: tuple[int, int]) -> Identity | None:
    return _identify_cached(_normal(text[span[0] : span[1]]))


def _normal(text: str) -> str:
    if "  " in text or "\t" in text or "\u00a0" in text:
        text = _SPACES.sub(" ", text)
    return text.replace("’", "'")


_SPACES = re.compile(r"[ \t\u00a0]+")


def _make_found(
    lex: _Lexicon, text: str, span: tuple[int, int], sid: str, hint: str, cue: Span
) -> _Found | None:
    if _is_possessive(text, span[1]):
        return None
    # "according to a council report": the council, not "a council"
    article = re.match(r"[Aa]n?[ \t]+", text[span[0] : span[1]])
    if article and _normal(text[span[0] + article.end() : span[1]]) in lex.bare_heads:
        span = (span[0] + article.end(), span[1])
    ident = _identify_span(lex, text, span)
    if ident is None:
        return None
    mention = text[span[0] : span[1]]
    if _lower_first(mention) in lex.bare_heads:
        mention = _lower_first(mention)
        ident = replace(ident, name=_lower_first(ident.name))
    bare = mention in lex.bare_heads or (
        ident.kind == "person" and (mention.islower() or mention in lex.all_titles)
    )
    # "The current operator, Harbour Crossings, warned": a name that looks like a person's is
    # an organisation when an organisation noun stands before it or in apposition after it.
    if ident.kind == "person" and _normal(mention) == ident.name and not bare:
        before = text[max(0, span[0] - 40) : span[0]]
        if lex.organisation_noun_before.search(before) or lex.organisation_noun_after.match(
            text, span[1]
        ):
            ident = replace(ident, kind="organisation")
    # A name that "reported" something, and is neither a known body nor a titled person,
    # is most often a news outlet ("Le Figaro reported, citing ...").
    outlet = _by_outlet(lex, cue) and (
        ident.kind == "person" or (ident.kind == "organisation" and " " not in ident.name)
    )
    if outlet and _normal(mention) == ident.name and not bare:
        ident = replace(ident, kind="news_organisation")
    return _Found(span[0], span[1], sid, hint, cue, ident, bare)


def _by_outlet(lex: _Lexicon, cue: Span) -> bool:
    """True for a cue such as "reported" or "reported by", which outlets use of their work."""
    return cue.text.lower().startswith(tuple(lex.patterns["outlet_verbs"]))


def _resolve_roles(found: list[_Found]) -> list[_Found]:
    """Within a sentence, whoever passes on someone else's words is an intermediary.

    That is the case of the speaker of a sentence that names an original ("citing X"), and
    of a news organisation that reports what another speaker said ("X said ..., Y reported",
    "X said ..., according to Y").
    """
    if any(f.hint == "original" for f in found):
        for f in found:
            if f.hint == "speaker":
                f.hint = "intermediary"
            elif f.hint == "original":
                f.hint = "speaker"
    lex = _lexicon()
    # "..., state media reported": unnamed outlets pass words on as well
    reporters = [
        f
        for f in found
        if f.hint == "speaker"
        and (
            f.identity.kind == "news_organisation"
            or f.identity.name.rsplit(" ", 1)[-1] in lex.news_heads
        )
        and (_by_outlet(lex, f.cue) or f.cue.text.lower() == "according to")
    ]
    if reporters and any(f.hint == "speaker" and f not in reporters for f in found):
        for f in reporters:
            f.hint = "intermediary"
    return sorted(found, key=lambda f: f.start)


# --- grouping mentions into sources -------------------------------------------------------


def _group(text: str, found: list[_Found]) -> list[_Found]:
    """Give mentions of one body one identity: acronyms, surnames, "the ministry"."""
    lex = _lexicon()
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
        if f.bare or spokes:
            # "the company", and "a company spokeswoman" who speaks for it
            head = spokes.group("head").lower() if spokes else mention
            kinds = lex.bare_heads.get(head, ["person"])
            earlier = [s for s in reversed(seen) if s.kind in kinds and s.kind != "vague"]
            earlier.sort(key=lambda s: kinds.index(s.kind))
            found_before = earlier[0] if earlier else _named_before(named(), f.start, kinds, places)
            ident = found_before or ident
        elif (
            ident.kind in ("organisation", "person")
            and " " not in mention
            and not mention.isupper()
            and mention not in lex.bodies
        ):
            ident = (
                next(
                    (
                        s
                        for s in reversed(seen)
                        if s.kind == "person"
                        and (s.name == mention or s.name.endswith(" " + mention))
                    ),
                    None,
                )
                or _full_name_before(named(), f.start, mention)
                or ident
            )
            if ident.kind == "organisation" and lex.agentive.fullmatch(mention.lower()):
                # "Retailers warned": a plural noun that opens the sentence, not a name
                ident = Identity(mention.lower(), "vague", None)
        elif ident.kind == "ministry_or_agency" and ident.country is None:
            same = {
                s for s in (g.identity for g in found) if s.country and s.name.endswith(ident.name)
            }
            if len(same) == 1:
                ident = same.pop()
        seen.append(ident)
        out.append(replace(f, identity=ident))
    return out


def _names_in(text: str) -> list[tuple[int, str, Identity]]:
    """(start, name, identity) of every capitalised name in the text that names someone."""
    lex = _lexicon()
    out = []
    for m in lex.chunk.finditer(text):
        s, e = _trim_chunk(lex, text, m.start(), m.end())
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
    for s, name, ident in names:
        if s >= end:
            break
        words = name.split(" ")
        if len(words) < 2 or word not in (words[0], words[-1]):
            continue
        if (ident.kind == "person" and ident.name.endswith(" " + word)) or (
            ident.kind != "person" and ident.name.startswith(word + " ")
        ):
            best = ident
    return best


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


def _find(doc: Doc) -> list[Source]:
    try:
        article = pipeline.article_of(doc)
    except ValueError:
        return []  # an empty text credits no one
    # The Article keeps the text; spaCy's `doc.text` rebuilds it from every token.
    text = article.text
    found = _group(text, _find_mentions(doc, article))
    by_sentence: dict[str, list[_Found]] = {}
    for f in found:
        by_sentence.setdefault(f.sentence, []).append(f)
    groups: dict[tuple[str, str], list[Mention]] = {}
    idents: dict[tuple[str, str], Identity] = {}
    for f in found:
        via: tuple[str, ...] = ()
        if f.hint == "speaker":
            via = tuple(
                g.identity.name
                for g in by_sentence[f.sentence]
                if g.hint == "intermediary" and g.identity.name != f.identity.name
            )
        key = (f.identity.name, f.identity.kind)
        idents.setdefault(key, f.identity)
        mention = Mention(f.start, f.end, text[f.start : f.end], f.sentence, f.hint, f.cue, via)
        groups.setdefault(key, []).append(mention)
    out = []
    for key, mentions in groups.items():
        ident = idents[key]
        roles = tuple(r for r in ROLES if any(m.role == r for m in mentions))
        out.append(
            Source(
                ident.name,
                ident.kind,
                _is_named(ident),
                ident.country,
                roles,
                tuple(mentions),
            )
        )
    return out


def _is_named(ident: Identity) -> bool:
    """A title or a common noun ("the President", "the ministry") names no one in particular."""
    lex = _lexicon()
    return (
        ident.kind != "vague"
        and ident.name != ident.name.lower()
        and (ident.name not in lex.all_titles)
    )


pipeline.component("medialit_sources", "sources", _find)


# --- public API ---------------------------------------------------------------------------


def sources(text_or_doc: str | Doc | Article) -> list[Source]:
    """List the sources a text credits, one per body, with every mention of each.

    >>> [s.name for s in sources("Beijing denied it, officials said, quoted by Xinhua.")]
    ['Chinese government', 'officials', 'Xinhua']
    """
    doc = pipeline.as_doc(text_or_doc)
    return pipeline.cached(doc, "sources", _find)


def transmission_chains(text_or_doc: str | Doc | Article) -> list[Chain]:
    """Show how each credited statement reached the page: speaker, intermediaries, page.

    >>> for chain in transmission_chains("The ministry said so, quoted by the Anadolu agency."):
    ...     print(chain)
    ministry → Anadolu → this page (no byline, no agency credit)  [P1.S1]
    """
    doc = pipeline.as_doc(text_or_doc)
    found = sources(doc)
    kinds = {s.name: s.kind for s in found}
    page = Link(PAGE, "page", "publisher", page_note(pipeline.article_of(doc)))
    chains: dict[tuple[str, ...], list[str]] = {}
    for source in found:
        for m in source.mentions:
            if m.role == "speaker":
                names: tuple[str, ...] = (source.name, *m.via)
            elif not any(
                m.sentence == o.sentence and o.role == "speaker" for s in found for o in s.mentions
            ):
                names = ("unnamed speaker", source.name)
            else:
                continue
            chains.setdefault(names, [])
            if m.sentence not in chains[names]:
                chains[names].append(m.sentence)
    out = []
    for names, sids in sorted(chains.items(), key=lambda item: _sentence_order(item[1][0])):
        links = [
            Link(n, kinds.get(n, "vague"), "speaker" if i == 0 else "intermediary")
            for i, n in enumerate(names)
        ]
        out.append(Chain((*links, page), tuple(sids)))
    return out


def page_note(article: Article) -> str:
    """Say what the page credits about itself: its byline and its news agency, if any.

    >>> import medialit
    >>> page_note(medialit.Article.from_text("By Ann Lee\\nThe mayor resigned, officials said."))
    'byline “By Ann Lee”, no agency credit'
    """
    from medialit.provenance import provenance

    page = provenance(article)
    return ", ".join(
        [
            f"byline “{page.byline.text.strip()}”" if page.byline else "no byline",
            f"agency credit “{page.agency_credit.text}”"
            if page.agency_credit
            else "no agency credit",
        ]
    )


def _sentence_order(sid: str) -> tuple[int, int]:
    p, _, s = sid.partition(".S")
    return int(p[1:]), int(s)


_COLOURS = {
    # Okabe and Ito's colour-blind-safe palette (jfly.uni-koeln.de/color); each box also
    # carries its kind in words, so the diagram reads without colour.
    "government": "#E69F00",
    "ministry_or_agency": "#56B4E9",
    "news_organisation": "#009E73",
    "person": "#F0E442",
    "organisation": "#CC79A7",
    "vague": "#BBBBBB",
    "page": "#FFFFFF",
}


def draw_chain(chain_or_text: Chain | str | Doc | Article) -> Figure:
    """Draw chains of transmission as labelled boxes joined by arrows; return the Figure.

    >>> fig = draw_chain("The ministry said so, quoted by the Anadolu agency.")
    >>> [t.get_text() for t in fig.axes[0].texts][:2]
    ['ministry\\n(ministry or agency of state)', 'Anadolu\\n(news organisation)']
    """
    import textwrap

    import matplotlib.pyplot as plt

    chains = (
        [chain_or_text] if isinstance(chain_or_text, Chain) else transmission_chains(chain_or_text)
    )
    width = max((len(c.links) for c in chains), default=1)
    fig, ax = plt.subplots(figsize=(2.6 * width + 0.4, 1.45 * max(len(chains), 1) + 0.5))
    # Closed at once so a notebook shows the returned Figure only, not a second copy.
    plt.close(fig)
    if not chains:
        ax.text(0.5, 0.5, "No statement in this text is credited to a source.", ha="center")
    for row, chain in enumerate(chains):
        y = -row * 1.45
        boxes: list[Any] = []
        for col, link in enumerate(chain.links):
            name = textwrap.fill(link.name, 22)
            kind = textwrap.fill(f"({link.note or KIND_LABELS.get(link.kind, link.kind)})", 30)
            box = ax.text(
                col * 2.6,
                y,
                f"{name}\n{kind}",
                ha="center",
                va="center",
                fontsize=8.5,
                bbox={
                    "boxstyle": "round,pad=0.4",
                    "facecolor": _COLOURS.get(link.kind, "#FFFFFF"),
                    "edgecolor": "black",
                    "linestyle": "--" if link.kind in ("vague", "page") else "-",
                },
            )
            if boxes:
                # Arrows join the boxes' edges, wherever the text makes them end.
                ax.annotate(
                    "",
                    xy=(0, 0.5),
                    xycoords=box,
                    xytext=(1, 0.5),
                    textcoords=boxes[-1],
                    arrowprops={"arrowstyle": "->", "color": "black", "shrinkA": 6, "shrinkB": 6},
                )
            boxes.append(box)
        ax.text(0, y - 0.62, "in " + ", ".join(chain.sentences), ha="center", fontsize=7.5)
    ax.set_xlim(-1.3, 2.6 * width - 1.3)
    ax.set_ylim(-1.45 * len(chains) + 0.6, 0.7)
    ax.set_axis_off()
    ax.set_title("Who passed the words on to whom (dashed box: unnamed)", fontsize=10)
    return fig


def analyze_sources(doc: Doc, *, document_date: dt.date | None = None) -> list[Source]:
    """The `sources` entry of the analysis contract: the sources of a parsed text.

    >>> import medialit
    >>> result = medialit.analyze("Experts say the dam is safe.").to_json()
    >>> [(s["name"], s["mentions"][0]["start"], s["mentions"][0]["end"]) for s in result["sources"]]
    [('experts', 0, 7)]
    """
    return sources(doc)


def kind_label(kind: str) -> str:
    """Say a kind of source in words a learner reads, such as 'unnamed or vague'.

    >>> kind_label("ministry_or_agency")
    'ministry or agency of state'
    """
    return KIND_LABELS[kind]


def iter_mentions(found: Iterable[Source]) -> Iterator[tuple[Source, Mention]]:
    """Yield every (source, mention) pair, in the order of the text.

    >>> found = sources("Officials said so. The BBC reported that police agreed.")
    >>> [(m.text, source.kind) for source, m in iter_mentions(found)]
    [('Officials', 'vague'), ('BBC', 'news_organisation')]
    """
    pairs = [(s, m) for s in found for m in s.mentions]
    yield from sorted(pairs, key=lambda pair: pair[1].start)


callable_module(__name__, sources)

__all__ = [
    "KINDS",
    "KIND_LABELS",
    "ROLES",
    "Chain",
    "Identity",
    "Link",
    "Mention",
    "Source",
    "Span",
    "analyze_sources",
    "draw_chain",
    "identify",
    "iter_mentions",
    "kind_label",
    "page_note",
    "sources",
    "transmission_chains",
]
