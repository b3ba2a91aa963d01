"""An act joined by 'and' or 'but' to a reporting verb: 'Ruiz said the fees were high and
called the toll a scandal', 'The union praised the deal but refused to sign it'.

The words credited by the first verb seem to run on to the end of the sentence, but 'and'
and a verb of an act in the same form ('said ... and called', 'says ... and wants'), with
its own complement, begin a second thing the same source does: the first content ends
before the 'and', and the act is credited to the same source.
"""

from __future__ import annotations

from medialit.attribution.acts import _actor, _complement, _entry, _particle
from medialit.attribution.cues import _Draft, _inside
from medialit.attribution.subjects import _joined
from medialit.attribution.tokens import _Sent, _Tok


def _joined_drafts(s: _Sent, drafts: list[_Draft]) -> list[_Draft]:
    """Every act joined to the verb of an earlier attribution inside whose words it stands."""
    toks = s.toks
    out: list[_Draft] = []
    if not _has_word(s, " and ") and not _has_word(s, " but "):
        return out  # the common case: nothing joined
    if not any(_may_head(d) for d in drafts):
        return out  # nor an attribution whose words the act could stand in
    cues = [d.cue for d in (*drafts, *out) if d.cue]
    for i in s.lemma_at:
        t = toks[i]
        j = _joined(s, i) if 1 < i < len(toks) - 1 and t.text.islower() else None
        if j is None or s.quote_at(t.start) is not None or _inside(t.start, cues):
            continue
        head = _head(s, j, drafts, _tense(t))
        entry = _entry(s, i, participle=False) if head is not None else None
        if head is None or entry is None or entry.get("impression"):
            continue
        read = _particle(s, i, entry)
        start = _complement(s, read[0], read[1]) if read is not None else None
        if read is None or start is None:
            continue
        assert head.content is not None and head.source is not None
        end = j - 1 if s.is_punct(j - 1) else j
        head.content = (head.content[0], toks[end - 1].end)
        cue = s.chars(i, read[0])
        content = (toks[start].start, toks[-1].end)
        out.append(
            _Draft("coordinated", cue, head.source, content, t.lemma, read[1], cue[0], s.sent.id)
        )
    return out


def _may_head(d: _Draft) -> bool:
    """Whether an act may be joined to `d`, as `_head` asks: it has a verb, a source and
    words of its own."""
    return (
        d.source is not None and d.cue is not None and d.content is not None and d.form != "phrase"
    )


def _has_word(s: _Sent, word: str) -> bool:
    """Whether the sentence's text holds the word, spaces around it."""
    return s.text.find(word, s.sent.start, s.sent.end) != -1


def _tense(t: _Tok) -> str:
    """'past', 's' or 'base': the form of a verb, which two verbs joined by 'and' share."""
    if t.lower == t.lemma:
        return "base"
    return "s" if t.lower.endswith("s") else "past"


def _head(s: _Sent, j: int, drafts: list[_Draft], tense: str) -> _Draft | None:
    """The attribution with a source whose words, begun before the 'and' at token j, run
    over it, and whose verb has the same form ('Police say he fled and refused to stop':
    'refused' is part of what they say); None when no such attribution is there."""
    at = s.toks[j].start
    verbs = {t.start: t for t in s.toks}
    for d in drafts:
        if d.source is None or d.cue is None or d.content is None or d.form == "phrase":
            continue
        verb = verbs.get(d.cue[0])
        if verb is None or not verb.lemma or _tense(verb) != tense:
            continue
        if not d.cue[1] <= d.content[0] < at < d.content[1] or s.quote_at(at) is not None:
            continue
        # as for any act, the source must be someone who can act ('the union', 'Ruiz');
        # a name before a description set off by a comma is ('Ruiz, an aide, said')
        words = [k for k, t in enumerate(s.toks) if d.source[0] <= t.start < d.source[1]]
        name = next((k for k in words if s.low(k + 1) == ","), words[-1])
        return d if _actor(s, s.toks[name]) else None
    return None
