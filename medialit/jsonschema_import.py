"""jsonschema imported without the packages of its format checks, which the kit never makes.

jsonschema's format checker imports a package per format when it is installed (JupyterLab's
own dependencies install them), and one of them, rfc3987-syntax, builds a lark parser for
RFC 3987 as it is imported: about a second of CPU and 21 MiB resident (24 MiB with the
others), in the kernel of every learner who drafts exercises from an article of their own.
The kit's schemas are checked for structure only, with no format checker, so the kit imports
jsonschema with those packages left out, as on a machine where they are not installed:
jsonschema then has no "iri", "duration", "color", "uri-template", "hostname", "date-time"
or "uri" format check in this process, and everything else is as it was. The packages
themselves can still be imported later. A process that imported jsonschema first is left
as it is.

>>> validator = jsonschema().Draft202012Validator({"type": "integer"})
>>> validator.is_valid(3), validator.is_valid("3")
(True, False)
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType

LEFT_OUT = (
    "rfc3987_syntax",
    "rfc3987",
    "rfc3986_validator",
    "rfc3339_validator",
    "isoduration",
    "webcolors",
    "uri_template",
    "fqdn",
)
"""Packages that jsonschema imports for its format checks only."""


def jsonschema() -> ModuleType:
    """The jsonschema module, imported without the packages of its format checks."""
    if "jsonschema" in sys.modules:
        return sys.modules["jsonschema"]
    blocked = [name for name in LEFT_OUT if name not in sys.modules]
    # A None entry makes `import name` raise ImportError, which jsonschema expects.
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        return importlib.import_module("jsonschema")
    finally:
        for name in blocked:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]
