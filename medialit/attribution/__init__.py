"""Claims and attributions: who asserts what in a news text, and with which verb.

An attribution ties what is asserted (its content) to whoever asserts it (its source)
through a cue: a reporting verb ("said", "warned", "denies") or a phrase ("according
to"). A chain records who passed the words on ("quoted by", "citing"). A claim is either
the content of an attribution or something the writer asserts with no source at all.

The rules read general English news without a tagger: a reporting-verb lexicon keyed by
lemma (`data/lexicons/reporting_verbs.json`), closed-class word lists
(`data/lexicons/attribution_words.json`), quote marks and commas. The modules of this
package each do one thing: `lexicons`, `quotes`, `tokens`, `cues`, `spans`, `chains`,
`sentence` (one sentence), `nominal`, `labels`, `text` (the whole text), `assertions`
(claims), `tone`, `view` and `components` (the pipeline's components). The modules that need
spaCy are imported when one of their names is first used, so importing the package is cheap.

>>> from medialit.attribution import attributions, claims
>>> found = attributions("The bridge will reopen on Monday, the mayor said.")
>>> print(found[0])
P1.S1 indirect: the mayor said (neutral): "The bridge will reopen on Monday"
>>> [c.by for c in claims("The bridge is closed. It will reopen, the mayor said.")]
['writer', 'source']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from medialit.attribution.model import RULES, TYPES, Attribution, Claim, Link, Span
from medialit.lazy import exports

# Public name -> module that defines it, imported on first use (PEP 562): these modules
# import spaCy and the pipeline.
_LAZY: dict[str, str] = {
    "attributions": "medialit.attribution.text",
    "claims": "medialit.attribution.assertions",
    "render_html": "medialit.attribution.view",
    "show": "medialit.attribution.view",
    "with_neutral_verb": "medialit.attribution.tone",
}

if TYPE_CHECKING:
    from medialit.attribution.assertions import claims
    from medialit.attribution.text import attributions
    from medialit.attribution.tone import with_neutral_verb
    from medialit.attribution.view import render_html, show


__getattr__ = exports(globals(), _LAZY, submodules={"assertions", "text"})


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "RULES",
    "TYPES",
    "Attribution",
    "Claim",
    "Link",
    "Span",
    "attributions",
    "claims",
    "render_html",
    "show",
    "with_neutral_verb",
]
