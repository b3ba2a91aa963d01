"""jsonschema imported without the grammar of its "iri" format check, which the kit never makes.

jsonschema's format checker imports rfc3987-syntax when it is installed (JupyterLab's own
dependencies install it), and that package builds a lark parser for RFC 3987 as it is
imported: about a second of CPU and 21 MiB resident, in the kernel of every learner who
drafts exercises from an article of their own. The kit's schemas check structure only,
with no format checker, so the kit imports jsonschema with that one package left out,
as on a machine where it is not installed: jsonschema then has no "iri" format check in
this process, and everything else is as it was. A process that imported jsonschema first
is left as it is.

>>> validator = jsonschema().Draft202012Validator({"type": "integer"})
>>> validator.is_valid(3), validator.is_valid("3")
(True, False)
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType

LEFT_OUT = "rfc3987_syntax"


def jsonschema() -> ModuleType:
    """The jsonschema module, imported without rfc3987-syntax if not imported yet."""
    if "jsonschema" in sys.modules or LEFT_OUT in sys.modules:
        return importlib.import_module("jsonschema")
    # A None entry makes `import rfc3987_syntax` raise ImportError, which jsonschema expects.
    sys.modules[LEFT_OUT] = None  # type: ignore[assignment]
    try:
        return importlib.import_module("jsonschema")
    finally:
        if sys.modules.get(LEFT_OUT, ModuleType(LEFT_OUT)) is None:
            del sys.modules[LEFT_OUT]
