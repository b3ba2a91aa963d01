"""Draw one chart and exit: a pickled request on stdin, the image's bytes on stdout."""

from __future__ import annotations

import pickle
import sys

from medialit.figures import render

if __name__ == "__main__":
    # The request comes from the process that started this one (`Chart`), never from a file.
    builder, inputs, image_format = pickle.load(sys.stdin.buffer)
    sys.stdout.buffer.write(render(builder, inputs, image_format=image_format))
    sys.stdout.buffer.flush()
