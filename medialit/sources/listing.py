"""The sources of a text: one per body, with every mention of it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from medialit import pipeline

if TYPE_CHECKING:
    import datetime as dt

    from spacy.tokens import Doc

    from medialit.article import Article
from medialit.sources.cues import _find_mentions, _Found
from medialit.sources.grouping import _group
from medialit.sources.lexicons import _lexicon
from medialit.sources.model import KIND_LABELS, ROLES, Identity, Mention, Source


def _find(doc: Doc) -> list[Source]:
    try:
        article = pipeline.article_of(doc)
    except ValueError:
        return []  # an empty text credits no one
    # The Article keeps the text; spaCy's `doc.text` rebuilds it from every token.
    text = article.text
    found = _group(text, _find_mentions(doc, article))
    by_sentence: dict[str, list[_Found]] = {}
    for f in found:
        by_sentence.setdefault(f.sentence, []).append(f)
    groups: dict[tuple[str, str], list[Mention]] = {}
    idents: dict[tuple[str, str], Identity] = {}
    for f in found:
        via: tuple[str, ...] = ()
        if f.hint == "speaker":
            via = tuple(
                g.identity.name
                for g in by_sentence[f.sentence]
                if g.hint == "intermediary" and g.identity.name != f.identity.name
            )
        key = (f.identity.name, f.identity.kind)
        idents.setdefault(key, f.identity)
        mention = Mention(f.start, f.end, text[f.start : f.end], f.sentence, f.hint, f.cue, via)
        groups.setdefault(key, []).append(mention)
    out = []
    for key, mentions in groups.items():
        ident = idents[key]
        roles = tuple(r for r in ROLES if any(m.role == r for m in mentions))
        out.append(
            Source(
                ident.name,
                ident.kind,
                _is_named(ident),
                ident.country,
                roles,
                tuple(mentions),
            )
        )
    return out


def _is_named(ident: Identity) -> bool:
    """A title or a common noun ("the President", "the ministry") names no one in particular."""
    lex = _lexicon()
    return (
        ident.kind != "vague"
        and ident.name != ident.name.lower()
        and (ident.name not in lex.all_titles)
    )


def sources(text_or_doc: str | Doc | Article) -> list[Source]:
    """List the sources a text credits, one per body, with every mention of each.

    >>> [s.name for s in sources("Beijing denied it, officials said, quoted by Xinhua.")]
    ['Chinese government', 'officials', 'Xinhua']
    """
    doc = pipeline.as_doc(text_or_doc)
    return pipeline.cached(doc, "sources", _find)


def analyze_sources(doc: Doc, *, document_date: dt.date | None = None) -> list[Source]:
    """The `sources` entry of the analysis contract: the sources of a parsed text.

    >>> import medialit
    >>> result = medialit.analyze("Experts say the dam is safe.").to_json()
    >>> [(s["name"], s["mentions"][0]["start"], s["mentions"][0]["end"]) for s in result["sources"]]
    [('experts', 0, 7)]
    """
    return sources(doc)


def kind_label(kind: str) -> str:
    """Say a kind of source in words a learner reads, such as 'unnamed or vague'.

    >>> kind_label("ministry_or_agency")
    'ministry or agency of state'
    """
    return KIND_LABELS[kind]


def iter_mentions(found: Iterable[Source]) -> Iterator[tuple[Source, Mention]]:
    """Yield every (source, mention) pair, in the order of the text.

    >>> found = sources("Officials said so. The BBC reported that police agreed.")
    >>> [(m.text, source.kind) for source, m in iter_mentions(found)]
    [('Officials', 'vague'), ('BBC', 'news_organisation')]
    """
    pairs = [(s, m) for s in found for m in s.mentions]
    yield from sorted(pairs, key=lambda pair: pair[1].start)
