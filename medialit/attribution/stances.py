"""Stances told with 'be': 'Ruiz has been critical of the toll', 'She is a supporter of ...'.

News reports a stance with a verb ('opposes the toll') and as often with an adjective or a
noun after a form of 'be': 'is critical of', 'is a staunch opponent of', 'is determined to'.
The word and what may follow it (a preposition, 'that', an infinitive) are data
(`stances` in `data/lexicons/act_verbs.json`); the subject before 'be' is the source and
what follows the word the content. As for acts, inside a quote or inside words already
credited to someone, such a word is part of those words.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from medialit.attribution.acts import _source
from medialit.attribution.cues import _credited, _Draft, _inside
from medialit.attribution.lexicons import _words
from medialit.attribution.spans import _adverb, _token_after
from medialit.attribution.tokens import _Sent

_MODIFIERS_MAX = 4
"""Words between 'a' and the noun: 'a consistent and outspoken supporter of'."""


@cache
def _stances() -> dict[str, dict[str, Any]]:
    """Word -> its entry: what may follow it ('after') and the fields of its group."""
    w = _words()
    out: dict[str, dict[str, Any]] = {}
    for kind, group in w.stances.items():
        for word, after in group["words"].items():
            out[word] = {**group["defaults"], "after": tuple(after), "kind": kind}
    return out


def _stance_drafts(s: _Sent, drafts: list[_Draft]) -> list[_Draft]:
    """Every stance of the sentence told with 'be' and an adjective or a noun."""
    stances = _stances()
    if stances.keys().isdisjoint(s.lowers):
        return []  # the common case: no word of a stance
    taken = _credited(drafts)
    taken += [m for d in drafts for m in d.more]
    out: list[_Draft] = []
    for k in [k for k, t in enumerate(s.toks) if t.lower in stances and t.text.islower()]:
        t = s.toks[k]
        if s.quote_at(t.start) is not None or _inside(t.start, taken):
            continue
        draft = _stance(s, k, stances[t.lower], [*drafts, *out])
        if draft is not None:
            out.append(draft)
    return out


def _stance(s: _Sent, k: int, entry: dict[str, Any], before: list[_Draft]) -> _Draft | None:
    """The stance whose adjective or noun is token k, with 'be' before it and its
    complement after it."""
    toks = s.toks
    found = _complement(s, k, entry["after"])
    if found is None:
        return None
    last, start = found
    be = _be_before(s, k, noun=entry["kind"] == "nouns")
    if be is None:
        return None
    cues = [d.cue[1] for d in before if d.cue and d.cue[1] <= toks[k].start]
    floor = _token_after(s, max(cues)) if cues else 0
    source = _source(s, be, floor, {}, with_that=False)
    if source is None:
        return None
    span, _, close = source
    content = (toks[start].start, toks[max(start + 1, close) - 1].end)
    cue = s.chars(k, last)
    act = {**entry, "frames": ("object",), "type": "act"}
    return _Draft("stance", cue, span, content, toks[k].lower, act, cue[0], s.sent.id)


def _complement(s: _Sent, k: int, after: tuple[str, ...]) -> tuple[int, int] | None:
    """Where the cue ends after the word at token k, and where its complement starts: after
    a preposition it takes ('critical of'), after 'that', or an infinitive with 'to'."""
    n = len(s.toks)
    word = s.low(k + 1)
    if word not in after or k + 2 >= n or s.is_punct(k + 2):
        return None
    if s.low(k + 2) in s.w.stance_not_about:
        return None  # 'is confident of himself': a trait, not a stance on something
    if word == "to":
        verb = s.toks[k + 2]
        if not verb.text.islower() or verb.lower in s.w.determiners:
            return None  # 'is committed to the plan' takes 'to' as a preposition
        return k + 1, k + 1
    if word == "that":
        return k + 1, k + 2
    return k + 2, k + 2


def _be_before(s: _Sent, k: int, *, noun: bool) -> int | None:
    """The form of 'be' before the word at token k, over its adverbs ('has long been
    critical'), and, for a noun, its article and adjectives ('is a staunch opponent')."""
    w = s.w
    j = k - 1
    if noun:
        first = j
        while j >= 0 and first - j < _MODIFIERS_MAX and s.toks[j].text.islower():
            if s.low(j) in ("a", "an", "the") or s.low(j) in w.be:
                break
            j -= 1
        if s.low(j) in ("a", "an", "the"):
            j -= 1
        elif s.low(j) not in w.be:
            return None
    while j >= 0 and (_adverb(s, j) or s.low(j) in w.stance_degrees):
        j -= 1
    return j if s.low(j) in w.be and s.toks[j].text.islower() else None
