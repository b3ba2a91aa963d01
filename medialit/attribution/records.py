"""Messages and records that present something: 'records showing the payments', 'a tweet
attacking the board', 'an ad accusing Ruiz of lying'.

A noun for words made public or for a record (`messages` and `evidence` in
`data/lexicons/act_verbs.json`), then, with no comma between, the -ing form of a verb of an
act (its `verbs` and `families`): the noun phrase is the source, what follows the verb the
content. After 'with', people who can act stand for the record ('with experts offering
their views', 'with the union backing the plan').
Inside a quote, or inside words already credited to someone, the words are theirs and
credit no one new.
"""

from __future__ import annotations

from medialit.attribution.acts import _actor, _complement
from medialit.attribution.cues import _credited, _Draft, _inside
from medialit.attribution.tokens import _Sent

_PHRASE_MAX = 5
"""Words of the noun phrase before the participle ('the mayor's new campaign ad')."""

_POSSESSIVE = frozenset({"'s", "’s"})


def _record_drafts(s: _Sent, drafts: list[_Draft]) -> list[_Draft]:
    """Every participle right after a noun for a message or a record, with its complement."""
    w, toks = s.w, s.toks
    if s.text.find("ing ", s.sent.start, s.sent.end) == -1:
        return []  # the common case: no participle
    # inside words already credited, the record is part of them ('she says the tweets
    # accusing her are lies'), as with any act
    taken = _credited(drafts)
    out: list[_Draft] = []
    for i in s.lemma_at:
        t = toks[i]
        if not (0 < i < len(toks) - 1 and t.lower.endswith("ing") and t.text.islower()):
            continue
        record = s.low(i - 1) in w.messages or s.low(i - 1) in w.evidence
        if not record and not _actor(s, toks[i - 1]):
            continue
        # a reporting verb after a noun is read with the cues ('a statement announcing ...')
        entry = w.acts.get(t.lemma)
        if entry is None or entry.get("impression") or s.quote_at(t.start) is not None:
            continue
        if _inside(t.start, taken):
            continue
        start = _complement(s, i + 1, entry)
        sb = _phrase_start(s, i - 1)
        if start is None or sb is None or not (record or s.low(sb - 1) == "with"):
            continue  # 'with experts offering their views': the people who act
        content = s.chars(start, _content_end(s, start, subject=_opens_clause(s, sb)))
        source = s.chars(sb, i)
        out.append(
            _Draft("record", s.chars(i, i + 1), source, content, t.lemma, entry, t.start, s.sent.id)
        )
    return out


def _phrase_start(s: _Sent, k: int) -> int | None:
    """Where the noun phrase that ends with the noun at token k starts: at its determiner,
    or after the word that ends the phrase before it (a preposition, a verb, punctuation)."""
    w = s.w
    closed = w.prepositions | w.be | w.auxiliaries | w.clause_openers | w.relatives
    for b in range(k - 1, max(k - _PHRASE_MAX, 0) - 1, -1):
        t = s.toks[b]
        if t.lower in w.determiners:
            return b  # 'the survey results': a word that may be a verb is a noun here
        if t.lower in closed or not (t.text.isalpha() or t.lower in _POSSESSIVE):
            break
    b = k
    while b > 0 and k - b < _PHRASE_MAX:
        t = s.toks[b - 1]
        if t.lower in w.determiners:
            return b - 1
        if t.lower in _POSSESSIVE or (t.text.isalpha() and not _ends_phrase(s, b - 1)):
            b -= 1
            continue
        break
    return b


def _ends_phrase(s: _Sent, k: int) -> bool:
    """Whether token k stands outside a noun phrase that follows it."""
    w, t = s.w, s.toks[k]
    closed = w.prepositions | w.be | w.auxiliaries | w.clause_openers | w.relatives
    return t.lower in closed or (t.text.islower() and bool(t.lemma))


def _opens_clause(s: _Sent, sb: int) -> bool:
    """Whether the noun phrase starting at token sb is the subject of its sentence."""
    return sb == 0 or s.is_punct(sb - 1) or s.low(sb - 1) in s.w.leading


def _content_end(s: _Sent, start: int, *, subject: bool) -> int:
    """Where the content ends: at punctuation; for a subject ('Records showing the payments
    were released'), also where the sentence's own verb begins."""
    w = s.w
    k = start
    while k < len(s.toks) and not s.is_punct(k):
        word = s.low(k)
        if (
            subject
            and k > start
            and s.toks[k].text.islower()
            and (word in w.be or word in w.modals)
        ):
            break
        k += 1
    return max(k, start + 1)
