"""Labels that stand for a verb: 'Mayor: “We will rebuild”', 'WALLACE: Let us start',
and a quote followed by a dash and a name ('“We will rebuild.” ― Ana Ruiz')."""

from __future__ import annotations

import re
from functools import cache

from medialit.article import Paragraph, Sentence
from medialit.attribution.cues import _Draft
from medialit.attribution.lexicons import _COLON_QUOTE, OPEN_QUOTES, _words
from medialit.attribution.quotes import _inner, _quote_spans, _strip_quotes, _trim
from medialit.attribution.tokens import _Sent

_SP = r"[^\S\n]"  # a space, a tab or a no-break space, but not a line break
_NAME = rf"[A-Z][\w.’'-]*(?:{_SP}+[A-Z][\w.’'-]*){{0,4}}"
# '“...” ― Ana Ruiz' at the end of a paragraph: the dash credits the quote before it.
_DASH_CREDIT = re.compile(rf"[”\"’]{_SP}*(?P<dash>[―—–]){_SP}*(?P<name>{_NAME}){_SP}*(?=\n|$)")
_DASH = re.compile("[―—–]")
# 'WALLACE: Let us start', 'Pence: Flowers will not attend': a name, a colon, the words.
_COLON_LABEL = re.compile(
    r"[\"“]?(?P<name>[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3})[ \t]*(?P<colon>:)[ \t]+"
    r"(?=[\"“‘A-Z0-9])"
)


def _labelled_quote(s: _Sent, m: re.Match[str]) -> list[_Draft]:
    """'Mayor: “We will rebuild”': a headline's way of quoting, with a colon for a verb."""
    q = s.quote_at(m.end() - 1)
    if q is None:
        return []
    content = _inner(s.text, q)
    colon = s.text.index(":", m.end(1))
    return [_Draft("labelled", (colon, colon + 1), m.span(1), content, ":", {}, q[0], s.sent.id)]


def _colon_label(text: str, para: Paragraph, sent: Sentence) -> _Draft | None:
    """'WALLACE: Let us start': a paragraph that opens with a speaker's name and a colon;
    what follows, to the paragraph's end, is theirs."""
    if text.find(":", sent.start, min(sent.end, sent.start + 60)) == -1:
        return None  # the common case, read without a regular expression
    quoted = _COLON_QUOTE.match(text, sent.start, sent.end)
    m = _COLON_LABEL.match(text, sent.start, sent.end)
    if quoted is not None or m is None or sent.start != para.sentences[0].start:
        return None
    if not _is_speaker(m.group("name")):
        return None
    start, end = _trim(text, m.end(), para.end)
    if start >= end:
        return None
    colon = m.span("colon")
    return _Draft("labelled", colon, m.span("name"), (start, end), ":", {}, start, sent.id)


def _dash_credits(text: str, para: Paragraph, sentences: list[Sentence]) -> list[_Draft]:
    """'“We will rebuild.” ― Ana Ruiz': a quote, a dash and a name end a line."""
    out: list[_Draft] = []
    if _DASH.search(text, para.start, para.end) is None:
        return out
    quotes: list[tuple[int, int]] | None = None
    for m in _DASH_CREDIT.finditer(text, para.start, para.end):
        if not _is_speaker(m.group("name")):
            continue
        if quotes is None:
            quotes = _quote_spans(text, para.start, para.end)
        q = next((q for q in quotes if q[1] - 1 == m.start()), None)
        if q is None:
            # marks that do not pair up: the quote runs from the start of its line
            line = max(para.start, text.rfind("\n", para.start, m.start()) + 1)
            q = (line, m.start() + 1)
        content = _strip_quotes(text, *_inner(text, q))
        if content[0] >= content[1]:
            continue
        name = m.span("name")
        if text[name[1] - 1] == "." and text[name[1] - 3 : name[1] - 2].isalpha():
            name = (name[0], name[1] - 1)  # 'Ana Ruiz.' ends a sentence; 'Ana R.' keeps it
        dash = m.span("dash")
        sid = next((s.id for s in sentences if s.start <= dash[0] < s.end), sentences[-1].id)
        out.append(_Draft("labelled", dash, name, content, "―", {}, q[0], sid))
    return out


def _is_speaker(name: str) -> bool:
    """A name that can speak, not a page's label ('Update', 'Editor’s Note', 'Photo') nor a
    phrase that opens with a function word ('In Brussels', 'On Monday')."""
    w = _words()
    first, *rest = name.lower().split()
    if first in w.prepositions or first in w.determiners or first in w.clause_openers:
        return False
    if any(word in w.prepositions and word != "of" for word in rest):
        return False  # 'Stealth Over Health: ...': a headline's phrase ('Bank of Spain' speaks)
    return name.lower().replace("’", "'") not in _not_speakers()


@cache
def _not_speakers() -> frozenset[str]:
    return frozenset(w.lower() for w in _words().page_labels)


_LEAD_MAX = 20
"""A longer stretch before a colon is a clause of the writer's, not what the quote is from."""


def _verb_first(s: _Sent, first: int) -> bool:
    """Whether the words from `first` open with a verb rather than a name or a determiner."""
    return s.toks[first].text.islower() and s.low(first) not in s.w.determiners


def _verb_start(s: _Sent, lead: int, first: int, k: int) -> int | None:
    """Where the verb starts in the words before a colon (from `lead` to `k`) when what
    would be the source (from `first`) opens with a verb: at the first 'be' or auxiliary
    after a subject ('Ruiz | is sending a message:', 'I | had to change my answer:')."""
    w = s.w
    if not _verb_first(s, first):
        return None
    # "'s" is left out: 'the mayor's line' holds a possessive, not 'is'
    verbs = (w.be | w.finite_auxiliaries) - {"'s", "’s"}
    return next((j for j in range(lead + 1, first) if s.low(j) in verbs), None)


def _colon_quotes(s: _Sent, drafts: list[_Draft]) -> list[_Draft]:
    """'A lesson from the coach: “Never give up.”', '... shown by this finding: “...”': with
    no verb of its own to introduce it, a quote after a colon is credited to the words
    before the colon."""
    toks, w = s.toks, s.w
    out: list[_Draft] = []
    if ":" not in s.lowers:
        return out  # the common case: no colon
    for k in range(1, len(toks) - 1):
        if toks[k].text != ":" or toks[k + 1].text not in OPEN_QUOTES:
            continue
        if any(d.cue and d.cue[0] <= toks[k].start for d in drafts):
            continue  # 'Trump said: “...”': the verb before the colon introduces the quote
        q = s.quote_at(toks[k + 1].start)
        lead = k
        while lead > 0 and not s.is_punct(lead - 1):
            lead -= 1
        if q is None or k - lead > _LEAD_MAX or lead == k:
            continue
        words = _inner(s.text, q)
        if s.quote_at(toks[k].start) is not None:
            continue  # a colon inside someone's quote: what follows is part of their words
        if any(d.content and d.content[0] < words[1] and words[0] < d.content[1] for d in drafts):
            continue  # 'scolded him: “...,” she said': a verb after the quote credits it
        # 'The problem is plain from this finding:': the words come from the finding
        # "'s" is left out: 'one of the mayor's lines as its headline:' holds a possessive
        cuts = (w.be - {"'s", "’s"}) | w.prepositions
        first = max([lead, *(j + 1 for j in range(lead, k - 1) if s.low(j) in cuts)])
        source = s.chars(first, k)
        if s.text[source[0] : source[1]].lower().replace("’", "'") in _not_speakers():
            continue  # 'Update: “...”': a page's label, not a source
        split = _verb_start(s, lead, first, k)
        if split is not None:
            # 'Ruiz is sending a blunt message:', 'I had to change my answer:': a verb, not a
            # name, comes before the colon; its subject is the source
            verb, subject = s.chars(split, k), s.chars(lead, split)
            out.append(_Draft("labelled", verb, subject, words, ":", {}, q[0], s.sent.id))
            continue
        if _verb_first(s, first):
            continue  # 'going to read you the question:': a verb with no subject, no source
        colon = (toks[k].start, toks[k].end)
        if toks[lead].lower in w.tail_verbs and lead + 1 < k:
            # 'Said Ellis: “...”': the verb comes first, the name after it ('Reports from
            # the front:' opens with a noun, not a verb)
            verb = (toks[lead].start, toks[lead].end)
            entry = w.verbs[toks[lead].lemma]
            name = s.chars(lead + 1, k)
            d = _Draft(
                "inverted", verb, name, _inner(s.text, q), toks[lead].lemma, entry, q[0], s.sent.id
            )
            out.append(d)
            continue
        out.append(_Draft("labelled", colon, source, words, ":", {}, q[0], s.sent.id))
    return out
