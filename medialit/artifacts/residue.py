"""Page residue: adverts, comment forms, share and subscribe prompts, widgets, initials.

The rules live in `data/lexicons/residue.json`; whole-line rules only match a line that is
nothing else, so a sentence that mentions a newsletter is left alone. A line repeated right
after itself (the page title copied above the headline) is residue too.

>>> page = "Talks began.\\n-Advertisement-\\nThey ended."
>>> [(a.category, a.text) for a in detect(page, page)]
[('advert', '-Advertisement-')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from medialit import resources as res
from medialit.artifacts.model import Artifact, flag
from medialit.regexes import compiled


@dataclass(frozen=True)
class _Rule:
    id: str
    kind: str
    line: bool
    pattern: re.Pattern[str]
    requires: tuple[str, ...] = ()
    gate: re.Pattern[str] | None = None
    """A quick pattern every match contains: a text without it skips the rule's own."""


@cache
def _table() -> tuple[int, dict[str, str], tuple[_Rule, ...]]:
    lexicon = res.load_lexicon("residue")
    rules = []
    for r in lexicon["rules"]:
        flags = re.IGNORECASE | (0 if r["scope"] == "line" else re.M)
        rules.append(
            _Rule(
                r["id"],
                r["kind"],
                r["scope"] == "line",
                compiled(r["pattern"], flags),
                tuple(r.get("requires", ())),
                compiled(r["gate"], flags) if "gate" in r else None,
            )
        )
    return lexicon["max_line"], lexicon["explanations"], tuple(rules)


@cache
def _whole_line() -> tuple[re.Pattern[str], dict[int, _Rule]]:
    """The line rules as one pattern, a group each in the file's order, and group -> rule.

    One `fullmatch` of the alternation tries the rules in order and stops at the first whose
    pattern takes the whole line, as trying them one by one does, in a single call per line.
    A rule's group closes after any group inside it, so it is the match's `lastindex`.
    """
    parts, by_group, group = [], {}, 1
    for rule in _table()[2]:
        if rule.line:
            parts.append(f"({rule.pattern.pattern})")
            by_group[group] = rule
            group += 1 + rule.pattern.groups
    return compiled("|".join(parts), re.IGNORECASE), by_group


_LINE = re.compile(r"[^\n]+")
# A menu entry: one to three words, each starting with a capital, nothing else on the line.
_MENU_ITEM = re.compile(r"[ \t]*[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}[ \t]*")
_MENU_SIZE = 4
# A headline: three to twenty words and no sentence punctuation at its end.
_HEADLINE = re.compile(r"[ \t]*\S+(?:[ \t]+\S+){2,19}[ \t]*")
_HEADLINE_END = tuple('.!?:;,"”’…)')
_LINK_BLOCK_SIZE = 3


def _menus(story: str) -> Iterator[tuple[int, int]]:
    """Runs of at least four menu-like lines (blank lines between them allowed)."""
    run: list[re.Match[str]] = []
    for line in [*_LINE.finditer(story), None]:
        if line is not None and not line.group().strip():
            continue
        if line is not None and _MENU_ITEM.fullmatch(line.group()):
            run.append(line)
            continue
        if len(run) >= _MENU_SIZE:
            first, last = run[0], run[-1]
            yield first.start() + len(first.group()) - len(first.group().lstrip()), last.end()
        run = []


_Line = tuple[int, int, str]
"""A line that is not blank: where its words start and end, and the words."""


def _link_block(lines: list[_Line]) -> Iterator[tuple[int, int]]:
    """The text's last lines when at least three of them are headlines: related links."""
    # Read from the end, up to the last line that is no headline: the lines above it (a
    # story's long paragraphs, slow to try as headlines) cannot be part of the block.
    run: list[tuple[int, int]] = []
    for start, end, stripped in reversed(lines):
        if stripped.endswith(_HEADLINE_END) or not _HEADLINE.fullmatch(stripped):
            break
        run.append((start, end))
    if len(run) >= _LINK_BLOCK_SIZE:
        yield run[-1][0], run[0][1]


def _trimmed_lines(story: str) -> Iterator[_Line]:
    for line in _LINE.finditer(story):
        stripped = line.group().strip()
        if stripped:
            start = line.start() + len(line.group()) - len(line.group().lstrip())
            yield start, start + len(stripped), stripped


def _line_rules(story: str, lines: list[_Line]) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, kind, rule id) of whole lines that are residue."""
    max_line = _table()[0]
    whole_line, by_group = _whole_line()
    for start, end in _menus(story):
        yield start, end, "navigation", "menu"
    for start, end in _link_block(lines):
        yield start, end, "related_link", "link_block"
    # A line's words, compared as a list: the same words whatever the spaces between them.
    previous: list[str] = []
    for start, end, stripped in lines:
        words = stripped.lstrip("•*-– ").split()
        if words == previous and len(words) >= 3:
            yield start, end, "boilerplate", "repeated_line"
            continue
        previous = words
        if len(stripped) > max_line:
            continue
        m = whole_line.fullmatch(stripped)
        if m is not None and m.lastindex is not None:
            rule = by_group[m.lastindex]
            yield start, end, rule.kind, rule.id


# A caption line: it ends with a photo agency's credit, run in or after a space.
_CAPTION_CREDIT = re.compile(
    r"[^\n]{10,200}?[a-z][ \t]?(?:dpa|dts|ddp|kna)|[^\n]{10,200}\(Photo:[^)\n]{2,60}\)"
)
# What such a line ends with: a line that does not end so is not tried against the pattern.
_CAPTION_ENDS = ("dpa", "dts", "ddp", "kna", ")")
_SANDWICH_KINDS = frozenset(("prompt", "advert"))
_SANDWICH_MAX_WORDS = 10


def _captions(lines: list[_Line]) -> Iterator[tuple[int, int, str, str]]:
    for start, end, stripped in lines:
        if stripped.endswith(_CAPTION_ENDS) and _CAPTION_CREDIT.fullmatch(stripped):
            yield start, end, "caption", "caption_credit"


def _sandwiched(
    lines: list[_Line], found: list[tuple[int, int, str, str]]
) -> Iterator[tuple[int, int, str, str]]:
    """A short line between two prompt or advert lines: a paywall's slogan or button."""
    prompts = {s for s, _, kind, _ in found if kind in _SANDWICH_KINDS}
    if len(prompts) < 2:
        return
    for before, line, after in zip(lines, lines[1:], lines[2:], strict=False):
        between = before[0] in prompts and after[0] in prompts and line[0] not in prompts
        if between and len(line[2].split()) <= _SANDWICH_MAX_WORDS:
            yield line[0], line[1], "prompt", "between_prompts"


def _inline_rules(story: str, low: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, kind, rule id) of residue fragments inside lines (`low`: the story lowered)."""
    for rule in _table()[2]:
        if rule.line or (rule.requires and not any(r in low for r in rule.requires)):
            continue
        if rule.gate is not None and rule.gate.search(story) is None:
            continue
        for m in rule.pattern.finditer(story):
            start, end = m.start(), m.end()
            while start < end and story[start].isspace():
                start += 1
            while end > start and story[end - 1].isspace():
                end -= 1
            if end > start:
                yield start, end, rule.kind, rule.id


_OWN_EXPLANATION = {
    "menu": "menu",
    "link_block": "link_block",
    "repeated_line": "repeated_line",
    "starred_caption": "caption",
    "caption_credit": "caption",
}


def detect(text: str, story: str, *, low: str | None = None) -> Iterator[Artifact]:
    """Residue lines and fragments in the parts of the text not already marked as leftovers.

    `low` is the story in lower case, when the caller has it already.
    """
    explanations = _table()[1]
    taken: list[tuple[int, int]] = []
    # The text's lines are read once, for every rule that looks at whole lines.
    lines = list(_trimmed_lines(story))
    found = [*_line_rules(story, lines), *_captions(lines)]
    for start, end, kind, rule in [
        *found,
        *_sandwiched(lines, found),
        *_inline_rules(story, story.lower() if low is None else low),
    ]:
        if any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        explain = explanations[_OWN_EXPLANATION.get(rule, kind)]
        yield flag(text, start, end, kind, explain, "", f"residue:{rule}")
