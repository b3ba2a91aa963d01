"""spaCy imported without its command line, which the kit never calls.

`import spacy` imports `spacy.cli` for one name, `spacy.info`, and with it typer, rich,
weasel, httpx, requests and jinja2: about 17 MiB of a kernel's resident memory and a third
of spaCy's import time, in every learner's kernel. While spaCy's own `__init__` runs, the
kit gives it a stand-in for `spacy.cli.info` whose `info` imports the real one when called;
nothing else of spaCy is changed, and `import spacy.cli` later works as always.
A process that imported spaCy before the kit is left as it is.

spaCy also fills its registry of functions, on the first pipeline it builds, by importing
the modules of five languages for their tokenizer factories (Japanese, Korean, Thai,
Vietnamese, Chinese): their stop-word lists and tables, about 1.1 MiB of every kernel, for
languages the kit never tokenizes. The kit has those five factories registered as stand-ins
that import their language when called (or when their signature is asked for, as spaCy's
config system does before calling), so `spacy.blank("zh")` still works as before.

>>> import spacy
>>> spacy.blank("en")("Officials said so.")[1].text
'said'
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import inspect
import sys
import types
from collections.abc import Callable
from typing import Any

_CLI_INFO = "spacy.cli.info"

LANGUAGE_FACTORIES = {
    "spacy.lang.ja": "create_tokenizer",
    "spacy.lang.ko": "create_tokenizer",
    "spacy.lang.th": "create_thai_tokenizer",
    "spacy.lang.vi": "create_vietnamese_tokenizer",
    "spacy.lang.zh": "create_chinese_tokenizer",
}
"""Languages whose module spaCy's registry imports for one tokenizer factory, and its name."""


def info(*args: Any, **kwargs: Any) -> Any:
    """spaCy's `spacy.info`: the command line is imported on this first call."""
    if getattr(sys.modules.get(_CLI_INFO), "info", None) is info:
        del sys.modules[_CLI_INFO]
    return importlib.import_module(_CLI_INFO).info(*args, **kwargs)


class LanguageFactory:
    """A language's tokenizer factory, whose module is imported when it is first used."""

    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.name = name
        self.__name__ = self.__qualname__ = name
        self.__doc__ = f"{module}.{name}, imported when first called."

    def real(self) -> Callable[..., Any]:
        """The factory itself, from its language's module."""
        factory: Callable[..., Any] = getattr(importlib.import_module(self.module), self.name)
        return factory

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.real()(*args, **kwargs)

    @property
    def __signature__(self) -> inspect.Signature:
        return inspect.signature(self.real())


def _populating(populate: Callable[[], None]) -> Callable[[], None]:
    """spaCy's `populate_registry`, run with stand-ins for the five languages' modules."""

    def populate_registry() -> None:
        stand_ins = {}
        for module, name in LANGUAGE_FACTORIES.items():
            if module not in sys.modules:
                stand_in = types.ModuleType(module)
                setattr(stand_in, name, LanguageFactory(module, name))
                stand_ins[module] = sys.modules[module] = stand_in
        try:
            populate()
        finally:
            for module, stand_in in stand_ins.items():
                if sys.modules.get(module) is stand_in:
                    del sys.modules[module]

    return populate_registry


def _defer_languages() -> None:
    """Have spaCy's registry leave the five languages' modules unimported, where it can."""
    registrations = sys.modules.get("spacy.registrations")
    populate = getattr(registrations, "populate_registry", None)
    if registrations is None or populate is None:
        return  # another spaCy: its registry is filled as it is
    if not getattr(registrations, "REGISTRY_POPULATED", True):
        vars(registrations)["populate_registry"] = _populating(populate)


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
            _defer_languages()
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
