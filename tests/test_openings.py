"""An alternation tried by its openings matches exactly where and as the whole one does."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from medialit import openings
from medialit.openings import Alternation
from medialit.timeline.lexicon import _alternatives

ALTERNATIVES = {
    "word": r"(?<![\w'’])(?i:next|last)\s+(?i:week|month)\b",
    "kelvin": r"(?i:k)m\b",  # 'K', the Kelvin sign, reads as k without case
    "long_s": r"(?i:s)un\b",  # so does 'ſ', the long s
    "opt": r"(?:\b(?P<wd>(?i:mon|tue))\.?,?\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\b",
    "rep": r"[ab]{0,3}c",
    "one": r"[,;]",
    "neg": r"[^\w\s]{2}",
    "any": r".x",
    "after": r"(?<=@)\w+",
    "empty": r"(?:\s*)",
}
TEXTS = [
    "Next  week, on Tue. 14th or mon 3, it rained; the 12 KM run.",
    "KM, km and ſun: aac, bbbbc, c!? @home x",
    "last MONTH—Mon,  2 “quoted” 1st; ...xx",
    "",
    "é",
]


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder."""
    monkeypatch.setenv("MEDIALIT_CACHE_DIR", str(tmp_path))
    return tmp_path


def _same_everywhere(alternation: Alternation, texts: list[str]) -> None:
    whole = re.compile("|".join(f"(?P<{k}>{v})" for k, v in alternation.alternatives.items()))
    for text in texts:
        for pos in range(len(text) + 1):
            got, expected = alternation.match(text, pos), whole.match(text, pos)
            assert (got and (got.span(), got.lastgroup, got.groupdict())) == (
                expected and (expected.span(), expected.lastgroup, expected.groupdict())
            ), (text, pos)


def test_every_position_matches_as_the_whole_alternation(fresh: Path) -> None:
    _same_everywhere(Alternation(ALTERNATIVES), TEXTS)


def test_openings_read_back_from_the_cache_folder_match_alike(fresh: Path) -> None:
    Alternation(ALTERNATIVES).match("next week", 0)
    (stored,) = (fresh / f"openings-{__import__('sys').implementation.cache_tag}").iterdir()
    _same_everywhere(Alternation(ALTERNATIVES), TEXTS)
    stored.write_bytes(b"not marshal data")
    _same_everywhere(Alternation(ALTERNATIVES), TEXTS)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"ab|c", {"ab", "c"}),
        (r"(?i:ok)", {"ok", "oK", "Ok", "OK"}),
        (r"\bx?y", {"xy", "y"}),
        (r"(?<!\w)[0-2]{2,}", {f"{a}{b}" for a in "012" for b in "012"}),
        (r"a*", {"", "a", "aa"}),
        (r"(a)\1", {""}),  # a back reference: not worked out, tried everywhere
    ],
)
def test_openings_of_a_pattern(pattern: str, expected: set[str]) -> None:
    assert openings.openings(pattern) == expected


def test_a_start_no_alternative_can_open_is_not_tried(fresh: Path) -> None:
    alternation = Alternation({"a": "ab", "b": "bc"})
    assert alternation.match("zz", 0) is None
    assert alternation._by_opening["zz"] == ()


def test_the_time_pattern_matches_my_sentences_as_a_whole(fresh: Path) -> None:
    texts = [
        "On Tuesday, 14 March 2023, the council said talks would resume next week.",
        "Between 2019 and 2021 prices rose; in the first quarter of fiscal 2022 they fell.",
        "The mid-1990s were calm. Three days ago at 9 a.m. EST, nothing; late last year, less.",
        "Every Monday since early December she has met them, twice a week, for five hours.",
    ]
    _same_everywhere(_alternatives(), texts)


def test_a_full_openings_folder_loses_its_older_half_once(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from medialit import regexes

    folder = fresh / f"openings-{__import__('sys').implementation.cache_tag}"
    folder.mkdir(parents=True)
    for n in range(5):
        (folder / f"old{n}").write_bytes(b"")
        os.utime(folder / f"old{n}", (1_000_000 + n, 1_000_000 + n))
    monkeypatch.setattr(regexes, "MAX_STORED", 4)
    monkeypatch.setattr(regexes, "_pruned", [])
    Alternation(ALTERNATIVES).match("next week", 0)
    Alternation({"word": r"\bweek\b"}).match("next week", 5)
    kept = sorted(p.name for p in folder.iterdir())
    # 5 - 2 old ones + 2 new: pruned on the first study, not again
    assert len(kept) == 5 and kept[2:] == ["old2", "old3", "old4"]
