"""The compact lemma table gives spacy-lookups-data's lemmas, cached or not."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.strings import get_string_id
from spacy.util import load_language_data

from medialit import lemmas


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder, and no table held in memory before or after the test."""
    monkeypatch.setenv("MEDIALIT_CACHE_DIR", str(tmp_path))
    lemmas.lemma_table.cache_clear()
    yield tmp_path
    lemmas.lemma_table.cache_clear()


def _json_table() -> dict[str, str]:
    table = load_language_data(lemmas.source_file().with_suffix(""))
    assert isinstance(table, dict)
    return table


def test_every_word_of_the_table_has_its_lemma() -> None:
    table = lemmas.lemma_table()
    expected = _json_table()
    assert [w for w, lemma in expected.items() if table.get(w) != lemma] == []


@pytest.mark.parametrize("word", ["", "Talks", "qzxvbridges", "talks ", "ünïcödé"])
def test_words_the_table_lacks_have_no_lemma(word: str) -> None:
    assert word not in _json_table()
    assert lemmas.lemma_table().get(word) is None


def test_the_table_is_built_once_then_read_from_the_cache(fresh_cache: Path) -> None:
    assert lemmas.lemma_table().get("said") == "say"
    (saved,) = fresh_cache.glob("lemmas-*.npz")
    written = saved.stat().st_mtime_ns
    lemmas.lemma_table.cache_clear()
    assert lemmas.lemma_table().get("said") == "say"
    assert saved.stat().st_mtime_ns == written


def test_a_damaged_cache_file_is_rebuilt(fresh_cache: Path) -> None:
    lemmas.lemma_table()
    (saved,) = fresh_cache.glob("lemmas-*.npz")
    saved.write_bytes(b"not a table")
    lemmas.lemma_table.cache_clear()
    assert lemmas.lemma_table().get("ministers") == "minister"


def test_many_words_looked_up_at_once_get_what_each_gets_alone() -> None:
    table = lemmas.lemma_table()
    words = ["said", "Talks", "talks", "ministers", "", "qzxv", "went", "ADJ", "the"]
    keys = [get_string_id(w) for w in words]
    assert table.lemmas(keys) == [table.get(w) for w in words]
    assert table.lemmas([]) == []
