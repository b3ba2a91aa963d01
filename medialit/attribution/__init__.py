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
(claims), `tone` and `view`.

>>> found = attributions("The bridge will reopen on Monday, the mayor said.")
>>> print(found[0])
P1.S1 indirect: the mayor said (neutral): "The bridge will reopen on Monday"
>>> [c.by for c in claims("The bridge is closed. It will reopen, the mayor said.")]
['writer', 'source']
"""

from __future__ import annotations

from spacy.tokens import Doc

from medialit import pipeline
from medialit.attribution import assertions, text
from medialit.attribution.assertions import claims
from medialit.attribution.model import RULES, TYPES, Attribution, Claim, Link, Span
from medialit.attribution.text import attributions
from medialit.attribution.tone import with_neutral_verb
from medialit.attribution.view import render_html, show


def _find(doc: Doc) -> list[Attribution]:
    """Every attribution of a parsed text, found afresh (the pipeline component)."""
    return text._find(doc)


def _find_claims(doc: Doc) -> list[Claim]:
    """Every claim of a parsed text, found afresh (the pipeline component)."""
    return assertions._find_claims(doc)


pipeline.component("medialit_attributions", "attributions", _find)
pipeline.component("medialit_claims", "claims", _find_claims)

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
