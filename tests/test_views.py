"""The analyzers' highlighted views: labels stay with their spans, text stays as written."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from medialit.artifacts import artifacts_html
from medialit.attribution import render_html

PRICES = "Prices rose by $5 to $10, officials said on Monday."


def _badges_and_marks(page: str) -> list[tuple[str, str]]:
    """Each badge's label and the first marked text after it (the span it opens)."""
    found = re.finditer(
        r'class="medialit-badge" data-span="(\d+)"[^>]*>([^<]*)</span>(.*?)</span>', page
    )
    return [(m.group(2), re.sub(r"<[^>]+>", "", m.group(3))) for m in found]


@pytest.mark.parametrize("view", [render_html, artifacts_html])
def test_views_show_dollar_signs_and_markup_literally(view: Callable[[str], str]) -> None:
    page = view("Costs rose from $5 million to $10 million <blink>today</blink>, the mayor said.")
    assert "<blink>" not in page and "&lt;blink&gt;" in page
    assert "tex2jax_ignore" in page and "<span>$</span>5" in page


def test_the_attribution_view_keeps_each_label_with_its_span() -> None:
    pairs = _badges_and_marks(render_html(PRICES))
    assert ("SOURCE", "officials") in pairs
    assert ("CUE", "said") in pairs


def test_the_attribution_view_reads_exactly_as_the_page() -> None:
    text = "Talks on guarantees. security began, the ministry said."
    page = render_html(text)
    plain = re.sub(r'<span class="medialit-badge"[^>]*>[^<]*</span>', "", page)
    plain = re.sub(r"<[^>]+>", "", plain)
    assert "Talks on guarantees. security began, the ministry said." in plain


def test_overlapping_flags_each_open_with_their_own_label() -> None:
    page = artifacts_html("Rain fell in Kiev, theNorth said.")
    labels = [label for label, _ in _badges_and_marks(page)]
    assert any(label.startswith("spelling") for label in labels)
    assert any(label.startswith("glued words") for label in labels)
