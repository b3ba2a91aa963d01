"""Names a package exports from modules it imports only when first asked for (PEP 562).

A package whose analyzers import spaCy and numpy keeps its first import light: its
`__init__` maps each public name to the module that defines it, and the module-level
`__getattr__` made here imports that module the first time the name is used.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Collection, Mapping
from typing import Any


def exports(
    namespace: dict[str, Any], names: Mapping[str, str], *, submodules: Collection[str] = ()
) -> Callable[[str], Any]:
    """A module `__getattr__` for the package whose globals are `namespace`.

    Each name in `names` comes from the module it maps to, imported on first use and then
    kept in `namespace`; each of `submodules` is imported when asked for.

    >>> ns = {"__name__": "demo"}
    >>> getattr_ = exports(ns, {"dedent": "textwrap"})
    >>> getattr_("dedent")("  a") == "a" and "dedent" in ns
    True
    >>> getattr_("nothing")
    Traceback (most recent call last):
    AttributeError: module 'demo' has no attribute 'nothing'
    """
    package = namespace["__name__"]

    def __getattr__(name: str) -> Any:
        module_name = names.get(name)
        if module_name is None:
            if name in submodules:
                return importlib.import_module(f"{package}.{name}")
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module_name), name)
        namespace[name] = value
        return value

    return __getattr__
