"""Every exercise kind, one module each; a new kind is one new module in this package.

Each module defines an `Exercise` subclass with a `kind` (the name in lesson data
files) and a `control` (the view a learner answers with). Defining the class
registers it in `KINDS`; this package imports every module in it, so `from_data`
knows every kind without a list to keep up to date.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping
from typing import Any

from medialit.exercises.core import KINDS, Exercise, Mistake
from medialit.exercises.kinds.choice import MultipleChoice, Option, SingleChoice
from medialit.exercises.kinds.dates import DateAnswer, DateSpan, parse_date
from medialit.exercises.kinds.labels import LabelSegments, Passage
from medialit.exercises.kinds.order import Order
from medialit.exercises.kinds.reflection import Reflection
from medialit.exercises.kinds.rewrite import Criterion, Rewrite
from medialit.exercises.kinds.short_text import ShortText
from medialit.exercises.kinds.spans import PickSpans, Word

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")

__all__ = [
    "KINDS",
    "Criterion",
    "DateAnswer",
    "DateSpan",
    "LabelSegments",
    "MultipleChoice",
    "Option",
    "Order",
    "Passage",
    "PickSpans",
    "Reflection",
    "Rewrite",
    "ShortText",
    "SingleChoice",
    "Word",
    "from_data",
    "parse_date",
]


def from_data(data: Mapping[str, Any]) -> Exercise:
    """Build an exercise from one entry of a lesson data file (see `medialit.exercises`).

    >>> from_data({"kind": "short_text", "id": "d", "prompt": "Agency?", "accept": ["TASS"]}).kind
    'short_text'
    """
    fields = dict(data)
    kind = fields.pop("kind", None)
    if kind not in KINDS:
        raise ValueError(
            f"exercise {fields.get('id')!r}: unknown kind {kind!r}; use one of {sorted(KINDS)}"
        )
    fields["mistakes"] = [Mistake(**m) for m in fields.get("mistakes", [])]
    try:
        return KINDS[kind](**fields)
    except TypeError as err:
        raise ValueError(f"exercise {fields.get('id')!r} ({kind}): {err}") from None
