"""One sentence's tokens, read cheaply from the parsed Doc, with its paragraph's quotations."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

import numpy
from spacy.strings import StringStore

from medialit.article import Sentence
from medialit.attribution.lexicons import _PUNCT, _known_lemmas, _words


class _Tok(NamedTuple):
    start: int
    end: int
    text: str
    lower: str
    lemma: str
    """The lemma when it is a reporting verb or a claim noun, else ''."""
    verb: bool | None
    """From a trained tagger when there is one; None means unknown."""


def _tokens(
    text: str,
    table: Any,
    strings: StringStore,
    sent: Sentence,
    tagged: bool,
    closers: frozenset[int] = frozenset(),
) -> list[_Tok]:
    """The sentence's tokens, read from the Doc's arrays (cheaper than Token objects).

    A '’' that closes no quotation is an apostrophe ('the players’ union'), so it is
    spelled "'" here and the rules never read it as the end of a quote."""
    first, last = numpy.searchsorted(table[:, 0], [sent.start, sent.end])
    known = _known_lemmas(strings)
    toks = []
    new = tuple.__new__  # skips NamedTuple's Python-level __new__: this loop is the hot path
    for idx, length, space, lemma, tag in table[first:last].tolist():
        if space:
            continue
        word = text[idx : idx + length]
        if word == "’" and idx not in closers:
            word = "'"
        elif word in _SPELLED_MARKS:
            # "''" read as a quote mark and a space: the token is the mark alone
            idx, length, word = idx + word.index(word.strip()), 1, word.strip()
        verb = strings[tag].startswith("VB") if tagged else None
        toks.append(new(_Tok, (idx, idx + length, word, word.lower(), known.get(lemma, ""), verb)))
    return toks


_SPELLED_MARKS = frozenset({" “", "” "})
"""How `quotes._with_quote_marks` spells a pair of apostrophes that stands for a quote mark."""


def _nobody() -> dict[int, tuple[int, int]]:
    return {}


class _Sent:
    """One sentence's tokens and the quotations of its paragraph."""

    def __init__(
        self,
        text: str,
        sent: Sentence,
        toks: list[_Tok],
        quotes: list[tuple[int, int]],
        credited: Callable[[], dict[int, tuple[int, int]]] | None = None,
    ) -> None:
        self.text = text
        self.sent = sent
        self.toks = toks
        self.quotes = quotes
        self.w = _words()
        self.credited = credited or _nobody
        """Cue start -> the speaker the sources analyzer credits with that cue; computed on
        the first call, since few sentences need it."""

    def low(self, i: int) -> str:
        return self.toks[i].lower if 0 <= i < len(self.toks) else ""

    def is_punct(self, i: int) -> bool:
        return 0 <= i < len(self.toks) and self.toks[i].text in _PUNCT

    def chars(self, first: int, last: int) -> tuple[int, int]:
        """Character offsets of tokens first..last-1."""
        return self.toks[first].start, self.toks[last - 1].end

    def quote_at(self, pos: int) -> tuple[int, int] | None:
        for q in self.quotes:
            if q[0] <= pos < q[1]:
                return q
        return None
