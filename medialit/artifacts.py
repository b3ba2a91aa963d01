"""Traces of translation and copying in a news text, each with its MQM kind and a fix.

A flag is a character span, a category, the MQM branch it belongs to (accuracy, fluency,
locale conventions, design and markup), an explanation for a learner and, where one
exists, a suggested correction (an empty string means: delete it). The rules are
general: lexicons of French calques, names and spellings, word frequencies for glued
words, and patterns for punctuation and word order. The page leftovers (navigation,
markup, links to other stories) come from `medialit.article.find_leftovers`.

>>> [a.category for a in artifacts("We received the offer, quoted by the TASS agency.")]
['calque']
"""

from __future__ import annotations

import datetime as dt
import difflib
import html
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc

from medialit import pipeline
from medialit import resources as res
from medialit.article import Article
from medialit.calling import callable_module

CATEGORIES: dict[str, tuple[str, str]] = {
    "calque": ("word-for-word rendering (calque)", "accuracy"),
    "duplicate_quote": ("one quote rendered twice", "accuracy"),
    "grammar": ("wrong tense, mood or word order", "fluency"),
    "punctuation": ("punctuation that breaks a phrase", "fluency"),
    "glued_words": ("words glued together", "fluency"),
    "names": ("one body under several names", "fluency"),
    "mojibake": ("garbled characters (mojibake)", "fluency"),
    "spelling": ("disputed or foreign spelling of a name", "locale conventions"),
    "locale_format": ("number or punctuation style of another language", "locale conventions"),
    "navigation": ("site navigation", "design and markup"),
    "markup": ("markup fragment", "design and markup"),
    "related_link": ("link to another story", "design and markup"),
    "boilerplate": ("site boilerplate", "design and markup"),
    "caption": ("photo caption or credit", "design and markup"),
}
"""Category -> (label for a learner, MQM top-level branch)."""

_LEFTOVER_EXPLANATIONS = {
    "navigation": "Site navigation copied with the text (menu words, section names, a "
    "breadcrumb). It is not part of the story: the text was copied from a web page.",
    "markup": "A fragment of the page's code or data copied with the text. It shows the text "
    "was scraped from a web page, and it often holds an earlier version of the text.",
    "related_link": "A link to another story on the same site, copied with the text. Its "
    "headline tells you about the site (what else it publishes, and when), not this story.",
    "boilerplate": "Site boilerplate (copyright, cookie or newsletter notice), not the story.",
    "caption": "A photo caption or photo credit copied with the text. It describes a picture "
    "the copy no longer shows, so it reads as a stray line in the story.",
}


@dataclass(frozen=True)
class Related:
    """Another span a flag points to, such as the other rendering of a quote."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Artifact:
    """One trace of translation or copying: a span, its kind and how to fix it."""

    start: int
    end: int
    text: str
    category: str
    mqm: str
    explanation: str
    suggestion: str | None = None
    """The corrected wording; "" means delete the span; None when no fix can be proposed."""
    rule: str = ""
    """The rule or lexicon entry that raised the flag, such as `calque:quoted_by_agency`."""
    related: Related | None = None

    def __str__(self) -> str:
        fix = ""
        if self.suggestion == "":
            fix = " -> (delete)"
        elif self.suggestion is not None:
            fix = f" -> {self.suggestion!r}"
        label = CATEGORIES.get(self.category, (self.category, ""))[0]
        return f"{self.start}-{self.end} [{label}; MQM {self.mqm}] {self.text!r}{fix}"


def artifacts(
    text_or_doc: str | Doc | Article, *, document_date: dt.date | None = None
) -> list[Artifact]:
    """Find traces of machine translation and of copying from a web page.

    `document_date` is accepted for the analysis contract; these traces do not depend on it.

    >>> for flag in artifacts("Moscow denies any bellicose intent, denounces Kiev."):
    ...     print(flag.category, flag.text, "->", flag.suggestion)
    calque bellicose intent -> hostile intent
    spelling Kiev -> Kyiv
    """
    doc = pipeline.as_doc(text_or_doc)
    return pipeline.cached(doc, "artifacts", _find)


def _find(doc: Doc) -> list[Artifact]:
    if not doc.text.strip():
        return []
    return find(pipeline.article_of(doc))


def find(article: Article) -> list[Artifact]:
    """Find the artifacts of an Article (the work behind `artifacts`, without spaCy).

    >>> [a.category for a in find(Article.from_text("Home NEWS\\n\\nTalks began."))]
    ['navigation']
    """
    text = article.text
    story = _mask(text, article.leftovers)
    visible = _mask(text, [g for g in article.leftovers if g.kind == "markup"])
    flags: list[Artifact] = [
        _flag(text, g.start, g.end, g.kind, _LEFTOVER_EXPLANATIONS.get(g.kind, ""), "", "leftover")
        for g in article.leftovers
    ]
    low = _lower(visible)
    words = _word_set(low)
    flags += _calques(text, visible, low, words)
    flags += _spellings(text, visible, low, words)
    flags += _locale(text, visible)
    flags += _mojibake(text, visible)
    flags += _glued(text, story)
    flags += _stops(text, story)
    flags += _inversions(text, story)
    flags += _mood(text, story, low)
    flags += _tense(text, story, low)
    flags += _perfect(text, story, low)
    flags += _since_present(text, story, low)
    flags += _of_chains(text, story)
    flags += _names(text, story, low)
    flags += _duplicate_quotes(text, story)
    flags.sort(key=lambda a: (a.start, a.end, a.category))
    return flags


def _mask(text: str, segments: Iterable[Any]) -> str:
    """The text with the given segments blanked out, offsets unchanged."""
    parts: list[str] = []
    cursor = 0
    for seg in sorted(segments, key=lambda s: s.start):
        parts.append(text[cursor : seg.start])
        parts.append(" " * (seg.end - seg.start))
        cursor = seg.end
    parts.append(text[cursor:])
    return "".join(parts)


def _flag(
    text: str,
    start: int,
    end: int,
    category: str,
    explanation: str,
    suggestion: str | None,
    rule: str,
    related: Related | None = None,
) -> Artifact:
    return Artifact(
        start=start,
        end=end,
        text=text[start:end],
        category=category,
        mqm=CATEGORIES[category][1],
        explanation=explanation,
        suggestion=suggestion,
        rule=rule,
        related=related,
    )


# --- lexicons, compiled once ---------------------------------------------------------------


@dataclass(frozen=True)
class _Calque:
    id: str
    natural: tuple[str, ...]
    explanation: str
    fixes: tuple[tuple[re.Pattern[str], str], ...]

    def suggest(self, found: str) -> str:
        """The correction for `found`: the entry's fixes applied to it, or its natural form."""
        if self.fixes:
            fixed = found
            for search, replace in self.fixes:
                fixed = search.sub(replace, fixed)
            return _match_case(found, fixed)
        name = _CAPITALISED.search(found, 1)
        for natural in self.natural:
            if "{name}" not in natural:
                return _match_case(found, natural)
            if name:
                return _match_case(found, natural.replace("{name}", name.group()))
        return ""


_CAPITALISED = re.compile(r"\b[A-Z][\w-]*")


def _phrase(words: str) -> str:
    return r"\b" + r"\s+".join(re.escape(w) for w in words.split()) + r"\b"


def _lower(text: str) -> str:
    """The text in lower case, offsets unchanged (or "" when lowering would move them)."""
    low = text.lower()
    return low if len(low) == len(text) else ""


def _windowed(
    pattern: re.Pattern[str], text: str, low: str, triggers: Iterable[str], *, before: int = 60
) -> Iterator[re.Match[str]]:
    """Matches of `pattern` that contain one of the trigger words, found near each trigger.

    A pattern with a leading word boundary or ignoring case cannot use the regex engine's
    fast literal search, so scanning a long text with dozens of them is slow; finding the
    trigger words with `str.find` and matching only around them is many times faster.
    """
    if not low:
        yield from pattern.finditer(text)
        return
    seen: set[tuple[int, int]] = set()
    for trigger in triggers:
        i = low.find(trigger)
        while i != -1:
            if before == 0:
                # The match can only start at the trigger: one anchored attempt is enough.
                at = pattern.match(text, i)
                if at is not None and at.span() not in seen:
                    seen.add(at.span())
                    yield at
                i = low.find(trigger, i + 1)
                continue
            window = pattern.finditer(text, max(0, i - before), min(len(text), i + 160))
            for m in window:
                if m.start() <= i < m.end() and m.span() not in seen:
                    seen.add(m.span())
                    yield m
            i = low.find(trigger, i + 1)


@cache
def _calque_table() -> list[tuple[tuple[str, ...], frozenset[str], re.Pattern[str], _Calque]]:
    # One small pattern per entry, run only around its trigger words: a single alternation
    # of every entry is tried at every position of the text and is far slower.
    table = []
    for entry in res.load_lexicon("calques_fr")["entries"]:
        body = entry.get("pattern") or "|".join(_phrase(lit) for lit in entry["literal"])
        flags = 0 if entry.get("case_sensitive") else re.IGNORECASE
        fixes = tuple((re.compile(a, re.IGNORECASE), b) for a, b in entry.get("fix", ()))
        calque = _Calque(entry["id"], tuple(entry["natural"]), entry["explanation"], fixes)
        triggers = tuple(entry["trigger"])
        table.append((triggers, frozenset(triggers), re.compile(body, flags), calque))
    return table


@cache
def _rules() -> dict[str, Any]:
    rules: dict[str, Any] = res.load_lexicon("artifact_rules")
    return rules


def _words(key: str) -> str:
    return "|".join(re.escape(w) for w in sorted(_rules()[key], key=len, reverse=True))


# --- calques, spellings, locale conventions, mojibake ---------------------------------------


_LETTERS = re.compile(r"[^\W\d_]+")


def _word_set(low: str) -> frozenset[str]:
    """The words of the lower-cased text, to test every entry's trigger words at once.

    Looking each trigger up as a substring scans the whole text once per entry; one pass
    that collects the words (in C) keeps a hundred entries cheap on short texts.
    """
    return frozenset(_LETTERS.findall(low))


def _calques(text: str, visible: str, low: str, words: frozenset[str]) -> Iterator[Artifact]:
    for triggers, trigger_set, pattern, entry in _calque_table():
        if low and words.isdisjoint(trigger_set):
            continue
        for m in _windowed(pattern, visible, low, triggers):
            yield _flag(
                text,
                m.start(),
                m.end(),
                "calque",
                entry.explanation,
                entry.suggest(m.group()),
                f"calque:{entry.id}",
            )


def _match_case(original: str, replacement: str) -> str:
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


@cache
def _spelling_table() -> list[tuple[str, re.Pattern[str], dict[str, str]]]:
    entries: list[dict[str, str]] = res.load_lexicon("names_en")["spellings"]
    return [
        (e["form"].lower(), re.compile(e.get("pattern") or _phrase(e["form"])), e) for e in entries
    ]


_OLD_NAME_CUE = re.compile(
    r"\b(?:formerly|also known as|known as|then|once|previously|renamed from|old name|called)"
    r"\W{0,3}$",
    re.IGNORECASE,
)


def _named_on_purpose(visible: str, start: int, end: int, preferred: str) -> bool:
    """True when the text gives the old name as such ("Myanmar, also known as Burma")."""
    if preferred in visible[max(0, start - 80) : end + 80]:
        return True
    return _OLD_NAME_CUE.search(visible, max(0, start - 25), start) is not None


def _spellings(text: str, visible: str, low: str, words: frozenset[str]) -> Iterator[Artifact]:
    for trigger, pattern, entry in _spelling_table():
        if low and trigger not in words:
            continue
        explanation = f"{entry['explanation']} (Source: {entry['source']}.)"
        rule = f"spelling:{entry['kind']}:{entry['form']}"
        preferred = entry["preferred"]
        for m in _windowed(pattern, visible, low, (trigger,)):
            if _named_on_purpose(visible, m.start(), m.end(), preferred):
                continue
            yield _flag(text, m.start(), m.end(), "spelling", explanation, preferred, rule)


@cache
def _locale_table() -> list[tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]]:
    entries: list[dict[str, str]] = _rules()["locale_patterns"]
    return [(re.compile(e["requires"]), re.compile(e["pattern"]), e) for e in entries]


_ORDINAL_ENDINGS = {"1": "st", "2": "nd", "3": "rd"}


def _locale_fix(kind: str, found: str) -> str | None:
    if kind == "thousands_comma":
        return found.replace(".", ",")
    if kind == "decimal_point":
        return found.replace(",", ".")
    if kind == "strip_space":
        return found.strip()
    if kind == "quotes":
        return found.replace("«", "“").replace("»", "”").replace("“ ", "“").replace(" ”", "”")
    if kind == "time":
        return found.replace("h", ":")
    if kind == "euro_before":
        return "€" + found.rstrip("€ ")
    if kind == "ordinal":
        number = re.match(r"\d+", found)
        if number is None:
            return None
        digits = number.group()
        teen = len(digits) > 1 and digits[-2] == "1"
        return digits + ("th" if teen else _ORDINAL_ENDINGS.get(digits[-1], "th"))
    return None


def _locale(text: str, visible: str) -> Iterator[Artifact]:
    for requires, pattern, entry in _locale_table():
        if not requires.search(visible):
            continue
        rule = f"locale:{entry['id']}"
        for m in pattern.finditer(visible):
            fix = _locale_fix(entry["fix"], m.group())
            yield _flag(text, m.start(), m.end(), "locale_format", entry["explanation"], fix, rule)


# Letters that UTF-8 text read as Latin-1 or Windows-1252 turns into; checked by ftfy.
# The flag stops before the sentence's own punctuation ("Â«absurdÂ»." flags "Â«absurdÂ»").
_MOJIBAKE_HINT = re.compile(
    r"\S*(?:[ÃÂâÅÄÐÑ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ ¡-¿]|�)\S*?(?=[.,;:!?)\]\"']*(?:\s|$))"
)


_MOJIBAKE_LEAD = re.compile("[ÃÂâÅÄÐÑ�]")


def _mojibake(text: str, visible: str) -> Iterator[Artifact]:
    if not _MOJIBAKE_LEAD.search(visible):
        return
    candidates = list(_MOJIBAKE_HINT.finditer(visible))
    if not candidates:
        return
    import ftfy  # imported only when a text shows signs of garbling: it takes ~50 ms to load

    for m in candidates:
        fixed = ftfy.fix_encoding(m.group())
        if "�" in m.group():
            explanation = (
                "A replacement character (�): a letter was lost when the text was decoded "
                "with the wrong character encoding, and cannot be recovered from this copy."
            )
            yield _flag(text, m.start(), m.end(), "mojibake", explanation, None, "mojibake:lost")
        elif fixed != m.group():
            explanation = (
                "Garbled letters (mojibake): UTF-8 text was read as another encoding "
                "somewhere between the source and this page, a sign of copying."
            )
            yield _flag(text, m.start(), m.end(), "mojibake", explanation, fixed, "mojibake:ftfy")


# --- words glued together ------------------------------------------------------------------

# Start at the capital (rare) rather than the lower-case word (everywhere): much faster.
_CAMEL_GLUE = re.compile(r"[A-Z](?<=[a-z][A-Z])[A-Za-z]*")
_LEFT_WORD = re.compile(r"(?<![A-Za-z])[a-z]{2,}$")
_DIGIT_GLUE = re.compile(r"\d(?<=[a-z]\d)\d{1,3}\b")


@cache
def _glue_tables() -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    glue = _rules()["glue"]
    prefixes = frozenset(glue["name_prefixes"])
    pattern = re.compile(
        r"\b(" + "|".join(glue["prepositions"]) + ")(" + "|".join(glue["determiners"]) + r")\b"
    )
    return frozenset(res.ENGLISH_FUNCTION_WORDS), prefixes, pattern


@cache
def zipf(word: str) -> float:
    """How common an English word is, on the Zipf scale (7 = 'the', 0 = unknown).

    >>> zipf("from") > 5 > zipf("fromthe")
    True
    """
    # wordfreq takes ~0.15 s to import and load: only texts with a glue candidate pay for it.
    from wordfreq import zipf_frequency

    value: float = zipf_frequency(word, "en")
    return value


def _is_word(part: str, function_words: frozenset[str]) -> bool:
    """True when `part` is a common English word; the commonest need no frequency list."""
    low = part.lower()
    return low in function_words or zipf(low) >= _rules()["glue"]["min_part_zipf"]


_ADDRESS_MARK = frozenset("#@/.:_=?&~")


def _in_address(story: str, start: int, end: int) -> bool:
    """True inside a hashtag, handle, web address or e-mail address, where words are joined."""
    left = story.rfind(" ", 0, start) + 1
    right = story.find(" ", end)
    token = story[left : right if right != -1 else len(story)].rstrip(".,;:!?)”’\"'")
    return any(c in _ADDRESS_MARK for c in token)


def _glued(text: str, story: str) -> Iterator[Artifact]:
    function_words, prefixes, lower_glue = _glue_tables()
    explain = (
        "Two words run together without a space. Text copied from a web page loses the space "
        "where a link, a tag or a line break was removed; find-and-replace can do it too."
    )
    max_joined = _rules()["glue"]["max_joined_zipf"]
    for m in _CAMEL_GLUE.finditer(story):
        right = m.group()
        before = _LEFT_WORD.search(story, max(0, m.start() - 30), m.start())
        if before is None or before.group() in prefixes or len(right) < 2:
            continue
        left = before.group()
        if _in_address(story, before.start(), m.end()):
            continue
        # Two content words joined ("easyJet", "airBaltic") are usually a brand name; a
        # removed line break or link leaves a function word on one side ("weekThe", "ofNorth").
        if left in function_words or (
            right.lower() in function_words
            and _is_word(left, function_words)
            and zipf((left + right).lower()) < max_joined
        ):
            fix = f"{left} {right}"
            yield _flag(text, before.start(), m.end(), "glued_words", explain, fix, "glue:case")
    for m in lower_glue.finditer(story):
        joined = m.group()
        if zipf(joined) < min(zipf(m.group(1)), zipf(m.group(2))) - 2:
            fix = f"{m.group(1)} {m.group(2)}"
            yield _flag(text, m.start(), m.end(), "glued_words", explain, fix, "glue:lower")
    min_digit = _rules()["glue"]["min_digit_word_zipf"]
    for m in _DIGIT_GLUE.finditer(story):
        before = _LEFT_WORD.search(story, max(0, m.start() - 30), m.start())
        if before is None or _in_address(story, before.start(), m.end()):
            continue
        word = before.group()
        if word in function_words or (len(word) >= 4 and zipf(word) >= min_digit):
            fix = f"{word} {m.group()}"
            yield _flag(text, before.start(), m.end(), "glued_words", explain, fix, "glue:digit")


# --- a full stop inside a phrase ----------------------------------------------------------

# Starts at the full stop, a literal the regex engine finds fast; the word before is then
# read backwards from it.
_STOP_IN_PHRASE = re.compile(r"\.(?<=\w\.)[ \t]+([a-z][a-z’'-]*)\b(?![A-Z\d])")
_WORD_BEFORE_STOP = re.compile(r"(?<![.\w])[A-Za-z]\w*$")


@cache
def _abbreviations() -> frozenset[str]:
    return res.ABBREVIATIONS | frozenset(_rules()["abbreviations"])


def _stops(text: str, story: str) -> Iterator[Artifact]:
    abbreviations = _abbreviations()
    explain = (
        "A full stop in the middle of a phrase: the next word starts with a small letter, so "
        "the sentence does not end here. Machine translation and careless copying leave such "
        "stops; read the words on both sides as one phrase."
    )
    for m in _STOP_IN_PHRASE.finditer(story):
        word = _WORD_BEFORE_STOP.search(story, max(0, m.start() - 40), m.start())
        if word is None:
            continue
        before = word.group()
        if before.lower() in abbreviations or len(before) == 1:
            continue
        fix = f"{before} {m.group(1)}"
        yield _flag(text, word.start(), m.end(), "punctuation", explain, fix, "punctuation:stop")


# --- grammar: word order, mood, tense ------------------------------------------------------


@cache
def _inversion_pattern() -> re.Pattern[str]:
    subject = (
        r"(?:the|a|an|his|her|its|their)\s+[^,.;:\n“”\"]{1,80}?"
        r"|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}"
    )
    return re.compile(
        r"(?:[”\"]\s*,?|,)\s+(?P<verb>" + _words("inverted_reporting_verbs") + r")\s+"
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


def _sentence_start(story: str, pos: int) -> int:
    return max(story.rfind(". ", 0, pos) + 1, story.rfind("\n", 0, pos) + 1)


def _inversions(text: str, story: str) -> Iterator[Artifact]:
    speakers = frozenset(_rules()["speaker_nouns"])
    for m in _inversion_pattern().finditer(story):
        subject = m.group("subject")
        if _TIME_AFTER.search(subject):
            continue
        nxt = _NEXT_WORD.match(story, m.end())
        if nxt and nxt.group(1) not in _AFTER_SUBJECT:
            continue
        if story[m.start()] not in '”"' and _ASIDE.search(
            story, _sentence_start(story, m.start()), m.start() + 1
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
            start = _sentence_start(story, m.start())
            if not (weak and _QUOTE_LIKE.search(story, start, m.start() + 1)):
                continue
        verb = m.group("verb")
        explain = (
            f"The verb comes before its subject (“…, {verb} {subject}”): French word order "
            "after a statement (« a indiqué le ministère »). English news writes "
            f"“{subject} said”, and uses 'said' rather than '{verb}'."
        )
        start = m.start("verb")
        yield _flag(
            text, start, m.end(), "grammar", explain, f"{subject} said", "grammar:inversion"
        )


@cache
def _mood_pattern() -> re.Pattern[str]:
    return re.compile(
        r"\b(?P<verb>" + _words("mandative_verbs") + r")\s+that\s+"
        r"(?P<subject>[^,.;:\n]{1,80}?)\s+(?:does not|doesn['’]t)\s+(?P<action>[a-z]+)\b"
    )


def _mood(text: str, story: str, low: str) -> Iterator[Artifact]:
    if low and "does not" not in low and "doesn" not in low:
        return
    for m in _mood_pattern().finditer(story):
        verb, subject, action = m.group("verb"), m.group("subject"), m.group("action")
        explain = (
            f"After '{verb} that', English uses the bare verb (“that it not {action}” or "
            f"“that it should not {action}”). 'Does not {action}' turns a demand into a "
            "statement: the French subjunctive (« exige que … ne déploie pas ») read as a fact."
        )
        fix = f"{verb} that {subject} not {action}"
        yield _flag(text, m.start(), m.end(), "grammar", explain, fix, "grammar:mood")


@cache
def _tense_pattern() -> re.Pattern[str]:
    verbs = "|".join(sorted(_rules()["progressive_verbs"]))
    return re.compile(
        r"\b(?P<who>[Ww]e|[Tt]hey|I)\s+(?P<verb>" + verbs + r")\s+"
        r"(?P<what>it|this|them|the (?:proposal|offer|request|matter|question|issue|idea|plan))"
        r"(?=\s*(?:[,.;:!?”\"]|$))"
    )


def _tense(text: str, story: str, low: str) -> Iterator[Artifact]:
    forms: dict[str, str] = _rules()["progressive_verbs"]
    if low and not any(f" {verb} " in low for verb in forms):
        return
    for m in _tense_pattern().finditer(story):
        who, verb, what = m.group("who"), m.group("verb"), m.group("what")
        be = {"i": "am"}.get(who.lower(), "are")
        fix = f"{who} {be} {forms[verb]} {what}"
        explain = (
            f"“{m.group()}” describes something going on now. English uses the present "
            f"continuous (“{fix}”); the simple present copies French (« nous l'examinons »)."
        )
        yield _flag(text, m.start(), m.end(), "grammar", explain, fix, "grammar:tense")


_FINISHED_TIME = (
    r"yesterday|last\s+(?:week|weekend|month|year|season|night|summer|winter|spring|autumn|fall"
    r"|[A-Z][a-z]+day|January|February|March|April|May|June|July|August|September|October"
    r"|November|December)|(?:\w+|a few|several)\s+(?:days?|weeks?|months?|years?|decades?)\s+ago"
)
# Words that make the time phrase a comparison, a starting point or a period up to now
# ("has risen since last year", "higher than last year", "up 5% on last year", "twice in
# the last year", "have spent the last week") or put it in another clause.
_PERFECT_GAP_STOP = frozenset(
    "since than from on over with as until till before after like compared versus vs to "
    "will would that which who for by and but or while when if in during within throughout "
    "the this its his her their our".split()
)


@cache
def _perfect_pattern() -> re.Pattern[str]:
    return re.compile(
        r"\b(?P<aux>has|have)\s+(?P<adverb>(?:not|also|already|just|finally|officially|formally"
        r"|reportedly|again)\s+)?(?P<verb>[a-z]+ed|" + _words("perfect_participles") + r")\b"
        r"(?P<gap>(?:\s+[\w’'-]+){0,3}?)\s+(?P<time>" + _FINISHED_TIME + r")\b(?!['’]s)"
    )


def _perfect(text: str, story: str, low: str) -> Iterator[Artifact]:
    """The present perfect with a finished time ("has announced yesterday")."""
    participles: dict[str, str] = _rules()["perfect_participles"]
    triggers = ("yesterday", "last", " ago")
    if low and not any(t in low for t in triggers):
        return
    for m in _windowed(_perfect_pattern(), story, low, triggers, before=90):
        gap = m.group("gap").lower().split()
        if any(w in _PERFECT_GAP_STOP for w in gap):
            continue
        verb = m.group("verb")
        past = participles.get(verb, verb)
        if verb == "been":
            past = "was" if m.group("aux") == "has" else "were"
        fix = past + m.group("gap") + " " + m.group("time")
        explain = (
            f"“{m.group('aux')} {verb}” with a finished time (“{m.group('time')}”): English "
            "uses the simple past for a finished event (“" + fix + "”). French, German, "
            "Italian and Spanish use their perfect here (« a annoncé hier »): a trace of "
            "translation, or of a writer whose first language is one of them."
        )
        yield _flag(text, m.start(), m.end(), "grammar", explain, fix, "grammar:perfect")


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# "The pound is at its lowest since 1985" and "prices are at levels not seen since 2008"
# are good English: a superlative, a record or a participle measured from a point in time.
_SINCE_SUPERLATIVE = re.compile(
    r"\w+est\b|\b(?:most|least|first|highs?|lows?|records?|peaks?|levels?|seen|recorded|reached"
    r"|registered|witnessed|known|observed)\b"
)


@cache
def _since_pattern() -> re.Pattern[str]:
    return re.compile(
        r"\b(?P<verb>" + _words("present_since") + r")\s+"
        r"(?P<rest>(?:in|at|on|with|for|under|here|there|behind bars)\b[^.;,:\n“”\"]{0,40}?)"
        r"\s+since\s+(?P<point>\d{4}|" + _MONTHS + r"|last\s+\w+|the\s+(?:start|beginning|end)"
        r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
    )


def _since_present(text: str, story: str, low: str) -> Iterator[Artifact]:
    """A present tense with 'since' and a point in time ("is in power since 2019")."""
    if low and " since " not in low:
        return
    perfects: dict[str, str] = _rules()["present_since"]
    for m in _windowed(_since_pattern(), story, low, ("since",), before=80):
        if _SINCE_SUPERLATIVE.search(m.group("rest")):
            continue
        verb = m.group("verb")
        fix = f"{perfects[verb]} {m.group('rest')} since {m.group('point')}"
        explain = (
            f"“{verb} … since {m.group('point')}” keeps the present tense of French (« depuis »), "
            "German (« seit »), Spanish or Italian. English uses the present perfect for a "
            f"state that began in the past and goes on: “{fix}”."
        )
        yield _flag(text, m.start(), m.end(), "grammar", explain, fix, "grammar:since_present")


# Starts with the literal "he " (found fast), then checks that it was "The" or "the".
_OF_CHAIN = re.compile(
    r"he (?<=\b[Tt]he )(?P<head>[a-z]+) of (?P<middle>(?:[a-z]+ ){0,2}[a-z]+) of "
    r"(?P<owner>[A-Z][a-z]+)\b(?![ -][A-Z]|['’])"
)


def _of_chains(text: str, story: str) -> Iterator[Artifact]:
    heads = frozenset(_rules()["of_chain_heads"])
    function_words = frozenset(res.ENGLISH_FUNCTION_WORDS)
    for m in _OF_CHAIN.finditer(story):
        head, middle, owner = m.group("head"), m.group("middle"), m.group("owner")
        if head in heads or any(w in function_words for w in middle.split()):
            continue
        explain = (
            f"Two 'of's in a row (“the {head} of {middle} of {owner}”) copy the French "
            f"« les … de … de … ». English puts the owner first: “{owner}'s {head} …”, "
            "and chooses the right preposition (proposals for, demands for)."
        )
        start = m.start() - 1
        yield _flag(text, start, m.end(), "grammar", explain, None, "grammar:of_chain")


# --- one body under several names ----------------------------------------------------------


@dataclass(frozen=True)
class _Body:
    id: str
    forms: dict[str, str]
    short: frozenset[str]
    qualified: bool
    triggers: tuple[str, ...]
    pattern: re.Pattern[str]


@cache
def _bodies() -> list[_Body]:
    bodies: list[_Body] = []
    boundary = r"(?-i:\b|(?<=[a-z])(?=[A-Z]))"
    for entry in res.load_lexicon("names_en")["bodies"]:
        sensitive = bool(entry["case_sensitive"])
        forms = {(f if sensitive else f.lower()): f for f in entry["forms"]}
        names = "|".join(
            r"\s+".join(re.escape(w) for w in f.split())
            for f in sorted(entry["forms"], key=len, reverse=True)
        )
        pattern = re.compile(
            f"{boundary}(?P<name>{names})(?![\\w.]\\w)", 0 if sensitive else re.IGNORECASE
        )
        triggers = tuple(sorted({f.split()[0].lower() for f in entry["forms"]}))
        bodies.append(
            _Body(
                entry["id"], forms, frozenset(entry["short"]), entry["qualified"], triggers, pattern
            )
        )
    return bodies


@cache
def _any_body() -> re.Pattern[str]:
    """One pattern for every body's names, group `b<i>` for body i (for short quote chunks)."""
    parts = []
    for i, body in enumerate(_bodies()):
        inner = body.pattern.pattern.replace("(?P<name>", "(?:")
        if body.pattern.flags & re.IGNORECASE:
            inner = f"(?i:{inner})"
        parts.append(f"(?P<b{i}>{inner})")
    return re.compile("|".join(parts))


_QUALIFIER = re.compile(r"([A-Z][a-z]+)(?:['’]s)?\s+$")


def _names(text: str, story: str, low: str) -> Iterator[Artifact]:
    for body in _bodies():
        if not low or any(t in low for t in body.triggers):
            yield from _body_names(text, story, low, body)


def _in_title(story: str, pos: int) -> bool:
    """True inside a headline or caption: a short line without closing punctuation."""
    start = story.rfind("\n", 0, pos) + 1
    end = story.find("\n", pos)
    line = story[start : end if end != -1 else len(story)].strip()
    return not line.endswith((".", "!", "?", ":", "”", '"', "’", "'", ")")) and (
        line.count(" ") < 20
    )


def _body_names(text: str, story: str, low: str, body: _Body) -> Iterator[Artifact]:
    preferred: dict[str, str] = {}
    found_names = _windowed(body.pattern, story, low, body.triggers, before=0)
    for m in sorted(found_names, key=lambda m: m.start()):
        found = " ".join(m.group("name").split())
        if found.islower() or _in_title(story, m.start()):
            # "the defence ministry" describes the body rather than naming it, and headlines
            # follow their own style ("US" in a headline, "U.S." in the text, as AP writes).
            continue
        form = body.forms.get(found) or body.forms.get(found.lower(), found)
        qualifier = ""
        if body.qualified:
            q = _QUALIFIER.search(story, max(0, m.start() - 40), m.start())
            qualifier = q.group(1)[:4].lower() if q else ""
        first = preferred.setdefault(qualifier, form)
        if form == first:
            continue
        if form in body.short and first not in body.short:
            preferred[qualifier] = form  # an acronym after the full name is standard practice
            continue
        after = story[m.end() : m.end() + 12]
        if any(re.match(rf"\s*\(\s*{re.escape(s)}\s*\)", after) for s in body.short):
            continue  # the full name introducing its acronym: "Full Name (ACR)"
        explain = (
            f"The text has already called this body “{first}” and now writes “{form}”: one "
            "body under several names. A careful writer keeps one name; a switch like this "
            "suggests find-and-replace, machine translation or text stitched from two sources."
        )
        start, end = m.start("name"), m.end("name")
        yield _flag(text, start, end, "names", explain, first, f"names:{body.id}")


# --- one quote rendered twice ---------------------------------------------------------------

_QUOTE_MARKS = re.compile(r"[“”\"«»„\n]")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_CAMEL_SPLIT = re.compile(r"(?<=[a-z])(?=[A-Z])")


@dataclass(frozen=True)
class _Quote:
    start: int
    end: int
    words: tuple[str, ...]
    in_story: bool


@cache
def _clause_pattern() -> re.Pattern[str]:
    return re.compile(r",\s+(?:" + _words("reporting_verbs") + r")\b")


def _normal_words(chunk: str) -> tuple[str, ...]:
    bodies = _bodies()

    def canonical(m: re.Match[str]) -> str:
        return f" {bodies[int(m.lastgroup[1:])].id} " if m.lastgroup else m.group()

    chunk = _CAMEL_SPLIT.sub(" ", _any_body().sub(canonical, chunk))
    return tuple(w.lower() for w in _WORD.findall(chunk))


def _clause_start(story: str, pos: int) -> int:
    """Where the clause ending at `pos` begins: sentence start, line start or a quote mark."""
    start = max(story.rfind(". ", 0, pos) + 2, story.rfind("\n", 0, pos) + 1, 0)
    for m in _QUOTE_MARKS.finditer(story, start, pos):
        start = m.end()
    return start


def _quote_candidates(text: str, story: str) -> list[_Quote]:
    """Stretches between two quote marks on one line, and clauses closed by '…, said X'."""
    spans: list[tuple[int, int, str]] = []
    for line in re.finditer(r"[^\n]+", text):
        marks = [m.start() for m in _QUOTE_MARKS.finditer(text, line.start(), line.end())]
        spans += [(a + 1, b, text) for a, b in itertools.pairwise(marks)]
    for m in _clause_pattern().finditer(story):
        spans.append((_clause_start(story, m.start()), m.start(), story))
    quotes: list[_Quote] = []
    for s, e, source in spans:
        while s < e and not source[s].isalnum():
            s += 1
        while e > s and not source[e - 1].isalnum():
            e -= 1
        words = _normal_words(text[s:e])
        if len(words) >= 5:
            quotes.append(_Quote(s, e, words, story[s] != " "))
    return quotes


_QUOTE_REACH = 12
_DATE_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split()
)


def _repeated_line(
    matcher: difflib.SequenceMatcher[str],
    words: tuple[tuple[str, ...], tuple[str, ...]],
    content: tuple[frozenset[str], frozenset[str]],
) -> bool:
    """True when two similar quotes are one line said twice rather than two renderings.

    One quote inside the other ("We will not close it" … "We will not close it, and we will
    not cut jobs"), a shortened repeat whose content words all occur in the longer one, or
    a change of date or number ("dock on Monday" … "dock on Tuesday": a correction) is what
    speakers do; a translation changes the wording, not the facts.
    """
    changed: list[str] = []
    ops: set[str] = set()
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op != "equal":
            ops.add(op)
            changed += [*words[0][a1:a2], *words[1][b1:b2]]
    if ops in ({"insert"}, {"delete"}) or content[0] <= content[1] or content[1] <= content[0]:
        return True
    return any(w in _DATE_WORDS or any(c.isdigit() for c in w) for w in changed)


def _duplicate_quotes(text: str, story: str) -> Iterator[Artifact]:
    if not _QUOTE_MARKS.search(text) and not _clause_pattern().search(story):
        return
    function_words = res.ENGLISH_FUNCTION_WORDS
    quotes = sorted(_quote_candidates(text, story), key=lambda q: q.start)
    content = [frozenset(w for w in q.words if w not in function_words) for q in quotes]
    for i, quote in enumerate(quotes):
        if not quote.in_story:
            continue
        best: tuple[float, int] | None = None
        # Two renderings of one quote sit close together; comparing each quote with its
        # neighbours only keeps a long text with hundreds of quotes linear.
        for j in range(max(0, i - _QUOTE_REACH), min(len(quotes), i + _QUOTE_REACH + 1)):
            other = quotes[j]
            if j == i or (other.start < quote.end and quote.start < other.end):
                continue
            if other.in_story and other.start > quote.start:
                continue  # flag the later rendering only, pointing back to the earlier one
            if len(content[i] & content[j]) < 2:
                continue
            matcher = difflib.SequenceMatcher(None, quote.words, other.words, autojunk=False)
            if matcher.quick_ratio() < 0.6:
                continue
            ratio = matcher.ratio()
            if not 0.6 <= ratio < 1.0 or (best is not None and ratio <= best[0]):
                continue
            if _repeated_line(matcher, (quote.words, other.words), (content[i], content[j])):
                continue
            best = (ratio, j)
        if best is None:
            continue
        other = quotes[best[1]]
        related = Related(other.start, other.end, text[other.start : other.end])
        explain = (
            f"The same words appear twice in different renderings (the other: “{related.text}”). "
            "A quote that passed through translation is no longer verbatim: find the wording "
            "the original source printed before you quote it."
        )
        yield _flag(
            text,
            quote.start,
            quote.end,
            "duplicate_quote",
            explain,
            None,
            "quote:near_duplicate",
            related,
        )


# --- the flags shown on the text ------------------------------------------------------------

# Okabe-Ito colours (safe for colour-blind readers), one per MQM branch; every flag also
# carries its label in words, so nothing relies on colour alone.
_MQM_COLOURS = {
    "accuracy": "#E69F00",
    "fluency": "#56B4E9",
    "locale conventions": "#009E73",
    "design and markup": "#CC79A7",
}
_FLAGS_CSS = (
    "<style>.medialit-flags{line-height:1.9;white-space:pre-wrap}"
    ".medialit-flags mark{background:none;border-bottom:3px solid;padding:0;color:inherit}"
    ".medialit-flags sup{font:bold .7em sans-serif;color:#333;margin-left:1px}</style>"
)


def artifacts_html(text_or_doc: str | Doc | Article) -> str:
    """The text as HTML with every flag underlined and labelled (kind and MQM branch).

    >>> "<sup>[spelling · locale conventions]</sup>" in artifacts_html("Rain fell in Kiev.")
    True
    """
    doc = pipeline.as_doc(text_or_doc)
    text = doc.text
    flags = artifacts(doc)
    out: list[str] = [_FLAGS_CSS, '<div class="medialit-flags">']
    cuts = sorted({0, len(text), *(f.start for f in flags), *(f.end for f in flags)})
    for start, end in itertools.pairwise(cuts):
        covering = [f for f in flags if f.start <= start and end <= f.end]
        piece = html.escape(text[start:end])
        for flag in covering:
            colour = _MQM_COLOURS.get(flag.mqm, "#000000")
            title = html.escape(f"{CATEGORIES[flag.category][0]}: {flag.explanation}")
            piece = f'<mark style="border-color:{colour}" title="{title}">{piece}</mark>'
        out.append(piece)
        for flag in flags:
            if flag.end == end:
                kind = flag.category.replace("_", " ")
                out.append(f"<sup>[{html.escape(kind)} · {html.escape(flag.mqm)}]</sup>")
    out.append("</div>")
    return "".join(out)


def show_artifacts(text_or_doc: str | Doc | Article) -> Any:
    """Display the text in a notebook with every flag underlined and labelled."""
    from IPython.display import HTML

    return HTML(artifacts_html(text_or_doc))  # type: ignore[no-untyped-call]


# --- the analyzer against the article's answer key ----------------------------------------


@dataclass(frozen=True)
class KeyComparison:
    """The analyzer's flags on the kit's article, compared with the answer key."""

    found: list[Artifact]
    """Flags that match an error in the key (same category, overlapping span)."""
    missed: list[dict[str, Any]]
    """Errors in the key that no flag matches."""
    extra: list[Artifact]
    """Flags that are neither in the key nor listed there as acceptable."""
    key_size: int

    @property
    def recall(self) -> float:
        """The share of the key's errors that the analyzer found."""
        return (self.key_size - len(self.missed)) / self.key_size if self.key_size else 1.0

    @property
    def precision(self) -> float:
        """The share of the analyzer's flags that are right."""
        flags = len(self.found) + len(self.extra)
        return len(self.found) / flags if flags else 1.0

    def __str__(self) -> str:
        return (
            f"{len(self.found) + len(self.extra)} flags, {self.key_size} errors in the key: "
            f"found {self.key_size - len(self.missed)}, missed {len(self.missed)}, "
            f"wrong {len(self.extra)} (recall {self.recall:.2f}, precision {self.precision:.2f})"
        )


def _overlaps(flag: Artifact, item: dict[str, Any]) -> bool:
    start: int = item["start"]
    end: int = item["end"]
    return flag.category == item["category"] and flag.start < end and start < flag.end


def compare_with_key(flags: list[Artifact] | None = None) -> KeyComparison:
    """Compare the analyzer's flags on the kit's article with the article's answer key.

    >>> print(compare_with_key())
    28 flags, 30 errors in the key: found 28, missed 2, wrong 0 (recall 0.93, precision 1.00)
    """
    from medialit.annotations import load_annotations
    from medialit.article import load_article

    key = load_annotations()["artifacts"]
    flags = artifacts(load_article()) if flags is None else flags
    expected, acceptable = key["artifacts"], key["acceptable"]
    found = [f for f in flags if any(_overlaps(f, item) for item in expected)]
    extra = [
        f for f in flags if f not in found and not any(_overlaps(f, item) for item in acceptable)
    ]
    missed = [item for item in expected if not any(_overlaps(f, item) for f in flags)]
    return KeyComparison(found, missed, extra, len(expected))


# --- the corrected article and a word-level comparison ------------------------------------


def corrected_article() -> str:
    """The kit's own corrected English version of the article's story (no page leftovers).

    The quote follows the English TASS printed (TASS, 26 December 2021,
    tass.com/world/1381091); everything else corrects the page's own wording.

    >>> corrected_article().splitlines()[0]
    'NATO invites Russia to negotiations over Ukraine'
    """
    path = resources.files("medialit").joinpath("data/article_corrected.txt")
    return path.read_text(encoding="utf-8")


@dataclass(frozen=True)
class WordEdit:
    """One step of a word-level comparison: kept, replaced, deleted or inserted words."""

    op: str
    """'equal', 'replace', 'delete' or 'insert'."""
    original: str
    corrected: str
    start: int
    """Offset of the original words in the original text (where an insertion goes)."""
    end: int

    def __str__(self) -> str:
        return f"{self.op}: {self.original!r} -> {self.corrected!r}"


_TOKEN = re.compile(r"\S+")


def _word_opcodes(
    original: str, corrected: str
) -> tuple[list[re.Match[str]], list[re.Match[str]], list[tuple[str, int, int, int, int]]]:
    a = list(_TOKEN.finditer(original))
    b = list(_TOKEN.finditer(corrected))
    # autojunk off: in a short text, frequent words such as "the" must still be matched
    matcher = difflib.SequenceMatcher(
        None, [m.group() for m in a], [m.group() for m in b], autojunk=False
    )
    opcodes: list[tuple[str, int, int, int, int]] = list(matcher.get_opcodes())
    return a, b, opcodes


def word_diff(original: str, corrected: str) -> list[WordEdit]:
    """Compare two texts word by word (difflib), with offsets into the original.

    >>> [str(e) for e in word_diff("We examine it.", "We are examining it.") if e.op != "equal"]
    ["replace: 'examine' -> 'are examining'"]
    """
    a, b, opcodes = _word_opcodes(original, corrected)
    edits: list[WordEdit] = []
    for op, i1, i2, j1, j2 in opcodes:
        start = a[i1].start() if i1 < len(a) else len(original)
        end = a[i2 - 1].end() if i2 > i1 else start
        edits.append(
            WordEdit(
                op,
                " ".join(m.group() for m in a[i1:i2]),
                " ".join(m.group() for m in b[j1:j2]),
                start,
                end,
            )
        )
    return edits


_DIFF_CSS = (
    "<style>.medialit-diff{border-collapse:collapse;width:100%}"
    ".medialit-diff td{padding:.4em .6em;width:50%;line-height:1.5}"
    ".medialit-diff th{padding:.2em .6em}"
    ".medialit-diff del{background:#fde0c5;color:#6b3a00;text-decoration:line-through}"
    ".medialit-diff ins{background:#d6e9f8;color:#08306b;text-decoration:underline}</style>"
)
# Inline, because JupyterLab right-aligns table cells and an inline style outranks any
# stylesheet rule.
_CELL = 'style="text-align:left;vertical-align:top"'


def _render(text: str, tokens: list[re.Match[str]], marks: list[str]) -> str:
    """Words as escaped HTML, wrapped in <del>/<ins> where marked, paragraph breaks kept."""
    out: list[str] = []
    previous_end = 0
    for token, mark in zip(tokens, marks, strict=True):
        gap = "<br><br>" if "\n" in text[previous_end : token.start()] and out else " "
        word = html.escape(token.group())
        out.append(gap + (f"<{mark}>{word}</{mark}>" if mark else word))
        previous_end = token.end()
    return "".join(out).strip()


def diff_html(original: str | None = None, corrected: str | None = None) -> str:
    """The two texts side by side as HTML, changed words struck through and underlined.

    With no arguments it compares the kit's article with its corrected version.

    >>> "<del>examine</del>" in diff_html("We examine it.", "We are examining it.")
    True
    """
    if original is None:
        from medialit.article import load_article

        original = load_article().text
    if corrected is None:
        corrected = corrected_article()
    a, b, opcodes = _word_opcodes(original, corrected)
    left = [""] * len(a)
    right = [""] * len(b)
    for op, i1, i2, j1, j2 in opcodes:
        if op != "equal":
            left[i1:i2] = ["del"] * (i2 - i1)
            right[j1:j2] = ["ins"] * (j2 - j1)
    return (
        _DIFF_CSS + f'<table class="medialit-diff"><tr><th {_CELL}>As published</th>'
        f"<th {_CELL}>Corrected (removed words struck through, new words underlined)</th></tr>"
        f"<tr><td {_CELL}>{_render(original, a, left)}</td>"
        f"<td {_CELL}>{_render(corrected, b, right)}</td></tr>"
        "</table>"
    )


def show_correction(original: str | None = None, corrected: str | None = None) -> Any:
    """Display the article and its corrected version side by side in a notebook."""
    from IPython.display import HTML

    return HTML(diff_html(original, corrected))  # type: ignore[no-untyped-call]


callable_module(__name__, artifacts)

__all__ = [
    "CATEGORIES",
    "Artifact",
    "KeyComparison",
    "Related",
    "WordEdit",
    "artifacts",
    "artifacts_html",
    "compare_with_key",
    "corrected_article",
    "diff_html",
    "find",
    "show_artifacts",
    "show_correction",
    "word_diff",
    "zipf",
]
