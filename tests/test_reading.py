"""Input is read with its size limit enforced while reading, and a pipe never hangs the kit."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from medialit import reading
from medialit.article import MAX_BYTES, Article, ArticleError
from medialit.cli import main

ROOT = Path(__file__).resolve().parents[1]


class CountingStream(io.RawIOBase):
    """An endless stream that counts how many bytes were taken from it."""

    def __init__(self) -> None:
        self.taken = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        n = len(buffer)
        buffer[:n] = b"a" * n
        self.taken += n
        return n


def test_an_endless_stream_is_refused_just_past_the_limit() -> None:
    stream = CountingStream()
    with pytest.raises(ArticleError, match="larger than 2 MB"):
        reading.read_stream(stream, name="<stdin>")  # type: ignore[arg-type]
    assert MAX_BYTES < stream.taken <= MAX_BYTES + reading.CHUNK


def test_a_device_without_a_size_is_refused_while_reading() -> None:
    with pytest.raises(ArticleError, match="/dev/zero: the input is larger than 2 MB"):
        Article.from_file("/dev/zero")


def test_a_named_pipe_with_no_writer_is_given_up_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "FIFO_WAIT", 0.2)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(ArticleError, match="named pipe and nothing was written"):
        Article.from_file(fifo)


def test_a_named_pipe_is_read_when_a_writer_comes(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def write() -> None:
        time.sleep(0.1)
        with fifo.open("wb") as out:
            out.write(b"The mayor resigned, officials said.\n")

    writer = threading.Thread(target=write)
    writer.start()
    try:
        assert Article.from_file(fifo).sentences[0].text == "The mayor resigned, officials said."
    finally:
        writer.join()


def test_an_endless_named_pipe_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with subprocess.Popen(f"yes 'The mayor said so.' > {fifo}", shell=True) as writer:
        with pytest.raises(ArticleError, match="larger than 2 MB"):
            Article.from_file(fifo)
        writer.wait(timeout=30)


def test_endless_standard_input_exits_2_with_the_message() -> None:
    proc = subprocess.run(
        f"yes 'The mayor said so.' | {sys.executable} -m medialit analyze -",
        shell=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 2, proc.stderr
    assert "<stdin>: the input is larger than 2 MB" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_standard_input_that_is_not_utf8_is_explained(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = io.TextIOWrapper(io.BytesIO(b"caf\xe9 said the minister"))
    monkeypatch.setattr(sys, "stdin", fake)
    assert main(["analyze", "-"]) == 2
    assert "not valid UTF-8" in capsys.readouterr().err


def test_an_unreadable_file_is_explained(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    with pytest.raises(ArticleError, match="cannot be read"):
        Article.from_file(loop)
