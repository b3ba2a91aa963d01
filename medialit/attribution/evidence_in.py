"""A poll or a study named at the start of a sentence with 'in': 'In the latest poll, Ruiz
leads by four points'.

The record is the source of what the sentence goes on to say, as it is in 'The latest poll
shows Ruiz ahead'; the nouns for records are `evidence` in `data/lexicons/act_verbs.json`.
"""

from __future__ import annotations

from medialit.attribution.cues import _Draft
from medialit.attribution.tokens import _Sent

_PHRASE_MAX = 10
"""Tokens up to the noun for the record ("In the previous Herald/Ipsos national poll")."""


def _evidence_in_drafts(s: _Sent, drafts: list[_Draft]) -> list[_Draft]:
    """'In this poll, ...': the record credited with the rest of the sentence."""
    w, toks = s.w, s.toks
    k = 0
    while k < len(toks) and s.low(k) in w.leading:
        k += 1
    if s.low(k) != "in" or any(d.cue and d.cue[0] < toks[-1].end for d in drafts):
        return []
    noun = next(
        (j for j in range(k + 1, min(len(toks), k + _PHRASE_MAX)) if s.low(j) in w.evidence),
        None,
    )
    if noun is None or any(s.is_punct(j) for j in range(k + 1, noun)):
        return []
    comma = _comma_after(s, noun)
    if comma is None or comma + 1 >= len(toks) - 1:
        return []
    content = (toks[comma + 1].start, toks[-1].end)
    cue, source = s.chars(k, k + 1), s.chars(k + 1, noun + 1)
    return [_Draft("evidence_in", cue, source, content, "in", {}, toks[k].start, s.sent.id)]


def _comma_after(s: _Sent, noun: int) -> int | None:
    """The comma that closes the phrase of the record: right after its noun, or after a
    participle set off by commas ('In the May poll, taken before the debate, ...')."""
    if s.low(noun + 1) != ",":
        return None
    if s.toks[noun + 2 : noun + 3] and s.toks[noun + 2].lower.endswith(("ed", "en")):
        return next((j for j in range(noun + 3, len(s.toks)) if s.low(j) == ","), None)
    return noun + 1
