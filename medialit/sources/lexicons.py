"""The word lists and patterns the sources rules read, compiled once per process."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from medialit.regexes import compiled
from medialit.resources import load_lexicon

if TYPE_CHECKING:
    pass
from medialit.sources.model import Identity


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
    comma_gap: re.Pattern[str]
    bracket_gap: re.Pattern[str]
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
    rv = load_lexicon("reporting_verbs")
    pat = load_lexicon("source_patterns")
    places = _places(load_lexicon("countries")["countries"])
    titles = pat["person_titles"]
    cap = _capitalised(titles)
    return _Lexicon(
        verbs=rv["verbs"],
        patterns=pat,
        phrases=rv["phrases"],
        **places,
        bodies=_bodies(load_lexicon("organisations")["bodies"]),
        topics=pat["ministry_topics"],
        vague_heads=frozenset(pat["vague_heads"]),
        vague_modifiers=frozenset(pat["vague_modifiers"]),
        spokes_heads=tuple(sorted(pat["spokes_heads"], key=len, reverse=True)),
        news_heads=tuple(sorted(pat["news_heads"], key=len, reverse=True)),
        government_heads=frozenset(pat["government_heads"]),
        state_heads=frozenset(pat["state_heads"]),
        body_heads=frozenset(pat["body_heads"]),
        organisation_words=frozenset(pat["organisation_words"]),
        international=tuple(pat["international_prefixes"]),
        news_words=frozenset(pat["news_name_words"]),
        organisation_nouns=frozenset(pat["organisation_nouns"]),
        name_particles=frozenset(pat["name_particles"]),
        openers=_openers(pat),
        bare_heads=pat["bare_heads"],
        titles=frozenset(t for t in titles if t[:1].islower()),
        all_titles=frozenset(titles),
        **_verb_tables(rv, pat),
        **_name_patterns(pat, places, cap),
        **_context_patterns(pat, cap),
        **_naming_patterns(pat, places, cap),
    )


def _places(countries: dict[str, Any]) -> dict[str, Any]:
    """Country names, adjectives and seats of government, each mapped to its country."""
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
    return {
        "country_names": country_names,
        "adjectives": adjectives,
        "adjective_of": adjective_of,
        "seats": seats,
    }


def _bodies(orgs: dict[str, Any]) -> dict[str, Identity]:
    """Every alias and metonym of a well-known body, mapped to its identity."""
    bodies: dict[str, Identity] = {}
    for name, entry in orgs.items():
        ident = Identity(name, entry["kind"], entry.get("country"))
        for alias in [name, name.removeprefix("The "), *entry.get("aliases", [])]:
            bodies[alias.replace("’", "'")] = ident
        for city in entry.get("metonyms", []):
            bodies[city] = ident
    return bodies


def _capitalised(titles: list[str]) -> str:
    """A capitalised word of a name; "Ms. Alvarez", "Sen. Ruth Callow": a title's full stop
    does not end the name."""
    dotted = _alternation(t for t in titles if t.endswith(".") and t[:1].isupper())
    return (
        rf"(?:(?:{dotted})(?=[ \t])|{_UPPER_CLASS}\.(?:{_UPPER_CLASS}\.)+|{_UPPER_CLASS}[\w&'’-]*)"
    )


def _openers(pat: dict[str, Any]) -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    capitalised = (w.capitalize() for w in STOP_WORDS if w.isalpha())
    return frozenset({*pat["sentence_openers"], *capitalised})


def _verb_tables(rv: dict[str, Any], pat: dict[str, Any]) -> dict[str, Any]:
    """The lemma hashes of every cue verb, their particles, and the cue phrases."""
    import numpy as np
    from spacy.strings import get_string_id

    lemmas = [*rv["verbs"], *(v.split(" ")[0] for v in pat["publishing_verbs"])]
    verb_lemmas = {get_string_id(lemma): lemma for lemma in lemmas}
    particles = {lemma: e["particle"] for lemma, e in rv["verbs"].items() if e.get("particle")}
    for verb in pat["publishing_verbs"]:
        if " " in verb:
            particles[verb.split(" ")[0]] = verb.split(" ")[1]
    phrases = [*rv["phrases"], *(p.capitalize() for p in rv["phrases"])]
    return {
        "verb_hashes": np.array(sorted(verb_lemmas), dtype=np.uint64),
        "verb_lemmas": verb_lemmas,
        "particles": particles,
        # Opening a word is tested by `cues._phrases`: without a look-behind first, the
        # pattern opens with a letter, and `re` skips in C to the letters that may open it.
        "phrase": compiled(rf"(?:{_alternation(phrases)})(?=[ \t])"),
    }


def _name_patterns(pat: dict[str, Any], places: dict[str, Any], cap: str) -> dict[str, Any]:
    """The words that may make up a source's name, and the pattern of a whole name."""
    from spacy.lang.en.stop_words import STOP_WORDS

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
    lower_prefix = compiled(
        rf"(?<![\w'’])(?:(?:[Aa]n?|[Tt]he)[ \t]+)?"
        rf"(?:(?:{_alternation(places['adjectives'])}"
        rf"|(?:{_alternation(places['country_names'])})['’]s)[ \t]+)?"
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
    chunk = compiled(
        rf"(?<![\w'’])(?:(?:[Tt]he|[Aa]n?){_SP})?(?:{word}|{agentive}\b)"
        rf"(?:{_SP}(?:{name_joins}(?={_UPPER_CLASS}))?{word})*(?![\w'’])"
    )
    return {
        "lower_words": frozenset(lower_words),
        "lower_heads": frozenset(lower_heads),
        "agentive": compiled(agentive),
        "lower_prefix": lower_prefix,
        "chunk": chunk,
    }


def _context_patterns(pat: dict[str, Any], cap: str) -> dict[str, Any]:
    """What may stand between a name and its cue: gaps, qualifiers, documents, audiences."""
    gap_words = rf"(?:{_alternation(pat['gap_words'])}|[a-z]+ly)"
    documents_alt = _alternation(pat["document_nouns"])
    spokes = _alternation(pat["spokes_heads"])
    qualifiers = _alternation(pat["vague_qualifiers"])
    gap = rf"[ \t]*(?:{gap_words}[ \t]+)*"
    return {
        "gap": compiled(gap),
        # "The company's chief executive, Jane Roe, said"; "(WHO) said"
        "comma_gap": compiled(r",[ \t]*" + gap),
        "bracket_gap": compiled(r"\)" + gap),
        "qualified_gap": compiled(
            rf"(?P<qualifier>{_SP}(?:{qualifiers})"
            rf"(?:{_SP}[\w'’.-]+){{0,5}}?)[ \t]+(?:{gap_words}[ \t]+)*"
        ),
        "speaks_for": compiled(
            rf"(?:[Aa]n?[ \t]+|[Tt]he[ \t]+)?(?:[\w'-]+[ \t]+)?(?:{spokes})"
            rf"[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?(?P<body>.+)"
        ),
        # "a report by X", "figures released by X on Wednesday", "a study published on
        # Tuesday by X"
        "document_by": compiled(
            rf"[ \t]*(?:(?:an?|the|its|their)[ \t]+)?(?:[a-z-]+[ \t]+){{0,2}}?(?:{documents_alt})"
            rf"(?:[ \t]+(?:published|released|issued|compiled|produced|commissioned|prepared"
            rf"|posted|filed|written|carried[ \t]+out|conducted))?"
            rf"(?:[ \t]+(?:on|in|last|this|earlier)[ \t]+[\w-]+(?:[ \t]+[\w-]+)?)?"
            rf"[ \t]+(?:by|from|of)[ \t]+(?:the[ \t]+)?"
        ),
        "document_apposition": compiled(
            rf"\b(?:{documents_alt}),[ \t]*(?:published|released|issued|commissioned|compiled"
            rf"|produced|prepared|written)[ \t]+by[ \t]+(?:the[ \t]+)?$"
        ),
        "qualifier_to": compiled(rf"{_SP}(?:{qualifiers})(?:{_SP}(?:the|a|an))?{_SP}"),
        "appositive": compiled(rf",[ \t]*[^,;:“”\"]{{1,80}},[ \t]*(?:{gap_words}[ \t]+)*"),
        "qualifier": compiled(
            rf"{_SP}(?:{qualifiers})\b"
            rf"(?:{_SP}(?:the|a|an){_SP})?(?:{_SP})?"
            rf"(?:{cap}(?:{_SP}(?:and{_SP})?{cap})*"
            rf"|[a-z]+(?:{_SP}(?:{_alternation(pat['qualifier_objects'])}))?)?"
        ),
        "documents": compiled(rf"\b(?:{documents_alt})\b", re.IGNORECASE),
        "audience": compiled(rf"[ \t]*(?:{_alternation(pat['audience_words'])})\b"),
        "as_saying": compiled(rf"[ \t]+as[ \t]+(?:{_alternation(pat['quoted_as'])})\b"),
        "spokes_end": compiled(rf"(?:{spokes})$"),
        "body_spokes": compiled(rf"(?:(?:[Aa]n?|[Tt]he) )?(?P<head>[A-Za-z][a-z]+) (?:{spokes})"),
    }


def _naming_patterns(pat: dict[str, Any], places: dict[str, Any], cap: str) -> dict[str, Any]:
    """Patterns that read a name: a titled person, a country's body, a ministry, an acronym."""
    titles = pat["person_titles"]
    country_names, adjectives = places["country_names"], places["adjectives"]
    seats = places["seats"]
    org_nouns = _alternation(pat["organisation_nouns"])
    negators = _alternation([*pat["negators"], *(w.capitalize() for w in pat["negators"])])
    return {
        "title_person": compiled(
            rf"(?:^|.*?\b)(?:{_alternation(titles)})[ \t]+(?P<name>{cap}(?:[ \t]+{cap}){{0,3}})$"
        ),
        "title_start": compiled(rf"(?:{_alternation(titles)}) "),
        "of_country": compiled(
            rf"(?P<body>.+?) of (?:the )?(?P<country>{_alternation(country_names)})"
        ),
        "country_prefix": compiled(
            rf"(?P<country>{_alternation([*adjectives, *country_names, *seats])})"
            rf"(?P<poss>['’]s)?(?:[ \t]+|$)"
        ),
        "ministry": compiled(
            rf"(?P<topic>{cap}(?:[ \t]+{cap})*)[ \t]+(?P<head>Ministry|Department)$"
        ),
        "ministry_of": compiled(
            rf"(?P<head>Ministry|Department)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
            rf"(?P<topic>{cap}(?:[ \t]+(?:and[ \t]+)?{cap})*)$"
        ),
        "acronym": compiled(
            rf"(?P<long>{cap}(?:{_SP}(?:(?:of|for|and|the|on|in|de){_SP})*{cap}){{1,9}})"
            rf"[ \t]*\((?P<acr>{_UPPER_CLASS}[{_UPPER}&.-]{{1,9}})\)"
        ),
        "organisation_noun_before": compiled(rf"\b(?:{org_nouns}),?[ \t]+$"),
        "organisation_noun_after": compiled(
            rf",[ \t]*(?:the|an?)[ \t]+(?:[\w'’-]+[ \t]+){{0,3}}?(?:{org_nouns})"
            rf"(?:[ \t]+(?:behind|that|which|who|for|of|in|based|founded|run)\b[^,;.]*)?"
            rf"[ \t]*[,;.]"
        ),
        # "Neither company commented", "No one at the department responded"
        "negated": compiled(rf"(?<![\w'’])(?:{negators})(?![\w'’])[^,;:“”\"]*$"),
    }
