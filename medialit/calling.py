"""Let a module whose name is also a public function's name answer calls.

`medialit.sources(text)` is a function, but importing the module `medialit.sources`
binds the module to the same name in the package. The module then passes calls on to
the function, so both `medialit.sources(text)` and `import medialit.sources` work.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from typing import Any


def callable_module(module_name: str, func: Callable[..., Any]) -> None:
    """Make the module `module_name` answer calls with `func`."""

    class _CallableModule(types.ModuleType):
        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            return func(*args, **kwargs)

    sys.modules[module_name].__class__ = _CallableModule
