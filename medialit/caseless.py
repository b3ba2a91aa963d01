"""A text lowered so that a plain `in` test tells where a case-blind pattern may match.

Rules written as case-blind regular expressions are many, and most of them cannot match a
given text at all: each names a word that must be in its match. Testing that word against
the lowered text once is far cheaper than trying the pattern at every position.

>>> "period" in caseless("The 1998 PERIOD")
True
"""

from __future__ import annotations

# Characters that a case-blind pattern of Python's `re` takes for an ASCII letter and that
# `str.lower` does not lower to it: dotless i, long s, and the dot that lowering a dotted
# capital I leaves after its i (the Kelvin sign already lowers to k).
_TO_ASCII = (("ı", "i"), ("ſ", "s"), ("\u0307", ""))


def caseless(text: str) -> str:
    """The text lowered, with every character a case-blind ASCII letter matches made that letter.

    A case-blind pattern that holds an ASCII word can only match where `word in caseless(text)`.
    Offsets are not kept: use it only to test whether a word occurs.

    >>> caseless("İSTANBUL ſtreet")
    'istanbul street'
    """
    low = text.lower()
    if not low.isascii():
        for char, letter in _TO_ASCII:
            low = low.replace(char, letter)
    return low


__all__ = ["caseless"]
