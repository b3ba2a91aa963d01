"""Time of the attribution analyzer (attributions and claims) on the article and the kit's texts.

The corpus is the article, the practice articles and every sentence of
tests/test_attribution.py.
"""

from __future__ import annotations

from typing import Any

from common import kit_texts, report, test_tables


def analyse(doc: Any) -> None:
    """Find attributions and claims afresh on a parsed Doc."""
    from medialit.attribution import assertions, text

    doc._.attributions = text._find(doc)
    assertions._find_claims(doc)


def main() -> None:
    table = test_tables("attribution")
    texts = [*kit_texts(), *(text for text, _ in table.TABLE + table.CHAINS)]
    report("attribution", texts, analyse)


if __name__ == "__main__":
    main()
