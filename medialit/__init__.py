"""medialit: a JupyterLab teaching kit for reading news critically.

Importing the package is cheap: spaCy and matplotlib are imported only when an
analysis or a drawing is asked for, so exercises and notebooks start fast. A notebook's
charts are drawn by matplotlib in a short-lived process (`medialit.figures.Chart`).

>>> import medialit
>>> article = medialit.load_article()
>>> article.paragraphs[1].text
'NATO invites Russia to negotiations over Ukraine'
"""

from typing import TYPE_CHECKING, Any

from medialit import spacy_import as _spacy_import
from medialit.lazy import exports

__version__ = "0.1.0"

# Public name -> module that defines it. Resolved on first use (PEP 562), which
# keeps `import medialit` free of spaCy.
_LAZY: dict[str, str] = {
    "Article": "medialit.article",
    "ArticleError": "medialit.article",
    "Paragraph": "medialit.article",
    "Segment": "medialit.article",
    "Sentence": "medialit.article",
    "load_article": "medialit.article",
    "nlp": "medialit.pipeline",
    "analyze": "medialit.analysis",
    "Analysis": "medialit.analysis",
    "load_annotations": "medialit.annotations",
    "load_metadata": "medialit.annotations",
    "Attribution": "medialit.attribution",
    "Claim": "medialit.attribution",
    "attributions": "medialit.attribution",
    "claims": "medialit.attribution",
    "provenance": "medialit.provenance",
    "Provenance": "medialit.provenance",
    "DateCandidate": "medialit.timeline",
    "DocumentDate": "medialit.timeline",
    "Event": "medialit.timeline",
    "Evidence": "medialit.timeline",
    "Timex": "medialit.timeline",
    "document_date": "medialit.timeline",
    "draw_timeline": "medialit.timeline",
    "infer_document_date": "medialit.timeline",
    "timeline_events": "medialit.timeline",
    "timexes": "medialit.timeline",
    "Chain": "medialit.sources",
    "Source": "medialit.sources",
    "draw_chain": "medialit.sources",
    "sources": "medialit.sources",
    "transmission_chains": "medialit.sources",
    "Artifact": "medialit.artifacts",
    "artifacts": "medialit.artifacts",
    "compare_with_key": "medialit.artifacts",
    "corrected_article": "medialit.artifacts",
    "show_artifacts": "medialit.artifacts",
    "show_correction": "medialit.artifacts",
    "word_diff": "medialit.artifacts",
}

__all__ = [
    "Analysis",
    "Article",
    "ArticleError",
    "Artifact",
    "Attribution",
    "Chain",
    "Claim",
    "DateCandidate",
    "DocumentDate",
    "Event",
    "Evidence",
    "Paragraph",
    "Provenance",
    "Segment",
    "Sentence",
    "Source",
    "Timex",
    "__version__",
    "analyze",
    "artifacts",
    "attributions",
    "claims",
    "compare_with_key",
    "corrected_article",
    "document_date",
    "draw_chain",
    "draw_timeline",
    "infer_document_date",
    "load_annotations",
    "load_article",
    "load_metadata",
    "nlp",
    "provenance",
    "show_artifacts",
    "show_correction",
    "sources",
    "timeline_events",
    "timexes",
    "transmission_chains",
    "word_diff",
]

if TYPE_CHECKING:
    from medialit.analysis import Analysis, analyze
    from medialit.annotations import load_annotations, load_metadata
    from medialit.article import (
        Article,
        ArticleError,
        Paragraph,
        Segment,
        Sentence,
        load_article,
    )
    from medialit.artifacts import (
        Artifact,
        artifacts,
        compare_with_key,
        corrected_article,
        show_artifacts,
        show_correction,
        word_diff,
    )
    from medialit.attribution import Attribution, Claim, attributions, claims
    from medialit.pipeline import nlp
    from medialit.provenance import Provenance, provenance
    from medialit.sources import Chain, Source, draw_chain, sources, transmission_chains
    from medialit.timeline import (
        DateCandidate,
        DocumentDate,
        Event,
        Evidence,
        Timex,
        document_date,
        draw_timeline,
        infer_document_date,
        timeline_events,
        timexes,
    )


__getattr__ = exports(globals(), _LAZY)


def __dir__() -> list[str]:
    return __all__


_spacy_import.install()
