"""A large alternation matched at a position by only the alternatives that can open there.

Python's `re` tries each alternative of an alternation in turn, and an alternative of long
word lists read case-insensitively is tried letter by letter: a start where nothing matches
costs every alternative. Which alternatives can match at a position depends on the first two
characters there ("sa" can open "Saturday", never "next week"), so `Alternation.match` tries
those alternatives only, one by one in their order. The match is the one the whole
alternation gives: an alternation takes its first alternative that matches, and the ones
left out cannot match there.

The two characters each alternative can open with are read from the parsed pattern (`re`'s
own parser and compiler decide which characters each element accepts) and kept in the
kit's cache folder, like the compiled patterns (`medialit.regexes`).
"""

from __future__ import annotations

import hashlib
import marshal
import re
import sys
from collections.abc import Mapping
from functools import cache, cached_property
from typing import Any

from medialit.cache import cache_dir, write_atomic
from medialit.regexes import compiled, prune_once

try:  # the internals `re.compile` itself calls (Python 3.11 and later)
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _constants, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    _parser = None

_WIDTH = 2
"""How many characters at a position choose the alternatives tried there."""
_ASCII = tuple(chr(i) for i in range(128))
# An alternative whose openings are unknown, or that may match fewer than two characters
# whatever follows, is tried everywhere: its openings hold "".
_ANYWHERE = frozenset({""})


class Alternation:
    """Named alternatives, matched as `(?P<name>...)|...` in their order.

    >>> a = Alternation({"wd": r"\\b(?i:monday|sunday)\\b", "num": r"\\d+"})
    >>> a.match("on Sunday", 3).lastgroup, a.match("on Sunday", 0)
    ('wd', None)
    """

    def __init__(self, alternatives: Mapping[str, str]) -> None:
        self.alternatives = dict(alternatives)
        self._studied: dict[str, _Study] | None = None
        self._by_opening: dict[str, tuple[re.Pattern[str], ...] | None] = {}
        self._alone: dict[str, re.Pattern[str]] = {}

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The whole alternation, built when first asked for."""
        return compiled(_joined(self.alternatives))

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        """`self.pattern.match(text, pos)`, trying only the alternatives that can open there."""
        key = text[pos : pos + _WIDTH]
        try:
            tried = self._by_opening[key]
        except KeyError:
            tried = self._by_opening[key] = self._for(key)
        if tried is None:
            return self.pattern.match(text, pos)
        for alone in tried:
            m = alone.match(text, pos)
            if m is not None:
                return m
        return None

    def _for(self, key: str) -> tuple[re.Pattern[str], ...] | None:
        """The alternatives that can open with `key`, in order; None to try the whole."""
        if len(key) < _WIDTH or not key.isascii():
            return None
        if self._studied is None:
            self._studied = _studied(self.alternatives)
        return tuple(
            self._one(name)
            for name, (opens, _) in self._studied.items()
            if key in opens or key[0] in opens or "" in opens
        )

    def _one(self, name: str) -> re.Pattern[str]:
        """One alternative alone, holding every group of the others as well (after a branch
        that never matches), so its match answers for any group name as the whole one's."""
        if name not in self._alone:
            assert self._studied is not None
            others = (g for n, (_, groups) in self._studied.items() if n != name for g in groups)
            empty = "".join(f"(?P<{g}>)" for g in others)
            alone = f"(?P<{name}>{self.alternatives[name]})" + (f"|(?!){empty}" if empty else "")
            self._alone[name] = compiled(alone)
        return self._alone[name]


# What an alternative can open with, and the names of its groups.
_Study = tuple[frozenset[str], tuple[str, ...]]


def _joined(alternatives: Mapping[str, str]) -> str:
    return "|".join(f"(?P<{name}>{body})" for name, body in alternatives.items())


def _studied(alternatives: Mapping[str, str]) -> dict[str, _Study]:
    """Each alternative's openings and groups, from the cache folder or worked out and kept."""
    source = "\x00".join(f"{name}\x01{body}" for name, body in alternatives.items())
    key = hashlib.blake2b(source.encode(), digest_size=16).hexdigest()
    name = f"openings-{sys.implementation.cache_tag}/{key}"
    try:
        stored = marshal.loads((cache_dir() / name).read_bytes())
        if isinstance(stored, dict) and stored.keys() == alternatives.keys():
            return {k: (frozenset(opens), tuple(groups)) for k, (opens, groups) in stored.items()}
    except (OSError, EOFError, ValueError, TypeError):
        pass
    found = {k: _study(f"(?P<{k}>{body})") for k, body in alternatives.items()}
    prune_once(name.partition("/")[0])
    write_atomic(name, marshal.dumps({k: (sorted(o), list(g)) for k, (o, g) in found.items()}))
    return found


def openings(pattern: str) -> frozenset[str]:
    """The ASCII text a match of `pattern` can open with: two characters, or fewer where the
    match may end there; "" when that is not known.

    >>> sorted(openings(r"(?i:to)day|\\d"))
    ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'TO', 'To', 'tO', 'to']
    """
    return _study(pattern)[0]


def _study(pattern: str) -> _Study:
    if _parser is None:  # pragma: no cover - Python 3.10
        return _ANYWHERE, ()
    try:
        parsed = _parser.parse(pattern, 0)
        groups = tuple(parsed.state.groupdict)
        return frozenset(_prefixes(list(parsed.data), _WIDTH, parsed.state.flags)), groups
    except (AttributeError, TypeError, ValueError, re.error):
        return _ANYWHERE, ()


def _prefixes(items: list[Any], width: int, flags: int) -> set[str]:
    """The prefixes of up to `width` characters a sequence of parsed elements can match."""
    if width == 0 or not items:
        return {""}
    out: set[str] = set()
    for head in _element(items[0], width, flags):
        if len(head) == width:
            out.add(head)
        else:
            out.update(head + tail for tail in _prefixes(items[1:], width - len(head), flags))
    return out


def _element(item: tuple[Any, Any], width: int, flags: int) -> set[str]:
    c = _constants
    op, av = item
    if op in (c.LITERAL, c.NOT_LITERAL, c.IN, c.ANY):
        # A class is a list: its items, as a tuple, key the cache.
        return set(_one_character(op, tuple(av) if op is c.IN else av, flags))
    if op is c.AT or op in (c.ASSERT, c.ASSERT_NOT):
        return {""}  # takes no character: what follows opens the match
    if op is c.SUBPATTERN:
        _, add, remove, sub = av
        return _prefixes(list(sub.data), width, (flags | add) & ~remove)
    if op is c.ATOMIC_GROUP:
        return _prefixes(list(av.data), width, flags)
    if op is c.BRANCH:
        return {p for seq in av[1] for p in _prefixes(list(seq.data), width, flags)}
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        return _repeat(op, av, width, flags)
    raise ValueError(f"no openings for {op}")


def _repeat(op: Any, av: Any, width: int, flags: int) -> set[str]:
    low, high, sub = av
    out = {""} if low == 0 else set()
    for head in _prefixes(list(sub.data), width, flags):
        if len(head) == width or not head or high == 1:
            out.add(head)
        else:
            more = (max(low - 1, 0), high if high == _constants.MAXREPEAT else high - 1, sub)
            out.update(head + tail for tail in _repeat(op, more, width - len(head), flags))
    return out


@cache
def _one_character(op: Any, av: Any, flags: int) -> frozenset[str]:
    """The ASCII characters one element takes, as `re` itself compiles and matches it."""
    value = list(av) if op is _constants.IN else av
    element = _parser.SubPattern(_parser.State(), [(op, value)])
    code = _compiler._code(element, flags | re.UNICODE)
    single = _sre.compile("", flags | re.UNICODE, code, 0, {}, (None,))
    return frozenset(ch for ch in _ASCII if single.fullmatch(ch))
