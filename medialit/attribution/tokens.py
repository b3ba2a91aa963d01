"""One sentence's tokens, read cheaply from the parsed Doc, with its paragraph's quotations."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from functools import cached_property
from itertools import compress, count, repeat
from operator import attrgetter
from typing import Any, NamedTuple

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


class _DocTokens(NamedTuple):
    """The tokens of a whole Doc but its white space, made once and sliced per sentence."""

    starts: list[int]
    """Where each token starts in the Doc (before a quote mark is respelled)."""
    toks: list[_Tok]
    closing: list[int]
    """Indices of the '’' tokens, which are apostrophes unless they close a quotation."""
    lemma_hashes: list[int]
    """Each token's lemma as the Doc's hash, read once for `_Tok.lemma` and the cues."""


def _doc_tokens(text: str, table: Any, strings: StringStore, tagged: bool) -> _DocTokens:
    """Every token but white space, read from the Doc's arrays in a few passes over columns.

    Quote marks spelled with a space are respelled here; a '’' is left for `_tokens`, which
    knows the paragraph's quotations.
    """
    rows = table[table[:, 2] == 0] if len(table) else table
    starts: list[int] = rows[:, 0].tolist()
    ends: list[int] = (rows[:, 0] + rows[:, 1]).tolist()
    words = [text[a:b] for a, b in zip(starts, ends, strict=True)]
    doc_starts = list(starts)
    # most texts hold no such mark: asked first of all the words at once, in C
    spelled = not _SPELLED_MARKS.isdisjoint(words)
    for i in [i for i, word in enumerate(words) if word in _SPELLED_MARKS] if spelled else []:
        # "''" read as a quote mark and a space: the token is the mark alone
        word = words[i]
        ends[i] = starts[i] + word.index(word.strip()) + 1
        starts[i], words[i] = ends[i] - 1, word.strip()
    known = _known_lemmas(strings)
    hashes = rows[:, 3].tolist()
    lemmas = map(known.get, hashes, repeat(""))
    verbs = (strings[t].startswith("VB") for t in rows[:, 4].tolist()) if tagged else repeat(None)
    # Not strict: without a tagger `verbs` repeats None for ever, and the words end the rows.
    columns = zip(starts, ends, words, map(str.lower, words), lemmas, verbs, strict=False)
    # Each row made into a _Tok in C (tuple.__new__), with no Python code run per token.
    toks: list[_Tok] = list(map(tuple.__new__, repeat(_Tok), columns))
    closing = [i for i, word in enumerate(words) if word == "’"] if "’" in text else []
    return _DocTokens(doc_starts, toks, closing, hashes)


def _tokens(doc: _DocTokens, sent: Sentence, closers: frozenset[int] = frozenset()) -> list[_Tok]:
    """The sentence's tokens (cheaper than Token objects).

    A '’' that closes no quotation is an apostrophe ('the players’ union'), so it is
    spelled "'" here and the rules never read it as the end of a quote."""
    first, last = bisect_left(doc.starts, sent.start), bisect_left(doc.starts, sent.end)
    toks = doc.toks[first:last]
    for i in doc.closing[bisect_left(doc.closing, first) : bisect_left(doc.closing, last)]:
        if toks[i - first].start not in closers:
            toks[i - first] = toks[i - first]._replace(text="'", lower="'")
    return toks


_SPELLED_MARKS = frozenset({" “", "” "})
"""How `quotes._with_quote_marks` spells a pair of apostrophes that stands for a quote mark."""


_LEMMA = attrgetter("lemma")
_LOWER = attrgetter("lower")


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
        # Read once here, by every rule after: each column made in C, with no Python code
        # run per token.
        lemmas = list(map(_LEMMA, toks))
        self.lemma_at = list(compress(count(), lemmas))
        """Indices of the tokens with a known lemma, the only ones a cue may stand at."""
        self.lemmas = frozenset(lemmas)
        """The sentence's known lemmas: a rule whose lemmas are all missing is skipped."""
        self.lowers = frozenset(map(_LOWER, toks))
        """The sentence's words in lower case: a rule whose words are all missing is skipped."""

    @cached_property
    def headline(self) -> bool:
        """A headline in title case: most of its words, four or more, start with a capital."""
        words = [t.text for t in self.toks if t.text[:1].isalpha()]
        capitals = sum(w[:1].isupper() for w in words)
        return len(words) >= 4 and capitals >= 0.8 * len(words)

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
