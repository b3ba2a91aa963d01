"""A meeting's purpose told with an infinitive: 'Leaders gathered on Friday to discuss the
crisis', 'The mayor met the union to discuss pay'.

What a meeting was called to take up is the topic its people raise, as 'discussed' would
tell; PolNeAR counts it as an attribution. The verbs that name a topic and the words for a
meeting that must come before them in the clause are data (`purposes` in
`data/lexicons/act_verbs.json`); the source is whoever the sentence is about, as for an
act after a comma.
"""

from __future__ import annotations

from functools import cache

from medialit.attribution.acts import _SUBJECT_MAX, _actor, _doer
from medialit.attribution.cues import _credited, _Draft, _inside
from medialit.attribution.spans import _clause_start, _strip_source
from medialit.attribution.tokens import _Sent
from medialit.resources import load_lexicon

_MEETING_WINDOW = 10
"""How far before the infinitive the word for the meeting may stand ('met with the head of
the port authority to discuss')."""


@cache
def _purposes() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs that name a topic, and the words for a meeting."""
    data = load_lexicon("act_verbs")["purposes"]
    return frozenset(data["verbs"]), frozenset(data["meetings"])


def _purpose_drafts(s: _Sent, drafts: list[_Draft]) -> list[_Draft]:
    """Every 'to discuss ...' after a meeting, credited to whoever the sentence is about."""
    verbs, meetings = _purposes()
    toks = s.toks
    if s.text.find(" to ", s.sent.start, s.sent.end) == -1 or verbs.isdisjoint(s.lemmas):
        return []  # the common case: no infinitive
    taken = _credited(drafts)
    out: list[_Draft] = []
    for i in range(2, len(toks) - 1):
        t = toks[i]
        if t.lemma not in verbs or s.low(i - 1) != "to" or not t.text.islower():
            continue
        if s.quote_at(t.start) is not None or _inside(t.start, taken):
            continue
        meeting = _meeting_before(s, i - 1, meetings)
        if meeting is None:
            continue
        doer = _meeting_subject(s, meeting) or _doer(s, i, [*drafts, *out])
        end = next((k for k in range(i + 1, len(toks)) if s.is_punct(k)), len(toks))
        if doer is None or end <= i + 1:
            continue
        content = s.chars(i + 1, end)
        entry, cue = s.w.acts[t.lemma], s.chars(i, i + 1)
        out.append(_Draft("purpose", cue, doer, content, t.lemma, entry, t.start, s.sent.id))
    return out


def _meeting_before(s: _Sent, to: int, meetings: frozenset[str]) -> int | None:
    """The word for a meeting before the 'to' at token `to` in its clause, if one is there."""
    for k in range(to - 1, max(-1, to - _MEETING_WINDOW), -1):
        if s.is_punct(k):
            return None
        if s.low(k) in meetings:
            return k
    return None


def _meeting_subject(s: _Sent, k: int) -> tuple[int, int] | None:
    """'Leaders gathered', 'The board called a meeting': the short subject before the verb
    of the meeting at token k, or before the verb just before its noun ('called')."""
    verb = k
    while verb > 0 and not (s.toks[verb].lower.endswith("ed") or s.low(verb) == "met"):
        verb -= 1
    sb, se = _strip_source(s, _clause_start(s, verb, 0), verb)
    if sb >= se or se - sb > _SUBJECT_MAX or not _actor(s, s.toks[se - 1]):
        return None
    return s.chars(sb, se)
