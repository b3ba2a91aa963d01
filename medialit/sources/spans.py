"""Names in a sentence: the stretches that may name a source, and which one a cue takes."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass
from medialit.sources.lexicons import _Lexicon, _lexicon
from medialit.sources.model import Identity
from medialit.sources.naming import _identify_cached, _lower_first


def _chunks(
    lex: _Lexicon, text: str, start: int, end: int, cues: list[tuple[int, int, str]]
) -> list[tuple[int, int]]:
    """The names in a sentence; a name never holds a cue ("..., said police chief X")."""
    # "state" in "state health officials" is a noun, not the verb "state"
    cuts = [(a, b) for a, b, _ in cues if text[a:b] not in lex.lower_words]
    spans: list[tuple[int, int]] = []
    for s, e in _sentence_chunks(lex, text, start, end):
        pieces = []
        for v_start, v_end in cuts:
            if s <= v_start < e:
                pieces.append(_strip(text, s, v_start))
                s = v_end
        pieces.append(_strip(text, s, e) if pieces else (s, e))
        for s, e in pieces:
            s, e = _trim_chunk(lex, text, s, e)
            if s < e:
                wider = _extend_back(lex, text, spans, cuts, start, s, e)
                spans.append(_trim_chunk(lex, text, wider, e) if wider < s else (s, e))
    return spans


@lru_cache(maxsize=2)
def _text_chunks(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every match of the name pattern in the whole text, scanned once."""
    return tuple([m.span() for m in _lexicon().chunk.finditer(text)])


_NAME_CHAR = re.compile(r"[\w'’]")


def _sentence_chunks(lex: _Lexicon, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The name-pattern matches of text[start:end], taken from the scan of the whole text.

    They are the sentence's own matches unless a match runs over or up to its end, or the
    text goes on with a letter there; only then is the sentence scanned alone.
    """
    found = _text_chunks(text)
    i = bisect_left(found, (start, start))
    if i and found[i - 1][1] > start:
        return [(m.start(), m.end()) for m in lex.chunk.finditer(text, start, end)]
    j = bisect_left(found, (end, end), i)
    if end < len(text) and (
        (j > i and found[j - 1][1] >= end) or _NAME_CHAR.match(text, end) is not None
    ):
        return [(m.start(), m.end()) for m in lex.chunk.finditer(text, start, end)]
    return list(found[i:j])


def _extend_back(
    lex: _Lexicon,
    text: str,
    spans: list[tuple[int, int]],
    cuts: list[tuple[int, int]],
    start: int,
    s: int,
    e: int,
) -> int:
    """Where a name starts that ends in a lower-case head: "the county fire department".

    The lower-case words before the head open the name, and it takes in a name that ends
    among them ("board spokesman Tom Briggs"); it never reaches back over a cue.
    """
    if not text[s].islower():
        return s
    first = _WORD.match(text, s, e)
    if first is None or not (
        first.group() in lex.lower_heads or lex.agentive.fullmatch(first.group())
    ):
        return s
    floor = max([start, s - 80, *(b for _, b in cuts if b <= s)])
    prefix = lex.lower_prefix.search(text, floor, s)
    if prefix is None:
        return s
    s = prefix.start()
    while spans and spans[-1][1] > s:
        s = min(s, spans.pop()[0])
    return s


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\u00a0":
        s += 1
    while e > s and text[e - 1] in " \t\u00a0":
        e -= 1
    return s, e


def _trim_chunk(lex: _Lexicon, text: str, s: int, e: int) -> tuple[int, int]:
    """Drop a leading "the" and capitalised words that open a clause ("Meanwhile", "He")."""
    while s < e:
        # Only "the" and capitalised words are taken off: a name that opens with another
        # character is kept as it is, without a look at its first word.
        opening = text[s]
        if opening == "T" or opening == "t":
            m = _THE.match(text, s, e)
            if m:
                s = m.end()
                continue
        elif not opening.isupper():
            break
        word = _WORD.match(text, s, e)
        if word is None:
            break
        first = word.group()
        if first == "A" or first == "An":
            if word.end() == e:
                return e, e  # an article alone names no one
            break
        # "Some parents", "Two diplomats", "Other scientists": a quantity that opens the
        # sentence still belongs to the vague source it counts.
        if first not in lex.openers or (word.end() < e and first.lower() in lex.vague_modifiers):
            break
        s = word.end()
        while s < e and text[s] in " \t\u00a0":
            s += 1
    return s, e


_THE = re.compile(r"(?:[Tt]he)[ \t\u00a0]+")


_WORD = re.compile(r"[\w'’.-]+")


def _chunk_after(
    lex: _Lexicon, text: str, chunks: list[tuple[int, int]], pos: int
) -> tuple[int, int] | None:
    # "according to a statement from the ministry", "figures released by the ONS on Friday":
    # the body behind a document.
    document = lex.document_by.match(text, pos)
    if document:
        for s, e in chunks:
            if s == document.end():
                return s, _extend_qualifier(lex, text, s, e)
    for i, (s, _) in enumerate(chunks):
        if s >= pos:
            between = text[pos:s]
            if _ARTICLE_ONLY.fullmatch(between):
                return s, _extend_qualifier(lex, text, s, _speaks_for_end(lex, text, chunks, i))
            return None
    return None


def _speaks_for_end(lex: _Lexicon, text: str, chunks: list[tuple[int, int]], i: int) -> int:
    """Where "a spokesman" ends when "for the ministry" follows it."""
    s, e = chunks[i]
    if i + 1 < len(chunks) and lex.spokes_end.search(text, s, e):
        nxt = chunks[i + 1]
        if _FOR_THE.fullmatch(text, e, nxt[0]):
            return nxt[1]
    return e


_FOR_THE = re.compile(r"[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?")
# Compiled once here: a pattern given to re.fullmatch() as a string is looked up in re's
# cache on every call, and one built by "+" is hashed afresh each time.
_ARTICLE_ONLY = re.compile(r"[ \t\u00a0]*(?:(?:[Tt]he|[Aa]n?)[ \t\u00a0]+)?")
_COMMA_END = re.compile(r",[ \t]*$")
_OPEN_BRACKET = re.compile(r"[ \t]*\(")
_LINK = re.compile(r"[ \t]*(,|,?[ \t]+and)[ \t]+(?:the[ \t]+)?")
_COMMA_THE_END = re.compile(r",[ \t]*(?:the[ \t]+)?$")
_VERB_AHEAD = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]")
_QUOTE_OR_COMMA_END = re.compile(r"[,”\"’][ \t\u00a0]*$")
_CLAUSE_OPENER_END = re.compile(r"(?:^[ \t]*(?:[Tt]he|[Aa]n?)|[,;:“”\"(—–-]|\band|\bbut)[ \t]*$")


def _subject_before(
    lex: _Lexicon, text: str, chunks: list[tuple[int, int]], start: int, pos: int
) -> tuple[int, int] | None:
    before = [c for c in chunks if c[1] <= pos]
    if not before:
        return None
    s, e = before[-1]
    if lex.gap.fullmatch(text, e, pos) and not _is_possessive(text, e):
        if len(before) > 1:
            s0, e0 = before[-2]
            # "Sources close to the government said": the name ends a vague source's qualifier;
            # "A spokesman for the ministry said": the name says whom the speaker speaks for.
            if lex.qualifier_to.fullmatch(text, e0, s) or (
                lex.spokes_end.search(text, s0, e0) and _FOR_THE.fullmatch(text, e0, s)
            ):
                return s0, e
        return s, e
    # "The company's chief executive, Jane Roe, said": a name in apposition after its title;
    # "Her employer, Tri-County Cleaning Services, said": a body in apposition.
    comma_gap = lex.comma_gap.fullmatch(text[e:pos]) is not None
    if comma_gap and _COMMA_END.search(text[start:s]):
        ident = _identify_span(lex, text, (s, e))
        # a body here needs a name that shows it: "R-Texas" after a senator's name is none
        shown = ident is not None and (
            ident.kind == "person" or " " in ident.name or ident.name in lex.bodies
        )
        if shown and ident is not None and ident.kind not in ("vague", "government"):
            return _described_name(lex, text, before, start) or (s, e)
    # "The report, published by the Institute for Fiscal Studies, found": who wrote it.
    # The gap first: a search of the sentence so far costs more than a look at the gap.
    if comma_gap and lex.document_apposition.search(text, start, s):
        return s, e
    # "Ann Lee, the mayor's spokeswoman, said": skip an appositive between commas;
    # "A spokesman for the council, quoted by X, said": with whom the speaker speaks for.
    for k in range(len(before) - 1, max(len(before) - 5, -1), -1):
        s0, e0 = before[k]
        if not lex.appositive.fullmatch(text, e0, pos):
            continue
        if (
            k > 0
            and lex.spokes_end.search(text, *before[k - 1])
            and _FOR_THE.fullmatch(text, before[k - 1][1], s0)
        ):
            s0 = before[k - 1][0]
        if _clause_start(text, start, s0):
            return s0, e0
    # "People familiar with the matter said": a vague source with its qualifier.
    qualified = lex.qualified_gap.fullmatch(text, e, pos)
    if qualified:
        return s, qualified.end("qualifier")
    # "The World Health Organization (WHO) said": the name before an acronym in brackets.
    if len(before) > 1 and lex.bracket_gap.fullmatch(text[e:pos]):
        s0, e0 = before[-2]
        if _OPEN_BRACKET.fullmatch(text[e0:s]):
            return s0, e0
    return None


def _described_name(
    lex: _Lexicon, text: str, before: list[tuple[int, int]], start: int
) -> tuple[int, int] | None:
    """The person's name before an apposition that describes them by a role.

    "Ann Lee, Greyfield's chief executive, said", "Olga Marin, Norway's finance
    minister, said" and "Ann Lee, a professor, said" credit the name; "Greyfield's chief
    executive, Ann Lee, said" and "Tom Reed, CNN's Ann Lee, said" (a second name) are left
    to the caller.
    """
    if len(before) < 2:
        return None
    s, e = before[-1]
    s0, e0 = before[-2]
    if not _COMMA_ONLY.fullmatch(text, e0, s) or not _clause_start(text, start, s0):
        return None
    # the role after the possessive or the article ends in lower case ("chief executive",
    # "CNN reporter") or is a title ("Prime Minister"); a name there ("CNN's Ann Lee") is a
    # second person
    apposition = _normal(text[s:e])
    article = _ARTICLE.match(apposition)
    owned = (
        apposition.partition("'s ")[2]
        or apposition.partition("s' ")[2]
        or (apposition[article.end() :] if article else "")
    )
    if not owned or not (
        owned.rsplit(" ", 1)[-1][:1].islower()
        or owned in lex.all_titles
        or owned.lower() in lex.all_titles
    ):
        return None
    name = _identify_span(lex, text, (s0, e0))
    if name is None or name.kind != "person" or name.name in lex.all_titles:
        return None
    return s0, e0


_COMMA_ONLY = re.compile(r",[ \t\u00a0]*")
_ARTICLE = re.compile(r"(?:[Aa]n?|[Tt]he) ")


def _coordinated(
    text: str, chunks: list[tuple[int, int]], subject: tuple[int, int]
) -> list[tuple[int, int]]:
    """The names joined to a subject by "and" or commas: "Paris, Rome and Berlin said".

    A comma alone joins names only in a list that ends in "and": in "on Friday, the agency
    said" and "The club's captain, Leo Marsh, said" the comma joins nothing.
    """
    out: list[tuple[int, int]] = []
    first = subject[0]
    for s, e in reversed([c for c in chunks if c[1] <= subject[0]]):
        link = _LINK.fullmatch(text[e:first])
        if not link or (link.group(1) == "," and not out):
            break
        # "..., and the government admitted" joins two clauses; "Paris, Rome, and Berlin
        # said" a list, whose names have commas before them as well
        if link.group(1).startswith(",") and link.group(1) != "," and not _after_comma(text, s):
            break
        out.append((s, e))
        first = s
    return out


def _after_comma(text: str, pos: int) -> bool:
    return bool(_COMMA_THE_END.search(text[max(0, pos - 8) : pos]))


_PARTICIPLE_AFTER = re.compile(r",[ \t]*(?:(?:[a-z]+ly|also|even|still|again|then)[ \t]+)?$")


def _participle_subject(
    lex: _Lexicon, text: str, chunks: list[tuple[int, int]], start: int, v_start: int
) -> tuple[int, int] | None:
    """Read "The bank raised rates, saying ...": the participle's speaker opens the clause."""
    # ", saying", ", even suggesting": a comma, perhaps an adverb, then the participle
    if not _PARTICIPLE_AFTER.search(text, start, v_start):
        return None
    for s, e in chunks:
        if e > v_start:
            return None
        # the clause's subject: a name at its start, followed by its verb
        verb_follows = _VERB_AHEAD.match(text[e:v_start])
        if verb_follows and _clause_start(text, start, s) and not _is_possessive(text, e):
            return s, e
    return None


def _inverted_subject(
    lex: _Lexicon, text: str, chunks: list[tuple[int, int]], start: int, v_start: int, v_end: int
) -> tuple[int, int] | None:
    """Read "..., said the ministry" and "“...,” said Peskov"."""
    if not _QUOTE_OR_COMMA_END.search(text[max(start, v_start - 4) : v_start]):
        return None
    found = _chunk_after(lex, text, chunks, v_end)
    # "..., said Paris would respond": a name followed by a verb starts the content.
    if found is None or not _INVERTED_END.match(text, found[1]):
        return None
    return found


_INVERTED_END = re.compile(
    r"[ \t]*(?:[,.;:!?)”\"]|$|(?:in|on|at|of|during|after|before|when|as|to|who|which|told|"
    r"quoted|citing|according)\b)"
)


def _clause_start(text: str, start: int, pos: int) -> bool:
    before = text[start:pos]
    return not before.strip(" \t") or bool(_CLAUSE_OPENER_END.search(before))


def _is_possessive(text: str, end: int) -> bool:
    return text[end - 2 : end] in ("'s", "’s")


def _extend_qualifier(lex: _Lexicon, text: str, start: int, end: int) -> int:
    """Extend a vague source by its qualifier: "a source" + " close to the talks"."""
    if _lower_first(text[start:end].rsplit(None, 1)[-1]) not in lex.vague_heads:
        return end
    m = lex.qualifier.match(text, end)
    return m.end() if m else end


def _identify_span(lex: _Lexicon, text: str, span: tuple[int, int]) -> Identity | None:
    return _identify_cached(_normal(text[span[0] : span[1]]))


def _normal(text: str) -> str:
    if "  " in text or "\t" in text or "\u00a0" in text:
        text = _SPACES.sub(" ", text)
    return text.replace("’", "'")


_SPACES = re.compile(r"[ \t\u00a0]+")
