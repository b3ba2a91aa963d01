"""The kit's figures let go of the renderer that drew them, and still measure their texts."""

from __future__ import annotations

import datetime as dt
import io
import os
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import medialit
from medialit import figures
from medialit.figures import (
    PNG_SIGNATURE,
    Chart,
    hand_back_memory,
    holds_renderer,
    new_figure,
    render,
)

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
        lambda: medialit.draw_chain(TEXT).figure(),
        lambda: medialit.draw_timeline(medialit.timeline_events(TEXT)).figure(),
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
    fig = medialit.draw_chain(TEXT).figure()
    first, second = io.BytesIO(), io.BytesIO()
    fig.savefig(first, format="png")
    fig.savefig(second, format="png")
    assert first.getvalue() == second.getvalue()


def test_a_notebook_cell_that_draws_a_figure_hands_memory_back(monkeypatch: Any) -> None:
    from IPython.core.interactiveshell import InteractiveShell

    calls: list[bool] = []
    monkeypatch.setattr(figures, "hand_back_memory", lambda: calls.append(True) or True)
    shell = InteractiveShell.instance()
    try:
        shell.run_cell(
            f"import io, medialit; medialit.draw_chain({TEXT!r}).figure().savefig(io.BytesIO())"
        )
        assert calls == [True]
        shell.run_cell("medialit.draw_chain('The mayor said so.').figure()")  # made, never drawn
        shell.run_cell("words = 'nothing drawn'")
        assert calls == [True]
    finally:
        shell.events.unregister("post_run_cell", figures._end_of_cell)
        InteractiveShell.clear_instance()


def test_freed_memory_is_handed_back_where_the_c_library_can() -> None:
    # glibc (Linux) has malloc_trim; macOS and Windows have no such call.
    assert hand_back_memory() is (sys.platform == "linux")


# --- Charts: drawn by matplotlib in a short-lived process --------------------------------------

ROOT = Path(__file__).resolve().parents[1]
EVENTS = [
    {"label": "the ferry sails again", "earliest": "2024-03-14", "latest": "2024-03-14"},
    {"label": "repairs", "earliest": "2024-02-01", "latest": "2024-03-10"},
]


def _python(code: str, **options: Any) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "MEDIALIT_FIGURES"}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, cwd=ROOT, env=env, check=True, **options
    )


def _charts() -> list[Chart]:
    return [
        medialit.draw_chain(TEXT),
        medialit.draw_timeline(EVENTS, document_date=dt.date(2024, 3, 12)),
    ]


def test_a_chart_shown_leaves_no_matplotlib_in_the_kernel() -> None:
    code = (
        "import sys, medialit\n"
        f"png = medialit.draw_chain({TEXT!r})._repr_png_()\n"
        "print(png[:8] == b'\\x89PNG\\r\\n\\x1a\\n', 'spacy' in sys.modules,"
        " sorted({m.split('.')[0] for m in sys.modules} & {'matplotlib', 'PIL', 'kiwisolver'}))"
    )
    # The kernel analysed the text (spaCy), but the picture came back without matplotlib.
    assert _python(code).stdout.split() == [b"True", b"True", b"[]"]


def test_a_chart_of_plain_data_brings_in_neither_matplotlib_nor_spacy() -> None:
    code = (
        "import sys\n"
        "from medialit.figures import Chart\n"
        "rows = [{'boxes': [{'name': 'mayor', 'words': 'person', 'kind': 'person'}],"
        " 'sentences': ['P1.S1']}]\n"
        "chart = Chart('medialit.plots.chains:chain_figure', {'chains': rows}, summary='one')\n"
        "png = chart._repr_png_()\n"
        "print(png.startswith(b'\\x89PNG'), chart.drawn_in == 'a process of its own',"
        " sorted({m.split('.')[0] for m in sys.modules} & {'matplotlib', 'spacy', 'numpy'}))"
    )
    assert _python(code).stdout.split() == [b"True", b"True", b"[]"]


@pytest.mark.parametrize("chart", _charts(), ids=["chain", "timeline"])
def test_the_drawing_process_analyses_nothing(chart: Chart) -> None:
    code = (
        "import runpy, sys\n"
        "runpy.run_module('medialit.plots', run_name='__main__')\n"
        "sys.stderr.write(' '.join(sorted({m.split('.')[0] for m in sys.modules})))\n"
        "sys.stderr.write(' ' + ' '.join(m for m in sys.modules if m.startswith('medialit.')))"
    )
    done = _python(code, input=pickle.dumps((chart.builder, chart.inputs, "png")))
    modules = done.stderr.decode().split()
    assert done.stdout.startswith(PNG_SIGNATURE)
    assert "matplotlib" in modules
    assert not {"spacy", "thinc", "medialit.pipeline", "medialit.sources"} & set(modules)


@pytest.mark.parametrize("chart", _charts(), ids=["chain", "timeline"])
def test_a_chart_drawn_elsewhere_is_the_one_drawn_here(chart: Chart) -> None:
    png = chart._repr_png_()
    assert chart.drawn_in == "a process of its own"
    assert png.startswith(PNG_SIGNATURE)
    assert png == render(chart.builder, chart.inputs)


def test_a_chart_keeps_its_picture(monkeypatch: Any) -> None:
    chart = medialit.draw_chain(TEXT)
    first = chart._repr_png_()
    monkeypatch.setattr(figures, "_in_a_process", lambda request: pytest.fail("drawn twice"))
    assert chart._repr_png_() is first


def _fallback_drawn(chart: Chart) -> None:
    png = chart._repr_png_()
    assert chart.drawn_in == "this process"
    assert png == render(chart.builder, chart.inputs)


def test_without_a_python_to_start_the_chart_is_drawn_here(monkeypatch: Any, caplog: Any) -> None:
    monkeypatch.setattr(sys, "executable", str(ROOT / "no-such-python"))
    _fallback_drawn(medialit.draw_chain(TEXT))
    assert "no process to draw a chart in" in caplog.text


def test_a_drawing_process_that_fails_leaves_the_drawing_to_this_one(
    monkeypatch: Any, tmp_path: Path, caplog: Any
) -> None:
    # A builder this process can import and the drawing process cannot: that one fails.
    (tmp_path / "only_here.py").write_text(
        "from medialit.plots.chains import chain_figure as drawing\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    _fallback_drawn(Chart("only_here:drawing", {"chains": []}, summary="nothing"))
    assert "No module named 'only_here'); drawing it here" in caplog.text


def test_a_drawing_process_that_takes_too_long_leaves_the_drawing_to_this_one(
    monkeypatch: Any,
) -> None:
    monkeypatch.setattr(figures, "TIMEOUT", 0.001)
    _fallback_drawn(medialit.draw_timeline(EVENTS))


def test_medialit_figures_inline_draws_here_and_a_wrong_value_says_what_is_allowed(
    monkeypatch: Any,
) -> None:
    monkeypatch.setenv("MEDIALIT_FIGURES", "inline")
    monkeypatch.setattr(figures, "_in_a_process", lambda request: pytest.fail("drawn elsewhere"))
    _fallback_drawn(medialit.draw_chain(TEXT))
    monkeypatch.setenv("MEDIALIT_FIGURES", "elsewhere")
    with pytest.raises(ValueError, match="'process' or 'inline'"):
        medialit.draw_chain(TEXT)._repr_png_()


@pytest.mark.parametrize(("suffix", "start"), [(".png", PNG_SIGNATURE), (".svg", b"<?xml")])
def test_a_chart_saves_its_picture(tmp_path: Path, suffix: str, start: bytes) -> None:
    path = medialit.draw_chain(TEXT).save(tmp_path / f"chain{suffix}")
    assert path.read_bytes().startswith(start)


@pytest.mark.parametrize(
    ("chart", "expected"),
    [
        (
            lambda: medialit.draw_timeline(EVENTS, document_date=dt.date(2024, 3, 12)),
            "Timeline: 2 events from 1 Feb 2024 to 14 Mar 2024, the page's date 12 Mar 2024",
        ),
        (
            lambda: medialit.draw_timeline(EVENTS[:1]),
            "Timeline: 1 event on 14 Mar 2024, the page's date unknown",
        ),
        (
            lambda: medialit.draw_timeline([]),
            "Timeline: nothing placed (the page's date is unknown and the text names no date)",
        ),
        (
            lambda: medialit.draw_chain("Nothing was said."),
            "Chains of transmission: none (no statement in this text is credited to a source)",
        ),
        (
            lambda: medialit.draw_chain(TEXT),
            "Chain of transmission: harbour office → local radio → this page "
            "(no byline, no agency credit)  [P1.S1]",
        ),
    ],
)
def test_a_chart_says_in_words_what_it_shows(chart: Any, expected: str) -> None:
    assert repr(chart()) == expected
