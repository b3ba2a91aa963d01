"""Nouns of a public reaction: 'The mayor faced sharp criticism from unions over the toll'.

After a word of receiving ('faced', 'drew', 'came under'), a noun of reaction ('criticism',
'ridicule', 'praise') attributes: the source is whoever gave the reaction, named after
'from' or not named at all (a vague source that a careful reader notices), and the
content is what the reaction was for ('for ...', 'over ...'), or else who received it.
The words and nouns are data (`reaction_verbs`, `reaction_nouns` in
`data/lexicons/attribution_words.json`).
"""

from __future__ import annotations

from medialit.attribution.cues import _credited, _Draft, _inside
from medialit.attribution.spans import _clause_start, _skip_time, _strip_source, _token_after
from medialit.attribution.tokens import _Sent

_MODIFIERS_MAX = 2
"""Words between the word of receiving and the noun: 'faced sharp, sustained criticism'."""

_SOURCE_MAX = 8
_REASONS = frozenset({"for", "over"})


def _reaction_drafts(s: _Sent, drafts: list[_Draft]) -> list[_Draft]:
    """'She faced criticism for the delay', 'The plan drew praise from tenants'."""
    w = s.w
    if w.reaction_nouns.isdisjoint(s.lowers):
        return []  # the common case: no noun of reaction
    taken = _credited(drafts)
    taken += [m for d in drafts for m in d.more]
    out: list[_Draft] = []
    # only a word with a known lemma may be a noun of reaction, so most words are passed over
    for k in [k for k, t in enumerate(s.toks) if t.lemma and t.lower in w.reaction_nouns and k]:
        t = s.toks[k]
        if s.quote_at(t.start) is not None or _inside(t.start, taken):
            continue  # inside words already credited, the reaction is part of those words
        draft = _reaction(s, k, [*drafts, *out])
        if draft is not None:
            out.append(draft)
    return out


def _reaction(s: _Sent, k: int, before: list[_Draft]) -> _Draft | None:
    """The reaction whose noun is token k, with a word of receiving before it."""
    v = _receiving(s, k)
    if v is None:
        return None
    after = k + 1
    source = None
    if s.low(after) == "from":
        end = _giver_end(s, after + 1)
        if end is None:
            return None
        source, after = s.chars(after + 1, end), end
    after = _skip_time(s, after)
    if s.low(after) in _REASONS and after + 1 < len(s.toks) and not s.is_punct(after + 1):
        end = next((j for j in range(after + 1, len(s.toks)) if s.is_punct(j)), len(s.toks))
        content = s.chars(after + 1, end)
    else:
        cues = [d.cue[1] for d in before if d.cue and d.cue[1] <= s.toks[v].start]
        floor = _token_after(s, max(cues)) if cues else 0
        if s.low(v) == "under" and v > 0 and s.toks[v - 1].text.islower():
            v -= 1  # 'came under criticism': the subject is that of 'came'
        received = _received(s, v, floor)
        if received is None:
            return None
        content = received
    cue = (s.toks[k].start, s.toks[k].end)
    entry = {"connotation": "neutral", "explain": _EXPLAIN}
    return _Draft("reaction", cue, source, content, s.low(k), entry, cue[0], s.sent.id)


_EXPLAIN = (
    "Reports a reaction to someone: who reacted is named after 'from', or not at all, "
    "which leaves the reader to ask who."
)


def _receiving(s: _Sent, k: int) -> int | None:
    """The word of receiving before the noun at token k, over up to two modifiers."""
    w = s.w
    j = k - 1
    while j >= 0 and k - 1 - j <= _MODIFIERS_MAX:
        word = s.low(j)
        if word in w.reaction_verbs and s.toks[j].text.islower():
            return j
        plain = s.toks[j].text.isalpha() and s.toks[j].text.islower()
        article = word in ("a", "an") and s.low(j - 1) in w.reaction_verbs
        if not article and (not plain or word in (*w.determiners, *w.prepositions, *w.be)):
            return None
        j -= 1
    return None


def _received(s: _Sent, v: int, floor: int) -> tuple[int, int] | None:
    """Who received the reaction: the subject of the word of receiving at token v, which
    may be anyone or anything ('the plan drew criticism')."""
    w = s.w
    sb, se = _strip_source(s, _clause_start(s, v, floor), v)
    if sb >= se or se - sb > _SOURCE_MAX:
        return None
    first = s.low(sb)
    if first in w.prepositions or first in w.clause_openers or first in w.relatives:
        return None  # 'In May it drew ...', 'who faced ...': not the subject alone
    return s.chars(sb, se)


def _giver_end(s: _Sent, j: int) -> int | None:
    """Where the name after 'from' ends: at punctuation, a preposition or a clause opener."""
    w = s.w
    k = j
    while k < len(s.toks) and k - j < _SOURCE_MAX and not s.is_punct(k):
        word = s.low(k)
        lower = s.toks[k].text.islower()
        if k > j and lower and (word in w.prepositions or word in w.clause_openers):
            break
        if k > j and lower and word in w.after_source:
            break
        k += 1
    return k if k > j else None
