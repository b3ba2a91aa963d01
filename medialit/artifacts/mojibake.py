"""Garbled characters: text decoded with the wrong character encoding, checked by ftfy."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from medialit.artifacts import mojibake_lost
from medialit.artifacts.common import beyond_ascii
from medialit.artifacts.model import Artifact, flag

# Letters that UTF-8 text read as Latin-1 or Windows-1252 turns into; checked by ftfy.
# The flag stops before the sentence's own punctuation ("Â«absurdÂ»." flags "Â«absurdÂ»").
_MOJIBAKE_HINT = re.compile(
    r"\S*(?:[ÃÂâÅÄÐÑ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ ¡-¿]|�)\S*?(?=[.,;:!?)\]\"']*(?:\s|$))"
)


_MOJIBAKE_LEAD = re.compile("[ÃÂâÅÄÐÑ�]")


def detect(text: str, visible: str) -> Iterator[Artifact]:
    """Garbled characters, with ftfy's repair where one exists."""
    if not _MOJIBAKE_LEAD.search(beyond_ascii(visible)):
        return
    candidates = list(_MOJIBAKE_HINT.finditer(visible))
    if not candidates:
        return
    import ftfy  # imported only when a text shows signs of garbling: it takes ~50 ms to load

    for m in candidates:
        fixed = ftfy.fix_encoding(m.group())
        if "�" in m.group():
            explanation = (
                "A replacement character (�): a letter was lost when the text was decoded "
                "with the wrong character encoding, and cannot be recovered from this copy."
            )
            yield flag(text, m.start(), m.end(), "mojibake", explanation, None, "mojibake:lost")
        elif fixed != m.group():
            explanation = (
                "Garbled letters (mojibake): UTF-8 text was read as another encoding "
                "somewhere between the source and this page, a sign of copying."
            )
            yield flag(text, m.start(), m.end(), "mojibake", explanation, fixed, "mojibake:ftfy")


# Chinese characters inside English words: UTF-8 punctuation read as GBK or Big5 ("鈥檚" for
# "’s"); the repair encodes them back and decodes the bytes as UTF-8.
_CJK_RUN = re.compile(r"[\w’']*[\u3000-\u9fff\uf900-\ufaff]+[\w’']*")
_CJK_CHAR = re.compile("[\u3000-\u9fff\uf900-\ufaff]")
_SCRIPT_WORD = re.compile(r"[^\W\d_]{2,}")
_GREEK_OR_CYRILLIC = re.compile("[\u0370-\u04ff]")
_ACUTE_APOSTROPHE = re.compile(r"(?<=[A-Za-z])[´`](?=(?:s|t|re|ll|ve|d|m)\b)")


def _cjk_repair(found: str) -> str | None:
    for codec in ("gbk", "big5"):
        try:
            fixed = found.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if not _CJK_RUN.search(fixed):
            return fixed
    return None


def _scripts(word: str) -> set[str]:
    import unicodedata

    return {unicodedata.name(c, "?").split()[0] for c in word if c.isalpha()}


def detect_other(text: str, visible: str) -> Iterator[Artifact]:
    """Punctuation read as GBK or Big5, letters of two scripts in one word, acute apostrophes."""
    if visible.isascii():
        return
    rare = beyond_ascii(visible)
    cjk = list(_CJK_RUN.finditer(visible)) if _CJK_CHAR.search(rare) else []
    latin = sum(c.isascii() and c.isalpha() for c in visible) if cjk else 0
    for m in cjk if latin > len(visible) // 3 else ():
        fixed = _cjk_repair(m.group())
        if fixed is not None:
            explanation = (
                "Chinese characters inside English words: curly quotes or apostrophes encoded "
                "as UTF-8 and read as a Chinese encoding (GBK or Big5) on the way to this page."
            )
            yield flag(text, m.start(), m.end(), "mojibake", explanation, fixed, "mojibake:cjk")
    # A word of two look-alike alphabets holds a Greek or Cyrillic letter.
    for m in _SCRIPT_WORD.finditer(visible) if _GREEK_OR_CYRILLIC.search(rare) else ():
        if m.group().isascii():
            continue
        scripts = _scripts(m.group()) & {"LATIN", "CYRILLIC", "GREEK"}
        if len(scripts) > 1:
            explanation = (
                "This word mixes letters of two alphabets that look alike (such as Latin and "
                "Cyrillic): the text was retyped or converted between encodings."
            )
            yield flag(text, m.start(), m.end(), "mojibake", explanation, None, "mojibake:scripts")
    for m in _ACUTE_APOSTROPHE.finditer(visible) if "´" in visible or "`" in visible else ():
        explanation = (
            "An accent (´ or `) where an apostrophe belongs: the apostrophe was lost in a "
            "conversion between encodings or keyboards."
        )
        yield flag(text, m.start(), m.end(), "mojibake", explanation, "’", "mojibake:apostrophe")


# Lines with a character beyond ASCII and ordinary typography are given to ftfy whole: a
# garbled word is often recognised only with its neighbours (Cyrillic read as Windows-1251,
# Greek read as Mac Roman, any text read as the DOS code page).
_UNUSUAL = re.compile(r"[^\x00-\x7f’‘“”—–…«»•€£°·×]")
_TOKEN = re.compile(r"\S+")


def detect_lines(text: str, visible: str) -> Iterator[Artifact]:
    """Words that ftfy repairs when it reads their whole line: mojibake of any common encoding."""
    if not _UNUSUAL.search(beyond_ascii(visible)):
        return
    import ftfy

    explanation = (
        "Garbled letters (mojibake): the text was encoded in one character set and read in "
        "another (such as Windows-1251, Mac Roman or the DOS code page) on its way here."
    )
    for begin, line in _unusual_lines(visible):
        fixed = ftfy.fix_encoding(line)
        if fixed == line:
            continue
        before, after = list(_TOKEN.finditer(line)), _TOKEN.findall(fixed)
        if len(before) != len(after):
            yield flag(
                text, begin, begin + len(line), "mojibake", explanation, fixed, "mojibake:line"
            )
            continue
        for token, repaired in zip(before, after, strict=True):
            if token.group() != repaired:
                start, end = begin + token.start(), begin + token.end()
                yield flag(text, start, end, "mojibake", explanation, repaired, "mojibake:line")


def _unusual_lines(visible: str) -> Iterator[tuple[int, str]]:
    """(start, text) of each line holding an unusual character, in order.

    The search goes from one unusual character to the next and takes the line around it,
    so the text is read once rather than line by line.
    """
    pos = 0
    while (m := _UNUSUAL.search(visible, pos)) is not None:
        start = visible.rfind("\n", 0, m.start()) + 1
        end = visible.find("\n", m.end())
        end = len(visible) if end == -1 else end
        yield start, visible[start:end]
        pos = end


def find(text: str, visible: str) -> list[Artifact]:
    """Every kind of mojibake, once: repairs (ftfy's first), then what no repair restores.

    >>> [(a.rule, a.suggestion) for a in find("It wasnâ€t ready.", "It wasnâ€t ready.")]
    [('mojibake:lost_byte', '’')]
    """
    candidates = [
        replace(found, suggestion=mojibake_lost.finish(found.suggestion))
        if found.suggestion
        else found
        for found in (
            *detect(text, visible),
            *mojibake_lost.detect(text, visible),
            *detect_other(text, visible),
            *detect_lines(text, visible),
        )
    ]
    found: list[Artifact] = []
    # A rule that repairs the words wins over one that only finds them.
    for candidate in sorted(candidates, key=lambda a: a.suggestion is None):
        if not any(f.start < candidate.end and candidate.start < f.end for f in found):
            found.append(candidate)
    return sorted(found, key=lambda a: (a.start, a.end))
