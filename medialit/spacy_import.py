"""spaCy imported without its command line, which the kit never calls.

`import spacy` imports `spacy.cli` for one name, `spacy.info`, and with it typer, rich,
weasel, httpx, requests and jinja2: about 17 MiB of a kernel's resident memory and a third
of spaCy's import time, in every learner's kernel. While spaCy's own `__init__` runs, the
kit gives it a stand-in for `spacy.cli.info` whose `info` imports the real one when called;
nothing else of spaCy is changed, and `import spacy.cli` later works as always.
A process that imported spaCy before the kit is left as it is.

>>> import spacy
>>> spacy.blank("en")("Officials said so.")[1].text
'said'
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import types
from typing import Any

_CLI_INFO = "spacy.cli.info"


def info(*args: Any, **kwargs: Any) -> Any:
    """spaCy's `spacy.info`: the command line is imported on this first call."""
    if getattr(sys.modules.get(_CLI_INFO), "info", None) is info:
        del sys.modules[_CLI_INFO]
    return importlib.import_module(_CLI_INFO).info(*args, **kwargs)


class _Loader(importlib.abc.Loader):
    """spaCy's own loader, run with the stand-in for `spacy.cli.info` in place."""

    def __init__(self, loader: importlib.abc.Loader) -> None:
        self.loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        return self.loader.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        stand_in = types.ModuleType(_CLI_INFO)
        stand_in.info = info  # type: ignore[attr-defined]
        sys.modules.setdefault(_CLI_INFO, stand_in)
        try:
            self.loader.exec_module(module)
        finally:
            if sys.modules.get(_CLI_INFO) is stand_in:
                del sys.modules[_CLI_INFO]
            # spaCy keeps its own loader, which reads its resources and sources.
            module.__loader__ = self.loader
            if module.__spec__ is not None:
                module.__spec__.loader = self.loader


class _Finder(importlib.abc.MetaPathFinder):
    """Finds spaCy as Python would, once, and hands it the loader above."""

    def find_spec(
        self, fullname: str, path: Any = None, target: types.ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != "spacy":
            return None
        uninstall()
        spec = importlib.util.find_spec(fullname)
        if spec is not None and spec.loader is not None:
            spec.loader = _Loader(spec.loader)
        return spec


_FINDER = _Finder()


def install() -> None:
    """Have the next `import spacy` leave out spaCy's command line (unless spaCy is loaded)."""
    if "spacy" not in sys.modules and _FINDER not in sys.meta_path:
        sys.meta_path.insert(0, _FINDER)


def uninstall() -> None:
    """Let spaCy be imported as it is."""
    if _FINDER in sys.meta_path:
        sys.meta_path.remove(_FINDER)
