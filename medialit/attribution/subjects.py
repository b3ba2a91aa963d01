"""Who speaks when no source stands next to the cue: the subject of the cue's clause."""

from __future__ import annotations

from medialit.attribution.lexicons import CLOSE_QUOTES
from medialit.attribution.tokens import _Sent

_BOUNDARIES = frozenset(",;" + CLOSE_QUOTES)
"""Marks after which a clause, and its subject, may begin."""

_NAME_MAX = 6
"""At most this many words in a subject read without a tagger ('Gov. Mike Pence')."""


def _gerund_subject(s: _Sent, k: int) -> tuple[tuple[int, int], int | None] | None:
    """The token range of the subject whose words a gerund after the preposition at token
    k reports, and the comma that ends the gerund's phrase when it opens the sentence.

    'She answered by saying ...': the subject of the clause the phrase belongs to; 'After
    saying ..., she left': the subject of the clause that follows the phrase."""
    w = s.w
    n = len(s.toks)
    if all(s.low(j) in w.leading for j in range(k)):
        comma = next((j for j in range(k + 1, n) if s.toks[j].text == ","), None)
        found = _subject_at(s, comma + 1) if comma is not None else None
        return (found, comma) if found is not None else None
    for j in range(k - 1, -1, -1):
        if j == 0 or s.toks[j - 1].text in _BOUNDARIES or s.low(j - 1) in ("and", "but", "while"):
            found = _subject_at(s, j)
            if found is not None:
                return found, None
    return None


def _subject_at(s: _Sent, j: int) -> tuple[int, int] | None:
    """A pronoun or a name that opens a clause at token j and is followed by its verb."""
    w = s.w
    n = len(s.toks)
    while j < n and (s.low(j) in w.leading or s.toks[j].text in CLOSE_QUOTES):
        j += 1  # 'After saying it was “too late,” she left': the quote closed at the comma
    if j >= n:
        return None
    if s.low(j) in w.subject_pronouns:
        end = j + 1
    elif s.low(j) in w.determiners and s.low(j) not in w.pronouns:
        end = _noun_phrase_end(s, j + 1)
    else:
        end = j
        while end < n and end - j < _NAME_MAX and (_name_word(s, end) or _title(s, j, end)):
            end += 1
    if end > j and end + 2 < n and s.low(end) in ("'s", "’s") and s.low(end + 1) in w.actors:
        end += 2  # 'the mayor's aides praised ... and called on ...': the owner's people
    if end == j or end >= n or s.low(end) in ("'s", "’s"):
        return None  # 'Oz's show proved': the possessor is not the subject
    after = s.toks[end].text
    return (j, end) if after[:1].islower() or after in (",", "(") else None


def _title(s: _Sent, j: int, k: int) -> bool:
    """'Democratic nominee Ana Ruiz': a word for a person's post between capitals."""
    word = s.toks[k].text
    if k == j or not word.islower() or not s.toks[k + 1 : k + 2] or not _name_word(s, k + 1):
        return False
    from medialit.sources.lexicons import _lexicon

    lex = _lexicon()
    return word in lex.titles or word in lex.lower_heads or word.endswith("ee")


def _name_word(s: _Sent, k: int) -> bool:
    text = s.toks[k].text
    return text[:1].isupper() or (text in (".", "-") and k > 0 and s.toks[k - 1].text[:1].isupper())


def _noun_phrase_end(s: _Sent, k: int) -> int:
    """Where 'the senator' or 'the Senate majority leader' ends: capitalised words, then
    one word in lower case for its head (no tagger tells a noun from a verb)."""
    n = len(s.toks)
    while k < n and s.toks[k].text[:1].isupper():
        k += 1
    if k < n and s.toks[k].text.isalpha() and s.toks[k].text.islower():
        k += 1
    return k


def _joined(s: _Sent, i: int) -> int | None:
    """The 'and' or 'but' that joins the verb at token i to a clause before ('... and has
    said'), if one does."""
    j = i - 1
    while j > 0 and (s.low(j) in s.w.auxiliaries or s.low(j) in s.w.be):
        j -= 1
    return j if j > 0 and s.low(j) in ("and", "but") else None
