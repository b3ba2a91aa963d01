"""Properties that hold for any input: generated texts through `analyze`, odd answers files.

`make test` runs a modest number of examples; `make fuzz` runs 100,000 through `analyze`
and 10,000 through each answers-file property (MEDIALIT_FUZZ=1 selects that profile).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any
from unittest import mock

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import medialit
from medialit.article import ArticleError
from medialit.exercises import AnswerStore

FUZZ = bool(os.environ.get("MEDIALIT_FUZZ"))
TEXTS = int(os.environ.get("MEDIALIT_FUZZ_TEXTS", 100_000)) if FUZZ else 60
FILES = int(os.environ.get("MEDIALIT_FUZZ_FILES", 10_000)) if FUZZ else 40
# make test draws the same examples on every run; make fuzz draws new ones each time.
common = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    database=None,
    derandomize=not FUZZ,
)

# Pieces of news prose that reach the analyzers' rules, written for these tests, joined by
# odd white space and punctuation; plus text of any kind.
WORDS = [
    "according to",
    "quoted by",
    "citing",
    "said",
    "told",
    "reported",
    "claimed",
    "the",
    "minister",
    "ministry",
    "officials",
    "a source",
    "sources familiar with the matter",
    "Reuters",
    "the agency",
    "Anna Petrova",
    "NATO",
    "Russia's",
    "on Monday",
    "last week",
    "in mid-December",
    "26 December 2021",
    "2021-12-26",
    "yesterday",
    "next year",
    "talks",
    "will",
    "had",
    "not",
    "Home",
    "NEWS",
    "Read more",
    "Kiev",
    "bellicose",
    "U.S.",
    "Dr.",
    "a.m.",
    "that",
    "it",
    "was",
    "is",
    "Ã©",
    "&amp;",
    "<b>",
    "</p>",
    "}}",
    "”>",
    "@",
    "#",
]
PUNCT = [".", ",", ";", ":", "!", "?", "“", "”", '"', "'", "‘", "’", "(", ")", "—", "-", "…"]
SPACES = [" ", "  ", "\t", "\n", "\n\n", "\r\n", " \u00a0", "\u2028", "\x0b", ""]
news = st.lists(
    st.one_of(
        st.sampled_from(WORDS),
        st.sampled_from(PUNCT),
        st.sampled_from(SPACES),
        st.text(max_size=4),
    ),
    max_size=60,
).map("".join)
texts = st.one_of(news, st.text(max_size=200))


def _spans(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, list):
        return [s for v in value for s in _spans(v)]
    if isinstance(value, dict):
        own = [value] if isinstance(value.get("start"), int) and "end" in value else []
        return own + [s for v in value.values() for s in _spans(v)]
    return []


@settings(common, max_examples=TEXTS)
@given(texts)
@example("The plan failed, according  to officials.")
@example("“It rained,” he said,\tquoted\tby Reuters.")
@example("The minister said " + "“" * 8000 + " so.")
def test_analyze_holds_its_contract_for_any_text(text: str) -> None:
    try:
        result = medialit.analyze(text)
    except ArticleError:
        return  # the kit's own, explained refusal
    found = result.to_json()
    for span in _spans(found):
        assert 0 <= span["start"] <= span["end"] <= len(text), span
        if "text" in span:
            assert text[span["start"] : span["end"]] == span["text"], span
    # Sentences tile the text: in order, apart, and only white space left between them.
    cursor = 0
    for sentence in found["sentences"]:
        assert cursor <= sentence["start"] < sentence["end"], sentence
        assert not text[cursor : sentence["start"]].strip(), sentence
        cursor = sentence["end"]
    assert not text[cursor:].strip()
    assert medialit.analyze(text).to_json() == found, "analysing twice gives the same"


names = st.text(min_size=1, max_size=20)
plain = st.one_of(st.none(), st.text(max_size=40))
answers = st.one_of(
    plain, st.lists(st.one_of(plain, st.integers(min_value=-(2**40), max_value=2**40)))
)
records = st.fixed_dictionaries(
    {
        "attempts": st.integers(min_value=0, max_value=10**6),
        "answer": answers,
    },
    optional={
        "hints_seen": st.integers(min_value=0, max_value=50),
        "score": st.one_of(st.none(), st.floats(min_value=0, max_value=1)),
        "verdict": st.sampled_from(["correct", "partly", "incorrect", "saved"]),
        "shown": st.text(max_size=40),
        "solution_seen": st.booleans(),
    },
)


@settings(common, max_examples=FILES)
@given(st.dictionaries(names, records, min_size=1, max_size=5))
def test_a_saved_answer_reads_back_equal(saved: dict[str, dict[str, Any]]) -> None:
    # Flushing to disk is what the crash tests check; here it would only cost time.
    with tempfile.TemporaryDirectory() as folder, mock.patch("os.fsync"):
        path = Path(folder) / "ana" / "00.json"
        store = AnswerStore(path)
        for exercise_id, record in saved.items():
            store.update(exercise_id, lambda old, record=record: record)
        assert AnswerStore(path).exercises() == saved
        assert not list(path.parent.glob("*.corrupt-*"))


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=10)),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
answers_files = st.one_of(
    st.binary(max_size=200),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.dictionaries(names, json_values, max_size=3).map(
        lambda ex: json.dumps({"format": 1, "exercises": ex}).encode()
    ),
    st.integers(min_value=1, max_value=100_000).map(lambda n: b"[" * n + b"]" * n),
)


@settings(common, max_examples=FILES)
@given(answers_files)
def test_an_odd_answers_file_is_kept_or_moved_aside_with_a_message(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder, mock.patch("os.fsync"):
        path = Path(folder) / "00.json"
        path.write_bytes(content)
        store = AnswerStore(path)
        found = store.exercises()
        moved = list(Path(folder).glob("00.json.corrupt-*"))
        if moved:
            assert found == {} and moved[0].read_bytes() == content
            assert moved[0].name in store.take_notice()
        else:
            assert path.read_bytes() == content, "a readable file is left as it is"
            assert isinstance(found, dict) and store.take_notice() == ""
            medialit.exercises.collect_answers(folder)
        store.update("q", lambda old: {**old, "attempts": old.get("attempts", 0) + 1})
        assert store.exercises()["q"]["attempts"] >= 1
