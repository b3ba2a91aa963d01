"""Time of the sources analyzer on the article and the kit's texts.

The corpus is the article, the practice articles and every sentence and news passage of
tests/test_sources.py.
"""

from __future__ import annotations

from typing import Any

from common import kit_texts, report, test_tables


def analyse(doc: Any) -> None:
    """Find the sources afresh on a parsed Doc."""
    from medialit.sources import _find

    _find(doc)


def main() -> None:
    table = test_tables("sources")
    texts = [*kit_texts(), *(text for text, _ in [*table.TABLE, *table.NEWS])]
    report("sources", texts, analyse)


if __name__ == "__main__":
    main()
