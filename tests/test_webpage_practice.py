"""The stored reading of each practice page is what `read_page` makes of the page now.

After a change to how pages are read, store the readings again and review their diff:

    .venv/bin/python tests/test_webpage_practice.py --write
"""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources

import pytest

from medialit.webpage import practice
from medialit.webpage.extract import Removed, WebPage


def write() -> None:
    """Read every practice page afresh and store its reading."""
    folder = resources.files("medialit").joinpath("data/practice")
    for name in practice.practice_pages():
        text = json.dumps(
            practice.as_data(practice.read_afresh(name)), ensure_ascii=False, indent=1
        )
        with resources.as_file(folder.joinpath(f"{name}.page.json")) as path:
            path.write_text(text + "\n", encoding="utf-8")


@pytest.mark.parametrize("name", practice.practice_pages())
def test_a_stored_reading_is_the_reading_of_the_page_now(name: str) -> None:
    assert practice.practice_page(name) == practice.read_afresh(name)


def test_a_reading_goes_through_json_unchanged() -> None:
    page = WebPage(
        text="Ferry strike ends\n\nThe strike ended on Monday, the union said.",
        removed=(Removed(text="Share on social media", where="footer"),),
        metadata={"site": {"value": "Coast Daily", "source": "meta"}, "published": None},
    )
    assert practice.from_data(json.loads(json.dumps(practice.as_data(page)))) == page


def test_an_unknown_practice_page_is_refused_with_the_names_there_are() -> None:
    with pytest.raises(KeyError, match="market_fire"):
        practice.practice_page("no_such_page")


def test_a_practice_page_opens_without_the_page_reading_libraries() -> None:
    code = (
        "import sys; from medialit.webpage import practice_page; "
        "practice_page('market_fire').article(); "
        "print(sorted(m for m in ('trafilatura', 'lxml', 'htmldate') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit(__doc__)
    write()
