"""The saved pages written for the lessons, with the kit's reading of each stored beside it.

A lesson opens its practice page from the stored reading (`<name>.page.json`), so a
learner's kernel does not import trafilatura, lxml and htmldate for a page that never
changes (about 10 MiB resident). A test reads every practice page afresh with `read_page`
and compares it with its stored reading; after a change to the reading of pages, store them
again and review the diff:

    .venv/bin/python tests/test_webpage_practice.py --write
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from medialit.webpage.extract import Removed, WebPage, read_page

_FOLDER = "data/practice"


def _folder() -> Any:
    return resources.files("medialit").joinpath(_FOLDER)


def practice_pages() -> list[str]:
    """Names of the saved pages written for the lessons.

    >>> practice_pages()
    ['market_fire']
    """
    return sorted(
        e.name.removesuffix(".html") for e in _folder().iterdir() if e.name.endswith(".html")
    )


def as_data(page: WebPage) -> dict[str, Any]:
    """A reading of a page as JSON data: its text, removed blocks and metadata."""
    removed = [{"text": block.text, "where": block.where} for block in page.removed]
    return {"text": page.text, "removed": removed, "metadata": page.metadata}


def from_data(data: dict[str, Any]) -> WebPage:
    """The reading of a page that `as_data` stored."""
    removed = tuple(Removed(text=block["text"], where=block["where"]) for block in data["removed"])
    return WebPage(text=data["text"], removed=removed, metadata=data["metadata"])


def read_afresh(name: str) -> WebPage:
    """A practice page read from its HTML now, as `read_page` reads any saved page."""
    return read_page(_folder().joinpath(f"{name}.html").read_bytes())


def practice_page(name: str) -> WebPage:
    """A saved page written for the lessons, `medialit/data/practice/<name>.html`, as read.

    >>> practice_page("market_fire").metadata["site"]["value"]
    'Bayside Daily'
    """
    if name not in practice_pages():
        raise KeyError(f"no practice page {name!r}; choose one of {practice_pages()}")
    stored = _folder().joinpath(f"{name}.page.json")
    return from_data(json.loads(stored.read_text(encoding="utf-8")))
