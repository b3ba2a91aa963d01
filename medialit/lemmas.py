"""spacy-lookups-data's English lemma table, kept as a few compact arrays in the cache folder.

Read as JSON, the table costs a fresh process about 20 ms and 5 MiB (41,000 pairs of Python
strings); kept as the sorted hashes of its words, the index of each word's lemma and the
lemmas as one block of text, it loads in a millisecond and takes half a MiB. The lemmas
are the table's own, word for word.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path
from typing import Any

import numpy
from spacy.strings import get_string_id

from medialit.cache import cache_dir, write_atomic

FORMAT = 1
"""The version of the cached arrays' layout; a new one builds a new file."""


class LemmaTable:
    """Word -> lemma, looked up by the word's spaCy hash.

    >>> lemma_table().get("talks"), lemma_table().get("Talks")
    ('talk', None)
    """

    def __init__(self, arrays: dict[str, Any]) -> None:
        self.hashes = arrays["hashes"]
        self.lemma_index = arrays["lemma_index"]
        self.offsets = arrays["offsets"]
        self.text = bytes(arrays["text"]).decode("utf-8")

    def lemmas(self, keys: list[int]) -> list[str | None]:
        """The lemma of each word given by its spaCy hash (a token's `orth`), None if absent.

        One binary search for all of them: a text's new words are looked up together.
        """
        if not keys or not len(self.hashes):
            return [None] * len(keys)
        wanted = numpy.array(keys, dtype=numpy.uint64)
        at = numpy.minimum(numpy.searchsorted(self.hashes, wanted), len(self.hashes) - 1)
        found = (self.hashes[at] == wanted).tolist()
        index = self.lemma_index[at].tolist()
        return [self._lemma(n) if hit else None for n, hit in zip(index, found, strict=True)]

    def _lemma(self, n: int) -> str:
        return self.text[int(self.offsets[n]) : int(self.offsets[n + 1])]

    def get(self, word: str) -> str | None:
        """The word's lemma, or None when the table does not hold the word."""
        key = numpy.uint64(get_string_id(word))
        i = int(numpy.searchsorted(self.hashes, key))
        if i == len(self.hashes) or self.hashes[i] != key:
            return None
        return self._lemma(int(self.lemma_index[i]))


def source_file() -> Path:
    """spacy-lookups-data's English lemma table (JSON, gzipped as the package ships it)."""
    import spacy_lookups_data  # type: ignore[import-untyped]

    path = Path(spacy_lookups_data.en["lemma_lookup"])
    return path if path.exists() else path.with_name(path.name + ".gz")


@cache
def lemma_table() -> LemmaTable:
    """The table, read from the cache folder (built there first)."""
    source = source_file()
    stat = source.stat()
    name = f"lemmas-en-{stat.st_size}-{stat.st_mtime_ns}-v{FORMAT}.npz"
    try:
        with numpy.load(cache_dir() / name) as stored:
            return LemmaTable(dict(stored))
    except (OSError, ValueError, KeyError):
        arrays = build(source)
        out = io.BytesIO()
        numpy.savez(out, **arrays)
        write_atomic(name, out.getvalue())
        return LemmaTable(arrays)


def build(source: Path) -> dict[str, Any]:
    """The arrays of the table in `source`: sorted word hashes, lemma indexes, lemma text."""
    from spacy.util import load_language_data

    # spaCy's reader takes the name without ".gz" and finds the gzipped file itself.
    table = load_language_data(source.with_suffix("") if source.suffix == ".gz" else source)
    assert isinstance(table, dict)
    lemmas = sorted(set(table.values()))
    number = {lemma: n for n, lemma in enumerate(lemmas)}
    pairs = sorted((get_string_id(word), number[lemma]) for word, lemma in table.items())
    hashes = numpy.array([h for h, _ in pairs], dtype=numpy.uint64)
    if len(set(hashes.tolist())) != len(hashes):
        raise ValueError(f"two words of {source} share a hash")
    # Offsets count characters, not bytes: the lemmas are sliced from the decoded text.
    offsets = numpy.cumsum([0, *(len(lemma) for lemma in lemmas)], dtype=numpy.int64)
    return {
        "hashes": hashes,
        "lemma_index": numpy.array([n for _, n in pairs], dtype=numpy.uint32),
        "offsets": offsets,
        "text": numpy.frombuffer("".join(lemmas).encode("utf-8"), dtype=numpy.uint8),
    }
