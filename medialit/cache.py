"""The kit's cache folder: tables and compiled patterns built once, kept for later processes.

Nothing in it is needed: each file is rebuilt from the installed packages when it is missing
or damaged, and a read-only home only means every process builds its own copy in memory.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def cache_dir() -> Path:
    """Where built files are kept: `MEDIALIT_CACHE_DIR`, or `medialit` in the user's cache.

    >>> cache_dir().is_absolute()
    True
    """
    if os.environ.get("MEDIALIT_CACHE_DIR"):
        return Path(os.environ["MEDIALIT_CACHE_DIR"]).absolute()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "medialit"


def write_atomic(name: str, data: bytes) -> bool:
    """Write `data` to the cache file `name` (a path inside the cache folder) whole or not at
    all; False when it cannot."""
    path = cache_dir() / name
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".part")
    except OSError:
        return False
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, 0o644)  # a folder shared by a class: every learner may read it
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        return False
    return True
