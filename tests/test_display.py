"""Article and learner text shown literally, and labelled spans that keep their labels."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from medialit.display import BADGE_CSS, LANES, escape, highlight_html, literal_html, plot_text


class _Walk(HTMLParser):
    """Collect each run of text with the spans that hold it and the badge just before it."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[dict[str, str]] = []
        self.runs: list[tuple[str, frozenset[str]]] = []
        self.badges: list[tuple[str, str, int]] = []  # span number, label, index of next run
        self.marks: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append({k: v or "" for k, v in attrs})

    def handle_endtag(self, tag: str) -> None:
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        top = self.stack[-1] if self.stack else {}
        if top.get("class") == "medialit-badge":
            self.badges.append((top["data-span"], data, len(self.runs)))
            return
        held = frozenset(a["data-span"] for a in self.stack if a.get("class") == "medialit-mark")
        for attrs in self.stack:
            if attrs.get("class") == "medialit-mark":
                self.marks[attrs["data-span"]] = attrs["style"]
        self.runs.append((data, held))


def walk(text: str, spans: list[tuple[int, int, str]]) -> _Walk:
    walker = _Walk()
    walker.feed(highlight_html(text, spans))
    return walker


SENTENCE = "Officials said the talks would resume, a spokesman told reporters."


@pytest.mark.parametrize(
    "spans",
    [
        [(0, 37, "claim"), (0, 9, "source")],
        [(0, 37, "claim"), (10, 14, "cue"), (15, 24, "topic")],
        [(10, 37, "claim"), (0, 24, "passage")],
        [(40, 66, "attribution"), (42, 51, "source"), (52, 56, "cue"), (0, 66, "sentence")],
    ],
)
def test_each_label_stays_with_its_own_span(spans: list[tuple[int, int, str]]) -> None:
    walker = walk(SENTENCE, spans)
    ordered = sorted(spans, key=lambda s: (s[0], -s[1]))
    assert len(walker.badges) == len(spans)
    for number, label, next_run in walker.badges:
        start, end, expected = ordered[int(number)]
        assert label == expected
        # The badge is followed by its own span's first words, held by its own mark.
        text, held = walker.runs[next_run]
        assert SENTENCE[start:].startswith(text) and number in held
    for number, (start, end, _) in enumerate(ordered):
        covered = "".join(text for text, held in walker.runs if str(number) in held)
        assert covered == SENTENCE[start:end]


def test_overlapping_spans_are_drawn_in_different_lanes() -> None:
    walker = walk(SENTENCE, [(0, 37, "claim"), (10, 24, "cue"), (15, 30, "topic")])
    styles = set(walker.marks.values())
    assert len(styles) == 3


def test_highlighted_text_is_literal() -> None:
    out = highlight_html("Costs rose from $5 million to $10 million <b>", [(16, 41, "claim")])
    assert "<b>" not in out and "&lt;b&gt;" in out
    assert "$5" not in out.replace("<span>$</span>5", "")
    assert "mathjax_ignore" in out


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, two: str) -> float:
    light, dark = sorted((_luminance(one), _luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_badges_are_near_body_size_with_aa_contrast() -> None:
    size = float(re.search(r"font-size:([\d.]+)em", BADGE_CSS)[1])  # type: ignore[index]
    assert size >= 0.85
    fg = re.search(r"(?:^|;)color:(#\w{6})", BADGE_CSS)[1]  # type: ignore[index]
    bg = re.search(r"background:(#\w{6})", BADGE_CSS)[1]  # type: ignore[index]
    assert contrast(fg, bg) >= 4.5
    for colour, _ in LANES:
        assert contrast(colour, "#ffffff") >= 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [("$5 million to $10 million", "<span>$</span>5 million to <span>$</span>10 million")],
)
def test_dollar_signs_never_pair_up_as_maths(text: str, expected: str) -> None:
    assert escape(text) == expected
    assert literal_html(text).startswith('<span class="tex2jax_ignore mathjax_ignore">')
    assert plot_text(text) == r"\$5 million to \$10 million"
