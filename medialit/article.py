"""Read a news text into paragraphs, sentences and marked page leftovers.

The original text is never altered: every paragraph, sentence and leftover is a
pair of character offsets into it, so `article.text[s.start:s.end] == s.text`.
This module is pure Python and does not import spaCy.

>>> article = Article.from_text("Home NEWS\\n\\nThe mayor resigned. She said so on Monday.")
>>> [s.id for s in article.sentences]
['P1.S1', 'P2.S1', 'P2.S2']
>>> article.leftovers[0].kind
'navigation'
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any

from medialit import resources as res

MAX_BYTES = 2_000_000
"""The largest file the kit reads: about 300,000 words, far beyond any news article."""

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class ArticleError(ValueError):
    """Raised when a text cannot be read as an English news article; the message says why."""


class HtmlTextError(ArticleError):
    """Raised when a text is a web page's HTML code rather than the article's words."""


@dataclass(frozen=True)
class Segment:
    """A stretch of page leftover (navigation, markup, links to other stories)."""

    start: int
    end: int
    text: str
    kind: str


@dataclass(frozen=True)
class Sentence:
    """A sentence with a stable id such as `P4.S1` and offsets into the original text."""

    id: str
    start: int
    end: int
    text: str
    leftover: str | None = None
    """The leftover kind when the whole sentence is page leftover, else None."""


@dataclass(frozen=True)
class Paragraph:
    """A paragraph (one non-empty line of the page) with its sentences."""

    id: str
    start: int
    end: int
    text: str
    sentences: tuple[Sentence, ...] = field(default=())


@dataclass(frozen=True)
class Article:
    """A news text: the original string and its structure, all as offsets into it."""

    text: str
    name: str
    paragraphs: tuple[Paragraph, ...]
    leftovers: tuple[Segment, ...]
    page: dict[str, Any] | None = field(default=None, compare=False)
    """A saved web page's metadata (`medialit.webpage.PAGE_KEYS`); None for plain text."""

    @classmethod
    def from_text(cls, text: str, *, name: str = "text", check_language: bool = True) -> Article:
        """Build an Article from a string of English text.

        >>> Article.from_text("Officials said the bridge will reopen.").sentences[0].id
        'P1.S1'
        """
        if not isinstance(text, str):
            raise ArticleError(
                f"{name}: expected text (a str), got {type(text).__name__}; "
                "for a file use Article.from_file(path)"
            )
        _check_text(text, name=name, check_language=check_language)
        leftovers = tuple(find_leftovers(text))
        paragraphs = tuple(_paragraphs(text, leftovers))
        return cls(text=text, name=name, paragraphs=paragraphs, leftovers=leftovers)

    @classmethod
    def from_file(cls, path: str | Path, *, check_language: bool = True) -> Article:
        """Read an Article from a UTF-8 text file, with a clear error for anything else."""
        from medialit.reading import read_path

        path = Path(path)
        # Bounded while reading: a named pipe, a device or a growing file cannot exceed it.
        data = read_path(path, limit=MAX_BYTES)
        if path.suffix.lower() in (".html", ".htm"):
            from medialit.webpage import read_page

            page = read_page(data)
            article = cls.from_text(page.text, name=str(path), check_language=check_language)
            return dataclasses.replace(article, page=page.metadata)
        return cls.from_text(
            decode(data, name=str(path)), name=str(path), check_language=check_language
        )

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """Every sentence of every paragraph, in order."""
        return tuple(s for p in self.paragraphs for s in p.sentences)

    @property
    def headline(self) -> Paragraph | None:
        """The first paragraph that is not leftover and reads like a title (no final stop)."""
        for p in self.paragraphs:
            if all(s.leftover for s in p.sentences):
                continue
            words = len(_WORD.findall(p.text))
            if words <= 25 and not p.text.rstrip().endswith((".", "!", "?", ":")):
                return p
            return None
        return None

    def sentence(self, sentence_id: str) -> Sentence:
        """Return the sentence with this id, such as `P3.S1`."""
        for s in self.sentences:
            if s.id == sentence_id:
                return s
        raise KeyError(f"no sentence {sentence_id!r} in {self.name}")

    def leftover_at(self, start: int, end: int) -> Segment | None:
        """Return the leftover that covers the span start..end, if one does."""
        for seg in self.leftovers:
            if seg.start <= start and end <= seg.end:
                return seg
        return None

    def to_html(self, *, marked: bool = True) -> str:
        """The article as HTML, text escaped; leftovers struck through and labelled if `marked`.

        Paragraphs are numbered P1, P2, …; in a paragraph of several sentences each sentence
        is numbered instead (P6.S1, P6.S2): the ids the exercises and analyzers use.

        >>> "&lt;b&gt;" in Article.from_text("A <b>bold</b> claim, she said.").to_html()
        True
        """
        parts: list[str] = ['<div class="medialit-article">']
        leftovers = self.leftovers if marked else ()
        for p in self.paragraphs:
            several = len(p.sentences) > 1
            label = p.sentences[0].id if several else p.id
            parts.append(f'<p data-id="{p.id}"><span class="medialit-pid">{label}</span> ')
            starts = {s.start: s.id for s in p.sentences[1:]}
            cuts = {p.start, p.end, *starts}
            for seg in leftovers:
                if seg.start < p.end and seg.end > p.start:
                    cuts |= {max(seg.start, p.start), min(seg.end, p.end)}
            points = sorted(cuts)
            for start, end in pairwise(points):
                if start in starts:
                    parts.append(f'<span class="medialit-pid">{starts[start]}</span>')
                parts.append(self._piece_html(start, end, leftovers, last=p.end))
            parts.append("</p>")
        parts.append("</div>")
        return _ARTICLE_CSS + "".join(parts)

    def _piece_html(
        self, start: int, end: int, leftovers: tuple[Segment, ...], *, last: int
    ) -> str:
        text = html.escape(self.text[start:end])
        seg = next((g for g in leftovers if g.start <= start and end <= g.end), None)
        if seg is None:
            return text
        label = html.escape(res.LEFTOVER_LABELS.get(seg.kind, seg.kind))
        piece = f'<del class="medialit-leftover" title="page leftover: {label}">{text}</del>'
        if end in (seg.end, last):
            piece += f'<small class="medialit-tag">[{label}]</small>'
        return piece

    def show(self, *, marked: bool = True) -> Any:
        """Display the article in a notebook; `marked=False` shows it exactly as it reached us."""
        from IPython.display import HTML

        return HTML(self.to_html(marked=marked))  # type: ignore[no-untyped-call]


_ARTICLE_CSS = (
    "<style>.medialit-article p{line-height:1.5;margin:.4em 0}"
    ".medialit-pid{font:.75em monospace;color:#4d4d4d;margin:0 .4em 0 .2em}"
    ".medialit-leftover{color:#6b3a00;background:#fff3dc;text-decoration:line-through}"
    ".medialit-tag{color:#6b3a00;font-weight:bold;margin-left:.2em}</style>"
)


@cache
def load_article() -> Article:
    """Return the kit's article: a scraped, machine-translated report from December 2021.

    >>> load_article().paragraphs[3].id
    'P4'
    """
    data = resources.files("medialit").joinpath("data/article.txt").read_bytes()
    return Article.from_text(decode(data, name="article.txt"), name="article.txt")


def decode(data: bytes, *, name: str = "input") -> str:
    """Decode bytes as UTF-8 text, or explain why they are not a text file.

    >>> decode(b"caf\\xc3\\xa9")
    'café'
    """
    if b"\x00" in data[:8192]:
        raise ArticleError(
            f"{name}: this looks like a binary file (it contains NUL bytes), not text. "
            "Save the article as plain text (.txt) first."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"{name}: the file is not valid UTF-8 text (byte {exc.start} is "
            f"0x{data[exc.start]:02x}). Save it again as UTF-8 plain text."
        ) from None


def _check_text(text: str, *, name: str, check_language: bool) -> None:
    if not text:
        raise ArticleError(f"{name}: the text is empty; there is nothing to read")
    if not text.strip():
        raise ArticleError(f"{name}: the text holds only white space; there is nothing to read")
    if len(text) > MAX_BYTES:
        size = len(text.encode("utf-8"))
        raise ArticleError(
            f"{name}: the text is {size / 1_000_000:.1f} MB; the kit reads articles of up to "
            f"{MAX_BYTES / 1_000_000:.0f} MB. Keep just the article's text."
        )
    controls = len(_CONTROL.findall(text))
    if "\x00" in text or controls > max(8, len(text) // 100):
        raise ArticleError(f"{name}: this looks like binary data, not text")
    head = text.lstrip()[:2000].lower()
    tags = len(re.findall(r"<(?:p|div|span|a|script|meta|br|li|td|body|head)\b", head))
    if head.startswith(("<!doctype", "<html")) or tags >= 5:
        raise HtmlTextError(
            f"{name}: this is an HTML page, not plain text. Save the page with the name ending "
            "in .html instead and the kit reads it as a web page; or copy the article's text "
            "from the browser (or use the reader view) and save it as a .txt file."
        )
    if check_language:
        counted = _english_words(text)
        if counted is None:
            return
        words, common = counted
        if words >= 20:
            if common / words < 0.12:
                raise ArticleError(
                    f"{name}: this does not look like English (only {common} of its "
                    f"{words} words are common English words). The kit's analyzers read "
                    "English; use an English version of the article."
                )
        elif not words:
            raise ArticleError(f"{name}: the text has no words to read")


_BLOCK = 500
_ASCII_LETTERS = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))


def _english_words(text: str) -> tuple[int, int] | None:
    """How many words the text has and how many are common English ones; None once sure
    that enough are, whatever the rest of the text holds.

    Read a block at a time, each cut at a space, which no word holds: the words left can
    number at most half the characters left, and at most one more than the characters left
    that are no letters (two words have one between them), so a long English text is often
    settled before its end.
    """
    words = common = pos = 0
    others = _not_letters(text)
    while pos < len(text):
        end = text.find(" ", pos + _BLOCK)
        end = len(text) if end < 0 else end
        found = _WORD.findall(text, pos, end)
        words += len(found)
        common += sum(1 for w in found if w.lower() in res.ENGLISH_FUNCTION_WORDS)
        others -= _not_letters(text[pos:end])
        pos = end
        left = min((len(text) - end + 1) // 2, others + 1)
        # common / words >= 0.12 for any words still to come, in whole numbers
        if words >= 20 and 25 * common >= 3 * (words + left):
            return None
    return words, common


def _not_letters(text: str) -> int:
    """At least the number of characters in text that are no letters, counted in C: its UTF-8
    bytes less the ASCII letters, where any other character leaves one byte or more."""
    return len(text.encode("utf-8", "surrogatepass").translate(None, _ASCII_LETTERS))


def find_leftovers(text: str) -> Iterator[Segment]:
    """Find page leftovers: site navigation, markup fragments, links to other stories.

    >>> [s.kind for s in find_leftovers('Next article Storms hit coast\\nShe said “hi”}}”>Yes.')]
    ['related_link', 'markup']
    """
    for line_start, line in _lines(text):
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        start, end = line_start + lead, line_start + lead + len(stripped)
        kind = _line_kind(stripped)
        if kind:
            yield Segment(start, end, text[start:end], kind)
            continue
        yield from _markup_segments(text, line_start, line)


def _line_kind(line: str) -> str | None:
    ends_as_sentence = line.endswith((".", "!", "?", "”", '"'))
    if res.RELATED_LINK_STRONG.match(line):
        return "related_link"
    if res.RELATED_LINK_START.match(line) and not ends_as_sentence and len(line) < 150:
        return "related_link"
    if len(line) < 200 and _is_boilerplate(line):
        return "boilerplate"
    if len(line) < 200 and res.CAPTION_LINE.fullmatch(line.rstrip(",")):
        return "caption"
    if res.NAVIGATION_LINE.fullmatch(line) or res.NAVIGATION_PHRASE.fullmatch(line.rstrip(".")):
        return "navigation"
    if res.BREADCRUMB_START.match(line) and not ends_as_sentence:
        return "navigation"
    if res.BREADCRUMB_LINE.fullmatch(line):
        return "navigation"
    return None


def _is_boilerplate(line: str) -> bool:
    """A site's notice: a whole line ("Advertisement") or a phrase in it ("All rights reserved")."""
    return (
        res.BOILERPLATE_START.match(line) is not None
        or res.BOILERPLATE_ANYWHERE.search(line) is not None
    )


def _markup_segments(text: str, line_start: int, line: str) -> Iterator[Segment]:
    # Every closer ends in ">" and every tag or entity opens with "<" or "&".
    if ">" not in line and "<" not in line and "&" not in line:
        return
    for m in res.MARKUP_CLOSER.finditer(line):
        before = line[: m.start()]
        if res.DATA_PUNCTUATION.search(before) or m.group().count("}") >= 1:
            # A data attribute scraped into the text runs from the line start to its closer.
            start, end = line_start + len(line) - len(line.lstrip()), line_start + m.end()
            yield Segment(start, end, text[start:end], "markup")
            return
    tags = list(res.MARKUP_TAG.finditer(line))
    # A lone bare tag in a sentence ("a <script> tag") is more likely written about than
    # scraped; entities, closing tags, attributes or several tags are not.
    lone = len(tags) == 1 and re.fullmatch(r"<[a-zA-Z][a-zA-Z0-9]*>", tags[0].group())
    for m in [] if lone else tags:
        start, end = line_start + m.start(), line_start + m.end()
        yield Segment(start, end, text[start:end], "markup")


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.splitlines(keepends=True):
        yield pos, line.rstrip("\r\n")
        pos += len(line)


def _paragraphs(text: str, leftovers: tuple[Segment, ...]) -> Iterator[Paragraph]:
    number = 0
    # Leftovers come in text order, so each line's own are found by moving one cursor
    # forward: looking through all of them for every line cost the square of the lines.
    first = 0
    for line_start, line in _lines(text):
        stripped = line.strip()
        if not stripped:
            continue
        number += 1
        start = line_start + len(line) - len(line.lstrip())
        end = start + len(stripped)
        pid = f"P{number}"
        while first < len(leftovers) and leftovers[first].end <= start:
            first += 1
        last = first
        while last < len(leftovers) and leftovers[last].start < end:
            last += 1
        own = leftovers[first:last]
        spans = _sentence_spans(text, start, end, own)
        sentences = tuple(
            Sentence(
                f"{pid}.S{i}",
                s,
                e,
                text[s:e],
                next((g.kind for g in own if g.start <= s and e <= g.end), None),
            )
            for i, (s, e) in enumerate(spans, 1)
        )
        yield Paragraph(pid, start, end, text[start:end], sentences)


def _sentence_spans(
    text: str, start: int, end: int, leftovers: tuple[Segment, ...]
) -> list[tuple[int, int]]:
    """Split start..end into sentences; a leftover is kept whole and stands on its own."""
    pieces: list[tuple[int, int, bool]] = []
    cursor = start
    for seg in leftovers:
        if seg.end <= start or seg.start >= end:
            continue
        s, e = max(seg.start, start), min(seg.end, end)
        if cursor < s:
            pieces.append((cursor, s, False))
        pieces.append((s, e, True))
        cursor = e
    if cursor < end:
        pieces.append((cursor, end, False))
    spans: list[tuple[int, int]] = []
    for s, e, whole in pieces:
        if whole:
            spans.append((s, e))
        else:
            spans.extend(split_sentences(text, s, e))
    return spans


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split text[start:end] into sentence spans, trimmed of surrounding white space.

    >>> t = 'Dr. Lee arrived at 9.30 a.m. on Monday. "It is late," she said. Was it?'
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Dr. Lee arrived at 9.30 a.m. on Monday.', '"It is late," she said.', 'Was it?']
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    sent_start = start
    for m in res.SENTENCE_END.finditer(text, start, end):
        cut = m.end("end")
        if m.group("stop") == ".":
            # Only the word before the full stop is read: split once, from the right.
            token = text[sent_start : m.start("end") + 1].rsplit(None, 1)
            if _is_abbreviation(token[-1] if token else "", text, m.end()):
                continue
        spans.append((sent_start, cut))
        sent_start = m.end()
    if sent_start < end:
        spans.append((sent_start, end))
    return [t for t in (_trim(text, s, e) for s, e in spans) if t[0] < t[1]]


def _is_abbreviation(word: str, text: str, next_pos: int) -> bool:
    bare = word.lstrip("(“\"'‘").rstrip(".")
    if bare.lower() in res.ABBREVIATIONS:
        # "a.m." or "U.S." can still end a sentence; assume it does when a capital follows
        # that is not itself a name-like continuation, which rules cannot know: stay whole.
        return True
    if len(bare) == 1 and bare.isalpha() and bare.isupper():
        return True  # an initial, as in "John F. Kennedy"
    # A dotted initialism such as "U.S" or "e.g".
    return "." in bare and all(len(p) <= 2 for p in bare.split("."))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
