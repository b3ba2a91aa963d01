"""Sources named after the words they report, with no quote marks: after the verb ('...,
said Ann Lee') or before it, set off by an apposition ('..., Ann Lee, a professor, said')."""

from __future__ import annotations

from typing import Any

from medialit.attribution.cues import _Draft, _is_verb, _Phrase
from medialit.attribution.lexicons import _NAMED_SOURCE_MAX, _SOURCE_MAX, CLOSE_QUOTES, OPEN_QUOTES
from medialit.attribution.spans import (
    _content_before,
    _cut_at_links,
    _first_person,
    _is_tail,
    _split_quote,
)
from medialit.attribution.tokens import _Sent

_SENTENCE_END = frozenset(".!?")
_STOPS = frozenset(OPEN_QUOTES + CLOSE_QUOTES + ";:()")


def _inverted(
    s: _Sent,
    b: int,
    i: int,
    last: int,
    name: tuple[int, int],
    entry: dict[str, Any],
    cue: tuple[int, int],
    phrases: list[_Phrase],
) -> _Draft | None:
    """'The plan will fail, said Ann Lee': the source follows the verb."""
    content = _content_before(s, b - 1, [])
    if content is None:
        return None
    src = _cut_at_links(s, name[0], name[1], phrases)
    d = _Draft("inverted", cue, src, content, s.toks[i].lemma, entry, content[0], s.sent.id)
    d.unmarked_quote = _first_person(s, content)
    tail_end = name[1]
    while tail_end < len(s.toks) and not s.is_punct(tail_end):
        tail_end += 1
    _split_quote(s, d, tail_end)
    return d


def _apposed(
    s: _Sent, comma: int, last: int, lemma: str, drafts: list[_Draft], phrases: list[_Phrase]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """'The plan will fail, Ann Lee, a professor at Leeds, said': a source and its apposition
    between commas, then the verb and at most a tail ('on Monday', 'told reporters') to the
    sentence's end. The source as a quote before it would give it; the words are the clause
    before the first comma, taken from a sourceless passive it holds. Source and content,
    or None."""
    toks, n = s.toks, len(s.toks)
    tail_end = last
    while tail_end < n and not s.is_punct(tail_end):
        tail_end += 1
    # '..., Ann Lee, a professor, said, adding that ...': a participle reports more of hers
    adding = s.low(tail_end) == "," and s.low(tail_end + 1).endswith("ing")
    rest = n if adding and toks[tail_end + 1].lemma in s.w.verbs else tail_end
    if any(toks[k].text not in _SENTENCE_END for k in range(rest, n)):
        return None  # more follows: '..., Ann Lee, a professor, said the figures ...'
    if not _is_tail(s, toks[last:tail_end], lemma):
        return None
    found = _two_commas(s, comma)
    if found is None:
        return None
    first, mid = found
    aside = toks[mid + 1].text
    relative = aside.lower() in s.w.relatives
    if not _is_name(s, first, mid) or not (relative or _is_aside(s, aside)):
        return None
    # a relative clause may hold a verb ('a spokesman, who asked not to be named, told ...')
    end = mid if relative else comma  # 'the minister, who arrived on Monday, said'
    if any(s.toks[k].lemma in s.w.verbs and _is_verb(s, k) for k in range(first, end)):
        return None  # '..., the firms suing the city, its lawyers, said': a clause
    prev = next((d for d in reversed(drafts) if d.form != "phrase"), None)
    hearsay = prev if prev is not None and prev.source is None and prev.form == "passive" else None
    content = _content_before(s, first - 1, [d for d in drafts if d is not hearsay])
    if content is None:
        return None
    opening = s.text[content[0] : content[1]].split()[0].lower()
    if opening in s.w.prepositions and "," not in s.text[content[0] : content[1]]:
        return None  # 'In Leeds, Ann Lee, a professor, said': an opening phrase, no words
    if hearsay is not None:
        drafts.remove(hearsay)  # 'X is expected to ..., Ann Lee, an economist, said': hers
    return _cut_at_links(s, first, end, phrases), content


def _two_commas(s: _Sent, comma: int) -> tuple[int, int] | None:
    """The first token of the stretch of two parts in commas that ends at token `comma`, and
    the comma between its parts."""
    mid = None
    k = comma - 1
    while k > 0 and comma - k <= _NAMED_SOURCE_MAX:
        text = s.toks[k].text
        if text in _STOPS:
            return None
        if text == ",":
            if mid is not None:
                return (k + 1, mid) if k + 1 < mid and mid + 1 < comma else None
            mid = k
        k -= 1
    return None


def _is_name(s: _Sent, first: int, mid: int) -> bool:
    """A short noun phrase that may name a speaker: not a list's last item ('and Ann Lee')
    nor a phrase that opens with a preposition or a conjunction."""
    w, low = s.w, s.low(first)
    if mid - first > _SOURCE_MAX or low in w.leading or low in w.prepositions:
        return False
    return low not in w.clause_openers and low not in w.relatives


def _is_aside(s: _Sent, word: str) -> bool:
    """An apposition opens with a determiner ('a professor'), an age ('54') or a name
    ('Leeds City Council's leader')."""
    return word.lower() in s.w.determiners or word.isdigit() or word[:1].isupper()
