"""TimeML: each time expression's TimeML type and value, and a whole text as TimeML markup.

TimeML (ISO-TimeML, the annotation of TimeBank and TempEval) marks every time expression with
a `TIMEX3` element whose `type` is DATE, TIME, DURATION or SET and whose `value` is an ISO 8601
form. A range ("from 1994 to 1997") is two TIMEX3 elements, one per end.

>>> import datetime as dt
>>> from medialit.timeline import timexes
>>> day = dt.date(2022, 1, 9)
>>> text = "Talks will begin on Monday."
>>> xml = to_timeml(text, timexes(text, document_date=day), document_date=day)
>>> xml.splitlines()[3]
'<TEXT>Talks will begin on <TIMEX3 tid="t1" type="DATE" value="2022-01-10">Monday</TIMEX3>.</TEXT>'
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from typing import Any

from medialit.timeline.model import Timex

_REFS = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})
_DECADE = re.compile(r"^(\d{3})X$")


def default_value(timex: Timex) -> str | None:
    """The TimeML value of a resolved expression whose own rule did not set one."""
    value = timex.value
    if value is None or value in _REFS:
        return value
    decade = _DECADE.match(value)
    if decade:
        return decade.group(1)
    if "/" in value:
        # A stretch of days ("March 3-5", "the past week" read as days) is dated by its start.
        return value.split("/", 1)[0] if timex.timeml_type == "DATE" else None
    return value


def with_timeml(timex: Timex) -> Timex:
    """The expression with its TimeML value filled in (its own rule's, else the default)."""
    if timex.parts:
        # A range has no TimeML value of its own: each of its two ends has one.
        return replace(timex, parts=tuple(with_timeml(p) for p in timex.parts))
    if timex.timeml_value is not None or (not timex.resolved and timex.value not in _REFS):
        return timex
    return replace(timex, timeml_value=default_value(timex))


def timeml_items(found: Iterable[Timex]) -> Iterator[Timex]:
    """The expressions as TimeML marks them: a range becomes its two ends."""
    for timex in found:
        if timex.parts:
            yield from timex.parts
        else:
            yield timex


_Mark = tuple[int, int, str, "str | None", "str | None"]


def _marks(found: Iterable[Timex | Mapping[str, Any]]) -> Iterator[_Mark]:
    """Start, end, type, value and modifier of each mark, from Timex objects or their JSON."""
    for t in found:
        if isinstance(t, Timex):
            fields: Mapping[str, Any] = {f: getattr(t, f) for f in _MARK_FIELDS}
        else:
            fields = t
        if fields.get("parts"):
            yield from _marks(fields["parts"])
        elif fields.get("leftover") is None:
            yield (
                int(fields["start"]),
                int(fields["end"]),
                str(fields.get("timeml_type") or "DATE"),
                fields.get("timeml_value"),
                fields.get("mod"),
            )


_MARK_FIELDS = ("start", "end", "timeml_type", "timeml_value", "mod", "leftover", "parts")


def to_timeml(
    text: str,
    found: Iterable[Timex | Mapping[str, Any]],
    *,
    document_date: dt.date | None = None,
) -> str:
    """The text as a TimeML document: each time expression a TIMEX3, the page's date the DCT.

    `found` holds Timex objects or their JSON form (`Analysis.to_json()["timexes"]`)."""
    # Imported here: xml.sax.saxutils brings urllib.request, ssl and http.client, which an
    # analysis does not need.
    from xml.sax.saxutils import escape, quoteattr

    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<TimeML>"]
    if document_date is not None:
        day = document_date.isoformat()
        lines.append(
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{day}" '
            f'functionInDocument="CREATION_TIME">{day}</TIMEX3></DCT>'
        )
    body: list[str] = []
    at = 0
    number = 0
    for start, end, kind, value, mod in sorted(_marks(found), key=lambda m: (m[0], -m[1])):
        if start < at:
            continue
        number += 1
        attrs = f'tid="t{number}" type="{kind}"'
        if value is not None:
            attrs += f" value={quoteattr(value)}"
        if mod is not None:
            attrs += f" mod={quoteattr(mod)}"
        body.append(escape(text[at:start]))
        body.append(f"<TIMEX3 {attrs}>{escape(text[start:end])}</TIMEX3>")
        at = end
    body.append(escape(text[at:]))
    lines.extend(["<TEXT>" + "".join(body) + "</TEXT>", "</TimeML>"])
    return "\n".join(lines)


__all__ = ["default_value", "timeml_items", "to_timeml", "with_timeml"]
