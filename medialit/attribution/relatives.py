"""An act whose subject carries a relative clause: 'Dockers who lost their jobs have
opposed the deal', 'Firms that had backed the toll agreed to pay'.

The noun phrase before 'who' or 'that' is the subject of the verb after the clause, and
the source; the clause only says which of them. Short subjects are read with the acts.
"""

from __future__ import annotations

from medialit.attribution.acts import (
    _SUBJECT_MAX,
    _actor,
    _complement,
    _entry,
    _particle,
    _plain_phrase,
)
from medialit.attribution.cues import _credited, _Draft, _inside, _is_verb, _passive
from medialit.attribution.spans import _clause_start, _strip_source
from medialit.attribution.tokens import _Sent

_CLAUSE_MAX = 12
"""Words of the relative clause between its noun and the verb."""


def _relative_clause_drafts(s: _Sent, drafts: list[_Draft]) -> list[_Draft]:
    """Every act whose subject is a noun phrase followed by a relative clause."""
    toks = s.toks
    out: list[_Draft] = []
    first, last = s.sent.start, s.sent.end
    if s.text.find(" who ", first, last) == -1 and s.text.find(" that ", first, last) == -1:
        return out  # the common case: no relative clause
    taken = _credited(drafts)
    for i in s.lemma_at:
        t = toks[i]
        inside = 2 < i < len(toks) - 1 and t.text.islower()
        entry = _entry(s, i, participle=False) if inside else None
        if entry is None or entry.get("impression") or s.quote_at(t.start) is not None:
            continue
        if _inside(t.start, taken):
            continue
        source = _subject_before_clause(s, i)
        if source is None or not _is_verb(s, i) or _passive(s, i):
            continue
        read = _particle(s, i, entry)
        start = _complement(s, read[0], read[1]) if read is not None else None
        if read is None or start is None:
            continue
        cue, content = s.chars(i, read[0]), (toks[start].start, toks[-1].end)
        out.append(_Draft("act", cue, source, content, t.lemma, read[1], cue[0], s.sent.id))
    return out


def _subject_before_clause(s: _Sent, i: int) -> tuple[int, int] | None:
    """'Dockers who lost their jobs | have opposed': the noun phrase before the relative
    pronoun that opens the stretch before the verb at token i."""
    sb, se = _strip_source(s, _clause_start(s, i, 0), i)
    for p in range(sb + 1, min(se - 1, sb + _SUBJECT_MAX + 1)):
        if s.low(p) not in ("who", "that"):
            continue
        if se - p - 1 > _CLAUSE_MAX or not _actor(s, s.toks[p - 1]):
            return None
        return s.chars(sb, p) if _plain_phrase(s, sb, p) else None
    return None
