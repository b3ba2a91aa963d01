"""The attributions of a whole text: sentence by sentence, with quotes that run on."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence

from spacy.tokens import Doc

from medialit import pipeline
from medialit.article import Article
from medialit.attribution.cues import _candidates, _dateline_end, _Draft
from medialit.attribution.lexicons import _COLON_QUOTE, OPEN_QUOTES, _words
from medialit.attribution.model import Attribution, Link, Span
from medialit.attribution.quotes import _inner, _quote_spans
from medialit.attribution.sentence import _in_sentence
from medialit.attribution.tokens import _Sent, _tokens


def attributions(
    text_or_doc: str | Article | Doc, *, document_date: dt.date | None = None
) -> list[Attribution]:
    """Find every attribution: its cue, source, content, type, chain and the verb's tone.

    >>> found = attributions("“We are ready,” said the minister, quoted by Reuters.")
    >>> found[0].type, found[0].source.text, found[0].chain[0].source.text
    ('direct', 'the minister', 'Reuters')
    """
    doc = pipeline.as_doc(text_or_doc)
    return pipeline.cached(doc, "attributions", _find)


def _find(doc: Doc) -> list[Attribution]:
    article = pipeline.article_of(doc)
    text = article.text
    table = doc.to_array(["IDX", "LENGTH", "IS_SPACE", "LEMMA", "TAG"])
    tagged = len(table) > 0 and bool(table[0, 4])  # a tagger tags every token or none
    candidates = _candidates(doc, text, table)
    found: list[_Draft] = []
    last_direct: _Draft | None = None
    for para in article.paragraphs:
        sents = [s for s in para.sentences if s.leftover is None]
        if not sents:
            continue
        quotes: list[tuple[int, int]] | None = None
        closers: frozenset[int] = frozenset()
        covered_to = 0
        had_direct = last_direct
        last_direct = None
        for sent in sents:
            at = bisect.bisect_left(candidates, sent.start)
            here = at < len(candidates) and candidates[at] < sent.end
            opens = text[sent.start] in OPEN_QUOTES
            labelled = None if here else _COLON_QUOTE.match(text, sent.start, sent.end)
            if not here and not (opens and had_direct) and labelled is None:
                continue
            if quotes is None:
                quotes = _quote_spans(text, sents[0].start, sents[-1].end)
                closers = frozenset(q[1] - 1 for q in quotes if text[q[1] - 1] == "’")
            toks = _tokens(text, table, doc.vocab.strings, sent, tagged, closers)
            s = _Sent(text, sent, toks, quotes)
            drafts = _in_sentence(s) if here else []
            if labelled is not None:
                drafts = _labelled_quote(s, labelled)
            if not drafts and sent.start >= covered_to:
                implicit = _implicit(s, had_direct)
                drafts = [implicit] if implicit else []
            skip = _dateline_end(text, sent)
            for d in drafts:
                assert d.content is not None
                if sent.start < skip and d.content[0] < skip < d.content[1]:
                    d.content = (skip, d.content[1])
                covered_to = max(covered_to, d.content[1], *(m[1] for m in d.more))
                if _is_quote(s, d):
                    had_direct = last_direct = d
            found.extend(drafts)
    return _finish(doc, found)


def _labelled_quote(s: _Sent, m: re.Match[str]) -> list[_Draft]:
    """'Mayor: “We will rebuild”': a headline's way of quoting, with a colon for a verb."""
    q = s.quote_at(m.end() - 1)
    if q is None:
        return []
    content = _inner(s.text, q)
    return [_Draft("implicit", None, m.span(1), content, None, {}, q[0], s.sent.id)]


def _is_quote(s: _Sent, d: _Draft) -> bool:
    return d.content is not None and d.content[0] > 0 and s.text[d.content[0] - 1] in OPEN_QUOTES


def _implicit(s: _Sent, previous: _Draft | None) -> _Draft | None:
    """A sentence that is all quotation, right after someone was quoted: the same speaker."""
    if previous is None or not s.toks or s.toks[0].text not in OPEN_QUOTES:
        return None
    q = s.quote_at(s.toks[0].start)
    if q is None:
        return None
    d = _Draft("implicit", None, previous.source, _inner(s.text, q), None, {}, q[0], s.sent.id)
    return d


def _finish(doc: Doc, drafts: Sequence[_Draft]) -> list[Attribution]:
    article = pipeline.article_of(doc)
    text = article.text
    w = _words()
    out: list[Attribution] = []
    # Per paragraph, as in _find: a quote left open must not pair with one in the next.
    quotes = [q for p in article.paragraphs for q in _quote_spans(text, p.start, p.end)]
    last_name: str | None = None
    names = _source_names(doc)
    for n, d in enumerate(drafts, 1):
        assert d.content is not None
        content = _span(text, d.content)
        quoted = any(q[0] < content.start and content.end <= q[1] for q in quotes)
        partial = not quoted and any(content.start < q[1] and q[0] < content.end for q in quotes)
        if d.form == "phrase":
            kind = "according_to"
        elif d.form in ("passive", "implicit") or d.source is None:
            kind = "implicit"
        elif quoted or d.unmarked_quote:
            kind = "direct"
        elif partial:
            kind = "mixed"
        else:
            kind = "indirect"
        source = _span(text, d.source) if d.source else None
        speaker = None
        if source is not None:
            speaker = _canonical(names, source)
            if speaker is None and source.text.lower() in w.pronouns:
                speaker = last_name
            elif speaker is None:
                speaker = _plain_name(source.text)
            if source.text.lower() not in w.pronouns:
                last_name = speaker
        out.append(
            Attribution(
                id=f"A{n}",
                sentence=d.sentence,
                type=kind,
                cue=_span(text, d.cue) if d.cue else None,
                source=source,
                content=content,
                more_content=tuple(_span(text, m) for m in d.more),
                chain=tuple(
                    Link(_span(text, c), _span(text, src), role) for c, src, role in d.chain
                ),
                lemma=d.lemma,
                connotation=d.entry.get("connotation"),
                explain=d.entry.get("explain"),
                quoted=quoted,
                speaker=speaker,
            )
        )
    return out


def _plain_name(source: str) -> str:
    for article in ("the ", "The "):
        if source.startswith(article):
            return source[len(article) :]
    return source


def _source_names(doc: Doc) -> list[tuple[int, int, str]]:
    """Canonical names of source mentions from the sources analyzer, where the kit has it."""
    try:
        from medialit.sources import sources
    except ImportError:
        return []
    names: list[tuple[int, int, str]] = []
    for source in sources(doc):
        for m in source.mentions:
            names.append((m.start, m.end, source.name))
    return names


def _canonical(names: list[tuple[int, int, str]], span: Span) -> str | None:
    """The canonical name of the mention that shares most characters with span."""
    best, most = None, 0
    for start, end, name in names:
        shared = min(end, span.end) - max(start, span.start)
        if shared > most:
            best, most = name, shared
    return best


def _span(text: str, se: tuple[int, int]) -> Span:
    return Span(se[0], se[1], text[se[0] : se[1]])
