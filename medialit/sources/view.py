"""Drawing chains of transmission as labelled boxes joined by arrows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from medialit.figures import Chart
from medialit.plots.chains import Box, Row
from medialit.sources.chains import transmission_chains
from medialit.sources.model import KIND_LABELS, Chain

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from medialit.article import Article


def draw_chain(chain_or_text: Chain | str | Doc | Article) -> Chart:
    """Draw chains of transmission as labelled boxes joined by arrows; return the Chart.

    A notebook shows the Chart as a picture; `.figure()` gives the matplotlib Figure.

    >>> chart = draw_chain("The ministry said so, quoted by the Anadolu agency.")
    >>> chart
    Chain of transmission: ministry → Anadolu → this page (no byline, no agency credit)  [P1.S1]
    >>> [t.get_text() for t in chart.figure().axes[0].texts][:2]
    ['ministry\\n(ministry or agency of state)', 'Anadolu\\n(news organisation)']
    """
    chains = (
        [chain_or_text] if isinstance(chain_or_text, Chain) else transmission_chains(chain_or_text)
    )
    rows = [_row(chain) for chain in chains]
    return Chart("medialit.plots.chains:chain_figure", {"chains": rows}, summary=_summary(chains))


def _row(chain: Chain) -> Row:
    """A chain as plain data, all the drawing needs."""
    boxes: list[Box] = [
        {
            "name": link.name,
            "words": link.note or KIND_LABELS.get(link.kind, link.kind),
            "kind": link.kind,
        }
        for link in chain.links
    ]
    return {"boxes": boxes, "sentences": list(chain.sentences)}


def _summary(chains: list[Chain]) -> str:
    """What the drawing shows, in words: each chain on a line."""
    if not chains:
        return "Chains of transmission: none (no statement in this text is credited to a source)"
    if len(chains) == 1:
        return f"Chain of transmission: {chains[0]}"
    return f"Chains of transmission ({len(chains)}):" + "".join(f"\n  {c}" for c in chains)
