"""A paragraph that opens with its verb, in lower case and with no subject before it
("expected the envoy in the capital with a message", "signed the mayor the deal yesterday").

German can put the participle first ("Erwartet wird ..."), and French headlines open with
one ("Attendu à ..."); a translation that keeps that order leaves a line that starts with
the verb. A line that follows a broken-off one (a hard line break in mid-sentence) is left to
the check for broken sentences. Only a past form in -ed counts, and not one followed by a
preposition or a colon, as a label ("translated from Spanish:", "filed under:") is.

>>> text = "Talks began.\\n\\nexpected the envoy in the capital with a message of peace."
>>> [(a.text, a.rule) for a in detect(text, text)]
[('expected the envoy', 'grammar:verb_first_line')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medialit.artifacts.model import Artifact, flag

_VERB_FIRST = re.compile(
    r"[a-z]{2,}ed (?!(?:from|by|to|in|on|at|with|for|of|as|and|or|out|up|off|into|under"
    r"|about|via|through|over)\b)[\w-]+(?: [\w-]+)?"
)
_RULE = "grammar:verb_first_line"
_EXPLAIN = (
    "This line opens with a verb in lower case and has no subject before it. English puts "
    "the subject first; German can open with the participle and French headlines with "
    "'Attendu', so a translation that keeps the source's order leaves the verb in front."
)


def detect(text: str, story: str) -> Iterator[Artifact]:
    """Lines whose first word is a lower-case verb in -ed followed by its object."""
    start = 0
    while start < len(story):
        end = story.find("\n", start)
        end = len(story) if end == -1 else end
        at = start + len(story[start:end]) - len(story[start:end].lstrip(" \t"))
        if (
            at < end
            and story[at].islower()
            and ":" not in story[at : min(end, at + 30)]
            and _opens_paragraph(story, start)
        ):
            m = _VERB_FIRST.match(story, at, end)
            if m is not None:
                yield flag(text, m.start(), m.end(), "grammar", _EXPLAIN, None, _RULE)
        start = end + 1


def _opens_paragraph(story: str, start: int) -> bool:
    """True when the line follows a blank line or a finished sentence, not a wrapped one."""
    before = story[max(0, start - 200) : start].rstrip(" \t")
    if not before.endswith("\n"):
        return not before.strip()
    previous = before[:-1].rsplit("\n", 1)[-1].strip()
    return not previous or previous.endswith((".", "!", "?", "”", '"', "’", "'"))
