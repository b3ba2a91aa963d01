"""The exercise models under one name, as before they were split by kind.

The core lives in `medialit.exercises.core`, the text helpers in
`medialit.exercises.text` and each kind in its own module of
`medialit.exercises.kinds`; this module names them all for code that imports
`medialit.exercises.model`.

>>> ex = SingleChoice(
...     id="demo.speaker",
...     prompt="Whose words does the quote report?",
...     options=[
...         Option("TASS", explain="TASS relayed the words; it did not say them."),
...         Option("Russia's Foreign Ministry", correct=True, explain="The ministry spoke."),
...     ],
... )
>>> print(ex.check("TASS"))
✗ Not yet — TASS relayed the words; it did not say them.
>>> ex.check(ex.reference).score
1.0
"""

from __future__ import annotations

from medialit.exercises.core import (
    KINDS,
    MARKS,
    AnswerError,
    Exercise,
    Feedback,
    Json,
    Mistake,
    Verdict,
)
from medialit.exercises.kinds import (
    DateAnswer,
    DateSpan,
    LabelSegments,
    MultipleChoice,
    Option,
    Order,
    Passage,
    PickSpans,
    Reflection,
    ShortText,
    SingleChoice,
    Word,
    from_data,
    parse_date,
)
from medialit.exercises.text import normalize_text, quote, strip_quote_pair

__all__ = [
    "KINDS",
    "MARKS",
    "AnswerError",
    "DateAnswer",
    "DateSpan",
    "Exercise",
    "Feedback",
    "Json",
    "LabelSegments",
    "Mistake",
    "MultipleChoice",
    "Option",
    "Order",
    "Passage",
    "PickSpans",
    "Reflection",
    "ShortText",
    "SingleChoice",
    "Verdict",
    "Word",
    "from_data",
    "normalize_text",
    "parse_date",
    "quote",
    "strip_quote_pair",
]
