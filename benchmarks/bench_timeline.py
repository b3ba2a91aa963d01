"""Time of the timeline analyzer (time expressions and the page's date) on the kit's texts.

The corpus is the article, the practice articles and every expression and news passage of
tests/test_timeline.py; the page's date is inferred, as `analyze` does without --date.
"""

from __future__ import annotations

from typing import Any

from common import kit_texts, report, test_tables

_CACHED = ("medialit_timex_found", "document_date", "timexes")


def analyse(doc: Any) -> None:
    """Find, resolve and date afresh on a parsed Doc."""
    from medialit import timeline

    for attr in _CACHED:
        doc._.set(attr, None)
    timeline.timexes(doc)


def main() -> None:
    table = test_tables("timeline")
    texts = [*kit_texts(), *sorted({text for text, _, _ in [*table.TABLE, *table.NEWS]})]
    report("timeline", texts, analyse)


if __name__ == "__main__":
    main()
