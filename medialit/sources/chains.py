"""Chains of transmission: how a credited statement reached the page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from medialit import pipeline

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from medialit.article import Article
from medialit.sources.listing import sources
from medialit.sources.model import PAGE, Chain, Link


def transmission_chains(text_or_doc: str | Doc | Article) -> list[Chain]:
    """Show how each credited statement reached the page: speaker, intermediaries, page.

    >>> for chain in transmission_chains("The ministry said so, quoted by the Anadolu agency."):
    ...     print(chain)
    ministry → Anadolu → this page (no byline, no agency credit)  [P1.S1]
    """
    doc = pipeline.as_doc(text_or_doc)
    found = sources(doc)
    kinds = {s.name: s.kind for s in found}
    page = Link(PAGE, "page", "publisher", page_note(pipeline.article_of(doc)))
    chains: dict[tuple[str, ...], list[str]] = {}
    for source in found:
        for m in source.mentions:
            if m.role == "speaker":
                names: tuple[str, ...] = (source.name, *m.via)
            elif not any(
                m.sentence == o.sentence and o.role == "speaker" for s in found for o in s.mentions
            ):
                names = ("unnamed speaker", source.name)
            else:
                continue
            chains.setdefault(names, [])
            if m.sentence not in chains[names]:
                chains[names].append(m.sentence)
    out = []
    for names, sids in sorted(chains.items(), key=lambda item: _sentence_order(item[1][0])):
        links = [
            Link(n, kinds.get(n, "vague"), "speaker" if i == 0 else "intermediary")
            for i, n in enumerate(names)
        ]
        out.append(Chain((*links, page), tuple(sids)))
    return out


def page_note(article: Article) -> str:
    """Say what the page credits about itself: its byline and its news agency, if any.

    >>> import medialit
    >>> page_note(medialit.Article.from_text("By Ann Lee\\nThe mayor resigned, officials said."))
    'byline “By Ann Lee”, no agency credit'
    """
    from medialit.provenance import provenance

    page = provenance(article)
    return ", ".join(
        [
            f"byline “{page.byline.text.strip()}”" if page.byline else "no byline",
            f"agency credit “{page.agency_credit.text}”"
            if page.agency_credit
            else "no agency credit",
        ]
    )


def _sentence_order(sid: str) -> tuple[int, int]:
    p, _, s = sid.partition(".S")
    return int(p[1:]), int(s)
