"""Dating the page: the day a text is read against, given or inferred from its evidence."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from medialit import pipeline
from medialit.article import Article
from medialit.timeline.bounds import GIVE_DATE, _bounded, agreeing_weekday
from medialit.timeline.calendar_facts import _month_end
from medialit.timeline.clues import _clues_from_links, _clues_from_text, _kit_facts
from medialit.timeline.model import DateCandidate, DocumentDate, Evidence
from medialit.timeline.ranges import narrowed
from medialit.timeline.scanning import _article, _found
from medialit.timeline.stamps import _STAMP_WORDS, _is_dateline

if TYPE_CHECKING:
    from spacy.tokens import Doc

_SHARPNESS = 3.0
_MAX_CANDIDATES = 5


def _infer(doc: Doc, facts: Sequence[Mapping[str, Any]] | None) -> list[DateCandidate]:
    article = _article(doc)
    if article is None:
        return []
    clues, dated = _clues_from_text(doc, article)
    link_clues, link_dates = _clues_from_links(
        article, _kit_facts(article.text) if facts is None else facts
    )
    clues.extend(link_clues)
    if not clues:
        return []
    try:
        if link_dates:
            first = min(link_dates) - dt.timedelta(days=14)
            last = max(link_dates) + dt.timedelta(days=14)
        elif dated:
            first, last = max(dated) - dt.timedelta(days=7), max(dated) + dt.timedelta(days=31)
        else:
            return []
        days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
        # A stamp read two ways ("03/12/2023") puts both days in play, however far apart.
        days += [d for d in dated if not first <= d <= last]
    except OverflowError:
        return []
    scores = [sum(c.score(d) for c in clues) for d in days]
    top = max(scores)
    if top <= 0:
        return []
    possible = sum(c.best for c in clues)
    weights = [math.exp(_SHARPNESS * (s - top)) for s in scores]
    total = sum(weights)
    ranked = sorted(range(len(days)), key=lambda i: (-scores[i], days[i]))[:_MAX_CANDIDATES]
    out = []
    for i in ranked:
        day = days[i]
        confidence = round(weights[i] / total * scores[i] / possible, 2)
        marks = [(c, c.score(day)) for c in clues]
        # Strongest evidence first: a stamp or a dateline before the hints around it.
        marks.sort(key=lambda m: -m[0].best)
        out.append(
            DateCandidate(
                date=day,
                confidence=confidence,
                evidence=tuple(c.evidence for c, s in marks if s >= 0.5 * c.best),
                against=tuple(c.evidence for c, s in marks if s == 0),
            )
        )
    return out


def infer_document_date(
    text_or_doc: str | Article | Doc, *, facts: Sequence[Mapping[str, Any]] | None = None
) -> list[DateCandidate]:
    """Work out when an undated page was written: candidate days, best first, with evidence.

    The evidence is the page's own (a dateline, a past weekday, a month and day still to
    come, a past "mid-December", a full date) and, where `facts` date the stories its
    navigation links to, those dates. For the kit's own article the provenance facts are
    used unless `facts` is given. Without a year from any of these, there is no candidate.

    >>> import medialit
    >>> best = medialit.infer_document_date(medialit.load_article())[0]
    >>> best.date.isoformat(), len(best.evidence)
    ('2021-12-26', 6)
    """
    return _infer(pipeline.as_doc(text_or_doc), facts)


_RELATIVE_STAMP = re.compile(
    rf"^[ \t(\[]*(?:(?i:{_STAMP_WORDS})\b[^\n]*?\b(?i:ago|today|yesterday|just now)\b|"
    r"(?:\d+|(?i:an?|one))\s+(?i:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+(?i:ago)[ \t]*$)",
    re.MULTILINE,
)


def _why_undated(doc: Doc) -> str:
    """Why no date could be inferred, naming what the page does say."""
    said = _what_it_says(doc)
    head = "; ".join(said) + "; " if said else ""
    return f"{head}the page gives no full date and no dated linked story; {GIVE_DATE}"


def _what_it_says(doc: Doc) -> list[str]:
    """What an undated page says about its date: a relative stamp, a dateline with no year."""
    article = _article(doc)
    text = article.text if article else ""
    said = []
    relative = _RELATIVE_STAMP.search(text)
    if relative:
        said.append(
            f"its stamp '{relative.group().strip()}' counts from when it was read, not a date"
        )
    for e in _found(doc):
        if e.year is None and _is_dateline(e, text):
            said.append(f"the dateline gives month and day ({text[e.start : e.end]}) but no year")
            break
    return said


# Evidence that names the page's own day; anything else only narrows it down.
_STRONG = frozenset(
    {"page_metadata", "stamp", "ambiguous_stamp", "dateline", "previous_story", "next_story"}
)
# Below this, clues from the text alone name no day: the page gets a range, not a guess.
_SURE_ENOUGH = 0.5


def _from_metadata(article: Article | None) -> DocumentDate | None:
    """The date a saved web page gives in its metadata (published, else modified), if any."""
    page = getattr(article, "page", None)
    if not isinstance(page, Mapping):
        return None
    for key, confidence in (("published", 0.95), ("modified", 0.8)):
        entry = page.get(key)
        if not isinstance(entry, Mapping) or not entry.get("value"):
            continue
        try:
            day = dt.date.fromisoformat(str(entry["value"])[:10])
        except ValueError:
            continue
        where = str(entry.get("source") or "the page's metadata")
        says = f"the page's metadata gives its {key} date, {day} (from {where})"
        evidence = Evidence(0, 0, str(entry["value"]), rule="page_metadata", says=says)
        return DocumentDate(day, "inferred", confidence, (evidence,), rule="page_metadata")
    return None


def _disagreement(meta: DocumentDate, found: list[DateCandidate]) -> str | None:
    """What the page's text says against its metadata, when its own stamp gives another day."""
    if not found or not found[0].evidence or meta.value is None:
        return None
    first = found[0].evidence[0]
    if first.rule in ("stamp", "dateline") and found[0].date != meta.value:
        return (
            f"the metadata says {meta.value}, but the text's {first.rule} '{first.text}' "
            f"says {found[0].date}: one of them is wrong, or the page was changed"
        )
    return None


def page_date(doc: Doc) -> DocumentDate:
    """The page's date from its evidence, tried in turn: metadata, stamps, datelines, linked
    stories, then clues in the text; a range when no day can be named (the terms of the
    office holders it names, the years it ties to the page's, anniversaries, dates' tense)."""
    article = _article(doc)
    found = _infer(doc, None)
    meta = _from_metadata(article)
    if meta is not None:
        return replace(meta, note=_disagreement(meta, found))
    if found:
        best = found[0]
        rule = best.evidence[0].rule if best.evidence else "text_clues"
        if rule in _STRONG or best.confidence >= _SURE_ENOUGH:
            note = next((e.says for e in best.evidence if e.rule == "ambiguous_stamp"), None)
            return DocumentDate(
                best.date, "inferred", best.confidence, best.evidence, note=note, rule=rule
            )
    ranged = narrowed(doc)
    if ranged is not None:
        return ranged
    bounded = _bounded(doc)
    if bounded is None:
        return DocumentDate(None, "unknown", 0.0, note=_why_undated(doc))
    agreeing = agreeing_weekday(doc, bounded)
    if agreeing is not None:
        return agreeing
    said = "".join(f"; {part}" for part in _what_it_says(doc))
    return replace(bounded, note=f"{bounded.note}{said}")


def given_period(value: str) -> DocumentDate:
    """The page's date as a reader gives it: a day (2021-12-26), a month (2021-12) or a year.

    >>> given_period("2021-12").earliest, given_period("2021-12").latest
    (datetime.date(2021, 12, 1), datetime.date(2021, 12, 31))
    """
    match = _GIVEN.fullmatch(value.strip())
    if match is None:
        raise ValueError(f"{value!r} is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    if day is not None and month is not None:
        return DocumentDate(dt.date(year, month, day), "given", 1.0)
    if month is not None:
        first = dt.date(year, month, 1)
        last = _month_end(year, month)
        return DocumentDate(None, "given", 1.0, note=value.strip(), earliest=first, latest=last)
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    return DocumentDate(None, "given", 1.0, note=value.strip(), earliest=first, latest=last)


_GIVEN = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def document_date(
    text_or_doc: str | Article | Doc, *, document_date: dt.date | DocumentDate | None = None
) -> DocumentDate:
    """The day a text is read against: the given `document_date`, else the inferred one.

    >>> import datetime
    >>> str(document_date("Talks begin on Monday.", document_date=datetime.date(2022, 1, 9)))
    'document date Sunday 2022-01-09 (given)'
    """
    doc = pipeline.as_doc(text_or_doc)
    if isinstance(document_date, DocumentDate):
        return document_date
    if document_date is not None:
        return DocumentDate(document_date, "given", 1.0)
    return pipeline.cached(doc, "document_date", page_date)
