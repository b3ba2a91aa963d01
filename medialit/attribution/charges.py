"""A charge or a reproach told in the passive with no one named: 'The firm was accused of
hiding the losses', 'Dock bosses have been criticised for being slow to act'.

Someone made the charge, though the writer does not say who: like 'It is said that ...',
it is hearsay with no source. The verbs and the prepositions that carry the charge are data
(`charges` in `data/lexicons/act_verbs.json`).
"""

from __future__ import annotations

from functools import cache

from medialit.attribution.tokens import _Sent
from medialit.resources import load_lexicon


@cache
def _charges() -> dict[str, frozenset[str]]:
    """The prepositions after which each verb's passive carries a charge, by lemma."""
    return {k: frozenset(v) for k, v in load_lexicon("act_verbs")["charges"].items()}


def _charged(s: _Sent, lemma: str, k: int) -> bool:
    """Whether the passive of `lemma` is followed at token k by the preposition of a charge
    ('accused of', 'blamed for', 'criticised as')."""
    return s.low(k) in _charges().get(lemma, ())
