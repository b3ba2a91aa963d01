"""Saved web pages as input: the article's text, what was removed, and the page's metadata.

`read_page(html)` extracts the article with trafilatura, keeps every other block of visible
text as a `Removed` leftover a learner can look at, and reads the page's own metadata (meta
tags, JSON-LD, htmldate). The HTML is only parsed: nothing in it runs and nothing is fetched.

>>> page = read_page("<html lang='en'><head><title>Ferry</title></head><body>"
...     "<nav>Home | World</nav><article><p>The ferry left at noon on Monday, the port "
...     "said.</p></article></body></html>")
>>> page.metadata["title"]
{'value': 'Ferry', 'source': 'title'}
"""

from __future__ import annotations

from medialit.webpage.extract import (
    Removed,
    WebPage,
    load_page,
    read_page,
    removed_html,
)
from medialit.webpage.metadata import PAGE_KEYS, page_metadata
from medialit.webpage.practice import practice_page

__all__ = [
    "PAGE_KEYS",
    "Removed",
    "WebPage",
    "load_page",
    "page_metadata",
    "practice_page",
    "read_page",
    "removed_html",
]
