"""The kit's figures let go of the renderer that drew them, and still measure their texts."""

from __future__ import annotations

import io
import sys
from typing import Any

import pytest

import medialit
from medialit.figures import hand_back_memory, holds_renderer, new_figure

TEXT = (
    "The harbour office said on Monday that the ferry would sail again on 14 March, "
    "according to the local radio."
)


def _drawn(fig: Any) -> Any:
    fig.savefig(io.BytesIO(), format="png")
    return fig


@pytest.mark.parametrize(
    "draw",
    [
        lambda: medialit.draw_chain(TEXT),
        lambda: medialit.draw_timeline(medialit.timeline_events(TEXT)),
    ],
    ids=["chain", "timeline"],
)
def test_a_drawn_figure_keeps_no_renderer(draw: Any) -> None:
    fig = draw()
    assert not holds_renderer(fig)
    _drawn(fig)
    assert not holds_renderer(fig)


def test_a_plain_matplotlib_figure_does_keep_one() -> None:
    """What the kit's figures avoid: matplotlib's own habit, so the test above can fail."""
    import matplotlib.pyplot as plt

    fig = plt.figure(figsize=(2, 1))
    plt.close(fig)
    fig.subplots().set_title("Who said it")
    assert holds_renderer(_drawn(fig))


def test_a_text_still_measures_itself_after_the_drawing() -> None:
    fig = new_figure(figsize=(3, 1))
    title = fig.subplots().set_title("Who said it")
    _drawn(fig)
    box = title.get_window_extent()
    assert box.width > 0 and box.height > 0


def test_two_drawings_give_the_same_picture() -> None:
    fig = medialit.draw_chain(TEXT)
    first, second = io.BytesIO(), io.BytesIO()
    fig.savefig(first, format="png")
    fig.savefig(second, format="png")
    assert first.getvalue() == second.getvalue()


def test_a_notebook_cell_that_draws_a_figure_hands_memory_back(monkeypatch: Any) -> None:
    from IPython.core.interactiveshell import InteractiveShell

    from medialit import figures

    calls: list[bool] = []
    monkeypatch.setattr(figures, "hand_back_memory", lambda: calls.append(True) or True)
    shell = InteractiveShell.instance()
    try:
        shell.run_cell(f"import io, medialit; medialit.draw_chain({TEXT!r}).savefig(io.BytesIO())")
        assert calls == [True]
        shell.run_cell("medialit.draw_chain('The mayor said so.')")  # made, never drawn
        shell.run_cell("words = 'nothing drawn'")
        assert calls == [True]
    finally:
        shell.events.unregister("post_run_cell", figures._end_of_cell)
        InteractiveShell.clear_instance()


def test_freed_memory_is_handed_back_where_the_c_library_can() -> None:
    # glibc (Linux) has malloc_trim; macOS and Windows have no such call.
    assert hand_back_memory() is (sys.platform == "linux")
