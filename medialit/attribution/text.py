"""The attributions of a whole text: sentence by sentence, with quotes that run on."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from spacy.tokens import Doc

from medialit import pipeline
from medialit.article import Article, Paragraph, Sentence
from medialit.attribution.cues import _candidates, _dateline_end, _Draft
from medialit.attribution.labels import _colon_label, _dash_credits, _labelled_quote
from medialit.attribution.lexicons import _COLON_QUOTE, OPEN_QUOTES, _words
from medialit.attribution.model import Attribution, Link, Span
from medialit.attribution.quotes import _inner, _quote_spans, _with_quote_marks
from medialit.attribution.sentence import _in_sentence
from medialit.attribution.tokens import _doc_tokens, _DocTokens, _Sent, _tokens


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


class _Context(NamedTuple):
    """What every paragraph of one text reads: its text, tokens and cue positions."""

    doc: Doc
    text: str
    table: Any
    tagged: bool
    candidates: list[int]
    credited: Callable[[], dict[int, tuple[int, int]]]
    tokens: _DocTokens
    quotes: dict[tuple[int, int], list[tuple[int, int]]]
    """The quotations found so far, by the stretch of text read for them."""


def _find(doc: Doc) -> list[Attribution]:
    article = pipeline.article_of(doc)
    text = _with_quote_marks(article.text)
    tagged = len(doc) > 0 and bool(doc[0].tag)  # a tagger tags every token or none
    # the tags are read only from a tagger, not as a column of zeros
    table = doc.to_array(["IDX", "LENGTH", "IS_SPACE", "LEMMA", *(["TAG"] if tagged else [])])
    found_once: list[dict[int, tuple[int, int]]] = []

    def credited() -> dict[int, tuple[int, int]]:
        if not found_once:
            found_once.append(_credited(doc))
        return found_once[0]

    tokens = _doc_tokens(text, table, doc.vocab.strings, tagged)
    candidates = _candidates(doc, text, tokens)
    ctx = _Context(doc, text, table, tagged, candidates, credited, tokens, {})
    found: list[_Draft] = []
    last_direct: _Draft | None = None
    for para in article.paragraphs:
        sents = [s for s in para.sentences if s.leftover is None]
        if sents:
            last_direct = _paragraph(ctx, para, sents, last_direct, found)
    return _finish(doc, found, ctx)


def _quotes(ctx: _Context, start: int, end: int) -> list[tuple[int, int]]:
    """The quotations in text[start:end], found once: a paragraph's sentences most often
    span the whole paragraph, which `_finish` reads again."""
    found = ctx.quotes.get((start, end))
    if found is None:
        found = ctx.quotes[start, end] = _quote_spans(ctx.text, start, end)
    return found


def _paragraph(
    ctx: _Context,
    para: Paragraph,
    sents: list[Sentence],
    had_direct: _Draft | None,
    found: list[_Draft],
) -> _Draft | None:
    """Add the attributions of one paragraph to `found`; return its last direct quote."""
    text, candidates = ctx.text, ctx.candidates
    quotes: list[tuple[int, int]] | None = None
    closers: frozenset[int] = frozenset()
    # 'She said:' at the end of the paragraph before has already taken this one's words
    covered_to = max((d.content[1] for d in found[-1:] if d.content), default=0)
    last_direct = had_direct if covered_to > para.start else None
    dashed = _dash_credits(text, para, sents)
    if dashed:
        covered_to, had_direct = max(d.content[1] for d in dashed if d.content), None
    for sent in sents:
        at = bisect.bisect_left(candidates, sent.start)
        here = at < len(candidates) and candidates[at] < sent.end
        opens = text[sent.start : sent.start + 2].lstrip()[:1] in _OPENING_MARKS
        labelled = None if here else _COLON_QUOTE.match(text, sent.start, sent.end)
        label = _colon_label(text, para, sent) if sent is sents[0] else None
        if not here and not (opens and had_direct) and labelled is None and label is None:
            continue
        if quotes is None:
            quotes = _quotes(ctx, sents[0].start, sents[-1].end)
            closers = frozenset(q[1] - 1 for q in quotes if text[q[1] - 1] == "’")
        toks = _tokens(ctx.tokens, sent, closers)
        s = _Sent(text, sent, toks, quotes, ctx.credited)
        drafts = _in_sentence(s) if here else []
        if labelled is not None:
            drafts = _labelled_quote(s, labelled)
        if label is not None:
            drafts.insert(0, label)
        if not drafts and sent.start >= covered_to:
            implicit = _implicit(s, had_direct)
            drafts = [implicit] if implicit else []
        skip = _dateline_end(text, sent) if drafts else sent.start
        for d in drafts:
            assert d.content is not None
            if sent.start < skip and d.content[0] < skip < d.content[1]:
                d.content = (skip, d.content[1])
            covered_to = max(covered_to, d.content[1], *(m[1] for m in d.more))
            if _is_quote(s, d):
                had_direct = last_direct = d
        found.extend(drafts)
    if dashed:
        found.extend(dashed)
        last_direct = dashed[-1]
    return last_direct


_OPENING_MARKS = frozenset(OPEN_QUOTES)
"""The marks a quotation opens with, made into a set once rather than at every sentence."""


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


def _finish(doc: Doc, drafts: Sequence[_Draft], ctx: _Context) -> list[Attribution]:
    article = pipeline.article_of(doc)
    text = article.text
    w = _words()
    out: list[Attribution] = []
    # Per paragraph, as in _find: a quote left open must not pair with one in the next.
    quotes = [q for p in article.paragraphs for q in _quotes(ctx, p.start, p.end)]
    # Quotations never overlap and come in text order: both their starts and their ends
    # ascend, so the one quotation that may hold or touch a content is found by bisection.
    opens, closes = [q[0] for q in quotes], [q[1] for q in quotes]
    last_name: str | None = None
    last_vague = False
    names = _Names(_source_names(doc))
    for n, d in enumerate(drafts, 1):
        assert d.content is not None
        content = _span(text, d.content)
        # a quotation that opens before the content and closes at or after its end
        before = bisect.bisect_left(opens, content.start)
        quoted = before > 0 and closes[before - 1] >= content.end
        # the first quotation that closes after the content starts, if it opens before its end
        after = bisect.bisect_right(closes, content.start)
        partial = not quoted and after < len(quotes) and opens[after] < content.end
        kind = _kind(d, quoted=quoted, partial=partial)
        source = _span(text, d.source) if d.source else None
        speaker, vague = None, False
        if source is not None:
            speaker, vague = names.canonical(source)
            pronoun = source.text.lower() in w.pronouns
            if speaker is None and pronoun:
                speaker, vague = last_name, last_vague
            elif speaker is None:
                speaker = _plain_name(source.text)
            if not pronoun:
                last_name, last_vague = speaker, vague
        out.append(
            Attribution(
                id=f"A{n}",
                sentence=d.sentence,
                type=kind,
                cue=_span(text, d.cue) if d.cue else None,
                source=source,
                content=content,
                # most have neither: no generator is made for an empty list
                more_content=tuple([_span(text, m) for m in d.more]) if d.more else (),
                chain=tuple(
                    [Link(_span(text, c), _span(text, src), role) for c, src, role in d.chain]
                )
                if d.chain
                else (),
                lemma=d.lemma,
                connotation=d.entry.get("connotation"),
                explain=d.entry.get("explain"),
                quoted=quoted,
                speaker=speaker,
                vague=vague,
                rule=d.form,
            )
        )
    return out


def _kind(d: _Draft, *, quoted: bool, partial: bool) -> str:
    """The attribution's type, from the rule that made it and its quote marks."""
    if d.form in ("phrase", "poll"):
        return "according_to"
    if d.form in ("labelled", "nominal"):
        return d.form
    if d.form == "reaction":
        return "nominal"
    if d.form in ("act", "act_participle", "belief_clause", "regard") or "frames" in d.entry:
        # only the rules of acts read a verb with its frames, 'and pledged to ...' too
        return str(d.entry.get("type", "act"))
    if d.form in ("passive", "implicit") or d.source is None:
        return "implicit"
    if quoted or d.unmarked_quote:
        return "direct"
    if partial:
        return "mixed"
    return "belief" if d.lemma in _words().belief_verbs else "indirect"


def _plain_name(source: str) -> str:
    for article in ("the ", "The "):
        if source.startswith(article):
            return source[len(article) :]
    return source


def _credited(doc: Doc) -> dict[int, tuple[int, int]]:
    """Where each cue of the sources analyzer starts -> the speaker it credits."""
    from medialit.sources import sources

    text = pipeline.article_of(doc).text
    out = {}
    for source in sources(doc):
        for m in source.mentions:
            if m.role == "speaker" and m.end <= m.cue.start:
                # the sources analyzer leaves out an opening 'the'; a claim's source keeps it
                article = _THE_BEFORE.search(text, max(0, m.start - 4), m.start)
                out[m.cue.start] = (article.start() if article else m.start, m.end)
    return out


_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")


def _source_names(doc: Doc) -> list[tuple[int, int, str, bool]]:
    """Canonical names of source mentions from the sources analyzer, where the kit has it,
    and whether each names no one in particular."""
    try:
        from medialit.sources import sources
    except ImportError:
        return []
    names: list[tuple[int, int, str, bool]] = []
    for source in sources(doc):
        for m in source.mentions:
            names.append((m.start, m.end, source.name, source.kind == "vague"))
    return names


class _Names:
    """The sources analyzer's mentions, sorted by where they start, for `canonical`."""

    def __init__(self, names: list[tuple[int, int, str, bool]]) -> None:
        # (start, place in the analyzer's order, end, name, vague)
        self.rows = sorted(
            (start, k, end, name, vague) for k, (start, end, name, vague) in enumerate(names)
        )
        self.starts = [row[0] for row in self.rows]
        self.longest = max((end - start for start, end, _, _ in names), default=0)

    def canonical(self, span: Span) -> tuple[str | None, bool]:
        """The canonical name of the mention that shares most characters with span (the first
        in the analyzer's order on a tie), and whether it is vague."""
        # Only a mention that starts less than the longest mention's length before the span
        # can share a character with it.
        lo = bisect.bisect_right(self.starts, span.start - self.longest)
        hi = bisect.bisect_left(self.starts, span.end)
        best: tuple[int, int, str, bool] | None = None
        for start, k, end, name, vague in self.rows[lo:hi]:
            shared = min(end, span.end) - max(start, span.start)
            if shared > 0 and (best is None or (-shared, k) < (-best[0], best[1])):
                best = (shared, k, name, vague)
        return (best[2], best[3]) if best else (None, False)


def _span(text: str, se: tuple[int, int]) -> Span:
    return Span(se[0], se[1], text[se[0] : se[1]])
