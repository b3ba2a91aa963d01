"""The kit's spaCy pipeline: blank English, the kit's sentences, lookup lemmas, offline."""

from __future__ import annotations

import subprocess
import sys

import pytest
from spacy.language import Language

import medialit
import medialit.pipeline
from medialit.article import Article
from medialit.pipeline import as_doc, nlp


def test_pipeline_is_built_once(nlp: Language) -> None:
    assert medialit.nlp() is nlp
    assert nlp.lang == "en"
    assert nlp.pipe_names[:2] == ["medialit_sentences", "medialit_lemmatizer"]


def test_doc_sentences_agree_with_article(nlp: Language, article: Article) -> None:
    doc = nlp(article.text)
    sents = [(s.start_char, s.start_char + len(s.text.rstrip())) for s in doc.sents]
    assert sents == [(s.start, s.end) for s in article.sentences]


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("The ministers said", ["the", "minister", "say"]),
        ("Talks were held", ["talk", "be", "hold"]),
        ("It denies claims", ["it", "deny", "claim"]),
    ],
)
def test_lookup_lemmas(nlp: Language, text_in: str, expected: list[str]) -> None:
    assert [t.lemma_.lower() for t in nlp(text_in)] == expected


def test_pipeline_is_deterministic(nlp: Language, article: Article) -> None:
    first = [(t.idx, t.lemma_, t.is_sent_start) for t in nlp(article.text)]
    second = [(t.idx, t.lemma_, t.is_sent_start) for t in nlp(article.text)]
    assert first == second


def test_as_doc_accepts_text_article_and_doc(nlp: Language, article: Article) -> None:
    doc = as_doc(article)
    assert doc.text == article.text
    assert as_doc(doc) is doc
    assert as_doc("A short text.").text == "A short text."
    with pytest.raises(TypeError, match="expected text"):
        as_doc(42)  # type: ignore[arg-type]


def test_missing_trained_pipeline_says_how_to_install() -> None:
    with pytest.raises(RuntimeError, match="conda install -c conda-forge spacy-model-"):
        nlp("medialit_no_such_model")


def test_import_does_not_import_spacy() -> None:
    code = "import sys, medialit; medialit.load_article(); print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_importtime_shows_no_spacy() -> None:
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import medialit"],
        capture_output=True,
        text=True,
        check=True,
    )
    imported = {line.rsplit("|", 1)[-1].strip() for line in out.stderr.splitlines()}
    assert "medialit" in imported
    assert not {m for m in imported if m.split(".")[0] in {"spacy", "matplotlib", "thinc"}}


def test_analyzers_run_in_declared_order_whatever_the_import_order() -> None:
    code = (
        "import medialit.timeline, medialit.attribution, medialit.sources; "
        "from medialit.pipeline import ANALYZER_MODULES, nlp, _COMPONENTS; "
        "print(*[_COMPONENTS[n] for n in nlp().pipe_names if n in _COMPONENTS])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    modules = out.stdout.split()
    order = medialit.pipeline.ANALYZER_MODULES
    assert modules[0] == "medialit.sources"
    assert [order.index(m) for m in modules] == sorted(order.index(m) for m in modules)


@pytest.mark.parametrize("text_in", ["", "   ", "\n\n"])
def test_empty_text_gives_empty_results(nlp: Language, text_in: str) -> None:
    doc = nlp(text_in)
    for name in ("sources", "attributions", "claims", "artifacts", "timexes"):
        if doc.has_extension(name):
            assert not doc._.get(name), name


def test_public_api_is_curated() -> None:
    assert medialit.__all__ == sorted([*medialit._LAZY, "__version__"])
    for name in medialit.__all__:
        assert getattr(medialit, name) is not None


def test_cached_results_are_the_docs_extension_values(nlp: Language) -> None:
    from medialit.pipeline import cached

    doc = nlp.make_doc("Officials said so.")
    calls: list[int] = []
    first = cached(doc, "medialit_test_value", lambda d: calls.append(1) or [len(d)])
    again = cached(doc, "medialit_test_value", lambda d: calls.append(1) or [0])
    assert first == again == [4] and calls == [1]
    assert doc._.medialit_test_value == [4]


def test_one_pipeline_however_the_default_model_is_named() -> None:
    assert medialit.nlp() is medialit.nlp(None) is medialit.nlp(model=None)


# A run of 64 symbols goes to spaCy as it is; one of 65 is cut in segments, which spaCy reads
# into the same tokens. White space that is not a plain space (a line break, an em space, a
# file separator) ends a run too.
@pytest.mark.parametrize("space", [" ", "\n", "\u2003", "\x1c"])
@pytest.mark.parametrize("length", [64, 65])
def test_long_runs_are_cut_whatever_white_space_ends_them(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, space: str, length: int
) -> None:
    cuts: list[tuple[int, int]] = []
    segment_cuts = medialit.pipeline._segment_cuts

    def spy(text: str, start: int, end: int) -> list[int]:
        cuts.append((start, end))
        return segment_cuts(text, start, end)

    monkeypatch.setattr(medialit.pipeline, "_segment_cuts", spy)
    run = "(" * length
    text = f"Prices rose{space}{run}{space}again."
    doc = nlp(text)
    assert doc.text == text
    assert [t.text for t in doc] == [t.text for t in nlp.tokenizer.tokenizer(text)]
    start = text.index(run)
    assert cuts == ([] if length <= medialit.pipeline.RUN_CHARS else [(start, start + length)])
