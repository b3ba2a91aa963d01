"""The compact word-frequency table gives wordfreq's own values, cached or not."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy
import pytest
from wordfreq import iter_wordlist, zipf_frequency

from medialit.artifacts import frequency


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder, and no table held in memory before or after the test."""
    monkeypatch.setenv("MEDIALIT_CACHE_DIR", str(tmp_path / "cache"))
    frequency._table.cache_clear()
    frequency._zipf_of_bands.cache_clear()
    frequency._memo.clear()
    yield tmp_path / "cache"
    frequency._table.cache_clear()
    frequency._zipf_of_bands.cache_clear()
    frequency._memo.clear()


@pytest.mark.parametrize(
    "word",
    [
        "the",
        "from",
        "said",
        "minister",
        "reopened",
        "fromthe",
        "ofthe",
        "qzxv",
        "a",
        "x",
        "antidisestablishmentarianism",
        "Minister",  # capitals: read as wordfreq folds them
        "café",
        "münchen",
        "ZÜRICH",
        "Straße",  # folds to 'strasse'
        "señor",
        "don't",
        "covid19",
        "",
    ],
)
def test_zipf_is_wordfreqs_value(word: str) -> None:
    assert frequency.zipf(word) == zipf_frequency(word, "en")


def test_zipf_agrees_with_wordfreq_across_the_list() -> None:
    words = [w for w in iter_wordlist("en") if w.isascii() and w.isalpha() and w.islower()]
    sample = itertools.islice(words, 0, None, 997)
    mismatched = [w for w in sample if frequency.zipf(w) != zipf_frequency(w, "en")]
    assert mismatched == []


def test_words_with_letters_beyond_ascii_agree_with_wordfreq() -> None:
    words = [w for w in iter_wordlist("en") if not w.isascii() and w.isalpha() and w.islower()]
    sample = list(itertools.islice(words, 0, None, 37))
    assert len(sample) > 50
    mismatched = [
        w
        for w in sample + [w.title() for w in sample]
        if frequency.zipf(w) != zipf_frequency(w, "en")
    ]
    assert mismatched == []


def test_the_table_is_built_once_then_mapped_from_the_cache(fresh_cache: Path) -> None:
    assert frequency.zipf("bridge") == zipf_frequency("bridge", "en")
    saved = list(fresh_cache.glob("*.npy"))
    assert len(saved) == 1
    frequency._table.cache_clear()
    hashes, _ = frequency._table()
    assert isinstance(hashes, numpy.memmap)
    assert frequency.zipf("bridge") == zipf_frequency("bridge", "en")


def test_a_new_table_replaces_the_languages_older_ones_and_no_others(fresh_cache: Path) -> None:
    fresh_cache.mkdir(parents=True)
    older = fresh_cache / "wordfreq-en-123-456-v2.npy"
    other_language = fresh_cache / "wordfreq-de-123-456-v2.npy"
    for path in (older, other_language):
        path.write_bytes(b"an older table")
    assert frequency.zipf("bridge") == zipf_frequency("bridge", "en")
    names = sorted(p.name for p in fresh_cache.glob("*.npy"))
    assert other_language.name in names and older.name not in names
    assert len(names) == 2


def test_an_unwritable_cache_keeps_the_table_in_memory(
    fresh_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("MEDIALIT_CACHE_DIR", str(blocked / "cache"))
    assert frequency.zipf("bridge") == zipf_frequency("bridge", "en")
    assert list(tmp_path.glob("**/*.npy")) == []


def test_a_damaged_cache_file_is_rebuilt(fresh_cache: Path) -> None:
    frequency.zipf("bridge")
    (saved,) = fresh_cache.glob("*.npy")
    saved.write_bytes(b"not a table")
    frequency._table.cache_clear()
    assert frequency.zipf("bridge") == zipf_frequency("bridge", "en")
    assert numpy.load(saved).dtype == numpy.uint16


def test_a_table_holds_each_words_hash_then_its_band_in_16_bits(fresh_cache: Path) -> None:
    hashes, bands = frequency._table()
    assert hashes.dtype == numpy.uint64 and bands.dtype == numpy.uint16
    assert len(hashes) == len(bands) > 100_000
    assert bool(numpy.all(hashes[1:] > hashes[:-1]))
    (saved,) = fresh_cache.glob("*.npy")
    assert saved.stat().st_size < 10.5 * len(hashes)
    assert frequency.split(numpy.load(saved))[1].tolist() == bands.tolist()


@pytest.mark.parametrize("lang", ["it", "es", "pt", "fr", "de", "id", "tr"])
def test_other_languages_agree_with_wordfreq(lang: str) -> None:
    words = [w for w in iter_wordlist(lang) if w.isalpha() and w.islower()]
    sample = list(itertools.islice(words, 0, None, 211))
    assert len(sample) > 50
    extra = ["", "qzxvbn", "Città", "İstanbul", "KISA"]
    expected = {w: zipf_frequency(w, lang) for w in sample + extra}
    assert {w: frequency.zipf(w, lang) for w in expected} == expected
    assert frequency.zipf_of_words(expected, lang) == expected


def test_words_asked_again_come_from_the_memo_with_the_same_values(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = ["harbour", "the", "qzxvbn", "Città", "ferry"]
    first = frequency.zipf_of_words(words)
    assert first == {w: zipf_frequency(w, "en") for w in words}
    looked_up: list[str] = []
    real = frequency._looked_up

    def counting(new: list[str], lang: str) -> dict[str, float]:
        looked_up.extend(new)
        return real(new, lang)

    monkeypatch.setattr(frequency, "_looked_up", counting)
    assert frequency.zipf_of_words([*words, "pier"]) == first | {
        "pier": zipf_frequency("pier", "en")
    }
    assert looked_up == ["pier"]
    assert frequency.zipf_of_words(["della"], "it") == {"della": zipf_frequency("della", "it")}
    assert looked_up == ["pier", "della"]


def test_a_full_memo_starts_anew(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(frequency, "_MEMO_SIZE", 3)
    assert frequency.zipf_of_words(["harbour", "ferry"])["ferry"] == zipf_frequency("ferry", "en")
    frequency.zipf_of_words(["pier", "quay"])
    assert sorted(frequency._memo["en"]) == ["pier", "quay"]


def test_each_language_has_its_own_table(fresh_cache: Path) -> None:
    assert frequency.zipf("della", "it") == zipf_frequency("della", "it")
    assert frequency.zipf("della") == zipf_frequency("della", "en")
    assert sorted(p.name.split("-")[1] for p in fresh_cache.glob("*.npy")) == ["en", "it"]


def test_naming_a_runs_language_leaves_wordfreqs_lists_unread(
    fresh_run: Callable[[str], list[str]],
) -> None:
    code = (
        "import wordfreq\n"
        "from medialit.artifacts.untranslated import _source_language\n"
        "print(_source_language(['questa', 'volta', 'della', 'città']))\n"
        "print(wordfreq.get_frequency_dict.cache_info().currsize)\n"
    )
    assert fresh_run(code) == ["it", "0"]
