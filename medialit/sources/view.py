"""Drawing chains of transmission as labelled boxes joined by arrows."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from spacy.tokens import Doc

    from medialit.article import Article
from medialit.figures import new_figure
from medialit.sources.chains import transmission_chains
from medialit.sources.model import KIND_LABELS, Chain

_COLOURS = {
    # Okabe and Ito's colour-blind-safe palette (jfly.uni-koeln.de/color); each box also
    # carries its kind in words, so the diagram reads without colour.
    "government": "#E69F00",
    "ministry_or_agency": "#56B4E9",
    "news_organisation": "#009E73",
    "person": "#F0E442",
    "organisation": "#CC79A7",
    "vague": "#BBBBBB",
    "page": "#FFFFFF",
}


def draw_chain(chain_or_text: Chain | str | Doc | Article) -> Figure:
    """Draw chains of transmission as labelled boxes joined by arrows; return the Figure.

    >>> fig = draw_chain("The ministry said so, quoted by the Anadolu agency.")
    >>> [t.get_text() for t in fig.axes[0].texts][:2]
    ['ministry\\n(ministry or agency of state)', 'Anadolu\\n(news organisation)']
    """
    import textwrap

    chains = (
        [chain_or_text] if isinstance(chain_or_text, Chain) else transmission_chains(chain_or_text)
    )
    width = max((len(c.links) for c in chains), default=1)
    fig = new_figure(figsize=(2.6 * width + 0.4, 1.45 * max(len(chains), 1) + 0.5))
    ax = fig.subplots()
    if not chains:
        ax.text(0.5, 0.5, "No statement in this text is credited to a source.", ha="center")
    for row, chain in enumerate(chains):
        y = -row * 1.45
        boxes: list[Any] = []
        for col, link in enumerate(chain.links):
            name = textwrap.fill(link.name, 22)
            kind = textwrap.fill(f"({link.note or KIND_LABELS.get(link.kind, link.kind)})", 30)
            box = ax.text(
                col * 2.6,
                y,
                f"{name}\n{kind}",
                ha="center",
                va="center",
                fontsize=8.5,
                bbox={
                    "boxstyle": "round,pad=0.4",
                    "facecolor": _COLOURS.get(link.kind, "#FFFFFF"),
                    "edgecolor": "black",
                    "linestyle": "--" if link.kind in ("vague", "page") else "-",
                },
            )
            if boxes:
                # Arrows join the boxes' edges, wherever the text makes them end.
                ax.annotate(
                    "",
                    xy=(0, 0.5),
                    xycoords=box,
                    xytext=(1, 0.5),
                    textcoords=boxes[-1],
                    arrowprops={"arrowstyle": "->", "color": "black", "shrinkA": 6, "shrinkB": 6},
                )
            boxes.append(box)
        ax.text(0, y - 0.62, "in " + ", ".join(chain.sentences), ha="center", fontsize=7.5)
    ax.set_xlim(-1.3, 2.6 * width - 1.3)
    ax.set_ylim(-1.45 * len(chains) + 0.6, 0.7)
    ax.set_axis_off()
    ax.set_title("Who passed the words on to whom (dashed box: unnamed)", fontsize=10)
    return fig
