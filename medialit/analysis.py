"""One analysis contract: `analyze(text)` and `python -m medialit analyze --json`.

Every result is a list of plain records whose spans are Python string offsets into the
exact input text. The keys are stable; see "The analysis contract" in README.md.

>>> result = analyze("Home NEWS\\n\\nThe mayor resigned, officials said.")
>>> [(s["id"], s["start"], s["end"]) for s in result.to_json()["sentences"]]
[('P1.S1', 0, 9), ('P2.S1', 11, 46)]
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from medialit.article import Article

if TYPE_CHECKING:
    from medialit.timeline.model import DocumentDate

# Contract key -> "module:function". Each function takes (doc, *, document_date) and
# returns JSON-ready data or dataclasses; keys appear in the JSON in this order.
ANALYZERS: dict[str, str] = {
    "sources": "medialit.sources:analyze_sources",
    "attributions": "medialit.attribution:attributions",
    "claims": "medialit.attribution:claims",
    "artifacts": "medialit.artifacts:artifacts",
    "timexes": "medialit.timeline:timexes",
    "document_date": "medialit.timeline:document_date",
}


@dataclass
class Analysis:
    """The result of analysing one text: its structure plus each analyzer's findings."""

    text: str
    article: Article
    results: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict: `sentences`, `leftovers`, `page`, then one key per analyzer."""
        out: dict[str, Any] = {
            "sentences": [
                {"id": s.id, "start": s.start, "end": s.end} for s in self.article.sentences
            ],
            "leftovers": [dataclasses.asdict(seg) for seg in self.article.leftovers],
            "page": self.article.page,
        }
        out.update({key: _plain(value) for key, value in self.results.items()})
        return out

    def __getitem__(self, key: str) -> Any:
        if key in self.results:
            return _plain(self.results[key])
        return self.to_json()[key]


_FIELDS: dict[type, tuple[str, ...]] = {}
# Values of these exact types are already plain: returned at once, the commonest case.
_SCALARS = frozenset({str, int, float, bool, type(None)})


def _plain(value: Any) -> Any:
    kind = type(value)
    if kind in _SCALARS:
        return value
    # A value that is already plain is kept without a call: most fields are numbers and text.
    names = _FIELDS.get(kind)
    if names is not None:
        out = {}
        for name in names:
            v = getattr(value, name)
            out[name] = v if type(v) in _SCALARS else _plain(v)
        return out
    if kind is list or kind is tuple:
        return [v if type(v) in _SCALARS else _plain(v) for v in value]
    if kind is dict:
        return {k: v if type(v) in _SCALARS else _plain(v) for k, v in value.items()}
    return _plain_other(value)


def _plain_other(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        # Field by field rather than dataclasses.asdict, which deep-copies every value
        # first: on a long text that copying cost more than the analysis.
        names = _FIELDS[type(value)] = tuple(f.name for f in dataclasses.fields(value))
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _function(spec: str) -> Callable[..., Any]:
    module, _, name = spec.partition(":")
    func: Callable[..., Any] = getattr(importlib.import_module(module), name)
    return func


def analyze(
    text: str | Article,
    *,
    document_date: dt.date | DocumentDate | None = None,
    model: str | None = None,
) -> Analysis:
    """Analyse a text with every analyzer the kit has.

    >>> analyze("Officials said the bridge will reopen.").article.sentences[0].text
    'Officials said the bridge will reopen.'
    """
    from medialit import pieces
    from medialit.pipeline import parse

    article = text if isinstance(text, Article) else Article.from_text(text)

    def run(doc: Any, date: dt.date | DocumentDate | None) -> dict[str, Any]:
        return {key: _function(spec)(doc, document_date=date) for key, spec in ANALYZERS.items()}

    if len(article.text) > pieces.WHOLE_CHARS:
        results = pieces.in_pieces(
            article,
            lambda part: parse(part, model=model),
            lambda doc, date: _plain(run(doc, date)),
            document_date=document_date,
        )
    else:
        results = run(parse(article, model=model), document_date)
    return Analysis(text=article.text, article=article, results=results)
