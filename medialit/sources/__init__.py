"""Who is speaking: the sources a news text credits, and how their words reached the page.

A source is whoever a piece of information is credited to. The analyzer finds the places
where a text credits someone (a reporting verb such as "said" or "denied", "according to",
"quoted by", "citing", "X told Y"), reads the name next to the cue, and gives every body one
canonical name, whatever form the text uses: "Ukraine's Defence Ministry" and "the Ukrainian
Ministry of Defence" are one source; "London" and "Downing Street" stand for the British
government. Names come from the shape of the words and from general lists (countries, well
known bodies), never from a list of one article's names. The modules of this package each do
one thing: `lexicons`, `naming`, `spans` (names in a sentence), `cues`, `grouping`, `roles`
(whom "the mayor" refers back to), `listing`, `chains` and `view`.

>>> for source in sources("Officials said the bridge will reopen, the Tribune newspaper reported."):
...     print(source)
officials: unnamed or vague, speaker: “Officials” (P1.S1)
Tribune: news organisation, intermediary: “Tribune newspaper” (P1.S1)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from medialit import pipeline
from medialit.calling import callable_module
from medialit.sources import listing
from medialit.sources.chains import page_note, transmission_chains
from medialit.sources.listing import analyze_sources, iter_mentions, kind_label, sources
from medialit.sources.model import (
    KIND_LABELS,
    KINDS,
    PAGE,
    ROLES,
    Chain,
    Identity,
    Link,
    Mention,
    Source,
    Span,
)
from medialit.sources.naming import identify
from medialit.sources.view import draw_chain

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _find(doc: Doc) -> list[Source]:
    """Every source of a parsed text, found afresh (the pipeline component)."""
    return listing._find(doc)


pipeline.component("medialit_sources", "sources", _find)

callable_module(__name__, sources)

__all__ = [
    "KINDS",
    "KIND_LABELS",
    "PAGE",
    "ROLES",
    "Chain",
    "Identity",
    "Link",
    "Mention",
    "Source",
    "Span",
    "analyze_sources",
    "draw_chain",
    "identify",
    "iter_mentions",
    "kind_label",
    "page_note",
    "sources",
    "transmission_chains",
]
