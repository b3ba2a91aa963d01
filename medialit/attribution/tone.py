"""The tone of a cue: the neutral verb a writer could use instead."""

from __future__ import annotations

from medialit.attribution.lexicons import _words
from medialit.attribution.model import Attribution


def with_neutral_verb(attribution: Attribution) -> str | None:
    """The neutral verb a writer could use instead of this attribution's cue, if it is loaded.

    >>> from medialit import attributions
    >>> with_neutral_verb(attributions("Moscow denounced the plan.")[0])
    'say'
    """
    if attribution.lemma is None or attribution.connotation in (None, "neutral"):
        return None
    entry = _words().verbs.get(attribution.lemma)
    return None if entry is None else str(entry.get("neutral", "say"))
