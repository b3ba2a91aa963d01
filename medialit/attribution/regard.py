"""Verbs of regard: 'Critics see the plan as a tax', 'The court was viewed as friendly'.

To see, view or regard something as something else credits the subject with a judgement,
a belief; the content is the thing judged and what it is taken for. In the passive the
one who judges is not named ('was widely seen as a mistake').
"""

from __future__ import annotations

from medialit.attribution.cues import _Draft, _passive
from medialit.attribution.lexicons import _SOURCE_MAX
from medialit.attribution.spans import _clause_start, _set_off_source, _strip_source
from medialit.attribution.tokens import _Sent

_OBJECT_MAX = 8
"""Longer stretches before 'as' are seldom one object."""

_ENTRY = {"type": "belief", "connotation": "tentative"}


def _regard_drafts(s: _Sent, drafts: list[_Draft]) -> list[_Draft]:
    """'Most parents see the new timetable as a step backwards': a judgement of the subject."""
    w, toks = s.w, s.toks
    if w.regard_verbs.isdisjoint(s.lemmas):
        return []  # the common case: no verb of regard
    cues = [d.cue for d in drafts if d.cue]
    out: list[_Draft] = []
    for i in [i for i, t in enumerate(toks) if t.lemma in w.regard_verbs]:
        t = toks[i]
        if not t.text.islower() or t.lower.endswith("ing") or s.quote_at(t.start) is not None:
            continue
        if any(a <= t.start < b for a, b in cues):
            continue
        passive = _passive(s, i)
        k = _as_after(s, i + 1)
        if k is None or (passive and k != i + 1) or (not passive and k == i + 1):
            continue
        end = next((j for j in range(k + 1, len(toks)) if s.is_punct(j)), len(toks))
        if end <= k + 1:
            continue
        b = _clause_start(s, i, 0)
        if passive:
            content = (toks[b].start, toks[end - 1].end)
            out.append(
                _Draft("regard", (t.start, t.end), None, content, t.lemma, _ENTRY, b, s.sent.id)
            )
            continue
        sb, se = _strip_source(s, b, i)
        if sb >= se or se - sb > _SOURCE_MAX:
            continue
        content = s.chars(i + 1, end)
        source: tuple[int, int] | None = s.chars(sb, se)
        if se - sb == 1 and s.low(sb) in w.relatives and s.low(sb - 1) == ",":
            # 'Many teachers, who saw the change as an insult, ...': the name before
            source = _set_off_source(s, 0, sb - 1, []) or source
        out.append(
            _Draft("regard", (t.start, t.end), source, content, t.lemma, _ENTRY, t.start, s.sent.id)
        )
    return out


def _as_after(s: _Sent, j: int) -> int | None:
    """The 'as' that opens the judgement, within a few words of token j, with no punctuation
    or verb between, and not 'as well as', 'as much as'."""
    w = s.w
    for k in range(j, min(j + _OBJECT_MAX, len(s.toks) - 1)):
        if s.is_punct(k) or (k > j and s.toks[k].lemma in w.verbs):
            return None
        if s.low(k) == "as":
            return None if s.low(k + 1) in w.not_after_as else k
    return None
