"""Nouns that attribute: 'Ruiz’s claim that ...', 'the allegation that ...'."""

from __future__ import annotations

from medialit.attribution.cues import _Draft
from medialit.attribution.lexicons import _PUNCT
from medialit.attribution.tokens import _Sent


def _nominal_drafts(s: _Sent, drafts: list[_Draft]) -> list[_Draft]:
    """'Ruiz's claim that the vote was rigged', 'the allegation that ...': a noun that
    attributes, with its possessor as the source (none after 'the')."""
    w, toks = s.w, s.toks
    out: list[_Draft] = []
    if s.text.find(" that ", s.sent.start, s.sent.end) == -1:
        return out  # the common case: no 'that' for a noun to take
    if w.nominal_cues.isdisjoint(s.lemmas):
        return out
    taken = [d.content for d in drafts if d.content]
    for k in range(1, len(toks) - 2):
        t = toks[k]
        if t.lemma not in w.nominal_cues or s.low(k + 1) != "that" or not t.text.islower():
            continue
        if any(a <= t.start < b or a == toks[k + 2].start for a, b in taken):
            continue  # inside words already credited, or the object of a verb that credits
        if s.low(k - 1) in ("a", "an"):
            continue  # 'a claim that nobody believed': 'that' opens a relative clause
        source, first = _possessor(s, k)
        if source is None and s.low(k - 1) not in w.determiners and not _bare(s, k):
            continue
        end: int | None = len(toks)
        if first == 0 or s.is_punct(first - 1):
            # 'The claim that X was Y was false': the clause's own verb ends the claim
            end = _before_main_verb(s, k + 2)
        if end is None or end <= k + 2:
            continue
        cue = (t.start, t.end)
        content = s.chars(k + 2, end)
        out.append(_Draft("nominal", cue, source, content, t.lemma, {}, t.start, s.sent.id))
    return out


def _bare(s: _Sent, k: int) -> bool:
    """'amid growing concerns that they ...', 'in arguments that the panel ...': a noun with
    no determiner after a preposition, and a subject after 'that' ('claims that were false'
    has a verb there, and 'that' opens a relative clause)."""
    w = s.w
    if s.quote_at(s.toks[k].start) is not None:
        return False  # in someone's quote, the noun is part of their words
    j = k
    while j > 0 and k - j < _MODIFIERS_MAX:
        word = s.toks[j - 1]
        if not (word.text.isalpha() and word.text.islower()) or word.lemma in w.verbs:
            break
        if word.lower in (*w.determiners, *w.prepositions, *w.nominal_prepositions, *w.be):
            break
        j -= 1
    before = s.low(j - 1)
    if before not in w.prepositions and before not in w.nominal_prepositions:
        return False
    if k + 2 >= len(s.toks):
        return False
    after = s.toks[k + 2]
    subject = after.lower in w.determiners or after.lower in (*w.subject_pronouns, *w.pronouns)
    return subject or after.text[:1].isupper()


def _possessor(s: _Sent, k: int) -> tuple[tuple[int, int] | None, int]:
    """Whose claim the noun at k is ('his claim', 'the mayor's claim'), and where the noun
    phrase starts."""
    w = s.w
    k = _over_modifiers(s, k)
    prev = s.low(k - 1)
    if prev in w.singular_determiners and prev not in ("a", "an"):
        return s.chars(k - 1, k), k - 1
    if prev not in ("'s", "’s"):
        return None, k - 1
    b = k - 1
    while b > 0 and k - b < 6:
        before = s.toks[b - 1]
        if before.text in _PUNCT or before.lower in w.prepositions or before.lemma in w.verbs:
            break
        b -= 1
        if before.lower in w.determiners:
            break
    return (s.chars(b, k - 1), b) if b < k - 1 else (None, b)


_MODIFIERS_MAX = 2


def _over_modifiers(s: _Sent, k: int) -> int:
    """Where the noun at k starts once up to two lower-case modifiers before it are read
    with it ('his own admission', 'the mayor's repeated claim', 'her campaign promise')."""
    w = s.w
    j = k
    if s.low(k).endswith(("ed", "ing")):
        return k  # 'the player's agent commented on': a verb, whose subject is no possessor
    while j > 1 and k - j < _MODIFIERS_MAX:
        t = s.toks[j - 1]
        word = t.lower
        if not (t.text.isalpha() and t.text.islower()) or t.lemma in w.verbs:
            break
        if word in w.determiners or word in w.prepositions or word in w.be:
            break
        if word in w.auxiliaries or word in w.clause_openers or word in w.relatives:
            break
        j -= 1
    prev = s.low(j - 1)
    return j if prev in w.singular_determiners or prev in ("'s", "’s") else k


def _before_main_verb(s: _Sent, start: int) -> int | None:
    """In 'that X was Y was false', where the claim ends: before the last 'be' or auxiliary,
    when the clause holds two of them."""
    w = s.w
    verbs = [j for j in range(start, len(s.toks)) if s.low(j) in w.be or s.low(j) in w.auxiliaries]
    verbs = [j for j in verbs if s.toks[j].text.islower() and s.low(j) not in ("not", "n't")]
    return verbs[-1] if len(verbs) >= 2 else None
