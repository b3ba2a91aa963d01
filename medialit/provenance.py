"""What a page says about its own origin: byline, date, dateline, agency credit.

Each finding is a span of the page, or None when the page does not say, which is itself worth
teaching. The page's date is read by the timeline's own stamp reader, the one that dates the
page, so the two always agree.

>>> page = provenance(Article.from_text("By Ana Ruiz\\nMADRID, March 3 (Reuters) - Rain fell."))
>>> page.byline.text, page.dateline.text, page.agency_credit.text
('By Ana Ruiz', 'MADRID, March 3 (Reuters) -', 'Reuters')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from medialit.article import Article, Segment
from medialit.calling import callable_module

_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_AGENCIES = (
    r"Reuters|AP|Associated Press|AFP|Agence France-Presse|dpa|DPA|ANSA|EFE|Xinhua|"
    r"Kyodo|Yonhap|TASS|RIA Novosti|Interfax|PTI|Bloomberg|UPI|PA Media|ANP|Belga|APA"
)
BYLINE = re.compile(
    r"^(?:By|Written by|Reporting by|Words by)[ \t]+"
    r"(?P<name>[A-Z][\w.'’-]+(?:[ \t]+(?:[A-Z][\w.'’-]+|and|&|de|van|von|al|bin))*)"
    r"(?:,[ \t]*[A-Z][\w \t]+)?[ \t]*$",
    re.MULTILINE,
)
DATE = re.compile(
    rf"\b(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})\b"
)
PUBLISHED = re.compile(r"^(?:Published|Updated|Posted|Last updated)\b.*$", re.MULTILINE)
DATELINE = re.compile(
    r"^(?!(?:BREAKING|UPDATE|UPDATED|EXCLUSIVE|WATCH|LIVE|OPINION|ANALYSIS|EDITORIAL)\b)"
    rf"(?P<place>[A-Z][A-Z .'-]{{2,}}(?:,\s*[A-Z][a-zA-Z.]+)?)"
    rf"(?:,\s*(?:{_MONTH}\s*\d{{1,2}}|\d{{1,2}}\s+{_MONTH}))?"
    r"(?:[ \t]*\((?P<agency>[A-Z][\w.&'’ -]{1,40})\))?[ \t]*[-–—:]",
    re.MULTILINE,
)
AGENCY_CREDIT = re.compile(
    rf"\((?P<a1>{_AGENCIES})\)|^\s*[-–—]?\s*(?P<a2>{_AGENCIES})\s*$|"
    rf"\b(?:Source|Sources|With|Copyright|©)\s*:?\s*(?P<a3>{_AGENCIES})\b",
    re.MULTILINE,
)


@dataclass(frozen=True)
class Provenance:
    """What the page itself says about who wrote it, when, where from and through whom."""

    headline: Segment | None
    byline: Segment | None
    date: Segment | None
    dateline: Segment | None
    agency_credit: Segment | None

    def missing(self) -> list[str]:
        """The questions the page leaves unanswered, in the words a learner would use."""
        questions = {
            "byline": "who wrote it (no byline)",
            "date": "when it was published (no date)",
            "dateline": "where it was reported from (no dateline)",
            "agency_credit": "which news agency it comes from (no agency credit)",
        }
        return [q for field, q in questions.items() if getattr(self, field) is None]


def _segment(
    article: Article, match: re.Match[str] | None, group: str, kind: str
) -> Segment | None:
    if match is None:
        return None
    start, end = match.span(int(group) if group.isdigit() else group)
    return Segment(start, end, article.text[start:end], kind)


def _outside_leftovers(article: Article, pattern: re.Pattern[str]) -> re.Match[str] | None:
    for match in pattern.finditer(article.text):
        if article.leftover_at(match.start(), match.end()) is None:
            return match
    return None


def provenance(article: Article) -> Provenance:
    """Find the page's byline, date, dateline and agency credit, or None for each it lacks.

    >>> from medialit import load_article
    >>> provenance(load_article()).missing()[0]
    'who wrote it (no byline)'
    """
    head = article.headline
    headline = Segment(head.start, head.end, head.text, "headline") if head else None
    # The timeline's reading of the page's own stamp, so that both give the same answer.
    from medialit.timeline.stamps import page_date_span

    date_span = page_date_span(article)
    dateline = _outside_leftovers(article, DATELINE)
    credit: re.Match[str] | None = dateline
    credit_group = "agency"
    if dateline is None or not dateline.group("agency"):
        credit = _outside_leftovers(article, AGENCY_CREDIT)
        credit_group = next((g for g in ("a1", "a2", "a3") if credit and credit.group(g)), "0")
    return Provenance(
        headline=headline,
        byline=_segment(article, _outside_leftovers(article, BYLINE), "0", "byline"),
        date=Segment(*date_span, article.text[slice(*date_span)], "date") if date_span else None,
        dateline=_segment(article, dateline, "0", "dateline"),
        agency_credit=_segment(article, credit, credit_group, "agency_credit"),
    )


callable_module(__name__, provenance)

__all__ = ["Provenance", "provenance"]
