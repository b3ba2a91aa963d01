"""Nouns that attribute with a possessor and a preposition: 'his promise to cut fares',
'the mayor's comments on the strike', 'her criticism of the plan'.

With 'that' after it, such a noun is read by `nominal`; here the possessor is the source
and what follows the preposition the content. With no possessor ('criticism of the plan')
the noun names no one, so nothing is credited.
"""

from __future__ import annotations

from medialit.attribution.cues import _Draft
from medialit.attribution.nominal import _possessor
from medialit.attribution.spans import _skip_time
from medialit.attribution.tokens import _Sent


def _possessed_drafts(s: _Sent, drafts: list[_Draft]) -> list[_Draft]:
    """'His promise to stay', 'Ruiz's estimate of the cost': a possessed noun that attributes."""
    w, toks = s.w, s.toks
    out: list[_Draft] = []
    nouns = w.possessed_nouns
    # a sentence with no such noun (the common case) is passed over in one set operation
    possessed = not nouns.keys().isdisjoint(s.lemmas)
    if not possessed and w.account_nouns.isdisjoint(s.lowers):
        return out  # nor a noun of an account, for `_by_account`
    spans = [d.cue for d in drafts if d.cue] + [d.content for d in drafts if d.content]
    ks = [k for k in s.lemma_at if 0 < k < len(toks) - 2] if possessed else []
    for k in [k for k in ks if toks[k].lemma in nouns]:
        t = toks[k]
        p = _after_when(s, k + 1)
        if not t.text.islower() or p >= len(toks) - 1 or s.low(p) not in nouns[t.lemma]:
            continue
        if s.quote_at(t.start) is not None or any(a <= t.start < b for a, b in spans if b):
            continue
        if s.low(p) == "to" and not toks[p + 1].text.islower():
            continue  # 'his message to Congress': a listener, not an infinitive
        if _names_an_outlet(s, p + 1):
            continue  # 'his comments on its website': where the words were, not their subject
        source, _ = _possessor(s, k)
        if source is None or s.low(k - 1) in ("a", "an", "the"):
            continue
        start = p if s.low(p) == "to" else p + 1
        content = s.chars(start, _phrase_end(s, p + 1))
        out.append(
            _Draft("nominal", (t.start, t.end), source, content, t.lemma, {}, t.start, s.sent.id)
        )
    out.extend(_by_account(s, [*(span for span in spans if span), *(d.cue for d in out if d.cue)]))
    return out


def _by_account(s: _Sent, spans: list[tuple[int, int]]) -> list[_Draft]:
    """'By her own account, the talks failed': 'by', a possessor and a noun of an account
    (`account_nouns`), then a comma: the possessor is the source of the clause after it."""
    w, toks, n = s.w, s.toks, len(s.toks)
    out: list[_Draft] = []
    if w.account_nouns.isdisjoint(s.lowers):
        return out  # the common case: no noun of an account
    for k in [k for k in range(2, n - 2) if toks[k].lemma and toks[k].lower in w.account_nouns]:
        if s.low(k + 1) != "," or s.quote_at(toks[k].start) is not None:
            continue
        if any(a <= toks[k].start < b for a, b in spans):
            continue
        source, first = _possessor(s, k)
        if source is None or s.low(first - 1) != "by":
            continue
        last = n - 1 if s.is_punct(n - 1) else n
        if last <= k + 2:
            continue
        content = s.chars(k + 2, last)
        cue = (toks[k].start, toks[k].end)
        out.append(_Draft("nominal", cue, source, content, toks[k].lower, {}, cue[0], s.sent.id))
    return out


def _after_when(s: _Sent, j: int) -> int:
    """Where the words after a noun go on once the time or place of the saying is passed
    ('her comments Tuesday on the strike', 'his announcement in 2014 of the rules')."""
    while True:
        k = _skip_time(s, j)
        if s.low(k) == "in" and s.low(k + 1).isdigit() and len(s.low(k + 1)) == 4:
            k += 2  # 'in 2014'
        if k == j:
            return j
        j = k


def _names_an_outlet(s: _Sent, j: int) -> bool:
    """Whether the phrase from token j names a place of publication ('its website', 'TV')."""
    for k in range(j, min(j + 4, len(s.toks))):
        if s.low(k) in s.w.outlets:
            return True
        if s.is_punct(k) or s.low(k) not in (
            "the",
            "a",
            "its",
            "his",
            "her",
            "their",
            "our",
            "my",
            "your",
            "social",
            "national",
            "state",
            "local",
        ):
            return False
    return False


def _phrase_end(s: _Sent, j: int) -> int:
    """Where the phrase after the noun ends: at punctuation, or where the clause's own verb
    begins ('His promise to cut fares | was broken')."""
    w = s.w
    k = j
    while k < len(s.toks) and not s.is_punct(k):
        word = s.low(k)
        if k > j and s.toks[k].text.islower() and (word in w.be or word in w.modals):
            break
        k += 1
    return max(k, j + 1)
