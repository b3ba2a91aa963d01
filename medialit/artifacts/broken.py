"""Broken sentences: unbalanced quotes, doubled or stray stops, split words, cut-off lines.

A copy that lost a link, a line break or a paragraph leaves punctuation that no writer
chose: a quote that never closes, a closing quote with no opening one, ". ." where a clause
was dropped, "half- dozen" where a line break was removed, a line that stops at "the…".

>>> [a.rule for a in detect("He said the.\\nThey left.", "He said the.\\nThey left.")]
['broken:stop_after_function_word']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medialit.artifacts.model import Artifact, flag

_EXPLAIN = {
    "unclosed_quote": "A quotation opens here and never closes in this paragraph: the end of "
    "the quote, or the words around it, were lost or moved when the text was copied.",
    "unopened_quote": "A closing quotation mark with no opening one: part of the quote, or two "
    "quotes, were cut or merged when the text was copied or translated.",
    "wrong_quote": "A quotation mark that faces the wrong way or stands alone between spaces: "
    "the quote's punctuation was damaged in copying or translation.",
    "double_stop": "Two full stops where one sentence ends: a clause or a link between them "
    "was dropped.",
    "space_before_comma": "A space before a comma or full stop: a name or a link that stood "
    "there was removed with its text.",
    "split_word": "A word split by a hyphen and a space or a line break: a line break of the "
    "page (or of print) was kept in the text.",
    "cut_off": "The line stops in the middle of a phrase (…): a teaser cut by the page, not "
    "the end of a sentence.",
    "stop_after_function_word": "A sentence cannot end on this small word: the words after it "
    "(often a linked name or title) were removed.",
    "capital_after_comma": "A capital letter after a comma, in the middle of a sentence: two "
    "sentences or a heading were run together.",
    "lower_case_start": "A paragraph that starts with a small letter: its beginning (a name, "
    "a heading, the start of the sentence) was lost when the text was copied.",
    "dash_attribution": "A line that only says who spoke (“— added X”), with no quote before "
    "it: the quote was lost, or the dialogue dash of another language was kept.",
    "quote_dash": "A quote closed by a dash and the speaker (“…,” — added X): the dialogue "
    "convention of another language, kept by the translation; English writes “…,” X added.",
    "quote_before_speaker": "A quotation mark after a space, right before the speaker's name: "
    "the closing mark of the quote was typed or copied as an opening one.",
    "unclosed_single_quote": "A single quotation mark opens here and never closes in this "
    "paragraph: it is an apostrophe that drifted, or the end of the quote was lost.",
    "bare_attribution": "A paragraph that opens by saying who spoke, with no quote before "
    "it: the quote was lost or moved when the text was copied or translated.",
    "line_break_in_phrase": "The line ends on a small word and the sentence goes on below: a "
    "hard line break of the page or of print was kept in the middle of a phrase.",
    "unbalanced_bracket": "A bracket opens and never closes in this paragraph, or closes with "
    "none open: the words around it were cut or moved when the text was copied.",
    "empty_brackets": "Empty brackets: the name, figure or link that stood inside them was "
    "removed when the text was copied.",
    "unfinished_line": "The paragraph stops without a full stop in the middle of a sentence: "
    "its end was lost when the text was copied.",
}

_QUOTE = re.compile(r"[“”]")
_PARAGRAPH = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("wrong_quote", re.compile(r"”(?<=\s”)(?=\s)|“(?<=\w“)(?=\s)|\s(?<=[,.]\s)\"(?=[a-z]+\s)")),
    (
        "double_stop",
        re.compile(
            r"\.(?<=[a-z\d)”]\.)[ \t]*\.(?![.\w])|[ \t](?<=[a-z][ \t])[ \t]*\.[ \t]*\.(?!\.)"
        ),
    ),
    ("space_before_comma", re.compile(r"[ \t](?<=[A-Za-z][ \t])[ \t]*,[.,]?(?=[ \t\n]|$)")),
    (
        "split_word",
        re.compile(
            r"\b[A-Za-z]{2,}-(?:[ \t]+(?!(?:and|or|to|nor)\b)[a-z]{2,}|\n[A-Za-z]{2,})\b"
            r"|\b[A-Z][a-z]+[ \t]-[A-Z][a-z]+\b"
        ),
    ),
    ("empty_brackets", re.compile(r"\([ \t]*\)|\[[ \t]*\]")),
    # A line that ends on a small word, with more text below: a hard line break in a phrase.
    (
        "line_break_in_phrase",
        re.compile(
            r"[ \t](?<=\S[ \t])[ \t]*"
            r"(?:the|a|an|of|to|and|in|for|with|by|from|that|its|their|his|her)"
            r"[ \t]*\n+(?=[ \t]*\S)"
        ),
    ),
    # Not the text's first line: a snippet may start anywhere in a sentence.
    ("lower_case_start", re.compile(r"\n(?P<at>[ \t]*[a-z]{2,}\b[^.!?\n]{0,80})")),
    # A paragraph that opens with "Name said." speaks of a quote that is not there.
    (
        "bare_attribution",
        re.compile(
            r"^[ \t]*[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?[ \t]+"
            r"(?:said|added|noted|stressed|explained|wrote|stated|replied)\.(?=\s|$)",
            re.MULTILINE,
        ),
    ),
    (
        "dash_attribution",
        re.compile(
            r"^[ \t]*[—–-][ \t]*(?:added|said|noted|stressed|explained|wrote|stated|replied)"
            r"[ \t]+[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?\.?[ \t]*$",
            re.MULTILINE,
        ),
    ),
    (
        "quote_dash",
        re.compile(
            r"[”\"][ \t]*[—–][ \t]*(?:added|said|noted|stressed|explained|wrote|stated)"
            r"[ \t]+[A-Z][\w’'-]+"
        ),
    ),
    (
        "quote_before_speaker",
        re.compile(
            r"\"(?<=[,.!?] \")(?=[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?[ \t]+"
            r"(?:said|added|told|says|stressed|noted|explained|wrote|insisted|concluded)\b)"
        ),
    ),
    (
        "capital_after_comma",
        re.compile(r",(?<=[a-z],) (?P<at>It|This|They|He|She|We|There|These|Those)(?= [a-z]+\b)"),
    ),
)


# Characters a rule's match must contain, or a quick pattern it must hold a match of (one
# that starts with a rare character): a text without them skips the rule. A rule whose own
# pattern starts with a rare character ("capital_after_comma", "empty_brackets") is as quick
# without one: looking for four pairs of characters first is slower than the pattern itself.
_NEEDS: dict[str, tuple[str, ...] | re.Pattern[str]] = {
    "wrong_quote": re.compile(r"[”“\"](?:(?<=\s”|\w“)\s|(?<=[,.]\s\")[a-z])"),
    "double_stop": re.compile(r"\.[ \t]*\."),
    "space_before_comma": (" ,", " ."),
    # A word, a hyphen and a space or a line break; or "Word -Word".
    "split_word": re.compile(r"-(?<=[A-Za-z]-)[ \t\n]|-(?<=[a-z][ \t]-)[A-Z]"),
    # A line that ends on a letter or a space (a small word of the phrase, then the break).
    "line_break_in_phrase": re.compile(r"\n(?<=[a-z]\n)|\n(?<=[ \t]\n)"),
    "dash_attribution": ("—", "–", "\n-"),
    "quote_dash": ("—", "–"),
    "quote_before_speaker": (' "',),
}


def _may_match(rule: str, story: str) -> bool:
    needs = _NEEDS.get(rule)
    if needs is None:
        return True
    if isinstance(needs, re.Pattern):
        return needs.search(story) is not None
    return any(n in story for n in needs)


_FUNCTION_STOP = re.compile(r"\.(?<=[a-z]\.)(?=\s|$)")
_FUNCTION_WORD = re.compile(r"\b(?:the|a|an|of|to|with|and|for|from|by|his|her|their|its|our)$")


def _function_word_stops(story: str) -> Iterator[tuple[int, int, str]]:
    """A full stop right after a small word no sentence ends on ("... met the.")."""
    for m in _FUNCTION_STOP.finditer(story):
        word = _FUNCTION_WORD.search(story, max(0, m.start() - 6), m.start())
        if word is not None:
            yield word.start(), m.end(), "stop_after_function_word"


def _sentence_after(text: str, pos: int) -> int:
    m = _SENTENCE_END.search(text, pos + 1)
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end == -1 else line_end
    return min(m.end() if m else line_end, line_end)


def _sentence_before(text: str, pos: int) -> int:
    stop = text.rfind(". ", 0, pos)
    return max(stop + 2 if stop != -1 else 0, text.rfind("\n", 0, pos) + 1)


def _standing_alone(story: str, pos: int) -> bool:
    return 0 < pos < len(story) - 1 and story[pos - 1].isspace() and story[pos + 1].isspace()


_Paragraphs = list[re.Match[str]]
"""The text's lines (`_PARAGRAPH`), found once and read by every rule that goes line by line."""


def _quotes(story: str, paragraphs: _Paragraphs) -> Iterator[tuple[int, int, str]]:
    for i, para in enumerate(paragraphs):
        opened: int | None = None
        for q in _QUOTE.finditer(story, para.start(), para.end()):
            if q.group() == "“":
                # English nests quotes with single marks: a second opening mark means the
                # first quote was never closed (or a closing mark was typed as an opening one).
                if opened is not None and not _standing_alone(story, q.start()):
                    yield opened, _sentence_after(story, opened), "unclosed_quote"
                opened = q.start()
            elif opened is None and not _standing_alone(story, q.start()):
                yield _sentence_before(story, q.start()), q.end(), "unopened_quote"
            else:
                opened = None
        if opened is None:
            continue
        # A quote that goes on in the next paragraph opens it again and is left open here.
        following = paragraphs[i + 1].group().lstrip() if i + 1 < len(paragraphs) else ""
        if not following.startswith("“"):
            yield opened, _sentence_after(story, opened), "unclosed_quote"


def _straight_quotes(story: str, paragraphs: _Paragraphs) -> Iterator[tuple[int, int, str]]:
    if '"' not in story:
        return
    for para in paragraphs:
        if para.group().count('"') % 2 == 1:
            last = para.start() + para.group().rfind('"')
            yield last, _sentence_after(story, last), "unclosed_quote"


# A single quote that opens a word ('word), not an elision such as 'em, 'til or '90s.
_OPEN_SINGLE = re.compile(r"['‘](?<![\w’']['‘])(?=[A-Za-z])(?!(?:em|til|cause|n|tis|twas|s)\b)")
_CLOSE_SINGLE = re.compile(r"['’](?<=[\w.,!?]['’])(?![\w])")


def _single_quotes(story: str, paragraphs: _Paragraphs) -> Iterator[tuple[int, int, str]]:
    """A single quote that opens a word and has no closing mark after it in its paragraph."""
    if "'" not in story and "‘" not in story:
        return
    for para in paragraphs:
        for m in _OPEN_SINGLE.finditer(story, para.start(), para.end()):
            if _CLOSE_SINGLE.search(story, m.end(), para.end()) is None:
                yield m.start(), _sentence_after(story, m.start()), "unclosed_single_quote"


# Found from the dots back: a pattern that starts with the words before them is tried at
# every position of the text. The first dot is taken before the letter is looked back at,
# so the engine goes from dot to dot (one opening with its look-behind tries every one).
_CUT_DOTS = re.compile(r"(?:…(?<=[a-z]…)|\.(?<=[a-z]\.)\.\.)(?=[ \t]*$)", re.MULTILINE)
_CUT_WORDS = re.compile(r"[^\n.!?]{0,60}\b[a-z]+$")


def _cut_off(story: str) -> Iterator[tuple[int, int, str]]:
    """A line that stops in mid-phrase on three dots: a teaser cut by the page."""
    if "…" not in story and "..." not in story:
        return
    for m in _CUT_DOTS.finditer(story):
        words = _CUT_WORDS.search(story, max(0, m.start() - 80), m.start())
        if words is not None:
            yield words.start(), m.end(), "cut_off"


_BRACKET = re.compile(r"[()]")
# "1)" or "a)" opening a list item, and ":)", close no bracket.
_LIST_MARK = re.compile(r"(?:^|(?<=\s))(?:\d{1,2}|[A-Za-z])\)|:\)")
_LIST_REACH = 4


def _list_mark(story: str, pos: int, start: int) -> bool:
    """True when the bracket at `pos` closes a list mark ("1)", "a)") or a smiley (":)")."""
    begin = max(start, pos - _LIST_REACH)
    return any(m.end() - 1 == pos for m in _LIST_MARK.finditer(story, begin, pos + 1))


def _brackets(story: str, paragraphs: _Paragraphs) -> Iterator[tuple[int, int, str]]:
    """A bracket that opens and never closes in its paragraph, or closes with none open."""
    if "(" not in story and ")" not in story:
        return
    for para in paragraphs:
        opened: list[int] = []
        for b in _BRACKET.finditer(story, para.start(), para.end()):
            if b.group() == "(":
                opened.append(b.start())
            elif opened:
                opened.pop()
            elif not _list_mark(story, b.start(), para.start()):
                yield _sentence_before(story, b.start()), b.end(), "unbalanced_bracket"
        for start in opened:
            yield start, _sentence_after(story, start), "unbalanced_bracket"


_LAST_WORDS = re.compile(r"(?:\S+[ \t]+){0,5}\S*[A-Za-z]$")
_MIN_UNFINISHED_WORDS = 12
_GAP = re.compile(r"\s+")
_TAIL_WORDS = 6
"""The most words `_LAST_WORDS` takes: five and the last one."""


def _tail(body: str, lo: int) -> int | None:
    """Where `_LAST_WORDS.search(body, lo)` starts its match, trying only where it can.

    A match that starts inside a word could start a letter sooner, so the first one starts
    at `lo` or at a word; and from a word after it the rest of the line matches as well.
    So the first match starts at one of the last six word starts, tried in order, where
    `search` would try every character up to it.
    """
    for start in [lo, *(m.end() for m in _GAP.finditer(body, lo))][-_TAIL_WORDS:]:
        if _LAST_WORDS.match(body, start) is not None:
            return start
    return None


def _unfinished(paragraphs: _Paragraphs) -> Iterator[tuple[int, int, str]]:
    """Long paragraphs, neither the first nor the last, that end on a word with no stop."""
    lines = [m for m in paragraphs if m.group().strip()]
    for line in lines[1:-1]:
        body = line.group().rstrip()
        if not body[-1].isalpha() or len(body.split()) < _MIN_UNFINISHED_WORDS:
            continue
        tail = _tail(body, max(0, len(body) - 400))
        if tail is not None:
            yield line.start() + tail, line.start() + len(body), "unfinished_line"


# Rules whose match opens a line (`^`) and stays inside it.
_LINE_OPENERS = frozenset(("bare_attribution", "dash_attribution"))


def _matches(
    rule: str, pattern: re.Pattern[str], story: str, paragraphs: _Paragraphs
) -> Iterator[re.Match[str]]:
    """The matches `pattern.finditer` gives; a line opener's tried only at each line's start.

    A match that stays inside the line it opens is at most one a line, and `finditer` would
    try the pattern at every character to find it.
    """
    if rule not in _LINE_OPENERS:
        yield from pattern.finditer(story)
        return
    for line in paragraphs:
        if (m := pattern.match(story, line.start())) is not None:
            yield m


def detect(text: str, story: str) -> Iterator[Artifact]:
    """Unbalanced quotes, doubled stops, split words and lines cut in mid-phrase."""
    paragraphs = list(_PARAGRAPH.finditer(story))
    found: list[tuple[int, int, str]] = [
        *_quotes(story, paragraphs),
        *_straight_quotes(story, paragraphs),
        *_single_quotes(story, paragraphs),
        *_brackets(story, paragraphs),
        *_cut_off(story),
        *_unfinished(paragraphs),
        *_function_word_stops(story),
    ]
    for rule, pattern in _PATTERNS:
        if _may_match(rule, story):
            # A pattern starts at a mark it needs before the span it flags ("at").
            part = "at" if "at" in pattern.groupindex else 0
            found += [(*m.span(part), rule) for m in _matches(rule, pattern, story, paragraphs)]
    taken: set[tuple[int, int]] = set()
    for start, end, rule in sorted(found):
        if (start, end) in taken or end <= start:
            continue
        taken.add((start, end))
        yield flag(text, start, end, "broken", _EXPLAIN[rule], None, f"broken:{rule}")
