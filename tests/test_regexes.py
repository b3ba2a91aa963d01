"""Patterns built from a stored compiled form behave exactly as `re.compile` makes them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from medialit import regexes

PATTERNS = [
    (r"(?P<year>\d{4})-(?P<month>\d\d)", 0),
    (r"\b(?:minister|ministry|spokes(?:man|woman))\b", re.IGNORECASE),
    (r"(?<![\w'’])(?:[Tt]he )?[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*)*", 0),
    (r"^(?i:by) (?P<name>.+)$", re.MULTILINE),
    (r"[ÀÁÂÃÄÅ]\w+|(a)(b)?", 0),
]
TEXTS = [
    "The Ministry of Health said on 2024-03 that the Spokeswoman had left.",
    "by Ana Ruiz\nBy Jon Lee\nÀlvaro ab a",
    "",
]


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder and no patterns held by this process."""
    monkeypatch.setenv("MEDIALIT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regexes, "_stored", None)
    monkeypatch.setattr(regexes, "_new", {})
    monkeypatch.setattr(regexes, "_used", set())
    return tmp_path


def _same(made: re.Pattern[str], pattern: str, flags: int) -> None:
    expected = re.compile(pattern, flags)
    assert (made.pattern, made.flags, made.groups, made.groupindex) == (
        expected.pattern,
        expected.flags,
        expected.groups,
        expected.groupindex,
    )
    for text in TEXTS:
        assert [m.span() + m.groups() for m in made.finditer(text)] == [
            m.span() + m.groups() for m in expected.finditer(text)
        ]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_pattern_made_afresh_and_one_read_back_match_like_re(
    fresh: Path, monkeypatch: pytest.MonkeyPatch, pattern: str, flags: int
) -> None:
    _same(regexes.compiled(pattern, flags), pattern, flags)
    regexes.save()
    assert len(list(fresh.glob("regexes-*.marshal"))) == 1
    monkeypatch.setattr(regexes, "_stored", None)
    _same(regexes.compiled(pattern, flags), pattern, flags)
    assert regexes._new == {}


def test_a_damaged_cache_file_is_ignored(fresh: Path) -> None:
    pattern, flags = PATTERNS[0]
    (fresh / regexes._file_name()).write_bytes(b"\x00not marshal data")
    _same(regexes.compiled(pattern, flags), pattern, flags)


def test_a_stored_program_that_re_rejects_falls_back_to_re(fresh: Path) -> None:
    pattern, flags = PATTERNS[0]
    regexes.compiled(pattern, flags)
    key = next(iter(regexes._new))
    entry = regexes._new[key]
    regexes._new[key] = (entry[0], b"\xff\xff\xff\x7f" * 4, *entry[2:])
    _same(regexes.compiled(pattern, flags), pattern, flags)


def test_an_unwritable_cache_keeps_patterns_in_memory(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = fresh / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("MEDIALIT_CACHE_DIR", str(blocked / "cache"))
    pattern, flags = PATTERNS[1]
    _same(regexes.compiled(pattern, flags), pattern, flags)
    regexes.save()
    assert len(regexes._new) == 1
