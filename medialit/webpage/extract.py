"""The article's text of a saved web page (trafilatura) and the blocks it left out.

The page is parsed by lxml with network access off and comments dropped; scripts, styles
and templates are never run, only removed. trafilatura receives the parsed tree and no
address, so it cannot fetch anything either.
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from medialit.article import ArticleError
from medialit.webpage.metadata import page_metadata

MAX_PAGE_BYTES = 5_000_000
"""The largest saved page read (bytes); a page is mostly markup, so this allows a long story."""

_NEVER_TEXT = ("script", "style", "noscript", "template", "head", "svg", "iframe", "object")
_BLOCKS = frozenset(
    "p li h1 h2 h3 h4 h5 h6 td th dt dd figcaption caption blockquote pre address div "
    "section article aside nav footer header form label button a span".split()
)
_LANDMARKS = ("nav", "footer", "aside", "header", "form", "figure", "menu", "dialog")


class PageError(ArticleError):
    """A saved page that cannot be read, with a message for a learner."""


@dataclass(frozen=True)
class Removed:
    """A block of the page's visible text that the extraction left out."""

    text: str
    where: str
    """The page region it sat in (nav, footer, aside, …, or the tag and class)."""


@dataclass(frozen=True)
class WebPage:
    """A saved page read: the article's text, the removed blocks, the page's metadata."""

    text: str
    removed: tuple[Removed, ...]
    metadata: dict[str, dict[str, str] | None]

    def article(self, *, name: str = "page") -> Any:
        """The page's text as an Article, with the metadata as `Article.page`."""
        from medialit.article import Article

        found = Article.from_text(self.text, name=name, check_language=False)
        return dataclasses.replace(found, page=self.metadata)

    def show_removed(self) -> Any:
        """Display, in a notebook, the blocks the extraction left out."""
        from IPython.display import HTML

        return HTML(removed_html(self))  # type: ignore[no-untyped-call]


def _parse(data: str | bytes) -> Any:
    # Imported here: a lesson's practice page is read from its stored reading, without lxml.
    from lxml import etree
    from lxml import html as lxml_html

    raw = data.encode("utf-8") if isinstance(data, str) else data
    encoding = "utf-8" if isinstance(data, str) else None
    parser = lxml_html.HTMLParser(
        encoding=encoding, remove_comments=True, remove_pis=True, no_network=True
    )
    try:
        tree = lxml_html.document_fromstring(raw, parser=parser)
    except (etree.ParserError, ValueError) as error:
        raise PageError(f"this page could not be read as HTML ({error})") from error
    return tree


def _strip(tree: Any) -> Any:
    clean = copy.deepcopy(tree)
    for element in clean.xpath("|".join(f"//{tag}" for tag in _NEVER_TEXT)):
        element.drop_tree()
    return clean


def _words(text: str) -> str:
    return " ".join(text.split())


def _region(element: Any) -> str:
    for ancestor in [element, *element.iterancestors()]:
        if ancestor.tag in _LANDMARKS:
            return str(ancestor.tag)
        marker = f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}".lower()
        for word in ("comment", "share", "related", "newsletter", "subscribe", "advert", "promo"):
            if word in marker:
                return word
    return str(element.tag)


def _removed(body: Any, kept: str) -> tuple[Removed, ...]:
    """Leaf blocks of visible text whose words do not appear in the extracted text."""
    out: list[Removed] = []
    seen: set[str] = set()
    for element in body.iter(*_BLOCKS):
        if any(child.tag in _BLOCKS for child in element.iterdescendants()):
            continue
        words = _words(element.text_content())
        if not words or words in seen or words in kept:
            continue
        seen.add(words)
        out.append(Removed(words, _region(element)))
    return tuple(out)


def _headline(body: Any, text: str, title: dict[str, str] | None) -> str:
    """The text with the page's headline first: its h1, else a title the page gave as one."""
    headline = ""
    for h1 in body.iter("h1"):
        headline = _words(h1.text_content())
        break
    if not headline and title and title["source"] != "title":
        headline = title["value"]
    if headline and headline not in text[: len(headline) + 200]:
        return f"{headline}\n\n{text}"
    return text


def read_page(data: str | bytes) -> WebPage:
    """Read a saved page: the article's text, what was left out, and the page's metadata."""
    import trafilatura

    tree = _parse(data)
    metadata = page_metadata(tree)
    visible = _strip(tree)
    body = visible.find("body")
    body = visible if body is None else body
    extracted = trafilatura.extract(
        copy.deepcopy(tree),
        include_comments=False,
        include_tables=False,
        include_images=False,
        with_metadata=False,
        deduplicate=False,
    )
    text = (extracted or "").strip()
    if not text:
        text = "\n\n".join(_words(p.text_content()) for p in body.iter("p") if p.text_content())
    text = text.replace("\n", "\n\n").replace("\n\n\n\n", "\n\n")
    text = _headline(body, text, metadata["title"])
    return WebPage(text=text, removed=_removed(body, _words(text)), metadata=metadata)


def load_page(path: str | Path) -> WebPage:
    """Read a saved page from a file (`.html` or `.htm`)."""
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_PAGE_BYTES:
        raise PageError(
            f"{path}: the page is {size / 1_000_000:.1f} MB; the kit reads saved pages of up "
            f"to {MAX_PAGE_BYTES / 1_000_000:.0f} MB"
        )
    return read_page(path.read_bytes())


def removed_html(page: WebPage) -> str:
    """The removed blocks as an HTML list, each with the page region it sat in."""
    from medialit.display import escape, ignore_maths

    items = "".join(
        f"<li><b>{escape(block.where)}</b>: {escape(block.text)}</li>" for block in page.removed
    )
    heading = f"<p>{len(page.removed)} blocks of the page were left out of the article:</p>"
    return ignore_maths(heading + f"<ul>{items}</ul>")
