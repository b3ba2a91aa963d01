"""The page's own metadata: title, author, site, address, language and dates, with sources.

Each value is `{"value": str, "source": str}` or None; `source` names where it came from
(`meta[property=article:published_time]`, `json-ld datePublished`, `htmldate`, …). Dates
are ISO `YYYY-MM-DD` strings. Meta tags and JSON-LD are read from the parsed tree only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

PAGE_KEYS: tuple[str, ...] = ("title", "author", "site", "url", "language", "published", "modified")
"""The keys of `Article.page`, in order."""

# key -> (attribute, name) pairs of <meta> tags, most specific first.
_META: dict[str, tuple[tuple[str, str], ...]] = {
    "title": (("property", "og:title"), ("name", "twitter:title")),
    "author": (("name", "author"), ("property", "article:author"), ("name", "byl")),
    "site": (("property", "og:site_name"), ("name", "application-name")),
    "url": (("property", "og:url"),),
    "language": (
        ("http-equiv", "content-language"),
        ("property", "og:locale"),
        ("name", "language"),
    ),
    "published": (
        ("property", "article:published_time"),
        ("name", "date"),
        ("name", "pubdate"),
        ("name", "publish-date"),
        ("itemprop", "datePublished"),
        ("name", "dc.date"),
        ("name", "DC.date.issued"),
    ),
    "modified": (
        ("property", "article:modified_time"),
        ("property", "og:updated_time"),
        ("itemprop", "dateModified"),
        ("name", "last-modified"),
    ),
}
_JSON_LD: dict[str, tuple[str, ...]] = {
    "title": ("headline", "name"),
    "author": ("author",),
    "site": ("publisher",),
    "url": ("url", "mainEntityOfPage"),
    "language": ("inLanguage",),
    "published": ("datePublished", "dateCreated"),
    "modified": ("dateModified",),
}
_ARTICLE_TYPES = re.compile(r"Article|BlogPosting|Report|WebPage", re.IGNORECASE)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _found(value: str | None, source: str) -> dict[str, str] | None:
    value = " ".join(value.split()) if value else ""
    return {"value": value, "source": source} if value else None


def _date(value: str | None) -> str | None:
    m = _ISO_DATE.search(value or "")
    return m.group() if m else None


def _name(value: Any) -> str | None:
    """A JSON-LD person or organisation (or a list of them) as a name."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        name = value.get("name") or value.get("@id")
        return name if isinstance(name, str) else None
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) or None
    return None


def _json_ld_objects(tree: Any) -> Iterator[dict[str, Any]]:
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if not isinstance(item, dict):
                continue
            stack.extend(g for g in item.get("@graph", []) if isinstance(g, dict))
            yield item


def _from_json_ld(tree: Any, key: str) -> dict[str, str] | None:
    objects = sorted(
        _json_ld_objects(tree), key=lambda o: not _ARTICLE_TYPES.search(str(o.get("@type", "")))
    )
    for obj in objects:
        for field in _JSON_LD[key]:
            raw = obj.get(field)
            value = _name(raw) if key in ("author", "site", "url") else raw
            if key in ("published", "modified"):
                value = _date(value if isinstance(value, str) else None)
            if isinstance(value, str) and value.strip():
                return _found(value, f"json-ld {field}")
    return None


def _from_meta(tree: Any, key: str) -> dict[str, str] | None:
    for attribute, name in _META[key]:
        for meta in tree.xpath("//meta[@content]"):
            if (meta.get(attribute) or "").lower() != name.lower():
                continue
            content = meta.get("content")
            if key in ("published", "modified"):
                content = _date(content)
            if content:
                return _found(content, f"meta[{attribute}={name}]")
    return None


def _from_document(tree: Any, key: str) -> dict[str, str] | None:
    if key == "title":
        titles = tree.xpath("//title/text()")
        return _found(titles[0], "title") if titles else None
    if key == "url":
        links = tree.xpath("//link[@rel='canonical']/@href")
        return _found(links[0], "link[rel=canonical]") if links else None
    if key == "language":
        langs = tree.xpath("/html/@lang")
        return _found(langs[0], "html[lang]") if langs else None
    if key == "published":
        times = tree.xpath("//time[@datetime]/@datetime")
        date = _date(times[0]) if times else None
        return _found(date, "time[datetime]") if date else None
    return None


def _from_htmldate(tree: Any, *, original: bool) -> dict[str, str] | None:
    from htmldate import find_date

    try:
        date = find_date(tree, original_date=original, extensive_search=False)
    except (ValueError, TypeError):
        return None
    return _found(date, "htmldate") if date else None


def page_metadata(tree: Any) -> dict[str, dict[str, str] | None]:
    """Every key of PAGE_KEYS from meta tags, JSON-LD, the document itself, then htmldate.

    >>> from lxml import html
    >>> tree = html.fromstring('<html><head><meta property="og:site_name" '
    ...     'content="Coast Daily"></head><body><p>Text</p></body></html>')
    >>> page_metadata(tree)["site"]
    {'value': 'Coast Daily', 'source': 'meta[property=og:site_name]'}
    """
    out: dict[str, dict[str, str] | None] = {}
    for key in PAGE_KEYS:
        out[key] = _from_meta(tree, key) or _from_json_ld(tree, key) or _from_document(tree, key)
    if out["published"] is None:
        out["published"] = _from_htmldate(tree, original=True)
    if out["modified"] is None and out["published"] is not None:
        modified = _from_htmldate(tree, original=False)
        if modified and modified["value"] != out["published"]["value"]:
            out["modified"] = modified
    return out
