"""Patterns built from a stored compiled form behave exactly as `re.compile` makes them."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
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
    """An empty cache folder."""
    monkeypatch.setenv("MEDIALIT_CACHE_DIR", str(tmp_path))
    return tmp_path


def _stored_files(cache: Path) -> list[Path]:
    return sorted((cache / regexes._folder()).glob("*"))


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
    fresh: Path, pattern: str, flags: int
) -> None:
    _same(regexes.compiled(pattern, flags), pattern, flags)
    (stored,) = _stored_files(fresh)
    written = stored.stat().st_mtime_ns
    _same(regexes.compiled(pattern, flags), pattern, flags)
    assert _stored_files(fresh) == [stored] and stored.stat().st_mtime_ns == written


def test_a_damaged_cache_file_is_ignored(fresh: Path) -> None:
    pattern, flags = PATTERNS[0]
    regexes.compiled(pattern, flags)
    (stored,) = _stored_files(fresh)
    stored.write_bytes(b"\x00not marshal data")
    _same(regexes.compiled(pattern, flags), pattern, flags)


def test_a_stored_program_that_re_rejects_falls_back_to_re(fresh: Path) -> None:
    pattern, flags = PATTERNS[0]
    regexes.compiled(pattern, flags)
    (stored,) = _stored_files(fresh)
    entry = marshal.loads(stored.read_bytes())
    stored.write_bytes(marshal.dumps((entry[0], b"\xff\xff\xff\x7f" * 4, *entry[2:])))
    _same(regexes.compiled(pattern, flags), pattern, flags)


def test_an_unwritable_cache_still_gives_the_pattern(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = fresh / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("MEDIALIT_CACHE_DIR", str(blocked / "cache"))
    pattern, flags = PATTERNS[1]
    _same(regexes.compiled(pattern, flags), pattern, flags)


def test_a_full_folder_loses_its_older_half_once(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = fresh / regexes._folder()
    folder.mkdir(parents=True)
    for n in range(5):
        (folder / f"old{n}").write_bytes(b"")
    monkeypatch.setattr(regexes, "MAX_STORED", 4)
    monkeypatch.setattr(regexes, "_pruned", [])
    for pattern, flags in PATTERNS[:2]:
        _same(regexes.compiled(pattern, flags), pattern, flags)
    assert len(_stored_files(fresh)) == 5  # 5 - 2 old ones + 2 new: pruned on the first miss


def test_re_internals_of_another_shape_give_re_compile(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def other_shape(pattern: str, flags: int) -> regexes.Entry:
        raise AttributeError("module 're._compiler' has no attribute '_code'")

    monkeypatch.setattr(regexes, "_program", other_shape)
    pattern, flags = PATTERNS[2]
    _same(regexes.compiled(pattern, flags), pattern, flags)
    assert _stored_files(fresh) == []


def test_the_kits_patterns_read_the_same_in_every_process(tmp_path: Path) -> None:
    # Python orders a set's strings differently in each process (PYTHONHASHSEED); a pattern
    # built from one would be compiled afresh, and stored once more, by every process.
    code = "import medialit; medialit.analyze(medialit.load_article().text).to_json()"
    stored = []
    for seed in ("1", "2"):
        cache = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed, "MEDIALIT_CACHE_DIR": str(cache)}
        subprocess.run([sys.executable, "-c", code], env=env, check=True)
        stored.append(sorted(p.name for p in (cache / regexes._folder()).iterdir()))
    assert stored[0] == stored[1]
