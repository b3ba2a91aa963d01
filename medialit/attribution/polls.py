"""Polls as sources: 'In the latest poll, Ruiz leads by five points', 'her gains in polls'.

'In' and a noun phrase whose head is a poll or a survey (`poll_nouns` in
`data/lexicons/attribution_words.json`) name where figures come from, as 'according to'
does: the poll is the source, and the clause beside the phrase (after it when the phrase
opens the sentence, else before it) is the content.
"""

from __future__ import annotations

from medialit.attribution.cues import _credited, _Draft, _inside
from medialit.attribution.spans import _clause_start, _token_after
from medialit.attribution.tokens import _Sent

_HEAD_MAX = 8
"""Words from 'in' to the poll: 'in the previous Post/ABC News national poll'."""

_OPENING_MAX = 16
"""Words from 'in' to the comma that ends an opening phrase ('..., conducted in May,')."""


def _poll_drafts(s: _Sent, drafts: list[_Draft]) -> list[_Draft]:
    """'In this poll, Ruiz leads', 'Ruiz gained ground in two polls': a poll as a source."""
    out: list[_Draft] = []
    start, end = s.sent.start, s.sent.end
    if s.text.find(" poll", start, end) == -1 and s.text.find(" survey", start, end) == -1:
        return out  # the common case: no poll to name
    taken = _credited(drafts)
    taken += [m for d in drafts for m in d.more]
    for k in [k for k, t in enumerate(s.toks) if t.lower == "in"]:
        t = s.toks[k]
        if s.quote_at(t.start) is not None or _inside(t.start, taken):
            continue  # inside words already credited, the poll is part of those words
        head = _poll_head(s, k + 1)
        if head is None:
            continue
        draft = _opening(s, k, head) if _opens(s, k) else _closing(s, k, head, drafts)
        if draft is not None:
            out.append(draft)
    return out


def _poll_head(s: _Sent, j: int) -> int | None:
    """The poll noun that heads the phrase from token j, if one comes before punctuation."""
    w = s.w
    for m in range(j, min(j + _HEAD_MAX, len(s.toks))):
        word = s.low(m)
        if word in w.poll_nouns:
            return m if s.toks[m].text.islower() else None
        if s.toks[m].text in (",", ".", ";", ":", "?", "!"):
            return None
        if s.toks[m].text.islower() and (word in w.clause_openers or word in w.be):
            return None
    return None


def _opens(s: _Sent, k: int) -> bool:
    """Whether 'in' at token k opens its sentence or follows a comma or a conjunction."""
    j = k - 1
    while j >= 0 and s.low(j) in s.w.leading:
        j -= 1
    return j < 0 or s.toks[j].text == ","


def _opening(s: _Sent, k: int, head: int) -> _Draft | None:
    """'In the latest poll, conducted in May, Ruiz leads': the words after the comma."""
    n = len(s.toks)
    commas = [m for m in range(head + 1, min(k + _OPENING_MAX, n - 1)) if s.low(m) == ","]
    # '..., conducted in May, Ruiz leads': a participle after the first comma still tells
    # of the poll, and the clause begins after the next comma
    extra = len(commas) > 1 and s.low(commas[0] + 1).endswith(("ed", "ing"))
    comma = commas[1] if extra else (commas[0] if commas else None)
    if comma is None:
        return None
    last = n - 1 if s.is_punct(n - 1) else n
    if last <= comma + 1:
        return None
    content = s.chars(comma + 1, last)
    return _draft(s, k, s.chars(k + 1, comma), content)


def _closing(s: _Sent, k: int, head: int, before: list[_Draft]) -> _Draft | None:
    """'Ruiz gained ground in two polls': the clause before 'in'."""
    cues = [d.cue[1] for d in before if d.cue and d.cue[1] <= s.toks[k].start]
    floor = _token_after(s, max(cues)) if cues else 0
    start = _clause_start(s, k, floor)
    if start >= k:
        return None
    content = s.chars(start, k)
    if any(d.source and d.source[0] < content[1] and content[0] < d.source[1] for d in before):
        return None  # 'Voters in the poll said ...': the phrase is part of a source
    return _draft(s, k, s.chars(k + 1, head + 1), content)


def _draft(s: _Sent, k: int, source: tuple[int, int], content: tuple[int, int]) -> _Draft:
    cue = (s.toks[k].start, s.toks[k].end)
    entry = {"connotation": "neutral", "explain": _EXPLAIN}
    return _Draft("poll", cue, source, content, "in", entry, cue[0], s.sent.id)


_EXPLAIN = "Names a poll as the source of the figures; ask who ran it, when, and how."
