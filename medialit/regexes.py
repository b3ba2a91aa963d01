"""Regular expressions compiled once per machine instead of once per process.

The lexicon patterns are alternations of hundreds of words, and Python's `re` compiles a
pattern in Python code: in a fresh process that took a quarter of a second, more than the
analysis of the article. `compiled` keeps what `re` hands its C engine (the compiled
program, its flags and its groups) in the cache folder, keyed by the pattern, the flags
and the Python version, and builds later processes' patterns from it directly: the same
pattern object `re.compile` returns. On a Python whose `re` internals differ, or when
anything about the stored program is off, it is `re.compile` itself.
"""

from __future__ import annotations

import hashlib
import marshal
import re
import sys
from array import array
from pathlib import Path

from medialit.cache import cache_dir, write_atomic

try:  # the internals `re.compile` itself calls (Python 3.11 and later)
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    _compiler = None

# flags, program (as bytes), groups, group index, index group
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

MAX_STORED = 4000
"""Past this many entries in one cache folder (lexicons changed many times), the older half is
removed; the kit's own patterns are about 820."""
_pruned: list[str] = []


def prune_once(name: str) -> None:
    """Remove the older half of the cache folder `name` if it is full, once per process."""
    if name not in _pruned:
        _pruned.append(name)
        _prune(cache_dir() / name)


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the compiled form stored by an earlier process.

    >>> compiled(r"(?P<year>\\d{4})").match("2024").group("year")
    '2024'
    """
    if _compiler is None or array("I").itemsize != _sre.CODESIZE:
        return re.compile(pattern, flags)
    key = hashlib.blake2b(f"{int(flags)}:{pattern}".encode(), digest_size=16).hexdigest()
    entry = _stored(key)
    if entry is None:
        try:
            entry = _program(pattern, int(flags))
        except (AttributeError, TypeError):  # `re` internals of another shape: plain re
            return re.compile(pattern, flags)
        prune_once(_folder())
        write_atomic(f"{_folder()}/{key}", marshal.dumps(entry))
    try:
        program = array("I", entry[1]).tolist()
        made: re.Pattern[str] = _sre.compile(pattern, entry[0], program, *entry[2:])
    except (TypeError, ValueError, RuntimeError):
        return re.compile(pattern, flags)
    return made


def _program(pattern: str, flags: int) -> Entry:
    """What `re`'s compiler passes to `_sre.compile` for this pattern (Python 3.11 to 3.13)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    flags_all = int(flags | parsed.state.flags)
    program = array("I", code).tobytes()
    return (flags_all, program, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _folder() -> str:
    """One folder per Python version and `re` engine: a program is only read by its own."""
    return f"regexes-{sys.implementation.cache_tag}-{_sre.MAGIC}"


def _stored(key: str) -> Entry | None:
    """The program stored under `key`, or None when there is none (or not a readable one)."""
    try:
        entry = marshal.loads((cache_dir() / _folder() / key).read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return entry if isinstance(entry, tuple) and len(entry) == 5 else None


def _prune(folder: Path) -> None:
    """Remove the older half of the stored entries when there are more than MAX_STORED."""
    try:
        stored = sorted(folder.iterdir(), key=lambda p: p.stat().st_mtime_ns)
        if len(stored) > MAX_STORED:
            for path in stored[: len(stored) // 2]:
                path.unlink(missing_ok=True)
    except OSError:
        pass  # another process pruned first, or the folder cannot be read: nothing to do
