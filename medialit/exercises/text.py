"""Text helpers for messages and answers: quote once, fold equivalent spellings together."""

from __future__ import annotations

import re
import string
import unicodedata

# Double quotation marks that may open or close a text already: quoting such a text
# again would show two marks side by side.
_EDGE_QUOTES = '"“”„«»'


def quote(text: str, *, words: int = 0) -> str:
    """Quote text for a message once, cut after `words` words when asked.

    >>> quote("We received this offer from NATO", words=3)
    '“We received this…”'
    >>> quote("“We received this offer”, after “We have it”", words=3)
    '“We received this…”'
    """
    parts = strip_quote_pair(text).split()
    cut = bool(words and len(parts) > words)
    shown = " ".join(parts[:words] if cut else parts).strip(_EDGE_QUOTES).strip()
    return f"“{shown}…”" if cut else f"“{shown}”"


_QUOTE_PAIRS = {'"': '"', "'": "'", "“": "”", "”": "”", "„": "“", "‘": "’", "«": "»", "»": "«"}


def strip_quote_pair(text: str) -> str:
    """Take off one pair of quote marks around the whole text, if it has them.

    >>> strip_quote_pair("  “We have received it.”  ")
    'We have received it.'
    """
    text = text.strip()
    if len(text) >= 2 and _QUOTE_PAIRS.get(text[0]) == text[-1]:
        return text[1:-1].strip()
    return text


_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"'})
_PUNCT = str.maketrans(dict.fromkeys(string.punctuation + "–—…«»", " "))
# Contractions are spelled out so that "we've" and "we have" compare equal. "'s" is
# spelled out only after pronouns: after a noun it is a possessive ("TASS's report").
_CONTRACTIONS = [
    (re.compile(r"\b(can)'t\b|\b(can)not\b"), r"\1\2 not"),
    (re.compile(r"\bwon't\b"), "will not"),
    (re.compile(r"\bshan't\b"), "shall not"),
    (re.compile(r"\b(\w+)n't\b"), r"\1 not"),
    (re.compile(r"\blet's\b"), "let us"),
    (re.compile(r"\b(it|that|there|here|what|who|he|she|where|how)'s\b"), r"\1 is"),
    (re.compile(r"\b(\w+)'re\b"), r"\1 are"),
    (re.compile(r"\b(\w+)'ve\b"), r"\1 have"),
    (re.compile(r"\b(\w+)'ll\b"), r"\1 will"),
    (re.compile(r"\bi'm\b"), "i am"),
]


def normalize_text(text: str) -> str:
    """Fold case, quotes, contractions, punctuation and spacing so equivalent answers compare equal.

    >>> normalize_text("  The  “TASS”   agency. ")
    'the tass agency'
    >>> normalize_text("'We've got it, and it's ours'")
    'we have got it and it is ours'
    """
    folded = unicodedata.normalize("NFKC", strip_quote_pair(text)).translate(_QUOTES).casefold()
    for pattern, full in _CONTRACTIONS:
        folded = pattern.sub(full, folded)
    return " ".join(folded.translate(_PUNCT).split())
