"""Chains: who passed the words on ('quoted by', 'citing', 'quoted X as saying')."""

from __future__ import annotations

from typing import Any

from medialit.attribution.cues import _Draft, _passive, _Phrase
from medialit.attribution.spans import _clause_start, _content_after, _strip_source
from medialit.attribution.tokens import _Sent


def _as_saying(
    s: _Sent,
    i: int,
    last: int,
    entry: dict[str, Any],
    phrases: list[_Phrase],
    used_links: set[int],
) -> _Draft | None:
    """'TASS quoted the ministry as saying ...' and 'the ministry was quoted by TASS as saying'."""
    toks = s.toks
    if s.low(i - 1) != "as":
        return None
    q = next((k for k in range(i - 2, -1, -1) if toks[k].lemma == "quote"), None)
    if q is None:
        return None
    start, _ = _content_after(s, last, phrases)
    if start >= len(toks):
        return None
    content = (toks[start].start, toks[-1].end)
    cue = s.chars(i - 1, last)
    sid = s.sent.id
    if _passive(s, q):
        j = q - 1
        while s.low(j) not in s.w.be:
            j -= 1
        b = _clause_start(s, j, 0)
        sb, se = _strip_source(s, b, j)
        if sb >= se:
            return None
        d = _Draft(
            "preposed", cue, s.chars(sb, se), content, toks[i].lemma, entry, toks[sb].start, sid
        )
        for k, p in enumerate(phrases):
            if q <= p.first < i:
                d.chain.append((s.chars(p.first, p.last), s.chars(*p.source), p.entry["role"]))
                used_links.add(k)
        return d
    name = (q + 1, i - 1)
    b = _clause_start(s, q, 0)
    sb, se = _strip_source(s, b, q)
    if name[0] >= name[1] or sb >= se:
        return None
    d = _Draft("preposed", cue, s.chars(*name), content, toks[i].lemma, entry, toks[sb].start, sid)
    d.chain.append((s.chars(q, q + 1), s.chars(sb, se), "intermediary"))
    return d


def _attach_links(
    s: _Sent, drafts: list[_Draft], phrases: list[_Phrase], used_links: set[int]
) -> None:
    """Hang each 'quoted by X' / 'citing X' on the attribution it belongs to."""
    for k, p in enumerate(phrases):
        if p.entry["role"] == "source" or k in used_links:
            continue
        start = s.toks[p.first].start
        link = (s.chars(p.first, p.last), s.chars(*p.source), p.entry["role"])
        inside = [d for d in drafts if d.cue and d.source and d.source[1] <= start < d.cue[0]]
        before = [d for d in drafts if d.cue and d.cue[0] < start and d.form != "phrase"]
        after = [d for d in drafts if d.cue and d.cue[0] > start]
        targets = inside or before[-1:] or after[:1]
        if targets:
            targets[0].chain.append(link)
        elif (d := _reported_by(s, p)) is not None:
            drafts.append(d)
            drafts.sort(key=lambda d: d.cue[0] if d.cue else d.region)
    # 'According to TASS, the ministry said ...': TASS passed the ministry's words on.
    for d in list(drafts):
        if d.form != "phrase" or d.content is None or d.cue is None or d.source is None:
            continue
        inside = [
            o for o in drafts if o is not d and o.cue and d.content[0] <= o.cue[0] < d.content[1]
        ]
        if inside:
            inside[0].chain.append((d.cue, d.source, "intermediary"))
            drafts.remove(d)


def _reported_by(s: _Sent, p: _Phrase) -> _Draft | None:
    """'The story was first reported by the Herald.': with no words of someone else to pass
    on, 'reported by X' makes X the source of the clause before it, as a passive would."""
    if p.entry["role"] != "intermediary" or s.low(p.first) == "in":
        return None
    j = p.first
    while j > 0 and (s.low(j - 1) in s.w.be or s.low(j - 1) in s.w.auxiliaries):
        j -= 1  # 'was first', 'has been'
    b = _clause_start(s, j, 0)
    if j == p.first or b >= j:
        return None
    cue = (s.toks[j].start, s.toks[p.last - 1].end)
    words = " ".join(p.words)
    return _Draft(
        "postposed", cue, s.chars(*p.source), s.chars(b, j), words, p.entry, cue[0], s.sent.id
    )
