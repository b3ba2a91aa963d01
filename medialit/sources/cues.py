"""Cues that credit a source (a reporting verb, "according to") and the mentions they credit."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from medialit.article import Article
from medialit.sources.lexicons import _Lexicon, _lexicon
from medialit.sources.model import Identity, Span
from medialit.sources.naming import _lower_first
from medialit.sources.spans import (
    _chunk_after,
    _chunks,
    _coordinated,
    _identify_span,
    _inverted_subject,
    _is_possessive,
    _normal,
    _participle_subject,
    _subject_before,
)


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
    hits = np.flatnonzero(hashes[where] == lemmas)
    out: list[tuple[int, int, str]] = []
    # The hits' rows as Python numbers in one call: indexing the array item by item makes
    # a numpy scalar of every number read.
    for i, (lemma_hash, start, length) in zip(hits.tolist(), table[hits].tolist(), strict=True):
        if not text[start].islower():
            continue
        lemma = lex.verb_lemmas[lemma_hash]
        end = start + length
        particle = lex.particles.get(lemma)
        if particle:
            if i + 1 >= len(doc):
                continue
            after, after_length = table[i + 1, 1:].tolist()
            if text[after : after + 4].lower() != particle + " ":
                continue
            end = after + after_length
        out.append((start, end, lemma))
    return out


def _find_mentions(doc: Doc, article: Article) -> list[_Found]:
    lex = _lexicon()
    text = article.text
    verbs = _verb_cues(doc, text, lex)
    # "according  to", "quoted\tby": the phrase is the same whatever spaces join its words
    phrases = _phrases(lex, text)
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


def _phrases(lex: _Lexicon, text: str) -> list[tuple[int, int, str]]:
    """(start, end, phrase) of every cue phrase that opens a word: "according to"."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    while (m := lex.phrase.search(text, pos)) is not None:
        start = m.start()
        # a word character before it, as `\w` reads one: "quoting" in "misquoting" is none
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            pos = start + 1
            continue
        out.append((start, m.end(), _one_space(m.group())))
        pos = m.end()
    return out


def _one_space(phrase: str) -> str:
    return " ".join(phrase.lower().split())


class _Mentions:
    """The mentions found so far in one sentence, and the names it holds."""

    def __init__(
        self,
        lex: _Lexicon,
        text: str,
        sid: str,
        start: int,
        end: int,
        cues: list[tuple[int, int, str]],
    ) -> None:
        self.lex, self.text, self.sid, self.start, self.end = lex, text, sid, start, end
        self.chunks = _chunks(lex, text, start, end, cues)
        self.out: list[_Found] = []
        self.taken: set[tuple[int, int]] = set()

    def add(self, span: tuple[int, int], hint: str, cue: tuple[int, int]) -> _Found | None:
        """Record the mention at span, credited by the cue, unless it is taken or no name."""
        if span in self.taken:
            return None
        text = self.text
        cue_span = Span(cue[0], cue[1], text[cue[0] : cue[1]])
        item = _make_found(self.lex, text, span, self.sid, hint, cue_span)
        if item is not None:
            self.taken.add(span)
            self.out.append(item)
        return item


def _sentence_mentions(
    lex: _Lexicon,
    text: str,
    sid: str,
    start: int,
    end: int,
    verbs: list[tuple[int, int, str]],
    phrases: list[tuple[int, int, str]],
) -> list[_Found]:
    m = _Mentions(lex, text, sid, start, end, sorted(verbs + phrases))
    in_phrase = [(s, e) for s, e, _ in phrases]
    for p_start, p_end, phrase in phrases:
        obj = _chunk_after(lex, text, m.chunks, p_end)
        if obj is None:
            continue
        role = lex.phrases[phrase]["role"]
        if phrase in lex.patterns["listener_phrases"]:
            ident = _identify_span(lex, text, obj)
            if ident is None or ident.kind != "news_organisation":
                continue
        hint = {"source": "speaker"}.get(role, role)
        m.add(obj, hint, (p_start, p_end))
    for v_start, v_end, lemma in verbs:
        if not any(s <= v_start < e for s, e in in_phrase):
            _verb_mentions(m, v_start, v_end, lemma)
    return _resolve_roles(m.out)


def _verb_mentions(m: _Mentions, v_start: int, v_end: int, lemma: str) -> None:
    """The speaker a reporting or publishing verb credits, and an outlet it tells."""
    lex, text, start = m.lex, m.text, m.start
    kind = "publish" if lemma not in lex.verbs else "report"
    if kind == "publish" and not lex.documents.search(text, start, m.end):
        return
    subject = _subject_before(lex, text, m.chunks, start, v_start)
    if subject is not None and (
        _NEGATION.search(text[subject[1] : v_start].rsplit(",")[-1])
        or lex.negated.search(text, start, subject[0])
    ):
        return  # "the ministry did not respond", "Neither company commented": no one spoke
    # "residents were told", "the minister is said to be furious": the subject heard it
    # or is talked about; "X was quoted as saying" keeps X as the speaker
    if (
        subject is not None
        and _PASSIVE.search(text, subject[1], v_start)
        and not text.endswith("ing", v_start, v_end)
        and not lex.as_saying.match(text, v_end)
    ):
        return
    inverted = False
    participle = text.endswith("ing", v_start, v_end)
    if subject is None and kind == "report":
        # "..., telling supporters that": a participle's speaker is before it, never after
        if participle:
            subject = _participle_subject(lex, text, m.chunks, start, v_start)
        else:
            subject = _inverted_subject(lex, text, m.chunks, start, v_start, v_end)
        inverted = subject is not None
    if lemma in lex.patterns["quoting_verbs"] and subject is not None:
        obj = _chunk_after(lex, text, m.chunks, v_end)
        if obj is not None and lex.as_saying.match(text, obj[1]):
            m.add(subject, "intermediary", (v_start, v_end))
            m.add(obj, "original", (v_start, v_end))
            return
    weak = lex.verbs.get(lemma, {}).get("weak", False)
    if (
        subject is not None
        and weak
        and not inverted
        and not _weak_verb_credits(m, subject, v_start, v_end, lemma)
    ):
        return
    if subject is not None:
        m.add(subject, "speaker", (v_start, v_end))
        if not inverted:
            for other in _coordinated(text, m.chunks, subject):
                m.add(other, "speaker", (v_start, v_end))
    if lemma in lex.patterns["telling_verbs"] and not lex.audience.match(text, v_end):
        obj = _chunk_after(lex, text, m.chunks, v_end)
        if obj is not None:
            ident = _identify_span(lex, text, obj)
            if ident is not None and ident.kind == "news_organisation":
                m.add(obj, "intermediary", (v_start, v_end))


def _weak_verb_credits(
    m: _Mentions, subject: tuple[int, int], v_start: int, v_end: int, lemma: str
) -> bool:
    """A weak verb ("reported", "added", "wrote") credits its subject only when words follow
    it, when a body reports its own news, or when the words came before it."""
    lex, text = m.lex, m.text
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
    after_content = _CONTENT_BEFORE.search(text, m.start, subject[0]) and (
        _NOTHING_AFTER.match(text, v_end, m.end)
    )
    quoted = re.match(r"\s*(?:[,:“\"]|that\b)", after)
    return bool(quoted or news_report or after_content)


_CONTENT_BEFORE = re.compile(r"[,”\"’][ \t]*(?:(?:[Tt]he|[Aa]n?)[ \t]+)?$")


_NOTHING_AFTER = re.compile(
    r"[ \t]*(?:(?:on|in|at|to|from|during|after|before|via|with)\b[^,;:“”\"]*)?[.;!?]?[ \t]*$"
)


_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)[ \t]+(?:[a-z]+ly[ \t]+)?$")


_NEGATION = re.compile(r"\b(?:not|never)\b")


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
