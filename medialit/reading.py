"""Read input with the size limit enforced while reading: files, pipes, devices, standard input.

A regular file is refused from its size before a byte is read. Anything without a size
(standard input, a pipe, a named pipe, a device such as `/dev/zero`) is read in small
chunks and refused as soon as it passes the limit, so no more than the limit and one
chunk is ever held. A named pipe is opened without waiting for a writer, then given
`FIFO_WAIT` seconds for one to start writing, so it never hangs the command.

>>> import io
>>> read_stream(io.BytesIO(b"The mayor said so."), name="<stdin>")
b'The mayor said so.'
>>> try:
...     read_stream(io.BytesIO(b"x" * 11), name="<stdin>", limit=10)
... except ArticleError as err:
...     print(str(err).split(";")[0])
<stdin>: the input is larger than 10 bytes
"""

from __future__ import annotations

import os
import select
import stat
from pathlib import Path
from typing import BinaryIO

from medialit.article import MAX_BYTES, ArticleError

CHUNK = 1 << 16
FIFO_WAIT = 10.0
"""Seconds a named pipe is given to start sending text before the kit gives up."""


def _size(limit: int) -> str:
    if limit >= 1_000_000:
        return f"{limit / 1_000_000:g} MB"
    return f"{limit:,} bytes"


def _too_large(name: str, limit: int) -> ArticleError:
    return ArticleError(
        f"{name}: the input is larger than {_size(limit)}; the kit reads articles of up to "
        f"{_size(limit)}. Keep just the article's text."
    )


def read_stream(stream: BinaryIO, *, name: str, limit: int = MAX_BYTES) -> bytes:
    """Read a binary stream to its end, refusing it once it passes `limit` bytes."""
    data = bytearray()
    while True:
        chunk = stream.read(min(CHUNK, limit + 1 - len(data)))
        if not chunk:
            return bytes(data)
        data += chunk
        if len(data) > limit:
            raise _too_large(name, limit)


def read_path(path: str | Path, *, limit: int = MAX_BYTES) -> bytes:
    """Read a file, named pipe or device, refusing it once it passes `limit` bytes."""
    path = Path(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file") from None
    except OSError as err:
        raise ArticleError(f"{path}: cannot be read ({err.strerror})") from None
    if stat.S_ISDIR(info.st_mode):
        raise ArticleError(f"{path}: this is a folder; give the path of a text file")
    if stat.S_ISREG(info.st_mode) and info.st_size > limit:
        raise ArticleError(
            f"{path}: the file is {info.st_size / 1_000_000:.1f} MB; the kit reads articles of "
            f"up to {_size(limit)}. Save just the article's text to a new file."
        )
    fifo = stat.S_ISFIFO(info.st_mode)
    try:
        fd = os.open(path, os.O_RDONLY | (os.O_NONBLOCK if fifo else 0))
    except OSError as err:
        raise ArticleError(f"{path}: cannot be read ({err.strerror})") from None
    try:
        if fifo:
            _wait_for_writer(fd, path)
        with os.fdopen(fd, "rb", closefd=False) as stream:
            return read_stream(stream, name=str(path), limit=limit)
    except OSError as err:
        raise ArticleError(f"{path}: cannot be read ({err.strerror})") from None
    finally:
        os.close(fd)


def _wait_for_writer(fd: int, path: Path) -> None:
    """Wait up to FIFO_WAIT seconds for a named pipe to have something to read."""
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    if not poller.poll(int(FIFO_WAIT * 1000)):
        raise ArticleError(
            f"{path}: this is a named pipe and nothing was written to it within "
            f"{FIFO_WAIT:g} seconds. Start the program that writes to it first, or give a file."
        )
    os.set_blocking(fd, True)
