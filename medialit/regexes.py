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

import atexit
import hashlib
import marshal
import re
import sys
from array import array
from typing import Any

from medialit.cache import cache_dir, write_atomic

try:  # the internals `re.compile` itself calls (Python 3.11 and later)
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    _compiler = None

MAX_ENTRIES = 4000
"""A cache file with more patterns than this is started afresh with the ones in use."""

# flags, program (as bytes), groups, group index, index group
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

_stored: dict[bytes, Entry] | None = None
_new: dict[bytes, Entry] = {}
_used: set[bytes] = set()


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the compiled form stored by an earlier process.

    >>> compiled(r"(?P<year>\\d{4})").match("2024").group("year")
    '2024'
    """
    if _compiler is None or array("I").itemsize != _sre.CODESIZE:
        return re.compile(pattern, flags)
    key = hashlib.blake2b(f"{int(flags)}:{pattern}".encode(), digest_size=16).digest()
    entry = _entries().get(key) or _new.get(key)
    if entry is None:
        entry = _new[key] = _program(pattern, int(flags))
        if len(_new) == 1:
            atexit.register(save)
    _used.add(key)
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


def _file_name() -> str:
    return f"regexes-{sys.implementation.cache_tag}-{_sre.MAGIC}.marshal"


def _entries() -> dict[bytes, Entry]:
    global _stored
    if _stored is None:
        try:
            loaded = marshal.loads((cache_dir() / _file_name()).read_bytes())
            _stored = loaded if isinstance(loaded, dict) else {}
        except (OSError, EOFError, ValueError, TypeError):
            _stored = {}
    return _stored


def save() -> None:
    """Store the patterns this process compiled afresh, with those stored before."""
    if not _new:
        return
    merged: dict[bytes, Any] = {**_entries(), **_new}
    if len(merged) > MAX_ENTRIES:
        merged = {key: merged[key] for key in _used}
    if write_atomic(_file_name(), marshal.dumps(merged)):
        _entries().update(_new)
        _new.clear()
