"""`python -m medialit.evaluate MODE [options]`, or `all` for every mode."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

from medialit.evaluate import MODES


def main(argv: Sequence[str] | None = None) -> int:
    """Run one evaluation mode, or every mode with `all`; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    names = ", ".join([*MODES, "all"])
    if not args or args[0] in ("-h", "--help"):
        print(f"usage: python -m medialit.evaluate MODE [options]; MODE is one of {names}")
        return 0 if args else 2
    mode, rest = args[0], args[1:]
    if mode == "all":
        status = 0
        for name, module in MODES.items():
            print(f"== {name}", flush=True)
            status = max(status, importlib.import_module(module).main(rest))
        return status
    if mode not in MODES:
        print(f"medialit.evaluate: unknown mode {mode!r}; choose one of {names}", file=sys.stderr)
        return 2
    result: int = importlib.import_module(MODES[mode]).main(rest)
    return result


if __name__ == "__main__":
    raise SystemExit(main())
