"""Claims and attributions: who asserts what in a news text, and with which verb.

An attribution ties what is asserted (its content) to whoever asserts it (its source)
through a cue: a reporting verb ("said", "warned", "denies") or a phrase ("according
to"). A chain records who passed the words on ("quoted by", "citing"). A claim is either
the content of an attribution or something the writer asserts with no source at all.

The rules read general English news without a tagger: a reporting-verb lexicon keyed by
lemma (`data/lexicons/reporting_verbs.json`), closed-class word lists
(`data/lexicons/attribution_words.json`), quote marks and commas.

>>> found = attributions("The bridge will reopen on Monday, the mayor said.")
>>> print(found[0])
P1.S1 indirect: the mayor said (neutral): "The bridge will reopen on Monday"
>>> [c.by for c in claims("The bridge is closed. It will reopen, the mayor said.")]
['writer', 'source']
"""

from __future__ import annotations

import bisect
import datetime as dt
import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, NamedTuple

import numpy
from spacy.strings import StringStore
from spacy.tokens import Doc

from medialit import pipeline
from medialit.article import Article, Sentence
from medialit.provenance import BYLINE, DATE, PUBLISHED
from medialit.resources import load_lexicon

OPEN_QUOTES = '“„«"‘'
CLOSE_QUOTES = '”»"’'
_QUOTE_MARK = re.compile('[“„«"”»‘’]')
_PUNCT = frozenset(",;:()[]—–…!?.") | frozenset(OPEN_QUOTES + CLOSE_QUOTES)
_SOURCE_MAX = 12
_PHRASE_SOURCE_MAX = 16
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

TYPES = ("direct", "indirect", "according_to", "mixed", "implicit")
"""Attribution types: a quote, reported speech, 'according to', a quote inside reported
speech, and an attribution with no cue or no named source."""


@dataclass(frozen=True)
class Span:
    """A stretch of the input text: offsets (end exclusive) and the text they spell."""

    start: int
    end: int
    text: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Link:
    """One step of a chain: who passed the words on, or whom the source relies on."""

    cue: Span
    source: Span
    role: str
    """'intermediary' (quoted by X: X passed the words on) or 'original' (citing X)."""

    def __str__(self) -> str:
        if self.cue.start < self.source.start:
            return f"{self.cue.text} {self.source.text}"
        return f"{self.source.text} {self.cue.text}"


@dataclass(frozen=True)
class Attribution:
    """Who asserts what, and how: source, cue and content as spans of the text."""

    id: str
    sentence: str
    type: str
    cue: Span | None
    source: Span | None
    content: Span
    more_content: tuple[Span, ...] = ()
    chain: tuple[Link, ...] = ()
    lemma: str | None = None
    """The cue's lemma ('say') or phrase ('according to'); None for an implicit one."""
    connotation: str | None = None
    explain: str | None = None
    quoted: bool = False
    """True when the content stands inside quote marks."""
    speaker: str | None = None
    """Who the source is, by name where the text gives one ('he' becomes the name before)."""

    def __str__(self) -> str:
        who = self.source.text if self.source else "(no source named)"
        cue = self.cue.text if self.cue else ""
        said = f"{cue} {who}" if self.type == "according_to" else f"{who} {cue}".rstrip()
        tone = f" ({self.connotation})" if self.connotation else ""
        via = "".join(f", {link}" for link in self.chain)
        return f'{self.sentence} {self.type}: {said}{tone}{via}: "{self.content.text}"'


@dataclass(frozen=True)
class Claim:
    """Something asserted: by a source (through an attribution) or by the writer alone."""

    start: int
    end: int
    text: str
    sentence: str
    by: str
    """'source' when an attribution credits it to someone, 'writer' when nobody is named."""
    attribution: str | None = None
    headline: bool = False

    def __str__(self) -> str:
        whose = f"source, {self.attribution}" if self.attribution else self.by
        mark = " [headline]" if self.headline else ""
        return f'{self.sentence} ({whose}){mark}: "{self.text}"'


def attributions(
    text_or_doc: str | Article | Doc, *, document_date: dt.date | None = None
) -> list[Attribution]:
    """Find every attribution: its cue, source, content, type, chain and the verb's tone.

    >>> found = attributions("“We are ready,” said the minister, quoted by Reuters.")
    >>> found[0].type, found[0].source.text, found[0].chain[0].source.text
    ('direct', 'the minister', 'Reuters')
    """
    doc = pipeline.as_doc(text_or_doc)
    return pipeline.cached(doc, "attributions", _find)


def claims(
    text_or_doc: str | Article | Doc, *, document_date: dt.date | None = None
) -> list[Claim]:
    """List the claims: each attribution's content, and what the writer asserts unaided.

    >>> [str(c) for c in claims("Prices rose. Officials denied it.")]
    ['P1.S1 (writer): "Prices rose"', 'P1.S2 (source, A1): "it"']
    """
    doc = pipeline.as_doc(text_or_doc)
    return pipeline.cached(doc, "claims", _find_claims)


# --- word lists -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Words:
    verbs: dict[str, dict[str, Any]]
    phrases: dict[tuple[str, ...], dict[str, Any]]
    phrase_firsts: dict[str, list[tuple[str, ...]]]
    """First word -> the phrases it starts, longest first."""
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
    time_words: frozenset[str]
    not_participles: frozenset[str]
    cue_adjuncts: dict[str, list[tuple[str, ...]]]
    topic_prepositions: frozenset[str]
    dateline: re.Pattern[str]
    credit_line: re.Pattern[str]


@cache
def _words() -> _Words:
    verbs = load_lexicon("reporting_verbs")
    grammar = load_lexicon("attribution_words")
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
        time_words=fs("time_words"),
        not_participles=fs("not_participles"),
        cue_adjuncts=_by_first_word(grammar["cue_adjuncts"]),
        topic_prepositions=fs("topic_prepositions"),
        # Multiline, so that '^' matches where a paragraph starts, after a line break.
        dateline=re.compile(grammar["dateline"], re.MULTILINE),
        credit_line=re.compile(grammar["credit_line"], re.IGNORECASE),
    )


def _by_first_word(phrases: list[str]) -> dict[str, list[tuple[str, ...]]]:
    """First word -> the phrases it starts, longest first."""
    split = sorted((tuple(p.split()) for p in phrases), key=len, reverse=True)
    return {first: [p for p in split if p[0] == first] for first in {p[0] for p in split}}


# --- tokens and quotes ------------------------------------------------------------------


class _Tok(NamedTuple):
    start: int
    end: int
    text: str
    lower: str
    lemma: str
    """The lemma when it is a reporting verb or a claim noun, else ''."""
    verb: bool | None
    """From a trained tagger when there is one; None means unknown."""


def _tokens(
    text: str,
    table: Any,
    strings: StringStore,
    sent: Sentence,
    tagged: bool,
    closers: frozenset[int] = frozenset(),
) -> list[_Tok]:
    """The sentence's tokens, read from the Doc's arrays (cheaper than Token objects).

    A '’' that closes no quotation is an apostrophe ('the players’ union'), so it is
    spelled "'" here and the rules never read it as the end of a quote."""
    first, last = numpy.searchsorted(table[:, 0], [sent.start, sent.end])
    known = _known_lemmas(strings)
    toks = []
    new = tuple.__new__  # skips NamedTuple's Python-level __new__: this loop is the hot path
    for idx, length, space, lemma, tag in table[first:last].tolist():
        if space:
            continue
        word = text[idx : idx + length]
        if word == "’" and idx not in closers:
            word = "'"
        verb = strings[tag].startswith("VB") if tagged else None
        toks.append(new(_Tok, (idx, idx + length, word, word.lower(), known.get(lemma, ""), verb)))
    return toks


@cache
def _known_lemmas(strings: StringStore) -> dict[int, str]:
    """Hash -> lemma for the only lemmas the rules ask about: reporting verbs, claim nouns."""
    w = _words()
    return {strings.add(word): word for word in (*w.verbs, *w.claim_nouns)}


def _quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quotations in text[start:end] as (open mark, close mark + 1); an unclosed one runs on."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    single = False
    for m in _QUOTE_MARK.finditer(text, start, end):
        ch, pos = m.group(), m.start()
        if ch == "‘" and opened is None:
            opened, single = pos, True
        elif ch == "’":
            # British quotes: '’' closes a '‘' quote unless a letter follows ('it’s').
            if single and opened is not None and not text[pos + 1 : pos + 2].isalnum():
                spans.append((opened, pos + 1))
                opened, single = None, False
        elif single:
            continue
        elif ch == '"':
            if opened is None:
                opened = pos
            else:
                spans.append((opened, pos + 1))
                opened = None
        elif ch in "“„«" and opened is None:
            opened = pos
        elif ch in "”»" and opened is not None:
            spans.append((opened, pos + 1))
            opened = None
    if opened is not None:
        spans.append((opened, end))
    return spans


def _inner(text: str, q: tuple[int, int]) -> tuple[int, int]:
    """The words inside a quotation, without its marks or a final comma."""
    start, end = q[0] + 1, q[1]
    if end > start and text[end - 1] in CLOSE_QUOTES:
        end -= 1
    return _trim(text, start, end)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.!?—–"):
        end -= 1
    return start, end


# --- finding attributions in one sentence -----------------------------------------------


@dataclass
class _Draft:
    form: str
    """'preposed' (source cue content), 'postposed' (content, source cue), 'inverted'
    (content, cue source), 'coordinated' (shares the source before), 'passive', 'phrase',
    'implicit'."""
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    content: tuple[int, int] | None
    lemma: str | None
    entry: dict[str, Any]
    region: int
    """Where the attribution's own words begin, which ends the content of an earlier one."""
    sentence: str
    more: list[tuple[int, int]] = field(default_factory=list)
    chain: list[tuple[tuple[int, int], tuple[int, int], str]] = field(default_factory=list)
    unmarked_quote: bool = False
    answers: _Draft | None = None
    """For '..., a claim X denies': the attribution whose content X answers."""


class _Phrase(NamedTuple):
    first: int
    last: int
    """Token index just after the phrase."""
    words: tuple[str, ...]
    entry: dict[str, Any]
    source: tuple[int, int]
    """Token range of the name after the phrase."""


class _Sent:
    """One sentence's tokens and the quotations of its paragraph."""

    def __init__(
        self, text: str, sent: Sentence, toks: list[_Tok], quotes: list[tuple[int, int]]
    ) -> None:
        self.text = text
        self.sent = sent
        self.toks = toks
        self.quotes = quotes
        self.w = _words()

    def low(self, i: int) -> str:
        return self.toks[i].lower if 0 <= i < len(self.toks) else ""

    def is_punct(self, i: int) -> bool:
        return 0 <= i < len(self.toks) and self.toks[i].text in _PUNCT

    def chars(self, first: int, last: int) -> tuple[int, int]:
        """Character offsets of tokens first..last-1."""
        return self.toks[first].start, self.toks[last - 1].end

    def quote_at(self, pos: int) -> tuple[int, int] | None:
        for q in self.quotes:
            if q[0] <= pos < q[1]:
                return q
        return None


def _phrases(s: _Sent) -> list[_Phrase]:
    w = s.w
    found: list[_Phrase] = []
    i = 0
    n = len(s.toks)
    while i < n:
        options = w.phrase_firsts.get(s.toks[i].lower)
        best = None
        for words in options or ():
            if tuple(t.lower for t in s.toks[i : i + len(words)]) == words:
                best = words
                break
        if best is None:
            i += 1
            continue
        last = i + len(best)
        entry = w.phrases[best]
        source = _whole_phrase_after(s, last) if entry["role"] == "source" else None
        source = source or _name_after(s, last, stop_on_verbs=False)
        if source is None:
            i = last
            continue
        found.append(_Phrase(i, last, best, entry, source))
        i = source[1]
    return found


def _whole_phrase_after(s: _Sent, i: int) -> tuple[int, int] | None:
    """'according to a report published by X on Monday, ...': the source runs to the comma.

    The noun phrase after 'according to' is the source however it goes on (a participle,
    a date, a 'by'), so only punctuation or the sentence's end closes it."""
    n = len(s.toks)
    j = i
    while j < n and j - i < _PHRASE_SOURCE_MAX and s.toks[j].text not in _PUNCT:
        j += 1
    if j == i or (j < n and s.toks[j].text not in _PUNCT):
        return None
    if s.toks[j - 1].lower in s.w.determiners or s.toks[j - 1].lower in s.w.prepositions:
        return None
    return i, j


def _name_after(s: _Sent, i: int, *, stop_on_verbs: bool) -> tuple[int, int] | None:
    """The token range of a name or noun phrase starting at i, up to punctuation."""
    w = s.w
    if stop_on_verbs and (s.low(i) in w.prepositions or s.low(i) in w.time_words):
        return None  # 'Under the plan, announced on Monday, ...': a participle, no speaker
    j = i
    while j < len(s.toks) and j - i < _SOURCE_MAX:
        t = s.toks[j]
        if t.text in _PUNCT:
            break
        if j > i and t.text.islower() and (t.lower in w.after_source or t.lemma in w.verbs):
            break
        if t.lower == "that":
            break  # 'in comments to the BBC that its troops had withdrawn'
        if stop_on_verbs and (t.lower in w.be or t.lower in w.auxiliaries or t.lower == "that"):
            return None
        j += 1
    if j == i or (j < len(s.toks) and j - i >= _SOURCE_MAX and not s.is_punct(j)):
        return None
    if s.toks[j - 1].lower in w.determiners or s.toks[j - 1].lower in w.prepositions:
        return None
    return i, j


def _is_verb(s: _Sent, i: int) -> bool:
    t = s.toks[i]
    w = s.w
    if t.verb is not None:
        return t.verb
    if not t.text.islower():
        return False  # a capital mid-sentence is a name ('United States'), not a verb
    prev = s.low(i - 1)
    if prev.endswith("-"):
        return False  # 'co-wrote', 're-stated': a compound the lexicon does not list
    if prev in w.pronoun_determiners and (i < 2 or s.is_punct(i - 2) or s.low(i - 2) in w.leading):
        # 'Another said ...', 'Some say the plan ...': the determiner stands for a noun.
        past = t.lower != t.lemma and not t.lower.endswith("s")
        if past or _opens_content(s, i + 1):
            return True
    if prev in w.determiners or prev in w.prepositions or prev in ("'s", "’s"):
        return False
    if t.lemma in w.noun_before_of and s.low(i + 1) == "of" and not t.lower.endswith("ed"):
        return False
    if (
        t.lower == t.lemma
        and s.low(i - 2) in w.singular_determiners
        and prev not in w.auxiliaries
        and not prev.endswith(("s", "ly"))
        and s.toks[i - 1].text.islower()
    ):
        return False  # 'in its annual report that': a singular noun phrase, not a subject
    if t.lower.endswith("ing"):
        return prev == "as" or (prev == "," and t.lemma in w.continuing)
    plural = t.lower.startswith(t.lemma) and t.lower.endswith("s")
    # 'making promises', 'issuing warnings': a plural noun after an -ing verb
    return not (plural and prev.endswith("ing") and prev not in w.not_participles)


def _clause_start(s: _Sent, i: int, floor: int) -> int:
    """The first token of the clause that ends just before token i."""
    w = s.w
    b = i
    while b > floor:
        t = s.toks[b - 1]
        if t.text in _PUNCT or (t.lower in w.clause_openers and t.text.islower()):
            break
        b -= 1
    return b


def _strip_source(s: _Sent, b: int, i: int) -> tuple[int, int]:
    w = s.w
    end = i
    while b < i and s.low(b) in w.leading:
        b += 1
    while i > b and (
        s.low(i - 1) in w.auxiliaries
        or s.low(i - 1) in w.be
        or (s.low(i - 1).endswith("ly") and s.toks[i - 1].text.islower())
        or s.low(i - 1) in w.time_words  # 'The Kremlin on Monday dismissed'
        or (s.low(i - 1) == "on" and s.low(i) in w.time_words)
    ):
        i -= 1
    if i < end and s.low(i - 1).endswith("ed") and s.low(end - 1) in w.time_words:
        return b, end  # 'Figures released on Monday showed': the day dates the release
    return b, i


def _passive(s: _Sent, i: int) -> bool:
    w = s.w
    j = i - 1
    while j >= 0 and (s.low(j).endswith("ly") or s.low(j) in ("also", "not", "widely", "n't")):
        j -= 1
    return j >= 0 and s.low(j) in w.be and s.toks[j].lower not in ("'s", "’s")


def _content_after(s: _Sent, j: int, phrases: list[_Phrase], lemma: str = "") -> tuple[int, bool]:
    """Where reported content starts after a cue ending at token j; and whether 'that' opens it."""
    w = s.w
    n = len(s.toks)
    for p in phrases:  # ', citing officials, that ...'
        if p.first in (j, j + 1) and (p.first == j or s.toks[j].text == ","):
            j = p.source[1]
            if j < n and s.toks[j].text == ",":
                j += 1
            break
    for k in range(j, min(n, j + _THAT_WINDOW)):
        t = s.toks[k]
        if t.lower == "that":
            return k + 1, True
        if t.text in _PUNCT or t.lower in ("and", "but", "or"):
            break  # 'said the leak was fixed and that ...': the 'that' opens a second clause
    while j < n and s.toks[j].text in ",:":
        j += 1
    j = _skip_time(s, j)
    while j < n and s.toks[j].text in ",:":
        j += 1
    if j < n and _topic_not_content(s, j):
        return n, False
    if j < n and s.toks[j].lower in w.content_openers:
        j += 1
    elif lemma in w.object_verbs:
        j = _skip_listener(s, j)
        while j < n and s.toks[j].text in ",:":
            j += 1
    return j, False


def _opens_content(s: _Sent, k: int) -> bool:
    w = s.w
    word = s.low(k)
    return (
        word in w.determiners
        or word in w.pronouns
        or word in w.first_person
        or word in ("that", "to")
        or s.toks[k].text[:1].isupper()
    )


def _skip_time(s: _Sent, j: int) -> int:
    """'said on Tuesday in a statement: ...': when and where the words were said belong to
    the saying, not to the content."""
    w = s.w
    while j < len(s.toks):
        if s.low(j) in w.time_words:
            j += 1
        elif s.low(j) == "on" and s.low(j + 1) in w.time_words:
            j += 2
        else:
            for words in w.cue_adjuncts.get(s.low(j), ()):
                if all(s.low(j + k) == word for k, word in enumerate(words)):
                    j += len(words)
                    break
            else:
                return j
    return j


def _topic_not_content(s: _Sent, j: int) -> bool:
    """'commented on the plan', 'responded to critics', 'insisted on an inquiry': the verb's
    object names what the words were about or whom they answered, not what was said.
    'to' before a verb is content ('vowed to rebuild the city')."""
    w = s.w
    word = s.low(j)
    if word in w.topic_prepositions:
        return True
    if word != "to" or j + 1 >= len(s.toks):
        return False
    after = s.toks[j + 1]
    return (
        after.lower in w.determiners
        or after.lower in w.pronouns
        or after.lower in w.listeners
        or after.text[:1].isupper()
    )


def _skip_listener(s: _Sent, j: int) -> int:
    """'told reporters the deal was close': the content starts after the listener."""
    w = s.w
    n = len(s.toks)
    if j >= n or s.toks[j].text in _PUNCT:
        return j
    if s.low(j) in w.listeners:
        j += 1
        if s.low(j) in ("in", "at") and s.toks[j + 1 : j + 2] and s.toks[j + 1].text[:1].isupper():
            j += 1  # 'told reporters in Brussels the plan was dead'
            while j < n and s.toks[j].text[:1].isupper():
                j += 1
        return j
    bare_noun = not (
        s.low(j) in w.determiners or s.low(j) in w.prepositions or s.low(j) in w.clause_openers
    )
    if bare_noun and j + 1 < n and s.toks[j].text.islower() and _opens_content(s, j + 1):
        return j + 1  # 'told analysts the cuts would ...', 'warned residents to stay indoors'
    if bare_noun and s.toks[j].text.islower():
        # 'warned residents in low-lying areas to prepare': the listener runs to the 'to'.
        for k in range(j + 1, min(n - 1, j + _SOURCE_MAX)):
            if s.toks[k].text in _PUNCT:
                break
            after = s.toks[k + 1]
            if s.low(k) == "to" and after.text.islower() and after.lower not in w.determiners:
                return k
    if s.toks[j].text[:1].isupper() and s.low(j) not in w.first_person:
        while j < n and s.toks[j].text[:1].isupper():
            j += 1
        return j
    if s.low(j) in w.determiners:
        for k in range(j + 1, min(n, j + 5)):
            if s.toks[k].text in _PUNCT:
                return k
            if s.low(k) in w.determiners or s.low(k) in w.pronouns or s.low(k) in w.prepositions:
                return k
        return min(n, j + 2)
    return j


def _in_sentence(s: _Sent) -> list[_Draft]:
    w = s.w
    toks = s.toks
    n = len(toks)
    if n == 0:
        return []
    phrases = _phrases(s)
    in_phrase = {k for p in phrases for k in range(p.first, p.source[1])}
    drafts: list[_Draft] = []
    used_links: set[int] = set()
    sid = s.sent.id
    end_of_sentence = _trim(s.text, s.sent.start, s.sent.end)[1]

    for p in phrases:
        if p.entry["role"] != "source":
            continue
        cue = s.chars(p.first, p.last)
        src = s.chars(*p.source)
        after = p.source[1]
        before_comma = p.first > 0 and toks[p.first - 1].text == ","
        if before_comma:
            content = (s.sent.start, toks[p.first - 1].start)
            more = []
            if after < n - 1 and toks[after].text == ",":
                more = [(toks[after + 1].start, end_of_sentence)]
        else:
            start = after + 1 if after < n and toks[after].text in ",:" else after
            if start < n and s.low(start) in w.relatives:
                # 'According to NHS Providers, which represents trusts, one in ten ...'
                start = next((k + 1 for k in range(start, n) if toks[k].text == ","), n)
            if start >= n:
                continue
            content, more = (toks[start].start, end_of_sentence), []
        d = _Draft("phrase", cue, src, content, " ".join(p.words), p.entry, cue[0], sid, more)
        drafts.append(d)

    i = 0
    while i < n:
        t = toks[i]
        entry = w.verbs.get(t.lemma)
        if (
            entry is None
            or i in in_phrase
            or not _is_verb(s, i)
            or s.low(i + 1) in entry.get("not_before", ())
        ):
            i += 1
            continue
        if t.lemma == "quote" and any(
            s.low(k) == "as" and s.low(k + 1).endswith("ing") for k in range(i + 1, n - 1)
        ):
            i += 1
            continue  # 'quoted X as saying': the speaker is X, found at 'saying'
        last = i + 1
        particle = entry.get("particle")
        if particle:
            if s.low(last) != particle:
                i += 1
                continue
            last += 1
        draft = _verb(s, i, last, entry, drafts, phrases, used_links)
        if draft is not None and not _refusal(s, i, draft):
            _clip_to_quote(s, draft)
            drafts.append(draft)
        i = last

    drafts.sort(key=lambda d: d.cue[0] if d.cue else d.region)
    _attach_links(s, drafts, phrases, used_links)
    _close_contents(s, drafts, end_of_sentence)
    for d in drafts:
        if d.answers is not None:
            d.content = d.answers.content
    return [d for d in drafts if d.content and d.content[0] < d.content[1]]


def _verb(
    s: _Sent,
    i: int,
    last: int,
    entry: dict[str, Any],
    drafts: list[_Draft],
    phrases: list[_Phrase],
    used_links: set[int],
) -> _Draft | None:
    w = s.w
    toks = s.toks
    n = len(toks)
    sid = s.sent.id
    lemma = toks[i].lemma
    cue = s.chars(i, last)
    weak = bool(entry.get("weak"))

    if toks[i].lower.endswith("ing"):
        if s.low(i - 1) == "as":
            return _as_saying(s, i, last, entry, phrases, used_links)
        prev = next((d for d in reversed(drafts) if d.form != "phrase"), None)
        start, has_that = _content_after(s, last, phrases, lemma)
        if prev is None or prev.source is None or start >= n or (weak and not has_that):
            return None
        rest = (toks[start].start, toks[-1].end)
        return _Draft("coordinated", cue, prev.source, rest, lemma, entry, cue[0], sid)

    if _passive(s, i):
        j = i - 1
        while s.low(j) not in w.be:
            j -= 1
        cue = (toks[j].start, cue[1])
        source = None
        k = last
        if s.low(k) == "by":
            name = _name_after(s, k + 1, stop_on_verbs=False)
            if name:
                source, k = s.chars(*name), name[1]
        start, has_that = _content_after(s, k, phrases)
        b = _clause_start(s, j, 0)
        if has_that or b >= j:
            content = (toks[start].start, toks[-1].end) if start < n else None
        elif source is not None:
            content = s.chars(b, j)
        else:
            content = (toks[b].start, toks[-1].end)
        if source is None and (entry["connotation"] not in _HEARSAY or drafts):
            return None  # an agentless passive inside reported words is part of them
        hearsay = has_that or (s.low(last) == "to" and lemma not in w.object_verbs)
        if source is None and not hearsay:
            return None  # 'was found guilty', 'were told to expect delays': no words reported
        if content is None:
            return None
        form = "passive" if source is None else "preposed"
        return _Draft(form, cue, source, content, lemma, entry, cue[0], sid)

    prev = next((d for d in reversed(drafts) if d.form != "phrase"), None)
    floor = _token_after(s, prev.cue[1]) if prev is not None and prev.cue else 0
    b = _clause_start(s, i, floor)
    sb, se = _strip_source(s, b, i)
    boundary = toks[b - 1].text if b > 0 else ""
    text_before = b > 1 or (b == 1 and boundary not in OPEN_QUOTES)
    bare = all(s.low(k) in w.leading for k in range(b, i))

    if (
        prev is not None
        and prev.source is not None
        and ((bare and boundary in (",", ";")) or s.low(i - 1) in ("and", "but"))
    ):
        # 'Moscow denies ..., denounces ... and declares ...': one source, several verbs.
        start, has_that = _content_after(s, last, phrases, lemma)
        if start >= n or (weak and not has_that):
            return None
        content = (toks[start].start, toks[-1].end)
        return _Draft("coordinated", cue, prev.source, content, lemma, entry, cue[0], sid)

    if sb >= se and boundary == ",":
        quoted = _quote_then_source(s, b - 1, phrases)
        if quoted is not None:
            speaker, inner = quoted
            return _Draft("postposed", cue, speaker, inner, lemma, entry, inner[0], sid)
    if sb >= se:
        # Nothing of its own before the verb: the source follows the verb ('said the
        # minister'), or stands before a stretch set off by commas ('Ms Lee, 45, said').
        appositive = boundary == "," and _appositive(s, floor, b - 1)
        if text_before and boundary in ("," + CLOSE_QUOTES) and not appositive:
            name = _name_after(s, last, stop_on_verbs=True)
            if name is not None and _name_ends_well(s, name[1]):
                return _inverted(s, b, i, last, name, entry, cue, phrases, used_links)
        if boundary == ",":
            src = _set_off_source(s, floor, b - 1, phrases)
            start, has_that = _content_after(s, last, phrases, lemma)
            if src is None or start >= n or (weak and not has_that):
                return None
            content = (toks[start].start, toks[-1].end)
            return _Draft("preposed", cue, src, content, lemma, entry, src[0], sid)
        return None

    if se - sb > _SOURCE_MAX:
        return None
    if (
        prev is not None
        and se - sb > 2
        and s.low(sb) in w.determiners
        and toks[sb + 1].lemma in w.claim_nouns
    ):
        # '..., a claim the Kremlin rejects': the Kremlin answers the claim just made.
        d = _Draft("answer", cue, s.chars(sb + 2, se), None, lemma, entry, toks[sb].start, sid)
        d.answers = prev
        return d
    if se - sb == 1 and s.low(sb) in w.relatives and boundary == ",":
        # 'Putin, who denies planning an invasion, met ...': the source is the name before.
        named = _set_off_source(s, floor, b - 1, phrases)
        start, _ = _content_after(s, last, phrases, lemma)
        close = next((k for k in range(start, n) if toks[k].text == ","), n)
        if named is None or start >= close:
            return None
        content = s.chars(start, close)
        return _Draft("preposed", cue, named, content, lemma, entry, named[0], sid)
    src = _cut_at_links(s, sb, se, phrases)
    tail_end = last
    while tail_end < n and toks[tail_end].text not in _PUNCT:
        tail_end += 1
    tail = toks[last:tail_end]
    # Right after a closing quote, whatever follows the verb ('she told reporters during a
    # visit to Leeds') is its circumstance, unless a 'that' clause opens new content.
    after_quote = boundary in CLOSE_QUOTES and not any(t.lower == "that" for t in tail)
    short_tail = after_quote or _is_tail(s, tail, lemma)
    quote_follows = tail_end < n and toks[tail_end].text in ":" + OPEN_QUOTES
    if text_before and boundary in ("," + CLOSE_QUOTES) and short_tail and not quote_follows:
        if prev is not None and prev.source is None and prev.form == "passive":
            drafts.remove(prev)  # 'X is expected to ..., economists said': theirs, not hearsay
            prev = None
        if (
            prev is not None
            and prev.content is not None
            and prev.content[1] >= toks[b - 1].end
            and lemma in w.passers_on
        ):
            # '..., the ministry said, state media reported': the outlet passed it on.
            prev.chain.append((cue, src, "intermediary"))
            return None
        content = _content_before(s, b - 1, drafts)
        if content is None:
            return None
        d = _Draft("postposed", cue, src, content, lemma, entry, content[0], sid)
        d.unmarked_quote = _first_person(s, content)
        _split_quote(s, d, tail_end)
        _rest_of_sentence(s, d, tail_end, phrases)
        return d
    start, has_that = _content_after(s, last, phrases, lemma)
    if start >= n or s.low(start) in entry.get("not_before", ()):
        return None  # 'asked reporters not to speculate': a request, no words reported
    first = toks[start].text
    if "opens_with" in entry and not has_that and s.low(start) not in entry["opens_with"]:
        return None  # 'the bill threatens press freedom': a threat is 'to' or 'that'

    # 'described the conditions as “appalling”' reports words; 'the figures showed the
    # government had “lost control”' does not: the quote is someone else's.
    quote_next = quote_follows and (
        _skip_time(s, last) == tail_end or s.low(tail_end - 1) == "as" or "labels" in entry
    )
    if weak and not has_that and first not in ":" + OPEN_QUOTES and not quote_next:
        return None
    return _Draft(
        "preposed", cue, src, (toks[start].start, toks[-1].end), lemma, entry, src[0], sid
    )


def _clip_to_quote(s: _Sent, d: _Draft) -> None:
    """'“I told him, ‘Don’t go,’ ” his mother said': words reported inside a quote end
    with it; what follows the quote is the writer's again."""
    if d.cue is None or d.content is None:
        return
    q = s.quote_at(d.cue[0])
    if q is not None and q[0] < d.cue[0] and d.content[0] < q[1] - 1 < d.content[1]:
        d.content = _strip_quotes(s.text, d.content[0], q[1] - 1)


def _refusal(s: _Sent, i: int, d: _Draft) -> bool:
    """'did not comment', 'Neither company commented': a statement that was not made.

    A negated verb still reports words when a 'that' clause or a quote follows ('did not
    deny that he met her'); with anything else ('did not say when', 'would not comment on
    the arrests') it reports silence, which asserts nothing."""
    w = s.w
    if d.source is not None:
        words = s.text[d.source[0] : d.source[1]].lower().split()
        if words[0] in w.negative_sources:
            return True
        if words in (["that"], ["this"]) and s.low(i + 1) == ",":
            return True  # 'That said, the economy is still growing': a concession, no speaker
    j = i - 1
    while j >= 0 and (s.low(j) in w.auxiliaries or s.low(j) in w.be):
        if s.low(j) in w.negations:
            if d.content is None:
                return True
            before = s.text[max(0, d.content[0] - 6) : d.content[0]].rstrip()
            return not (before.lower().endswith("that") or before.endswith(tuple(OPEN_QUOTES)))
        j -= 1
    return False


def _appositive(s: _Sent, floor: int, comma: int) -> bool:
    """'Mr Smith, the opposition leader, accused ...': two short stretches in commas, no quote."""
    parts = [k for k in range(floor, comma) if s.toks[k].text == ","]
    if len(parts) != 1 or comma - floor > _SOURCE_MAX:
        return False
    return not any(t.text in OPEN_QUOTES + CLOSE_QUOTES for t in s.toks[floor:comma])


def _quote_then_source(
    s: _Sent, comma: int, phrases: list[_Phrase]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """'“...,” the mayor of Faenza, Massimo Isola, told RAI': a quote, then a source in commas."""
    toks = s.toks
    k = comma - 1
    while k >= 0 and toks[k].text not in CLOSE_QUOTES and comma - k <= _SOURCE_MAX + 2:
        if toks[k].lemma in s.w.verbs and toks[k].text.islower():
            return None
        k -= 1
    if k < 0 or toks[k].text not in CLOSE_QUOTES:
        return None
    first = k + 1
    if first < comma and toks[first].text == ",":
        first += 1
    elif not (k > 0 and toks[k - 1].text == ","):
        return None
    q = s.quote_at(toks[k].start)
    if q is None or first >= comma:
        return None
    last = comma
    for k in range(first + 1, comma):
        if toks[k - 1].text == "," and s.low(k) in s.w.relatives:
            last = k - 1  # 'one resident, who did not want to be named, told the Herald'
            break
    return _cut_at_links(s, first, last, phrases), _inner(s.text, q)


def _rest_of_sentence(s: _Sent, d: _Draft, k: int, phrases: list[_Phrase]) -> None:
    """'The talks, diplomats say, could start in January': the claim goes on after the source."""
    toks = s.toks
    if d.more or k >= len(toks) - 1 or toks[k].text != ",":
        return
    if toks[k + 1].text in OPEN_QUOTES or toks[k + 1].lemma in s.w.verbs:
        return
    if toks[k + 1].lower in s.w.clause_openers:
        return  # '..., officials said, as rescuers searched ...': the writer's own clause
    if any(p.first == k + 1 for p in phrases):
        return
    start, end = _trim(s.text, toks[k + 1].start, s.sent.end)
    if start < end:
        d.more.append((start, end))


def _is_tail(s: _Sent, tail: list[_Tok], lemma: str) -> bool:
    """True for what may follow a verb whose content came first: 'on Sunday', 'told reporters'."""
    w = s.w
    if not tail:
        return True
    if len(tail) > _TAIL_MAX or any(t.lower in ("that", *w.be, *w.auxiliaries) for t in tail):
        return False
    if tail[0].lower == "of":
        return True  # '“I think he'll play,” the coach said of his quarterback'
    return tail[0].lower in w.after_source or (lemma in w.object_verbs and len(tail) <= 4)


def _token_after(s: _Sent, pos: int) -> int:
    return next((k for k, t in enumerate(s.toks) if t.start >= pos), len(s.toks))


def _set_off_source(
    s: _Sent, floor: int, comma: int, phrases: list[_Phrase]
) -> tuple[int, int] | None:
    """'Maria Lee, the agency's head, said': the source is everything before the last comma,
    cut before a relative clause ('The minister, who arrived on Monday, said')."""
    w = s.w
    b, e = _strip_source(s, floor, comma)
    if not 0 < e - b <= _SOURCE_MAX + 4:
        return None
    # The relative clause or the 'quoted by X' goes first: its own verbs ('who asked not
    # to be named', 'quoted by') do not make the stretch before the comma a clause.
    for k in range(b + 1, e):
        if s.toks[k - 1].text == "," and (s.low(k) in w.relatives or s.low(k).endswith("ing")):
            e = k - 1
            break
        if s.toks[k].text in w.relatives:
            e = k  # 'Sen. Ellison, a Republican who wrote the bill, said': cut at 'who'
            break
    b, e = _cut_at_links(s, b, e, phrases, tokens=True)
    if e - b > 2 and s.toks[e - 2].text == "," and s.toks[e - 1].text.isdigit():
        e -= 2  # 'Mr Patel, 62, told ...': the age is not part of the name
    if b >= e or s.low(b) in w.prepositions:
        return None  # 'Under the plan, announced on Monday, ...': a participle, no speaker
    if any(s.toks[k].lemma in w.verbs and _is_verb(s, k) for k in range(b, e)):
        return None
    return s.chars(b, e)


def _name_ends_well(s: _Sent, j: int) -> bool:
    return j >= len(s.toks) or s.is_punct(j) or s.low(j) in s.w.after_source


def _inverted(
    s: _Sent,
    b: int,
    i: int,
    last: int,
    name: tuple[int, int],
    entry: dict[str, Any],
    cue: tuple[int, int],
    phrases: list[_Phrase],
    used_links: set[int],
) -> _Draft | None:
    content = _content_before(s, b - 1, [])
    if content is None:
        return None
    src = _cut_at_links(s, name[0], name[1], phrases)
    d = _Draft("inverted", cue, src, content, s.toks[i].lemma, entry, content[0], s.sent.id)
    d.unmarked_quote = _first_person(s, content)
    tail_end = name[1]
    while tail_end < len(s.toks) and not s.is_punct(tail_end):
        tail_end += 1
    _split_quote(s, d, tail_end)
    return d


def _as_saying(
    s: _Sent,
    i: int,
    last: int,
    entry: dict[str, Any],
    phrases: list[_Phrase],
    used_links: set[int],
) -> _Draft | None:
    """'TASS quoted the ministry as saying ...' and 'the ministry was quoted by TASS as saying'."""
    toks = s.toks
    if s.low(i - 1) != "as":
        return None
    q = next((k for k in range(i - 2, -1, -1) if toks[k].lemma == "quote"), None)
    if q is None:
        return None
    start, _ = _content_after(s, last, phrases)
    if start >= len(toks):
        return None
    content = (toks[start].start, toks[-1].end)
    cue = s.chars(i - 1, last)
    sid = s.sent.id
    if _passive(s, q):
        j = q - 1
        while s.low(j) not in s.w.be:
            j -= 1
        b = _clause_start(s, j, 0)
        sb, se = _strip_source(s, b, j)
        if sb >= se:
            return None
        d = _Draft(
            "preposed", cue, s.chars(sb, se), content, toks[i].lemma, entry, toks[sb].start, sid
        )
        for k, p in enumerate(phrases):
            if q <= p.first < i:
                d.chain.append((s.chars(p.first, p.last), s.chars(*p.source), p.entry["role"]))
                used_links.add(k)
        return d
    name = (q + 1, i - 1)
    b = _clause_start(s, q, 0)
    sb, se = _strip_source(s, b, q)
    if name[0] >= name[1] or sb >= se:
        return None
    d = _Draft("preposed", cue, s.chars(*name), content, toks[i].lemma, entry, toks[sb].start, sid)
    d.chain.append((s.chars(q, q + 1), s.chars(sb, se), "intermediary"))
    return d


def _cut_at_links(
    s: _Sent, b: int, e: int, phrases: list[_Phrase], *, tokens: bool = False
) -> tuple[int, int]:
    """A source's characters (or tokens), cut before any 'quoted by X' inside it."""
    for p in phrases:
        if b < p.first < e and p.entry["role"] != "source":
            e = min(e, p.first)
    while e > b and s.is_punct(e - 1):
        e -= 1
    return (b, e) if tokens else s.chars(b, e)


def _content_before(s: _Sent, comma: int, drafts: list[_Draft]) -> tuple[int, int] | None:
    """Content that ends at the comma or closing quote before a postposed source."""
    toks = s.toks
    pos = toks[comma].start
    q = s.quote_at(pos) if toks[comma].text in CLOSE_QUOTES + "," else None
    if q is None and comma > 0 and toks[comma - 1].text in CLOSE_QUOTES:
        q = s.quote_at(toks[comma - 1].start)
    if q is not None and q[1] > toks[comma].end:
        # A quote left open: it ends where the attribution starts, not at the paragraph's end.
        return _trim(s.text, q[0] + 1, pos)
    if q is not None:
        lead = _lead_in(s, q[0], drafts)
        return (lead, q[1]) if lead is not None else _inner(s.text, q)
    floor = s.sent.start
    for d in drafts:
        ends = [x[1] for x in (d.cue, d.source) if x is not None and x[1] <= pos]
        floor = max([floor, *ends])
    start, end = _trim(s.text, floor, pos)
    return (start, end) if start < end else None


def _lead_in(s: _Sent, opening: int, drafts: list[_Draft]) -> int | None:
    """'The decision “sends the wrong message,” said Rep. Dunn': the writer's words before
    the quote are part of the content, which mixes both; returns where they start."""
    floor = max(s.sent.start, _dateline_end(s.text, s.sent))
    for d in drafts:
        floor = max([floor, *(x[1] for x in (d.cue, d.source, d.content) if x and x[1] <= opening)])
    lead = s.text[floor:opening].strip()
    if len(lead.split()) < 2 or not lead[-1].isalnum():
        return None
    return _trim(s.text, floor, opening)[0]


def _first_person(s: _Sent, content: tuple[int, int]) -> bool:
    """Words in the first person with no quote marks at all: a quote whose marks were lost."""
    if _QUOTE_MARK.search(s.text, content[0], content[1]):
        return False
    words = s.text[content[0] : content[1]].lower().split()
    return any(word.strip(",.;:") in s.w.first_person for word in words[:12])


def _split_quote(s: _Sent, d: _Draft, k: int) -> None:
    """'“We are ready,” she said, “and we will go.”': the second half is the same quote."""
    if k < len(s.toks) - 1 and s.toks[k].text == "," and s.toks[k + 1].text in OPEN_QUOTES:
        q = s.quote_at(s.toks[k + 1].start)
        if q is not None:
            d.more.append(_inner(s.text, q))


def _attach_links(
    s: _Sent, drafts: list[_Draft], phrases: list[_Phrase], used_links: set[int]
) -> None:
    """Hang each 'quoted by X' / 'citing X' on the attribution it belongs to."""
    for k, p in enumerate(phrases):
        if p.entry["role"] == "source" or k in used_links:
            continue
        start = s.toks[p.first].start
        link = (s.chars(p.first, p.last), s.chars(*p.source), p.entry["role"])
        inside = [d for d in drafts if d.cue and d.source and d.source[1] <= start < d.cue[0]]
        before = [d for d in drafts if d.cue and d.cue[0] < start and d.form != "phrase"]
        after = [d for d in drafts if d.cue and d.cue[0] > start]
        targets = inside or before[-1:] or after[:1]
        if targets:
            targets[0].chain.append(link)
    # 'According to TASS, the ministry said ...': TASS passed the ministry's words on.
    for d in list(drafts):
        if d.form != "phrase" or d.content is None or d.cue is None or d.source is None:
            continue
        inside = [
            o for o in drafts if o is not d and o.cue and d.content[0] <= o.cue[0] < d.content[1]
        ]
        if inside:
            inside[0].chain.append((d.cue, d.source, "intermediary"))
            drafts.remove(d)


def _close_contents(s: _Sent, drafts: list[_Draft], sentence_end: int) -> None:
    """End each forward-running content where the next attribution's own words begin."""
    text = s.text
    marks = {d.region for d in drafts} | {min(x[0][0], x[1][0]) for d in drafts for x in d.chain}
    stops = sorted(x for x in marks if _opens_clause(text, x))
    for d in drafts:
        if d.content is None:
            continue
        start, end = _trim(text, *d.content)
        q = s.quote_at(start)
        if q is not None and q[0] == start and d.form in ("preposed", "coordinated", "phrase"):
            d.content = _inner(text, q)
            continue
        if q is None and start > 0 and text[start - 1] in OPEN_QUOTES:
            q = s.quote_at(start - 1)
            if q is not None and d.form != "postposed" and d.form != "inverted":
                d.content = _inner(text, q)
                continue
        if d.form in ("postposed", "inverted"):
            d.content = _trim(text, start, end)
            continue
        limit = min([sentence_end, end, *(x for x in stops if x > start)])
        semicolon = text.find(";", start, limit)
        limit = limit if semicolon == -1 else semicolon
        start, limit = _trim(text, start, limit)
        next_act = _next_act().search(text, start, limit)
        if next_act is not None:
            limit = next_act.start()
        d.content = _drop_connector(s, start, limit)


@cache
def _next_act() -> re.Pattern[str]:
    """', and called on ministers to act', ', beating forecasts', ', while the Treasury ...':
    after a comma, a new act of the same subject or the writer's own clause, not part of
    what was said."""
    keep = "|".join(sorted(_words().not_participles))
    return re.compile(rf",\s+(?:(?:and|but)\s+[a-z]+ed|while|whereas|(?!(?:{keep})\b)[a-z]+ing)\b")


def _opens_clause(text: str, pos: int) -> bool:
    """True when a comma, a semicolon or a conjunction comes just before pos."""
    before = text[max(0, pos - 12) : pos].rstrip()
    if before.endswith((",", ";", ":")):
        return True
    word = before.rpartition(" ")[2].lower()
    return word in ("and", "but", "while", "whereas")


def _drop_connector(s: _Sent, start: int, end: int) -> tuple[int, int]:
    words = {"and", "but", "or", "so", "yet", "while", "whereas"}
    while True:
        head, _, last = s.text[start:end].rpartition(" ")
        if head and last.lower() in words:
            end = _trim(s.text, start, start + len(head))[1]
            continue
        return start, end


# --- the whole text ---------------------------------------------------------------------


def _find(doc: Doc) -> list[Attribution]:
    article = pipeline.article_of(doc)
    text = article.text
    table = doc.to_array(["IDX", "LENGTH", "IS_SPACE", "LEMMA", "TAG"])
    tagged = len(table) > 0 and bool(table[0, 4])  # a tagger tags every token or none
    candidates = _candidates(doc, text, table)
    found: list[_Draft] = []
    last_direct: _Draft | None = None
    for para in article.paragraphs:
        sents = [s for s in para.sentences if s.leftover is None]
        if not sents:
            continue
        quotes: list[tuple[int, int]] | None = None
        closers: frozenset[int] = frozenset()
        covered_to = 0
        had_direct = last_direct
        last_direct = None
        for sent in sents:
            at = bisect.bisect_left(candidates, sent.start)
            here = at < len(candidates) and candidates[at] < sent.end
            opens = text[sent.start] in OPEN_QUOTES
            labelled = None if here else _COLON_QUOTE.match(text, sent.start, sent.end)
            if not here and not (opens and had_direct) and labelled is None:
                continue
            if quotes is None:
                quotes = _quote_spans(text, sents[0].start, sents[-1].end)
                closers = frozenset(q[1] - 1 for q in quotes if text[q[1] - 1] == "’")
            toks = _tokens(text, table, doc.vocab.strings, sent, tagged, closers)
            s = _Sent(text, sent, toks, quotes)
            drafts = _in_sentence(s) if here else []
            if labelled is not None:
                drafts = _labelled_quote(s, labelled)
            if not drafts and sent.start >= covered_to:
                implicit = _implicit(s, had_direct)
                drafts = [implicit] if implicit else []
            skip = _dateline_end(text, sent)
            for d in drafts:
                assert d.content is not None
                if sent.start < skip and d.content[0] < skip < d.content[1]:
                    d.content = (skip, d.content[1])
                covered_to = max(covered_to, d.content[1], *(m[1] for m in d.more))
                if _is_quote(s, d):
                    had_direct = last_direct = d
            found.extend(drafts)
    return _finish(doc, found)


def _labelled_quote(s: _Sent, m: re.Match[str]) -> list[_Draft]:
    """'Mayor: “We will rebuild”': a headline's way of quoting, with a colon for a verb."""
    q = s.quote_at(m.end() - 1)
    if q is None:
        return []
    content = _inner(s.text, q)
    return [_Draft("implicit", None, m.span(1), content, None, {}, q[0], s.sent.id)]


def _candidates(doc: Doc, text: str, table: Any) -> list[int]:
    """Character offsets where a cue may start: a reporting lemma or an attribution phrase."""
    lemmas = _lemma_hashes(doc.vocab.strings)
    # Only the lemma column becomes a list; offsets are read for the few hits.
    found = [int(table[k, 0]) for k, lemma in enumerate(table[:, 3].tolist()) if lemma in lemmas]
    found.extend(m.start() for m in _phrase_pattern().finditer(text))
    return sorted(found)


@cache
def _lemma_hashes(strings: StringStore) -> frozenset[int]:
    verbs = _words().verbs
    return frozenset(h for h, lemma in _known_lemmas(strings).items() if lemma in verbs)


@cache
def _phrase_pattern() -> re.Pattern[str]:
    words = sorted((" ".join(p) for p in _words().phrases), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in words) + r")\b", re.I)


def _dateline_end(text: str, sent: Sentence) -> int:
    """Where a dateline such as 'ROME (Reuters) - ' that opens the sentence ends, else its start."""
    m = _words().dateline.match(text, sent.start, sent.end)
    return m.end() if m else sent.start


def _is_quote(s: _Sent, d: _Draft) -> bool:
    return d.content is not None and d.content[0] > 0 and s.text[d.content[0] - 1] in OPEN_QUOTES


def _implicit(s: _Sent, previous: _Draft | None) -> _Draft | None:
    """A sentence that is all quotation, right after someone was quoted: the same speaker."""
    if previous is None or not s.toks or s.toks[0].text not in OPEN_QUOTES:
        return None
    q = s.quote_at(s.toks[0].start)
    if q is None:
        return None
    d = _Draft("implicit", None, previous.source, _inner(s.text, q), None, {}, q[0], s.sent.id)
    return d


def _finish(doc: Doc, drafts: Sequence[_Draft]) -> list[Attribution]:
    article = pipeline.article_of(doc)
    text = article.text
    w = _words()
    out: list[Attribution] = []
    # Per paragraph, as in _find: a quote left open must not pair with one in the next.
    quotes = [q for p in article.paragraphs for q in _quote_spans(text, p.start, p.end)]
    last_name: str | None = None
    names = _source_names(doc)
    for n, d in enumerate(drafts, 1):
        assert d.content is not None
        content = _span(text, d.content)
        quoted = any(q[0] < content.start and content.end <= q[1] for q in quotes)
        partial = not quoted and any(content.start < q[1] and q[0] < content.end for q in quotes)
        if d.form == "phrase":
            kind = "according_to"
        elif d.form in ("passive", "implicit") or d.source is None:
            kind = "implicit"
        elif quoted or d.unmarked_quote:
            kind = "direct"
        elif partial:
            kind = "mixed"
        else:
            kind = "indirect"
        source = _span(text, d.source) if d.source else None
        speaker = None
        if source is not None:
            speaker = _canonical(names, source)
            if speaker is None and source.text.lower() in w.pronouns:
                speaker = last_name
            elif speaker is None:
                speaker = _plain_name(source.text)
            if source.text.lower() not in w.pronouns:
                last_name = speaker
        out.append(
            Attribution(
                id=f"A{n}",
                sentence=d.sentence,
                type=kind,
                cue=_span(text, d.cue) if d.cue else None,
                source=source,
                content=content,
                more_content=tuple(_span(text, m) for m in d.more),
                chain=tuple(
                    Link(_span(text, c), _span(text, src), role) for c, src, role in d.chain
                ),
                lemma=d.lemma,
                connotation=d.entry.get("connotation"),
                explain=d.entry.get("explain"),
                quoted=quoted,
                speaker=speaker,
            )
        )
    return out


def _plain_name(source: str) -> str:
    for article in ("the ", "The "):
        if source.startswith(article):
            return source[len(article) :]
    return source


def _source_names(doc: Doc) -> list[tuple[int, int, str]]:
    """Canonical names of source mentions from the sources analyzer, where the kit has it."""
    try:
        from medialit.sources import sources
    except ImportError:
        return []
    names: list[tuple[int, int, str]] = []
    for source in sources(doc):
        for m in source.mentions:
            names.append((m.start, m.end, source.name))
    return names


def _canonical(names: list[tuple[int, int, str]], span: Span) -> str | None:
    """The canonical name of the mention that shares most characters with span."""
    best, most = None, 0
    for start, end, name in names:
        shared = min(end, span.end) - max(start, span.start)
        if shared > most:
            best, most = name, shared
    return best


def _span(text: str, se: tuple[int, int]) -> Span:
    return Span(se[0], se[1], text[se[0] : se[1]])


# --- claims -------------------------------------------------------------------------------


def _find_claims(doc: Doc) -> list[Claim]:
    article = pipeline.article_of(doc)
    found = attributions(doc)
    text = article.text
    headline = article.headline
    by_sentence: dict[str, list[Attribution]] = {}
    for a in found:
        by_sentence.setdefault(a.sentence, []).append(a)
    covered: list[tuple[int, int]] = [(a.content.start, a.content.end) for a in found] + [
        (m.start, m.end) for a in found for m in a.more_content
    ]
    out: list[Claim] = []
    for sent in article.sentences:
        if sent.leftover is not None:
            continue
        if _is_furniture(sent.text.strip()):
            continue
        is_headline = headline is not None and headline.start <= sent.start < headline.end
        here = by_sentence.get(sent.id, [])
        for a in here:
            for part in (a.content, *a.more_content):
                out.append(
                    Claim(part.start, part.end, part.text, sent.id, "source", a.id, is_headline)
                )
        start, end = _trim(text, sent.start, sent.end)
        if text[sent.start : sent.end].rstrip(CLOSE_QUOTES + " ").endswith("?") and not here:
            continue
        start, end = _strip_quotes(text, max(start, _dateline_end(text, sent)), end)
        if any(c[0] <= start and end <= c[1] for c in covered):
            continue
        for s, e in _residue(text, start, end, here):
            out.append(Claim(s, e, text[s:e], sent.id, "writer", None, is_headline))
    out.sort(key=lambda c: (c.start, c.end))
    return out


def _is_furniture(line: str) -> bool:
    """A byline, a date line or a picture credit ('By Lena Hartmann', 'Published 18 June
    2024', 'Photo: Reuters'): the page says who made it and when, no claim about the story."""
    if _words().credit_line.match(line):
        return True
    return len(line) < _FURNITURE_MAX and any(p.fullmatch(line) for p in (BYLINE, PUBLISHED, DATE))


def _strip_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in OPEN_QUOTES + CLOSE_QUOTES + " ,":
        start += 1
    while end > start and text[end - 1] in OPEN_QUOTES + CLOSE_QUOTES + " ,":
        end -= 1
    return _trim(text, start, end)


def _residue(text: str, start: int, end: int, here: Iterable[Attribution]) -> list[tuple[int, int]]:
    """What the writer asserts in a sentence outside its attributions' words."""
    parts: list[tuple[int, int]] = []
    for a in here:
        for sp in (a.cue, a.source, a.content, *a.more_content):
            if sp is not None:
                parts.append((sp.start, sp.end))
        for link in a.chain:
            parts.extend([(link.cue.start, link.cue.end), (link.source.start, link.source.end)])
    if not parts:
        return [(start, end)] if start < end else []
    parts.sort()
    gaps: list[tuple[int, int]] = []
    cursor = start
    for s, e in parts:
        if s > cursor:
            gaps.append((cursor, s))
        cursor = max(cursor, e)
    gaps.append((cursor, end))
    out = []
    for s, e in gaps:
        s, e = _strip_quotes(text, s, e)
        head, _, last = text[s:e].rpartition(" ")
        if head and last.lower() in ("and", "but", "while", "as", "so", "that"):
            s, e = _strip_quotes(text, s, s + len(head))
        if len(text[s:e].split()) >= _RESIDUE_WORDS:
            out.append((s, e))
    return out


pipeline.component("medialit_attributions", "attributions", _find)
pipeline.component("medialit_claims", "claims", _find_claims)


# --- the highlighted view -------------------------------------------------------------------

_LABELS = {
    "SOURCE": ("#0072B2", "who asserts it"),
    "CUE": ("#E69F00", "the reporting verb or phrase"),
    "PASSED ON BY": ("#CC79A7", "who passed the words on ('quoted by', 'citing')"),
    "CLAIM (source)": ("#56B4E9", "what a source asserts"),
    "CLAIM (writer)": ("#D55E00", "what the writer asserts with no source"),
    "LEFTOVER": ("#999999", "page leftover, not part of the story"),
}


def render_html(text_or_doc: str | Article | Doc) -> str:
    """The text as HTML with sources, cues and claims labelled; spans may overlap.

    >>> page = render_html("Prices rose, officials said.")
    >>> "SOURCE" in page and "officials" in page
    True
    """
    from spacy import displacy

    doc = pipeline.as_doc(text_or_doc)
    article = pipeline.article_of(doc)
    spans: list[tuple[int, int, str]] = []
    for a in attributions(doc):
        if a.source is not None:
            spans.append((a.source.start, a.source.end, "SOURCE"))
        if a.cue is not None:
            spans.append((a.cue.start, a.cue.end, "CUE"))
        for link in a.chain:
            spans.append((link.source.start, link.source.end, "PASSED ON BY"))
            spans.append((link.cue.start, link.cue.end, "CUE"))
    for c in claims(doc):
        spans.append((c.start, c.end, f"CLAIM ({c.by})"))
    for seg in article.leftovers:
        spans.append((seg.start, seg.end, "LEFTOVER"))
    spans = sorted(set(spans))
    parts = [_legend()]
    for para in article.paragraphs:
        # displaCy puts one space between tokens, so the tokens here are the paragraph's
        # whitespace-separated chunks: the text reads exactly as on the page ("Russia’s",
        # "guarantees. security"), and a marked stretch widens to whole chunks.
        chunks = [(m.start(), m.end()) for m in _CHUNK.finditer(article.text, para.start, para.end)]
        tokens = [article.text[a:b] for a, b in chunks]
        marked = []
        for start, end, label in spans:
            inside = [i for i, (a, b) in enumerate(chunks) if a < end and start < b]
            if inside:
                marked.append(
                    {"start_token": inside[0], "end_token": inside[-1] + 1, "label": label}
                )
        data = {"text": para.text, "tokens": tokens, "spans": marked}
        body = displacy.render(
            data,
            style="span",
            manual=True,
            page=False,
            jupyter=False,
            options={"colors": {k: v[0] for k, v in _LABELS.items()}},
        )
        parts.append(
            f'<div class="medialit-para"><small>{html.escape(para.id)}</small>{body}</div>'
        )
    return "".join(parts)


_CHUNK = re.compile(r"\S+")


def _legend() -> str:
    items = "".join(
        f'<li><span style="border-bottom:4px solid {colour};font-weight:bold">'
        f"{html.escape(label)}</span>: {html.escape(meaning)}</li>"
        for label, (colour, meaning) in _LABELS.items()
    )
    return (
        '<div class="medialit-legend"><b>How to read this view</b>: every marked stretch '
        "carries its label in words; colours only repeat the label.<ul>"
        f"{items}</ul></div>"
    )


def show(text_or_doc: str | Article | Doc) -> Any:
    """Display the text in a notebook with sources, cues and claims highlighted.

    >>> view = show("Prices rose, officials said.")
    >>> type(view).__name__
    'HTML'
    """
    from IPython.display import HTML

    return HTML(render_html(text_or_doc))  # type: ignore[no-untyped-call]


def with_neutral_verb(attribution: Attribution) -> str | None:
    """The neutral verb a writer could use instead of this attribution's cue, if it is loaded.

    >>> with_neutral_verb(attributions("Moscow denounced the plan.")[0])
    'say'
    """
    if attribution.lemma is None or attribution.connotation in (None, "neutral"):
        return None
    entry = _words().verbs.get(attribution.lemma)
    return None if entry is None else str(entry.get("neutral", "say"))


__all__ = [
    "TYPES",
    "Attribution",
    "Claim",
    "Link",
    "Span",
    "attributions",
    "claims",
    "render_html",
    "show",
    "with_neutral_verb",
]
