"""Garbled text that no encoding repair restores: a lost byte, a question mark, a lost letter.

ftfy repairs mojibake when every byte of a letter survived ("Ã©" is "é"). A copy that went
through two conversions often lost one byte ("â€" with no third letter, "Ã" before a space),
put a question mark where a letter or a curly quote could not be written ("don?t"), kept a
run of code-page symbols inside a word, or dropped a letter of another alphabet altogether
("Mnchen"). Each kind is one rule; its table lives in `data/lexicons/mojibake.json`.

>>> [a.rule for a in detect("He said it wasn?t so.", "He said it wasn?t so.")]
['mojibake:question_mark']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from medialit import resources as res
from medialit.artifacts.common import beyond_ascii, zipf
from medialit.artifacts.model import Artifact, flag

_EXPLAIN = {
    "lost_byte": "Garbled letters with a byte missing: UTF-8 text was read as Windows-1252 "
    "or Latin-1 and one byte of a letter or curly quote was dropped, so no tool can decode "
    "it back; only the sense tells what stood here.",
    "question_mark": "A question mark inside a word: a letter or a curly apostrophe that the "
    "page's character set could not hold was replaced by “?” on the way to this page.",
    "lost_quotes": "Question marks around words: curly quotation marks that the page's "
    "character set could not hold were replaced by “?” on the way to this page.",
    "symbol_run": "Code-page symbols inside a word: the bytes of a letter or an apostrophe "
    "were read one by one in the wrong character encoding.",
    "code_page": "A word made only of accented letters: text of another alphabet (such as "
    "Cyrillic in Windows-1251) was read with a Western code page.",
    "box_drawing": "Box-drawing signs among letters: UTF-8 text was read with an old DOS or "
    "KOI8 code page, which shows its bytes as lines and corners.",
    "lost_script": "Question marks where words stood: text in another alphabet (Cyrillic, "
    "Arabic, Chinese...) was saved in a character set that cannot hold it, and every letter "
    "became “?”. The words cannot be recovered from this copy.",
    "entity": "An HTML character reference (such as &rsquo;) left as text: the page's code "
    "was copied instead of the character it stands for.",
    "escape": "An escape sequence (such as \\u2019) left as text: the page's data was copied "
    "instead of the character it stands for.",
    "lost_letter": "A letter seems to be missing from this name or word: a letter of another "
    "alphabet was dropped when the text passed through an encoding that lacks it.",
}


def _flag(text: str, start: int, end: int, kind: str, fix: str | None) -> Artifact:
    return flag(text, start, end, "mojibake", _EXPLAIN[kind], fix, f"mojibake:{kind}")


# "â€" is the start of every curly quote in UTF-8 read as Windows-1252; the third letter
# must be one of the code page's upper half. "Ã" before a space is "à" whose no-break
# space became a plain one; before a small ASCII letter it lost its second byte.
_LOST_QUOTE = re.compile(r"â€(?=[\sA-Za-z0-9.,;:!?)\"']|$)")
_LOST_A = re.compile(r"Ã(?=[ a-z]|$)")
_LOST_SPACE = re.compile(r"Â(?=[\sa-z0-9]|$)")


def _quote_fix(visible: str, start: int, end: int) -> str:
    before = visible[start - 1] if start else " "
    after = visible[end] if end < len(visible) else " "
    if before.isalpha() and after.isalpha():
        return "’"
    return "“" if before.isspace() else "”"


def _lost_bytes(text: str, visible: str) -> Iterator[Artifact]:
    if "â€" in visible:
        for m in _LOST_QUOTE.finditer(visible):
            yield _flag(text, m.start(), m.end(), "lost_byte", _quote_fix(visible, *m.span()))
    if "Ã" in visible:
        for m in _LOST_A.finditer(visible):
            word = re.search(r"\S*$", visible[max(0, m.start() - 30) : m.start()])
            if word is not None and word.group().isupper():
                continue  # "SÃO": Portuguese in capitals
            if visible[m.end() : m.end() + 1] == " ":
                yield _flag(text, m.start(), m.end() + 1, "lost_byte", "à")
                continue
            start = m.start() - len(word.group()) if word is not None else m.start()
            end = _word_end(visible, m.end())
            fix = _undefined_letter(visible[start : m.start()], visible[m.end() : end])
            yield _flag(text, start, end, "lost_byte", fix)
    if "ï¿½" in visible:
        for at in _all(visible, "ï¿½"):
            yield _flag(text, at, at + 3, "lost_byte", None)
    if "Â" in visible:
        for m in _LOST_SPACE.finditer(visible):
            before, after = visible[m.start() - 1 : m.start()], visible[m.end() : m.end() + 1]
            if before.isupper() or (after.isalpha() and not before.isalpha()):
                continue  # "ÂGE", "Ângela": a capital of Portuguese, French or Romanian
            yield _flag(text, m.start(), m.end(), "lost_byte", "")


def _all(visible: str, needle: str) -> Iterator[int]:
    at = visible.find(needle)
    while at != -1:
        yield at
        at = visible.find(needle, at + 1)


def _word_end(visible: str, pos: int) -> int:
    while pos < len(visible) and visible[pos].isalpha():
        pos += 1
    return pos


def _undefined_letter(left: str, right: str) -> str | None:
    """The word with the capital whose second byte Windows-1252 leaves undefined ("Á")."""
    least = res.load_lexicon("mojibake")["min_lost_letter_zipf"]
    scored = [
        (zipf((left + letter + right).lower()), left + letter + right)
        for letter in res.load_lexicon("mojibake")["undefined_after_a_tilde"]
    ]
    best = max(scored)
    return best[1] if best[0] >= least else None


_QUESTION = re.compile(r"\?(?<=[A-Za-z]\?)(?=[a-z])(?!\w*=)")
_QUOTED = re.compile(r"\?(?<![^\s(]\?)[A-Za-z][^?\n]{0,80}?[A-Za-z.,!]\?(?=[\s.,;:)]|$)")
_WORD_AROUND = re.compile(r"[A-Za-z]*\?[A-Za-z]+")


_ADDRESS = re.compile(r"[/=&@#]|www")


def _token(visible: str, start: int) -> str:
    end = visible.find(" ", start)
    return visible[start : end if end != -1 else len(visible)]


def _question_marks(text: str, visible: str) -> Iterator[Artifact]:
    if "?" not in visible:
        return
    endings = frozenset(res.load_lexicon("mojibake")["contraction_endings"])
    for m in _QUESTION.finditer(visible):
        start = visible.rfind(" ", 0, m.start()) + 1
        word = _WORD_AROUND.match(visible, start)
        if word is None or word.end() <= m.start() or _ADDRESS.search(_token(visible, start)):
            continue
        left, right = visible[word.start() : m.start()], visible[m.end() : word.end()]
        fix = f"{left}’{right}" if right in endings else _with_letter(left, right)
        yield _flag(text, word.start(), word.end(), "question_mark", fix)
    for m in _QUOTED.finditer(visible):
        fix = "“" + m.group()[1:-1] + "”"
        yield _flag(text, m.start(), m.end(), "lost_quotes", fix)


# Windows-1252's upper half that no English word holds, and that a byte read alone shows.
_SYMBOLS = "¡¢£¤¥¦§¨©ª«¬®¯°±²³µ¶·¸¹º»¼½¾¿ƒ„†‡ˆ‰‹›˜™€Â"
_SYMBOL_RUN = re.compile(f"[{_SYMBOLS}]+(?<=[A-Za-z][{_SYMBOLS}])(?=[A-Za-z])")
_SYMBOL = re.compile(f"[{_SYMBOLS}]")


def _symbol_runs(text: str, visible: str) -> Iterator[Artifact]:
    if visible.isascii() or not _SYMBOL.search(beyond_ascii(visible)):
        return
    for m in _SYMBOL_RUN.finditer(visible):
        if m.group() == "Â":
            continue  # left to the lost-byte rule
        start = m.start()
        while start and visible[start - 1].isalpha():
            start -= 1
        end = m.end()
        while end < len(visible) and visible[end].isalpha():
            end += 1
        yield _flag(text, start, end, "symbol_run", None)


# Cyrillic of Windows-1251 read as Windows-1252 or Latin-1: words of accented letters only.
_UPPER_HALF = re.compile(r"[À-ÿ](?<![\w][À-ÿ])[À-ÿ]{2,}(?![\w])")
_UPPER_HALF_SIGN = re.compile("[À-ÿ]")
_BOX_SIGN = re.compile(r"[\u2500-\u257f]")
_BOX = re.compile(r"[^\s]*[\u2500-\u257f][^\s]*")


def _code_pages(text: str, visible: str) -> Iterator[Artifact]:
    if visible.isascii():
        return
    rare = beyond_ascii(visible)
    for m in _UPPER_HALF.finditer(visible) if _UPPER_HALF_SIGN.search(rare) else ():
        for read_as, written_in in res.load_lexicon("mojibake")["one_byte_codecs"]:
            try:
                fixed = m.group().encode(read_as).decode(written_in)
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
            yield _flag(text, m.start(), m.end(), "code_page", fixed)
            break
    if not _BOX_SIGN.search(rare):
        return
    for m in _BOX.finditer(visible):
        yield _flag(text, m.start(), m.end(), "box_drawing", _box_repair(m.group()))


def _box_repair(word: str) -> str | None:
    for codec in res.load_lexicon("mojibake")["box_codecs"]:
        try:
            return word.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return None


@cache
def _folds() -> dict[str, tuple[str, ...]]:
    """ASCII spelling -> the letters filed under it ("a" -> "ä", "á", ...)."""
    folds: dict[str, list[str]] = {}
    for letter, ascii_form in res.load_lexicon("mojibake")["lost_letters"].items():
        folds.setdefault(ascii_form, []).append(letter)
    return {k: tuple(v) for k, v in folds.items()}


def _with_letter(left: str, right: str) -> str | None:
    """The word `left + ? + right` with the lost letter put back, when one makes a word."""
    least = res.load_lexicon("mojibake")["min_lost_letter_zipf"]
    low_left, low_right = left.lower(), right.lower()
    best: tuple[float, str] | None = None
    for ascii_form, letters in _folds().items():
        if zipf(low_left + ascii_form + low_right) == 0:
            continue  # wordfreq files a word with a letter like "ü" under its ASCII form too
        for letter in letters:
            value = zipf(low_left + letter + low_right)
            if value >= least and (best is None or value > best[0]):
                best = (value, left + letter + right)
    return best[1] if best else None


# Names: the letters of other alphabets live mostly in names, and an English word that lost
# one is a typo as often as a trace of encoding.
_NAME = re.compile(r"[A-Z](?<![\w’'@#/.-][A-Z])[a-z]{2,}(?![\w’'@/-])")


def _lost_letters(text: str, visible: str) -> Iterator[Artifact]:
    """Names unknown as written that are known with a letter of another alphabet put back."""
    shortest = res.load_lexicon("mojibake")["min_lost_letter_length"]
    # A name recurs in a text: each is looked up, and repaired, once. The names are read
    # in C first, and their places only in a text with a repair (few have one).
    repairs = {word: _letter_put_back(word, shortest) for word in set(_NAME.findall(visible))}
    if all(fixed is None for fixed in repairs.values()):
        return
    for m in _NAME.finditer(visible):
        if (fixed := repairs[m.group()]) is not None:
            yield _flag(text, m.start(), m.end(), "lost_letter", fixed)


def _letter_put_back(word: str, shortest: int) -> str | None:
    """The unknown name with a lost letter put back where that makes it known, else None."""
    if len(word) < shortest or zipf(word.lower()) > 0:
        return None
    for cut in range(len(word) + 1):
        fixed = _with_letter(word[:cut], word[cut:])
        if fixed is not None:
            return fixed
    return None


# Three or more question marks standing as a word, or two such words in a row.
_QUESTION_RUN = re.compile(r"\?(?<![\w?]\?)\?{2,}(?![\w?])|\?(?<![\w?]\?)\?*(?:[ ,]+\?+)+(?![\w?])")
_ENTITY = re.compile(r"&(?:#\d{2,6}|#[xX][0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")
_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2})")


def _escaped(text: str, visible: str) -> Iterator[Artifact]:
    if "??" in visible or "? ?" in visible:
        for m in _QUESTION_RUN.finditer(visible):
            yield _flag(text, m.start(), m.end(), "lost_script", None)
    if "&" in visible:
        import html

        for m in _ENTITY.finditer(visible):
            fixed = html.unescape(m.group())
            if fixed != m.group():
                yield _flag(text, m.start(), m.end(), "entity", fixed)
    if "\\" in visible:
        for m in _ESCAPE.finditer(visible):
            yield _flag(text, m.start(), m.end(), "escape", chr(int(m.group()[2:], 16)))


def detect(text: str, visible: str) -> Iterator[Artifact]:
    """Mojibake that ftfy cannot repair: lost bytes, question marks, symbols, escapes, letters."""
    yield from _lost_bytes(text, visible)
    yield from _question_marks(text, visible)
    yield from _symbol_runs(text, visible)
    yield from _code_pages(text, visible)
    yield from _escaped(text, visible)
    yield from _lost_letters(text, visible)


def finish(repaired: str) -> str | None:
    """A repair with the lost bytes left in it fixed too, or None when symbols remain.

    >>> finish("“safeâ€"), finish("team¦s")
    ('“safe”', None)
    """
    if _SYMBOL_RUN.search(repaired):
        return None
    out, cursor = [], 0
    for m in _LOST_QUOTE.finditer(repaired) if "â€" in repaired else ():
        out += [repaired[cursor : m.start()], _quote_fix(repaired, *m.span())]
        cursor = m.end()
    return "".join(out) + repaired[cursor:]
