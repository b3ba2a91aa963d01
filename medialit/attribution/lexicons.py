"""The word lists and patterns the attribution rules read, loaded once per process."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.strings import StringStore

from medialit.lemmas import lemma_table
from medialit.resources import load_lexicon

OPEN_QUOTES = '“„«"‘'


CLOSE_QUOTES = '”»"’'


_QUOTE_MARK = re.compile('[“„«"”»‘’]')


_PUNCT = frozenset(",;:()[]—–…!?.") | frozenset(OPEN_QUOTES + CLOSE_QUOTES)


_SOURCE_MAX = 12


_PHRASE_SOURCE_MAX = 16
_NAMED_SOURCE_MAX = 40


_TAIL_MAX = 6


_THAT_WINDOW = 8


_RESIDUE_WORDS = 6


# 'Mayor: “We will rebuild”', 'Prime Minister Lena Hart: “...”': up to four capitalised
# words, a colon, a quote.
_COLON_QUOTE = re.compile(r"([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}): *[“\"‘]")


_FURNITURE_MAX = 80


# With no agent, a passive reports hearsay ('is said', 'is believed', 'was confirmed');
# 'was rejected' or 'was condemned' with no agent more often reports an act than speech.
_HEARSAY = ("neutral", "doubting", "tentative", "endorsing")


@dataclass(frozen=True)
class _Words:
    verbs: dict[str, dict[str, Any]]
    phrases: dict[tuple[str, ...], dict[str, Any]]
    phrase_firsts: dict[str, list[tuple[str, ...]]]
    """First word -> the phrases it starts, longest first."""
    phrase_marks: frozenset[str]
    """The longest word of each phrase: a sentence that holds none of them holds no phrase."""
    determiners: frozenset[str]
    prepositions: frozenset[str]
    be: frozenset[str]
    auxiliaries: frozenset[str]
    clause_openers: frozenset[str]
    leading: frozenset[str]
    relatives: frozenset[str]
    after_source: frozenset[str]
    content_openers: frozenset[str]
    first_person: frozenset[str]
    pronouns: frozenset[str]
    subject_pronouns: frozenset[str]
    gerund_prepositions: frozenset[str]
    finite_auxiliaries: frozenset[str]
    noun_before_of: frozenset[str]
    continuing: frozenset[str]
    object_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    listeners: frozenset[str]
    passers_on: frozenset[str]
    negations: frozenset[str]
    singular_determiners: frozenset[str]
    pronoun_determiners: frozenset[str]
    negative_sources: frozenset[str]
    requests: frozenset[str]
    hypothetical: frozenset[str]
    time_words: frozenset[str]
    not_participles: frozenset[str]
    tail_verbs: frozenset[str]
    cue_adjuncts: dict[str, list[tuple[str, ...]]]
    topic_prepositions: frozenset[str]
    page_labels: frozenset[str]
    belief_verbs: frozenset[str]
    nominal_cues: frozenset[str]
    acts: dict[str, dict[str, Any]]
    """Verbs of acts and stances ('plans to', 'endorsed'), from `act_verbs.json`."""
    evidence: frozenset[str]
    actors: frozenset[str]
    not_objects: frozenset[str]
    label_not_after: frozenset[str]
    participle_prepositions: frozenset[str]
    messages: frozenset[str]
    modals: frozenset[str]
    possessed_nouns: dict[str, list[str]]
    outlets: frozenset[str]
    agent_endings: tuple[str, ...]
    stances: dict[str, Any]
    """Adjectives and nouns of a stance after 'be' ('critical of'), from `act_verbs.json`."""
    stance_degrees: frozenset[str]
    stance_not_about: frozenset[str]
    dateline: re.Pattern[str]
    credit_line: re.Pattern[str]
    adjective_endings: tuple[str, ...]
    nouns_with_adjective_endings: frozenset[str]
    plural_counts: frozenset[str]
    not_agents: frozenset[str]
    people_pronouns: frozenset[str]
    regard_verbs: frozenset[str]
    not_after_as: frozenset[str]
    aspect_verbs: frozenset[str]
    go_forms: frozenset[str]
    nominal_prepositions: frozenset[str]
    poll_nouns: frozenset[str]
    causatives: frozenset[str]
    account_nouns: frozenset[str]
    reaction_verbs: frozenset[str]
    reaction_nouns: frozenset[str]


@cache
def _words() -> _Words:
    verbs = load_lexicon("reporting_verbs")
    grammar = load_lexicon("attribution_words")
    acts = load_lexicon("act_verbs")
    phrases = {tuple(k.split()): v for k, v in verbs["phrases"].items()}

    def fs(name: str) -> frozenset[str]:
        return frozenset(grammar[name])

    return _Words(
        verbs=verbs["verbs"],
        phrases=phrases,
        phrase_firsts={
            first: sorted((p for p in phrases if p[0] == first), key=len, reverse=True)
            for first in {p[0] for p in phrases}
        },
        phrase_marks=frozenset(max(p, key=len) for p in phrases),
        determiners=fs("determiners"),
        prepositions=fs("prepositions"),
        be=fs("be"),
        auxiliaries=fs("auxiliaries"),
        clause_openers=fs("clause_openers"),
        leading=fs("leading_conjunctions"),
        relatives=fs("relatives"),
        after_source=fs("after_source"),
        content_openers=fs("content_openers"),
        first_person=fs("first_person"),
        pronouns=fs("pronouns"),
        subject_pronouns=fs("subject_pronouns"),
        gerund_prepositions=fs("gerund_prepositions"),
        finite_auxiliaries=fs("finite_auxiliaries"),
        noun_before_of=fs("noun_before_of"),
        continuing=fs("continuing_verbs"),
        object_verbs=fs("object_verbs"),
        claim_nouns=fs("claim_nouns"),
        listeners=fs("listeners"),
        passers_on=fs("passers_on"),
        negations=fs("negations"),
        singular_determiners=fs("singular_determiners"),
        pronoun_determiners=fs("pronoun_determiners"),
        negative_sources=fs("negative_sources"),
        requests=fs("requests"),
        hypothetical=fs("hypothetical"),
        time_words=fs("time_words"),
        not_participles=fs("not_participles"),
        tail_verbs=fs("tail_verbs"),
        cue_adjuncts=_by_first_word(grammar["cue_adjuncts"]),
        topic_prepositions=fs("topic_prepositions"),
        page_labels=fs("page_labels"),
        belief_verbs=fs("belief_verbs"),
        nominal_cues=fs("nominal_cues"),
        acts=_act_entries(acts),
        evidence=frozenset(acts["evidence"]),
        actors=frozenset(acts["actors"]),
        not_objects=frozenset(acts["not_objects"]),
        label_not_after=frozenset(acts["label_not_after"]),
        participle_prepositions=frozenset(acts["participle_prepositions"]),
        messages=frozenset(acts["messages"]),
        modals=frozenset(acts["modals"]),
        possessed_nouns=acts["possessed_nouns"],
        outlets=frozenset(acts["outlets"]),
        agent_endings=tuple(acts["agent_endings"]),
        stances=acts["stances"],
        stance_degrees=frozenset(acts["stance_degrees"]),
        stance_not_about=frozenset(acts["stance_not_about"]),
        # Multiline, so that '^' matches where a paragraph starts, after a line break.
        dateline=re.compile(grammar["dateline"], re.MULTILINE),
        credit_line=re.compile(grammar["credit_line"], re.IGNORECASE),
        adjective_endings=tuple(grammar["adjective_endings"]),
        nouns_with_adjective_endings=fs("nouns_with_adjective_endings"),
        plural_counts=fs("plural_counts"),
        not_agents=fs("not_agents"),
        people_pronouns=fs("people_pronouns"),
        regard_verbs=fs("regard_verbs"),
        not_after_as=fs("not_after_as"),
        aspect_verbs=fs("aspect_verbs"),
        go_forms=fs("go_forms"),
        nominal_prepositions=fs("nominal_prepositions"),
        poll_nouns=fs("poll_nouns"),
        causatives=fs("causatives"),
        account_nouns=fs("account_nouns"),
        reaction_verbs=fs("reaction_verbs"),
        reaction_nouns=fs("reaction_nouns"),
    )


def _act_entries(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The act verbs by lemma: the plain list, then each family's verbs with its defaults."""
    out = dict(data["verbs"])
    for family, group in data.get("families", {}).items():
        for lemma, entry in group["verbs"].items():
            out.setdefault(lemma, {**group["defaults"], **entry, "family": family})
    return out


def _by_first_word(phrases: list[str]) -> dict[str, list[tuple[str, ...]]]:
    """First word -> the phrases it starts, longest first."""
    split = sorted((tuple(p.split()) for p in phrases), key=len, reverse=True)
    return {first: [p for p in split if p[0] == first] for first in {p[0] for p in split}}


@cache
def _known_lemmas(strings: StringStore) -> dict[int, str]:
    """Hash -> lemma for the only lemmas the rules ask about: reporting verbs, claim nouns."""
    w = _words()
    words = (
        *w.verbs,
        *w.claim_nouns,
        *w.nominal_cues,
        *w.acts,
        *w.belief_verbs,
        *w.possessed_nouns,
        *w.regard_verbs,
        *w.reaction_nouns,
        *w.poll_nouns,
        *w.account_nouns,
    )
    return {strings.add(word): word for word in words}


@cache
def _next_act() -> re.Pattern[str]:
    """', and called on ministers to act', ', beating forecasts', ', while the Treasury ...',
    ', the scientists reported': after a comma, a new act of the same subject, the writer's own
    clause or a second source of the same words, not part of what was said."""
    keep = "|".join(sorted(_words().not_participles))
    tail = "|".join(sorted(_words().tail_verbs))
    return re.compile(
        rf",\s+(?:(?:and|but)\s+[a-z]+ed|while|whereas|(?!(?:{keep})\b)[a-z]+ing"
        rf"|(?:the\s+)?(?:[A-Za-z][\w.'’-]*\s+){{1,4}}(?:{tail})(?=[\s,.]))\b"
    )


@cache
def _lemma_hashes(strings: StringStore) -> frozenset[int]:
    w = _words()
    cues = (
        w.verbs.keys()
        | w.nominal_cues
        | w.acts.keys()
        | w.belief_verbs
        | w.possessed_nouns.keys()
        | w.regard_verbs
        | w.reaction_nouns
        | w.poll_nouns
        | w.account_nouns
    )
    found = {h for h, lemma in _known_lemmas(strings).items() if lemma in cues}
    # a stance word is read by its form ('critical', 'determined'), so its lemma only marks
    # where a cue may start
    table = lemma_table()
    for group in w.stances.values():
        found.update(strings.add(table.get(word) or word) for word in group["words"])
    return frozenset(found)


@cache
def _phrase_pattern() -> re.Pattern[str]:
    # Any run of spaces or tabs may join the words, as the tokenizer reads them.
    phrases = sorted(_words().phrases, key=lambda p: len(r"[ \t]+".join(map(re.escape, p))))
    # Grouped by first letter, longest first: the pattern opens with a class of the first
    # letters, which the regex engine finds by a quick scan instead of trying a word
    # boundary at every character; each letter is read again, case ignored, behind the rest.
    rests: dict[str, list[str]] = {}
    for p in reversed(phrases):
        rest = r"[ \t]+".join([re.escape(p[0][1:]), *map(re.escape, p[1:])])
        rests.setdefault(p[0][0], []).append(rest)
    firsts = "".join(rests)
    # every case of an ASCII letter; any other letter is let through, to be read behind
    opening = "[" + re.escape(firsts + firsts.upper()) + "\x80-\U0010ffff]"
    body = "|".join(f"(?<={re.escape(c)})(?:{'|'.join(r)})" for c, r in rests.items())
    return re.compile(rf"{opening}(?<!\w.)(?i:{body})\b")
