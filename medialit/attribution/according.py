"""Phrases that name a source: 'According to X, ...' and '..., according to X'."""

from __future__ import annotations

from medialit.attribution.cues import _Draft, _Phrase
from medialit.attribution.tokens import _Sent


def _phrase_drafts(s: _Sent, phrases: list[_Phrase], end_of_sentence: int) -> list[_Draft]:
    """'According to X, ...' and '..., according to X': a phrase that names a source."""
    toks = s.toks
    n = len(toks)
    drafts: list[_Draft] = []
    for p in phrases:
        if p.entry["role"] != "source":
            continue
        cue = s.chars(p.first, p.last)
        src = s.chars(*p.source)
        after = p.source[1]
        # '..., according to X', '... — or wrong — according to X': the words came first
        before_comma = p.first > 0 and toks[p.first - 1].text in (",", "—", "–", "--")
        if before_comma:
            content = (s.sent.start, toks[p.first - 1].start)
            more = []
            if after < n - 1 and toks[after].text == ",":
                more = [(toks[after + 1].start, end_of_sentence)]
        else:
            start = after + 1 if after < n and toks[after].text in ",:" else after
            if start < n and s.low(start) in s.w.relatives:
                # 'According to NHS Providers, which represents trusts, one in ten ...'
                start = next((k + 1 for k in range(start, n) if toks[k].text == ","), n)
            if start >= n:
                continue
            content, more = (toks[start].start, end_of_sentence), []
        words = " ".join(p.words)
        drafts.append(_Draft("phrase", cue, src, content, words, p.entry, cue[0], s.sent.id, more))
    return drafts
