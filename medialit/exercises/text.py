"""Text helpers for messages and answers: quote once, fold equivalent spellings together."""

from __future__ import annotations

import re
import string
import unicodedata

_OPENS = {"“": "”", "«": "»"}
_CLOSES = {close: open_ for open_, close in _OPENS.items()}
# Outer marks to choose from, in order, each with the marks inside that it would clash
# with. A right single mark inside is most often an apostrophe ("Russia’s"), no clash.
_FORMS = (("“", "”", '"“”„'), ("‘", "’", "‘'"), ("«", "»", "«»"))


def quote(text: str, *, words: int = 0) -> str:
    """Quote text for a message once, cut after `words` words when asked.

    The outer marks never clash with marks inside the text, and a cut never leaves
    a mark open: a mark whose partner was cut off is dropped.

    >>> quote("We received this offer from NATO", words=3)
    '“We received this…”'
    >>> quote("“We received this offer”, after “We have it”", words=3)
    '“We received this…”'
    >>> quote("“We will not be hurried,” the minister said")
    '‘“We will not be hurried,” the minister said’'
    """
    inner = strip_quote_pair(text)
    if _unmatched(inner):
        inner = text.strip()
    parts = inner.split()
    cut = bool(words and len(parts) > words)
    shown = " ".join(parts[:words] if cut else parts)
    drop = _unmatched(shown)
    shown = "".join(ch for i, ch in enumerate(shown) if i not in drop).strip()
    opening, closing = _form(shown)
    return f"{opening}{shown}…{closing}" if cut else f"{opening}{shown}{closing}"


def _form(shown: str) -> tuple[str, str]:
    """The first pair of outer marks that does not clash with the marks inside `shown`."""
    for opening, closing, clashes in _FORMS:
        if not any(ch in clashes for ch in shown):
            return opening, closing
    return "‹", "›"


def _unmatched(text: str) -> set[int]:
    """Positions of the double quote marks in `text` that have no partner."""
    open_at: list[int] = []
    straight: list[int] = []
    lone: set[int] = set()
    for i, ch in enumerate(text):
        if ch in _OPENS:
            open_at.append(i)
        elif ch in _CLOSES:
            if open_at and text[open_at[-1]] == _CLOSES[ch]:
                open_at.pop()
            else:
                lone.add(i)
        elif ch == '"':
            if straight:
                straight.pop()
            else:
                straight.append(i)
    return lone | set(open_at) | set(straight)


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
