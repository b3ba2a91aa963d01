"""Verb before its subject after a quote ("…, said the ministry" with 'indicated')."""

from __future__ import annotations

import itertools
import re
from collections.abc import Container, Iterator
from functools import cache

from medialit.artifacts.common import alternation, rules, sentence_start
from medialit.artifacts.model import Artifact, flag


@cache
def _inversion_pattern() -> re.Pattern[str]:
    subject = (
        r"(?:the|a|an|his|her|its|their)\s+[^,.;:\n“”\"]{1,80}?"
        r"|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}"
    )
    # The mark first, then what may follow it: a quote mark (and a comma) or a comma alone.
    # A pattern that opens with one class is tried only at those marks, not at every
    # character, as an alternation of a class and a literal would be.
    return re.compile(
        r"[”\",](?:(?<=[”\"])\s*,?|(?<=,))\s+(?P<verb>"
        + alternation("inverted_reporting_verbs")
        + r")\s+"
        r"(?P<subject>" + subject + r")(?=\s*(?:[,.;:]|$))",
    )


_DETERMINERS = frozenset(("the", "a", "an", "his", "her", "its", "their"))
_PREPOSITIONS = frozenset(("of", "in", "at", "for", "on", "from", "with", "to", "by"))
_QUOTE_LIKE = re.compile(r"[“”\"«»]|\b(?:[Ww]e|I|[Oo]ur|[Uu]s|[Mm]y|[Yy]ou)\b")
# French puts a time phrase before the inverted subject (« a indiqué lundi le ministère »):
# one after it ("recalled the ambassador on Friday") marks an object, not a subject.
_TIME_AFTER = re.compile(
    r"\b(?:on|in|last|this|next|since|by|until|from|early|late|earlier|later)\s+"
    r"(?:[A-Z][a-z]+day|January|February|March|April|May|June|July|August|September|October"
    r"|November|December|\d{4}|week|month|year|weekend|morning|afternoon|evening|night)\b"
    r"|\b(?:yesterday|today|tonight|ago)\b"
)
# "The company, based in Leeds, launched the service": the clause between two commas is an
# aside, and the verb after it is the sentence's own verb with its object.
_ASIDE = re.compile(
    r",\s*(?:(?:which|who|whose|whom|where|when|however|meanwhile|too|also|though|then"
    r"|in turn|for (?:its|his|her|their|our) part|like|unlike|a|an|[a-z]+(?:ed|en|ing))\b"
    r"[^,]{0,80}|(?:[A-Z][\w’'.-]*|\d+)(?:\s+(?:[A-Z][\w’'.-]*|\d+))*),\s*$"
)
# Words that may follow an inverted subject after a comma; any other lower-case word there
# means the phrase was an aside ("The park, declared a World Heritage Site, attracts …").
_AFTER_SUBJECT = frozenset(
    "adding which who saying citing according noting in on at after while as referring and "
    "but quoted without before stressing insisting explaining warning".split()
)
_NEXT_WORD = re.compile(r"\s*,\s*([a-z]+)\b")


@cache
def trigger_words() -> frozenset[str]:
    """The verbs the pattern looks for: a text with none of them has nothing to flag."""
    return frozenset(rules()["inverted_reporting_verbs"])


def detect(text: str, story: str, *, at: Container[str] | None = None) -> Iterator[Artifact]:
    """Reporting verbs placed before their subject.

    `at` holds the trigger words found in the lower-cased story when the caller looked for
    them already (the pattern's verbs are in small letters).
    """
    if at is not None and not any(verb in at for verb in trigger_words()):
        return
    speakers = frozenset(rules()["speaker_nouns"])
    for m in _inversion_pattern().finditer(story):
        subject = m.group("subject")
        if _TIME_AFTER.search(subject):
            continue
        nxt = _NEXT_WORD.match(story, m.end())
        if nxt and nxt.group(1) not in _AFTER_SUBJECT:
            continue
        if story[m.start()] not in '”"' and _ASIDE.search(
            story, sentence_start(story, m.start()), m.start() + 1
        ):
            continue
        words = subject.split()
        core = list(itertools.takewhile(lambda w: w not in _PREPOSITIONS, words))
        core = core[1:] if len(core) > 1 and core[0] in _DETERMINERS else core
        # A speaker-like noun phrase ("the Ministry", "the statistics office", "Moscow") is
        # enough; a weaker subject ("the best in London") counts only after a quote or
        # first-person words.
        if not any(w[:1].isupper() or w.lower() in speakers for w in core):
            weak = any(w[:1].isupper() for w in words) or any(w.lower() in speakers for w in words)
            start = sentence_start(story, m.start())
            if not (weak and _QUOTE_LIKE.search(story, start, m.start() + 1)):
                continue
        verb = m.group("verb")
        explain = (
            f"The verb comes before its subject (“…, {verb} {subject}”): French word order "
            "after a statement (« a indiqué le ministère »). English news writes "
            f"“{subject} said”, and uses 'said' rather than '{verb}'."
        )
        start = m.start("verb")
        yield flag(text, start, m.end(), "grammar", explain, f"{subject} said", "grammar:inversion")
