"""Word lists and patterns for reading page structure, in one place.

Larger lexicons (reporting verbs, calques, time words) are JSON files under
`medialit/data/lexicons/`, read with `load_lexicon`.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

# A sentence ends at . ! or ? (with any closing quotes or brackets) followed by space and
# something that can start a sentence: a capital, a digit or an opening quote.
SENTENCE_END = re.compile(
    # "''" opens a quote in papers that print two apostrophes for a quote mark
    r"(?P<end>(?P<stop>[.!?])[\"'”’)\]]*)\s+(?=(?:''|[\"“‘'(\[])?[A-Z0-9])",
)

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen col lt sgt capt cpt maj adm gov sen rep st rev hon pres
    jan feb apr jun jul aug sep sept oct nov dec no nos vs inc corp ltd co jr sr mt ft
    a.m p.m u.s u.k u.n e.g i.e""".split()
)

LEFTOVER_LABELS = {
    "navigation": "site navigation",
    "markup": "markup fragment",
    "related_link": "link to another story",
    "boilerplate": "site boilerplate",
    "caption": "photo caption or credit",
}

_NAV_WORD = (
    r"(?:home|menu|search|share|tweet|email|print|subscribe|sign in|log in|login|register|"
    r"latest news|breaking news|top stories|news|world|politics|business|sport|sports|"
    r"opinion|culture|science|health|technology|tech|video|videos|live|more|comments?|"
    r"facebook|twitter|whatsapp|linkedin|telegram|pinterest|reddit|copy link|skip to content|"
    r"follow us)"
)
NAVIGATION_LINE = re.compile(rf"(?:{_NAV_WORD}\s*[|>»/·•›-]?\s*)+", re.IGNORECASE)
# Whole lines that only a site's template writes: sharing buttons, reading times, menus.
NAVIGATION_PHRASE = re.compile(
    r"(?:share|print|email|save|send) this (?:article|story|page|post)|"
    r"skip to (?:the )?(?:main )?content|listen to this (?:article|story)|"
    r"\d+\s*min(?:ute)?s?\s+read|most (?:read|popular|viewed|shared)|comments?\s*\(\d+\)|"
    r"download (?:the|our) app|follow us\b.{0,60}|watch:.{1,120}|tags?:.{1,200}|"
    r"back to top|show comments|open in app",
    re.IGNORECASE,
)
BREADCRUMB_START = re.compile(r"Home(?:\s*[>»/|›]\s*|\s+(?=[A-Z]{2,}\b))")
# "World | Europe", "Sport > Football > Premier League": short section names and separators.
BREADCRUMB_LINE = re.compile(r"[A-Z][\w&'’ -]{1,25}(?:\s*[|>»›]\s*[A-Z][\w&'’ -]{1,25})+")
_NEXT_PREVIOUS = r"(?:previous|next|prev)\s*(?:article|post|story)"
_SEE_ALSO = (
    r"(?:read (?:also|more|next)|see also|also read|more from|related"
    r"(?: articles?| stories| news| posts?| content)?)"
)
# A strong cue marks a link even before a full sentence; "Related", "See also" and the like
# only when a colon follows or the line reads as a headline (no closing full stop).
RELATED_LINK_STRONG = re.compile(rf"{_NEXT_PREVIOUS}|{_SEE_ALSO}\s*:", re.IGNORECASE)
# Any opener of a link line, weak or strong, with its colon: what precedes the headline.
RELATED_LINK_START = re.compile(rf"{_NEXT_PREVIOUS}|{_SEE_ALSO}\b\s*:?", re.IGNORECASE)
# A site's boilerplate line. What only a whole line or its start says ("Advertisement",
# "Reporting by ...") is tried with match(), at the line's start alone.
BOILERPLATE_START = re.compile(
    r"(?:advertisement|sponsored(?: content)?|accept (?:all )?cookies)$|"
    r"click here to (?:subscribe|sign up|read more)\b|"
    r"\(?(?:reporting|writing|editing|additional reporting) by\b.*\)?$",
    re.IGNORECASE,
)
# What may stand anywhere in the line ("All rights reserved") is searched for. Each part opens
# with its first character and only then looks behind it for the start of a word, so that `re`
# skips in C to the few characters a match can open with.
BOILERPLATE_ANYWHERE = re.compile(
    # "©" only as a copyright line, not inside garbled UTF-8 such as "cafÃ©".
    r"[©asw](?:(?<=©)(?<![ÃÂ]©)\s*(?:\d{4}|[A-Z])"
    r"|(?<=a)(?<!\w.)ll rights reserved\b"
    r"|(?<=s)(?<!\w.)(?:ign up (?:for|to)|ubscribe to) our newsletters?\b"
    r"|(?<=w)(?<!\w.)e use cookies\b)",
    re.IGNORECASE,
)
CAPTION_LINE = re.compile(
    r"(?:image|media|video|photo|picture) caption\b.*|"
    r"\(?(?:photo|photograph|picture|image|credit)s?(?: by)?\s*[:(]?.{0,80}"
    r"(?:/|\bvia\b|getty|reuters|afp|ap photo|epa|shutterstock|alamy).{0,40}\)?|"
    r"(?:[\w .'’-]{0,40}(?:/|\bvia\b)\s*)?"
    r"(?:Getty Images|Reuters|AFP|AP Photo|EPA|Shutterstock|Alamy)(?: via Getty Images)?",
    re.IGNORECASE,
)
MARKUP_CLOSER = re.compile(r"(?:\}+\s*[”\"'“]?|[”\"'“])\s*/?>")
DATA_PUNCTUATION = re.compile(r"[“\"”]\s*[:,]\s*[“\"”]|[{}]|\\u[0-9a-fA-F]{4}")
MARKUP_TAG = re.compile(
    r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>|&(?:amp|nbsp|quot|lt|gt|#\d+|#x[0-9a-fA-F]+);"
)

ENGLISH_FUNCTION_WORDS = frozenset(
    """the of and to a in is that for on with as was by it at from be this are have has had
    an or not but which its were their they he she his her will would said been who we our
    you than more after over into also about there can if no all one up out these those
    what when where why how some any other such only new said says could should may might
    them him us i my me your do does did being because while between against during before
    under since until both each most many much very just so then now here""".split()
)


@cache
def load_lexicon(name: str) -> Any:
    """Load `medialit/data/lexicons/<name>.json` (parsed once per process)."""
    return read_lexicon(name)


def read_lexicon(name: str) -> Any:
    """Parse `medialit/data/lexicons/<name>.json` afresh, for a caller that keeps only a table
    it builds from it (the parsed file is then not held for the rest of the process)."""
    path = resources.files("medialit").joinpath(f"data/lexicons/{name}.json")
    return json.loads(path.read_text(encoding="utf-8"))
