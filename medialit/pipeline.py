"""The kit's spaCy pipeline: a blank English tokenizer plus rule components of its own.

Built once per process, deterministic and offline. Each analyzer module registers a
component that stores its results on the Doc (`doc._.sources`, ...), so one call of the
pipeline gives every analysis, and `medialit.sources(doc)` reads what is already there.
"""

from __future__ import annotations

import gc
import importlib
import itertools
import re
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

import numpy
import spacy
from spacy.attrs import IDX, LEMMA, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from medialit.article import MAX_BYTES, Article
from medialit.calling import callable_module
from medialit.lemmas import lemma_table

T = TypeVar("T")

# Analyzer modules, in pipeline order: importing one registers its component. Later
# analyzers may read the results of earlier ones.
ANALYZER_MODULES: tuple[str, ...] = (
    # medialit.sources goes first: attribution reuses its canonical names of sources.
    "medialit.sources",
    "medialit.attribution.components",
    "medialit.artifacts",
    "medialit.timeline.components",
)

# Component name -> the module that registered it.
_COMPONENTS: dict[str, str] = {}


def component(name: str, attr: str, func: Callable[[Doc], object]) -> None:
    """Register `func` as the spaCy factory `name`, storing its result on `doc._.<attr>`."""
    if not Doc.has_extension(attr):
        Doc.set_extension(attr, default=None)

    def make(nlp: Language, name: str) -> Callable[[Doc], Doc]:
        def run(doc: Doc) -> Doc:
            doc._.set(attr, func(doc))
            return doc

        return run

    if name not in _COMPONENTS:
        Language.factory(name, func=make)
        _COMPONENTS[name] = func.__module__


def _pipeline_order() -> list[str]:
    """Registered components in ANALYZER_MODULES order, whatever order they were imported in."""
    rank = {module: i for i, module in enumerate(ANALYZER_MODULES)}
    return sorted(_COMPONENTS, key=lambda name: rank.get(_COMPONENTS[name], len(rank)))


def cached(doc: Doc, attr: str, func: Callable[[Doc], T]) -> T:
    """Return `doc._.<attr>`, computing and storing it first if the pipeline did not."""
    # The key under which spaCy keeps `doc._.<attr>`: reading user_data directly skips
    # building an Underscore object on every call, which analyzers make thousands of times.
    key = ("._.", attr, None, None)
    data: dict[Any, Any] = doc.user_data
    value = data.get(key)
    if value is None:
        if not Doc.has_extension(attr):
            Doc.set_extension(attr, default=None)
        value = func(doc)
        data[key] = value
    return value


def _set_sentences(doc: Doc) -> Doc:
    """Mark sentence starts with the kit's own splitter, so Doc and Article agree.

    All at once, as an array: setting `token.is_sent_start` one token at a time scans
    the whole Doc on every call, which made long texts cost the square of their length.
    """
    article = _article_for(doc)
    if not len(doc):
        return doc
    token_starts = doc.to_array([IDX]).astype("int64")
    sentence_starts = numpy.fromiter(
        (s.start for s in article.sentences), dtype="int64", count=len(article.sentences)
    )
    # The token that holds each sentence's first character.
    first = numpy.searchsorted(token_starts, sentence_starts, side="right") - 1
    marks: Any = numpy.zeros(len(doc), dtype="uint64")
    marks[first[first >= 0]] = 1
    marks[0] = 1
    doc.from_array([SENT_START], marks.reshape(-1, 1))
    return doc


def _article_for(doc: Doc) -> Article:
    def build(d: Doc) -> Article:
        if not d.text.strip():
            # Nothing to read: an empty structure, so every analyzer finds nothing.
            return Article(text=d.text, name="text", paragraphs=(), leftovers=())
        return Article.from_text(d.text, check_language=False)

    return cached(doc, "medialit_article", build)


@Language.component("medialit_sentences")
def _sentences_component(doc: Doc) -> Doc:
    return _set_sentences(doc)


@Language.factory("medialit_lemmatizer")
def _make_lemmatizer(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Lookup lemmas from spacy-lookups-data, set for a whole Doc at once.

    A word missing from the table in its capitalised form ("Talks", "Said") is looked up in
    lower case. Lemmas are memoised per word form, and each distinct word of a Doc is looked
    up once (`numpy.unique` groups them in C), so no Python code runs per token.
    """
    table = lemma_table()
    strings = nlp.vocab.strings
    memo: dict[int, int] = {}

    def run(doc: Doc) -> Doc:
        words, where = numpy.unique(doc.to_array(ORTH), return_inverse=True)
        orths: list[int] = words.tolist()
        new = [orth for orth in orths if orth not in memo]
        # A token's orth is the hash the table is keyed by: the new words are looked up at once.
        for orth, lemma in zip(new, table.lemmas(new), strict=True):
            if lemma is None:
                text = strings[orth]
                if text[:1].isupper() and not text.isupper():
                    lemma = table.get(text.lower())
            memo[orth] = strings.add(lemma) if lemma is not None else orth
        found: Any = numpy.fromiter(map(memo.__getitem__, orths), dtype="uint64", count=len(orths))
        doc.from_array([LEMMA], found[where.reshape(-1)].reshape(-1, 1))
        return doc

    return run


RUN_CHARS = 64
"""Runs of characters without white space longer than this are tokenized in segments."""
# The run, and the white space after it (which spaCy keeps on the run's last token).
_LONG_RUN = re.compile(rf"(\S{{{RUN_CHARS + 1},}})\s*")
_SEGMENT = 32
_LONGEST_URL = 2000
_WRAPPERS = "\"'“”‘’«»()[]{}<>.,;:!?…"


class RunSafeTokenizer:
    """spaCy's tokenizer, with long runs of characters without spaces given in short segments.

    spaCy's tokenizer takes time in the square of a run's length when the run is made of
    punctuation or symbols it splits off one at a time (8,000 opening quotes took 12 s).
    Such runs are cut where two non-alphanumeric characters meet (or, failing that, where
    a word meets a symbol), and never inside a word, so the cost grows with the text.
    Text without long runs goes to spaCy's tokenizer unchanged.

    >>> doc = nlp()("“" * 5000)
    >>> len(doc), doc.text == "“" * 5000
    (5000, True)
    """

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tokenizer, name)

    def __call__(self, text: str) -> Doc:
        # str.split cuts at the white space `\s` matches, and finds that no run is long in
        # half the time the pattern takes to look: most texts have none.
        if max(map(len, text.split()), default=0) <= RUN_CHARS:
            return self.tokenizer(text)
        runs = list(_LONG_RUN.finditer(text))
        bounds = [0]
        url = getattr(self.tokenizer, "url_match", None)
        for run in runs:
            start, end = run.span(1)
            core = text[start:end].lstrip(_WRAPPERS)
            core_start = end - len(core)
            core = core.rstrip(_WRAPPERS)
            if url is not None and 0 < len(core) <= _LONGEST_URL and url(core):
                # A web address is one token; only what wraps it is cut off.
                bounds.extend((start, core_start, core_start + len(core)))
            else:
                bounds.extend(_segment_cuts(text, start, end)[:-1])
            bounds.append(run.end())
        bounds.append(len(text))
        docs = [self.tokenizer(text[a:b]) for a, b in itertools.pairwise(bounds) if a < b]
        return Doc.from_docs(docs, ensure_whitespace=False)


def _segment_cuts(text: str, start: int, end: int) -> list[int]:
    """Where to cut the run text[start:end]: its ends, and inside it every few characters."""
    cuts = [start]
    pos = start
    while end - pos > _SEGMENT:
        window = range(pos + _SEGMENT, pos + _SEGMENT // 4, -1)
        cut = next((i for i in window if not text[i - 1].isalnum() and not text[i].isalnum()), 0)
        if not cut:
            # One symbol between two words ("row-as") is its own segment, as spaCy splits it.
            lone = (i for i in window if text[i - 1].isalnum() and not text[i].isalnum())
            cut = next((i for i in lone if i + 1 < end and text[i + 1].isalnum()), 0)
            if cut:
                cuts.append(cut)
                cut += 1
        if not cut:
            cut = next((i for i in window if text[i - 1].isalnum() != text[i].isalnum()), 0)
        if not cut:
            # A long word: go on past it, uncut (spaCy reads one word in linear time).
            cut = next((i for i in range(pos + _SEGMENT, end) if not text[i].isalnum()), end)
        if cut < end:
            cuts.append(cut)
        pos = cut
    cuts.append(end)
    return cuts


def article_of(doc: Doc) -> Article:
    """Return the Article structure (paragraphs, sentences, leftovers) of a Doc."""
    return _article_for(doc)


def nlp(model: str | None = None) -> Language:
    """Return the kit's pipeline, built once per process.

    With `model="en_core_web_sm"` (or another installed trained pipeline) the kit's rule
    components run after the trained ones, and analyzers may use tags and entities.

    >>> doc = nlp()("The minister said talks will start on Monday.")
    >>> [t.lemma_ for t in doc][1:3]
    ['minister', 'say']
    >>> nlp() is nlp(None) is nlp(model=None)
    True
    """
    # One cache key however the model is given: `cache` keys nlp() and nlp(None) apart,
    # which built a second pipeline (and a second lemma table) in the same process.
    return _build(model)


@cache
def _build(model: str | None) -> Language:
    for module in ANALYZER_MODULES:
        importlib.import_module(module)
    if model is None:
        pipe = spacy.blank("en")
        pipe.add_pipe("medialit_sentences")
        pipe.add_pipe("medialit_lemmatizer")
        # max_length guards the memory of trained parsers; rules alone need no such guard.
        pipe.max_length = max(pipe.max_length, 2 * MAX_BYTES)
    else:
        pipe = _load_trained(model)
    pipe.tokenizer = RunSafeTokenizer(pipe.tokenizer)
    for name in _pipeline_order():
        pipe.add_pipe(name)
    # spaCy, the pipeline and the modules imported so far live as long as the process: kept
    # out of later garbage collections, which otherwise walk all of them again (in a fresh
    # process a full collection during the first analysis cost about 0.1 s).
    gc.freeze()
    return pipe


def _load_trained(model: str) -> Language:
    try:
        return spacy.load(model)
    except OSError:
        raise RuntimeError(
            f"The trained spaCy pipeline {model!r} is not installed. The kit works without "
            "it (call medialit.nlp() with no model). To install it: with conda, "
            f"`conda install -c conda-forge spacy-model-{model}`; with pip, "
            f"`python -m spacy download {model}` (this needs internet access)."
        ) from None


def as_doc(text_or_doc: str | Doc | Article) -> Doc:
    """Return a Doc for a string, an Article or a Doc (which is returned as it is)."""
    if isinstance(text_or_doc, Doc):
        return text_or_doc
    if isinstance(text_or_doc, Article):
        return parse(text_or_doc)
    if isinstance(text_or_doc, str):
        return nlp()(text_or_doc)
    raise TypeError(f"expected text, an Article or a spaCy Doc, got {type(text_or_doc).__name__}")


def parse(article: Article, *, model: str | None = None) -> Doc:
    """Run the pipeline over an Article, reusing the structure it already has."""
    pipe = nlp(model)
    doc = pipe.make_doc(article.text)
    cached(doc, "medialit_article", lambda _: article)
    for _, proc in pipe.pipeline:
        doc = proc(doc)
    return doc


__all__ = [
    "ANALYZER_MODULES",
    "article_of",
    "as_doc",
    "cached",
    "callable_module",
    "component",
    "nlp",
    "parse",
]
