"""The attribution analyzer's pipeline components: attributions and claims, on the Doc.

Registered when the pipeline is built, so that the pipeline knows them as the attribution
analyzer's and runs them in its place; importing `medialit.attribution` alone registers nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc

from medialit import pipeline
from medialit.attribution import assertions, text
from medialit.attribution.model import Attribution, Claim


def _find(doc: Doc) -> list[Attribution]:
    """Every attribution of a parsed text, found afresh (the pipeline component)."""
    return text._find(doc)


def _find_claims(doc: Doc) -> list[Claim]:
    """Every claim of a parsed text, found afresh (the pipeline component)."""
    return assertions._find_claims(doc)


pipeline.component("medialit_attributions", "attributions", _find)
pipeline.component("medialit_claims", "claims", _find_claims)
