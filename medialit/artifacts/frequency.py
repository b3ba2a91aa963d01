"""How common a word is: wordfreq's list of a language, read from a compact table.

wordfreq answers from its whole list loaded as a Python dict, which costs a fresh process
about 0.35 s and 38 MiB. The detectors ask about lower-case words, so those words of the
list are kept as a sorted array of 64-bit hashes beside their frequency bands (16 bits each:
wordfreq's bands stop below 1000): built once from wordfreq's own data file, saved in the
user's cache folder and mapped from disk by every later process (in a millisecond, shared by
all the kernels of a class on one server). A kernel that has looked words up holds the pages
it read, which is about the whole table: 2.9 MiB for English, where 64-bit bands made 4.5.
Any other string goes to wordfreq itself. The values are wordfreq's, to the hundredth.
English is the default; the languages an untranslated run is checked against have tables of
their own, built the same way, so no kernel holds wordfreq's lists as dicts.
"""

from __future__ import annotations

import gzip
import io
import math
import unicodedata
from collections.abc import Collection
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import numpy

from medialit.cache import cache_dir, write_atomic

FORMAT = 3
"""The version of the cached table's layout; a new one builds a new file."""

_WORDS_PER_HASH = 4
"""A table is one array of 16-bit words: each word's 64-bit hash in four, then its band."""


def zipf(word: str, lang: str = "en") -> float:
    """wordfreq's Zipf frequency of a word in `lang` (7 = 'the', 0 = unknown).

    >>> zipf("from") > 5 > zipf("fromthe")
    True
    >>> zipf("della", "it") > 5 > zipf("della")
    True
    """
    if not _in_table_form(word):
        # English folds as wordfreq does; other languages fold their own way (Turkish 'I').
        folded = unicodedata.normalize("NFC", word.casefold())
        if lang == "en" and _in_table_form(folded):
            return zipf(folded)
        from wordfreq import zipf_frequency

        value: float = zipf_frequency(word, lang)
        return value
    from spacy.strings import get_string_id

    hashes, bands = _table(lang)
    key = numpy.uint64(get_string_id(word))
    i = int(numpy.searchsorted(hashes, key))
    if i < len(hashes) and hashes[i] == key:
        return _band_zipf(int(bands[i]))
    return 0.0


def _in_table_form(word: str) -> bool:
    """Whether `word` is spelt as the table files it: lower-case letters, as wordfreq folds them.

    >>> _in_table_form("münchen"), _in_table_form("straße"), _in_table_form("Paris")
    (True, False, False)
    """
    if word.isascii():
        return word.isalpha() and word.islower()
    return (
        word.isalpha() and word.islower() and unicodedata.normalize("NFC", word.casefold()) == word
    )


def zipf_of_words(words: Collection[str], lang: str = "en") -> dict[str, float]:
    """`zipf` of many words at once: the table's words are looked up in one array search.

    >>> found = zipf_of_words({"from", "fromthe"})
    >>> found["from"] > 5 > found["fromthe"]
    True
    """
    # A text's words are mostly words every text has: those answered before come from the
    # memo, and only the new ones are checked and looked up.
    memo = _memo.setdefault(lang, {})
    out: dict[str, float] = {}
    new: list[str] = []
    for word in words:
        value = memo.get(word)
        if value is None:
            new.append(word)
        else:
            out[word] = value
    found = _looked_up(new, lang) if new else {}
    if len(memo) + len(found) > _MEMO_SIZE:
        memo.clear()
    memo.update(found)
    out.update(found)
    return out


_MEMO_SIZE = 20_000
"""The most words `zipf_of_words` keeps per language (about 2 MiB); past it, it starts anew."""
_memo: dict[str, dict[str, float]] = {}


def _looked_up(words: Collection[str], lang: str) -> dict[str, float]:
    """`zipf_of_words` without the memo: the table's words in one array search."""
    listed: list[str] = []
    out: dict[str, float] = {}
    for word in words:  # each word's form checked once
        if _in_table_form(word):
            listed.append(word)
        else:
            out[word] = zipf(word, lang)
    hashes, bands = _table(lang)
    if not listed or not len(hashes):
        return out | {w: 0.0 for w in listed}
    from spacy.strings import get_string_id

    keys = numpy.fromiter(map(get_string_id, listed), dtype=numpy.uint64, count=len(listed))
    at = numpy.minimum(numpy.searchsorted(hashes, keys), len(hashes) - 1)
    values = numpy.where(hashes[at] == keys, _zipf_of_bands(lang)[bands[at]], 0.0)
    out.update(zip(listed, values.tolist(), strict=True))
    return out


@cache
def _zipf_of_bands(lang: str = "en") -> Any:
    """`_band_zipf` of every band of the table, as an array to read many bands at once."""
    bands = _table(lang)[1]
    return numpy.array([_band_zipf(band) for band in range(int(bands.max(initial=0)) + 1)])


@cache
def _band_zipf(band: int) -> float:
    """The Zipf value wordfreq gives a one-word lookup in band `band` (-band centibels)."""
    # wordfreq's arithmetic step by step: the band's frequency, combined over one token,
    # floored at the Zipf minimum 0, rounded to three significant digits, then to 1/100.
    freq = max(1.0 / (1.0 / 10 ** (-band / 100)), 1e-9)
    rounded = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(math.log(rounded, 10) + 9, 2)


def source_file(lang: str = "en") -> Path:
    """wordfreq's list of `lang` that its lookups use: the 'large' one where there is one."""
    spec = find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("wordfreq is not installed")
    data = Path(spec.submodule_search_locations[0]) / "data"
    large = data / f"large_{lang}.msgpack.gz"
    return large if large.exists() else data / f"small_{lang}.msgpack.gz"


@cache
def _table(lang: str = "en") -> tuple[Any, Any]:
    """The sorted word hashes and their bands, mapped from the cache (built there first)."""
    source = source_file(lang)
    stat = source.stat()
    name = f"wordfreq-{lang}-{stat.st_size}-{stat.st_mtime_ns}-v{FORMAT}.npy"
    path = cache_dir() / name
    try:
        table = numpy.load(path, mmap_mode="r")
        if table.ndim != 1 or table.dtype != numpy.uint16 or len(table) % 5:
            raise ValueError(f"{path} holds no word table")
    except (OSError, ValueError):
        table = build(source)
        out = io.BytesIO()
        numpy.save(out, table)
        if write_atomic(name, out.getvalue()):
            _drop_stale_tables(lang, keep=name)
    return split(table)


def _drop_stale_tables(lang: str, *, keep: str) -> None:
    """Remove the language's tables built for another wordfreq file or an older format.

    A process that still maps one keeps reading it: the file goes only when it lets go.
    """
    for old in cache_dir().glob(f"wordfreq-{lang}-*.npy"):
        if old.name != keep:
            old.unlink(missing_ok=True)


def split(table: Any) -> tuple[Any, Any]:
    """The hashes (uint64) and the bands (uint16) of a table, as views of it (no copy)."""
    count = len(table) // (_WORDS_PER_HASH + 1)
    return table[: count * _WORDS_PER_HASH].view(numpy.uint64), table[count * _WORDS_PER_HASH :]


def build(source: Path) -> Any:
    """A uint16 array: the sorted hashes of the list's lower-case words, then their bands."""
    import msgpack  # type: ignore[import-untyped]  # wordfreq's file format
    from spacy.strings import get_string_id

    hashes: list[int] = []
    bands: list[int] = []
    with gzip.open(source, "rb") as stream:
        unpacker = msgpack.Unpacker(stream, raw=False)
        count = unpacker.read_array_header()
        header = unpacker.unpack()
        if not isinstance(header, dict) or header.get("format") != "cB":
            raise ValueError(f"{source} is not a wordfreq cBpack file")
        if count > 2**16:
            raise ValueError(f"{source} has more bands than a 16-bit table holds")
        # One band at a time, so the whole list is never held as Python strings.
        for band in range(count - 1):
            words = [w for w in unpacker.unpack() if _in_table_form(w)]
            hashes.extend(map(get_string_id, words))
            bands.extend([band] * len(words))
    keys = numpy.array(hashes, dtype=numpy.uint64)
    order = numpy.argsort(keys, kind="stable")
    in_order = numpy.array(bands, dtype=numpy.uint16)[order]
    return numpy.concatenate([keys[order].view(numpy.uint16), in_order])
