"""Cues: reporting verbs and attribution phrases, and whether a word is used as a verb."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import compress
from typing import Any, NamedTuple

from spacy.tokens import Doc

from medialit.article import Sentence
from medialit.attribution.lexicons import (
    _PHRASE_SOURCE_MAX,
    _PUNCT,
    _SOURCE_MAX,
    CLOSE_QUOTES,
    OPEN_QUOTES,
    _lemma_hashes,
    _phrase_pattern,
    _words,
)
from medialit.attribution.tokens import _DocTokens, _Sent


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


def _credited(drafts: list[_Draft]) -> list[tuple[int, int]]:
    """The stretches already found as a cue or as words credited to someone."""
    return [d.cue for d in drafts if d.cue] + [d.content for d in drafts if d.content]


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the character at `at` lies in one of `spans`."""
    return any(a <= at < b for a, b in spans)


class _Phrase(NamedTuple):
    first: int
    last: int
    """Token index just after the phrase."""
    words: tuple[str, ...]
    entry: dict[str, Any]
    source: tuple[int, int]
    """Token range of the name after the phrase."""


def _phrases(s: _Sent) -> list[_Phrase]:
    w = s.w
    found: list[_Phrase] = []
    if w.phrase_marks.isdisjoint(s.lowers):
        return found  # the common case: no phrase, for each holds its longest word
    firsts = w.phrase_firsts
    after = 0  # where the phrase read last ends, with its source
    for i in [i for i, t in enumerate(s.toks) if t.lower in firsts]:
        if i < after:
            continue
        best = None
        for words in firsts[s.toks[i].lower]:
            if tuple(t.lower for t in s.toks[i : i + len(words)]) == words:
                best = words
                break
        if best is None:
            continue
        last = i + len(best)
        entry = w.phrases[best]
        source = _whole_phrase_after(s, last) if entry["role"] == "source" else None
        source = source or _name_after(s, last, stop_on_verbs=False)
        after = last if source is None else source[1]
        if source is not None:
            found.append(_Phrase(i, last, best, entry, source))
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
        # 'said the ruling': after a determiner, a reporting word is the noun it heads
        verb = t.lemma in w.verbs and s.low(j - 1) not in w.determiners
        if j > i and t.text.islower() and (t.lower in w.after_source or verb):
            break
        if t.lower == "that":
            break  # 'in comments to the BBC that its troops had withdrawn'
        possessive = (
            t.lower in ("'s", "’s") and s.toks[j + 1 : j + 2] and s.toks[j + 1].text[:1].isupper()
        )
        if (
            stop_on_verbs
            and not possessive
            and (t.lower in w.be or t.lower in w.auxiliaries or t.lower == "that")
        ):
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
        # a capital mid-sentence is a name ('United States'), not a verb, except in a
        # headline that capitalises every word ('Mayor Says Bridge Will Reopen')
        return i > 0 and _title_case(s) and t.text.lower() != t.lemma
    prev = s.low(i - 1)
    if prev.endswith("-") and prev != "--":
        return False  # 'co-wrote', 're-stated': a compound the lexicon does not list
    if prev in w.pronoun_determiners and (i < 2 or s.is_punct(i - 2) or s.low(i - 2) in w.leading):
        # 'Another said ...', 'Some say the plan ...': the determiner stands for a noun.
        past = t.lower != t.lemma and not t.lower.endswith("s")
        if past or _opens_content(s, i + 1):
            return True
    if prev in ("'s", "’s") and t.lower.endswith("ing") and s.low(i - 2) in w.pronouns:
        return True  # 'She’s claiming that ...': 'is', not a possessive
    if prev in w.gerund_prepositions and t.lower.endswith("ing"):
        return True  # 'answered by saying that ...': a gerund reports the subject's words
    if prev == "to" and _carried_on(s, i) is not None:
        return True  # 'went on to say': the subject's own verb
    if prev == "which" and i > 1 and (s.low(i - 2) == "," or s.toks[i - 2].text.isalpha()):
        # 'the study, which notes that ...': after a noun or a comma 'which' is a relative
        # pronoun, the subject of a verb in -s or in the past ('which state media said' has
        # a noun); after a preposition it may be a determiner
        return t.lower != t.lemma and s.low(i - 2) not in w.prepositions
    if prev in w.determiners or prev in w.prepositions or prev in ("'s", "’s"):
        return False
    if prev in w.nominal_prepositions:
        return False  # 'despite claims that ...': a noun
    if prev == "that" and _that_noun(s, i):  # asked only where it may hold
        return False
    if t.lower.endswith("ed") and _modifier_after_adverb(s, i):
        return False
    if t.lemma in w.noun_before_of and s.low(i + 1) == "of" and not t.lower.endswith("ed"):
        return False
    if (
        t.lower == t.lemma
        and (s.low(i - 2) in w.singular_determiners or _possessed_modifier(s, i - 1))
        and prev not in w.auxiliaries
        and not prev.endswith(("s", "ly"))
        and s.toks[i - 1].text.islower()
    ):
        return False  # 'in its annual report that': a singular noun phrase, not a subject
    if _noun_after_modifier(s, i):
        return False
    if t.lower.endswith("ing"):
        after_comma = _comma_before(s, i) and t.lemma in w.continuing
        named = _after_name(s, i) or _after_noun(s, i) is not None
        return prev == "as" or after_comma or _progressive(s, i) or named
    plural = t.lower.startswith(t.lemma) and t.lower.endswith("s")
    # 'making promises', 'issuing warnings': a plural noun after an -ing verb
    return not (plural and prev.endswith("ing") and prev not in w.not_participles)


def _that_noun(s: _Sent, i: int) -> bool:
    """'That claim is false', 'But that report has been withdrawn': at the start of a clause,
    'that' and a base form before 'be' or an auxiliary make a noun phrase."""
    w, t = s.w, s.toks[i]
    opens = s.low(i - 1) == "that" and (i == 1 or s.low(i - 2) in w.leading)
    after = s.low(i + 1)
    return opens and t.lower == t.lemma and (after in w.be or after in w.finite_auxiliaries)


def _modifier_after_adverb(s: _Sent, i: int) -> bool:
    """'his recently revealed plan', 'from publicly disclosed figures': a past participle
    after a determiner or a preposition and an adverb in -ly modifies the noun after it."""
    j = i - 1
    while j >= 0 and s.low(j).endswith("ly") and s.toks[j].text.islower():
        j -= 1
    w, prev = s.w, s.low(j)
    return j < i - 1 and (prev in w.determiners or prev in w.prepositions or prev in ("'s", "’s"))


def _possessed_modifier(s: _Sent, j: int) -> bool:
    """'the mayor's repeated claim': a modifier in -ed or with an adjective's ending after a
    possessive ('the coach's staff say' keeps its verb)."""
    w, word = s.w, s.low(j)
    adjective = word.endswith(w.adjective_endings) and word not in w.nouns_with_adjective_endings
    return s.low(j - 1) in ("'s", "’s") and (word.endswith("ed") or adjective)


def _noun_after_modifier(s: _Sent, i: int) -> bool:
    """'derogatory comments', 'its investigative report', 'two reports', 'many Republican
    claims': after an adjective, a base or -s form is a noun, and so is an -s form after a
    number or a plural quantifier, since a plural subject takes 'claim', not 'claims'."""
    t, w = s.toks[i], s.w
    plural = t.lower != t.lemma and t.lower.endswith("s")
    if i == 0 or not (plural or t.lower == t.lemma):
        return False
    prev = s.low(i - 1)
    if plural and (prev in w.plural_counts or prev[:1].isdigit()):
        return prev not in ("1", "one")
    if plural and s.toks[i - 1].text[:1].isupper() and i > 1 and s.low(i - 2) in w.plural_counts:
        return True
    return (
        prev.endswith(w.adjective_endings)
        and prev not in w.nouns_with_adjective_endings
        and (i > 1 or s.toks[0].text.islower())
    )


def _carried_on(s: _Sent, i: int) -> int | None:
    """'She went on to say ...': where the verb that carries the reporting verb at token i
    starts ('went'), if one does."""
    if s.low(i - 1) == "to" and s.low(i - 2) == "on" and s.low(i - 3) in s.w.go_forms:
        return i - 3
    return None


_ADVERBS = frozenset({"also", "not", "n't", "n’t", "still", "even", "now", "again", "already"})


def _before_adverbs(s: _Sent, i: int) -> int:
    """The token before i, over adverbs ('also', 'still', 'openly')."""
    j = i - 1
    while j >= 0 and (
        s.low(j) in _ADVERBS or (s.low(j).endswith("ly") and s.toks[j].text.islower())
    ):
        j -= 1
    return j


def _progressive(s: _Sent, i: int) -> bool:
    """'is warning', 'are still demanding', 'He’s claiming': 'be' and an -ing verb."""
    j = _before_adverbs(s, i)
    return j >= 0 and s.low(j) in s.w.be and s.low(j) != "being"


def _comma_before(s: _Sent, i: int) -> bool:
    """', saying', ', even suggesting': a participle that follows a comma."""
    j = _before_adverbs(s, i)
    if j > 0 and s.toks[j].text in CLOSE_QUOTES and s.toks[j - 1].text == ",":
        return True  # '“..., ” adding that ...': the comma closes the quote
    return j >= 0 and s.toks[j].text == ","


_NOUN_PHRASE_MAX = 4


def _after_noun(s: _Sent, i: int) -> tuple[int, int] | None:
    """'a statement announcing the pick', 'one saying that ...', 'the mayor keeps saying
    ...': a participle right after a noun phrase that opens with a determiner (or after its
    verb of aspect), with words after it; the phrase's token range."""
    w = s.w
    if s.toks[i].lemma not in w.continuing or not _opens_words(s, i + 1):
        return None
    end = i - 1 if s.low(i - 1) in w.aspect_verbs else i
    k = end - 1
    while k >= 0 and end - k <= _NOUN_PHRASE_MAX:
        t = s.toks[k]
        if t.lower in w.determiners or t.lower == "one":
            return (k, end) if k < end - 1 or t.lower == "one" else None
        if not t.text.isalpha() or t.lemma in w.verbs or t.lower.endswith("ly"):
            return None
        if t.lower in w.prepositions or t.lower in w.be or t.lower in w.auxiliaries:
            return None
        k -= 1
    return None


def _opens_words(s: _Sent, k: int) -> bool:
    """Whether token k may open reported words or the object of a reporting participle."""
    w, word = s.w, s.low(k)
    if word in (",", ":", "that") or word in tuple(OPEN_QUOTES) or word in w.determiners:
        return True
    return word in w.clause_openers or word in w.pronouns or s.toks[k].text[:1].isupper()


def _after_name(s: _Sent, i: int) -> bool:
    """'footage of Ana Ruiz saying, “...”': a participle right after a name, with the words
    after a comma, a colon, a quote or 'that'."""
    if s.toks[i].lemma not in s.w.continuing or not s.toks[i - 1].text[:1].isupper():
        return False
    if s.low(i + 1) in (",", ":", "that") or s.low(i + 1) in tuple(OPEN_QUOTES):
        return True
    # 'Ruiz saying during the debate, “...”': a short circumstance, then the quote
    k = next((j for j in range(i + 1, min(len(s.toks), i + 7)) if s.is_punct(j)), i + 1)
    lower = all(s.toks[j].text.islower() for j in range(i + 1, k))
    return lower and s.low(k) in (",", ":") and s.low(k + 1) in tuple(OPEN_QUOTES)


def _title_case(s: _Sent) -> bool:
    """A headline in title case: most of its words, four or more, start with a capital."""
    return s.headline


def _passive(s: _Sent, i: int) -> bool:
    w = s.w
    j = i - 1
    while j >= 0 and (s.low(j).endswith("ly") or s.low(j) in ("also", "not", "widely", "n't")):
        j -= 1
    return j >= 0 and s.low(j) in w.be and s.toks[j].lower not in ("'s", "’s")


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


def _refusal(s: _Sent, i: int, d: _Draft) -> bool:
    """'did not comment', 'Neither company commented': a statement that was not made.

    A negated verb still reports words when a 'that' clause or a quote follows ('did not
    deny that he met her'); with anything else ('did not say when', 'would not comment on
    the arrests') it reports silence, which asserts nothing."""
    w = s.w
    if _hedge(s, i, d) or _quoted_cue(s, i, d):
        return True
    if s.low(i - 1) in w.hypothetical and s.toks[i - 1].text.islower():
        return True  # 'you might ask', 'the board would rule that ...': not said yet
    if _caused(s, i):
        return True  # 'let them know that ...', 'made Ruiz testify': not said yet
    said = s.text[d.content[0] : d.content[1]] if d.content is not None else ""
    if said.lower().strip(" .,;:!?") in w.negative_sources:
        return True  # 'left the room, saying nothing'
    if d.source is not None:
        words = s.text[d.source[0] : d.source[1]].lower().split()
        if words[0] in w.negative_sources:
            return True
        if words[0].strip(",") in w.requests:
            return True  # 'Please tell us what you think': a request to the reader, no speaker
        if words in (["that"], ["this"]) and s.low(i + 1) == ",":
            return True  # 'That said, the economy is still growing': a concession, no speaker
        if words[0] in w.hypothetical and s.text[: s.sent.end].rstrip()[-1:] == "?":
            return True  # 'Would you think she had lied?': a question, nobody is credited
    j = i - 1
    while j >= 0 and (s.low(j) in w.auxiliaries or s.low(j) in w.be):
        if s.low(j) in w.negations:
            if d.content is None:
                return True
            before = s.text[max(0, d.content[0] - 6) : d.content[0]].rstrip()
            return not (before.lower().endswith("that") or before.endswith(tuple(OPEN_QUOTES)))
        j -= 1
    return False


def _caused(s: _Sent, i: int) -> bool:
    """'let them know that', 'help Mr. Putin explain', 'made Ruiz testify': a verb in its base
    form after a causative and its object, a pronoun or a name, is not a statement."""
    w, t = s.w, s.toks[i]
    if t.lower != t.lemma:
        return False
    j = i - 1
    while j > 0 and i - j <= 3 and s.toks[j].text[:1].isupper():
        j -= 1  # 'Mr. Putin'
    if j == i - 1 and s.low(j) in ("them", "him", "her", "us", "me", "you", "it"):
        j -= 1
    return j < i - 1 and s.low(j) in w.causatives


def _hedge(s: _Sent, i: int, d: _Draft) -> bool:
    """'“I think we will win,” she said': inside a quote, 'I think', 'you know' or 'I say'
    frame the speaker's own words; they credit no one new."""
    if d.source is None or (s.toks[i].lemma not in s.w.belief_verbs and s.toks[i].lemma != "say"):
        return False
    who = s.text[d.source[0] : d.source[1]].lower()
    return who in (*s.w.first_person, "you") and s.quote_at(s.toks[i].start) is not None


def _quoted_cue(s: _Sent, i: int, d: _Draft) -> bool:
    """'“They told us to leave,” she said': a verb inside someone's quote is part of their
    words; the quote is theirs, and the verb credits no one new to the reader."""
    q = s.quote_at(s.toks[i].start)
    if q is None or q[0] >= s.toks[i].start or s.text[q[1] - 1] not in CLOSE_QUOTES:
        return False
    if d.content is not None and d.content[0] >= q[1] - 1:
        return True  # '“We ask you,” he said': the words after the quote are not the verb's
    # '“I told him, ‘Don’t go,’ ” his mother said': a quote inside the quote keeps its speaker
    edge = s.text[max(0, d.content[0] - 1) : d.content[0] + 1] if d.content else ""
    return not any(mark in OPEN_QUOTES for mark in edge)


def _candidates(doc: Doc, text: str, tokens: _DocTokens) -> list[int]:
    """Character offsets where a cue may start: a reporting lemma or an attribution phrase."""
    lemmas = _lemma_hashes(doc.vocab.strings)
    # The lemmas read for the tokens, asked in C; white space has none of these lemmas.
    found = list(compress(tokens.starts, map(lemmas.__contains__, tokens.lemma_hashes)))
    found.extend(m.start() for m in _phrase_pattern().finditer(text))
    found.extend(m.start() for m in _COLON_OPENING.finditer(text))
    return sorted(found)


_COLON_OPENING = re.compile(r":(?<=\w:)[ \t]*[“\"‘]")
"""A colon after a word, then a quote mark: 'A lesson from the coach: “...”'."""


def _dateline_end(text: str, sent: Sentence) -> int:
    """Where a dateline such as 'ROME (Reuters) - ' that opens the sentence ends, else its start."""
    m = _words().dateline.match(text, sent.start, sent.end)
    return m.end() if m else sent.start
