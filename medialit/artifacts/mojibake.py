"""Garbled characters: text decoded with the wrong character encoding, checked by ftfy."""

from __future__ import annotations

import re
from collections.abc import Iterator

from medialit.artifacts.model import Artifact, flag

# Letters that UTF-8 text read as Latin-1 or Windows-1252 turns into; checked by ftfy.
# The flag stops before the sentence's own punctuation ("Â«absurdÂ»." flags "Â«absurdÂ»").
_MOJIBAKE_HINT = re.compile(
    r"\S*(?:[ÃÂâÅÄÐÑ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ ¡-¿]|�)\S*?(?=[.,;:!?)\]\"']*(?:\s|$))"
)


_MOJIBAKE_LEAD = re.compile("[ÃÂâÅÄÐÑ�]")


def detect(text: str, visible: str) -> Iterator[Artifact]:
    """Garbled characters, with ftfy's repair where one exists."""
    if not _MOJIBAKE_LEAD.search(visible):
        return
    candidates = list(_MOJIBAKE_HINT.finditer(visible))
    if not candidates:
        return
    import ftfy  # imported only when a text shows signs of garbling: it takes ~50 ms to load

    for m in candidates:
        fixed = ftfy.fix_encoding(m.group())
        if "�" in m.group():
            explanation = (
                "A replacement character (�): a letter was lost when the text was decoded "
                "with the wrong character encoding, and cannot be recovered from this copy."
            )
            yield flag(text, m.start(), m.end(), "mojibake", explanation, None, "mojibake:lost")
        elif fixed != m.group():
            explanation = (
                "Garbled letters (mojibake): UTF-8 text was read as another encoding "
                "somewhere between the source and this page, a sign of copying."
            )
            yield flag(text, m.start(), m.end(), "mojibake", explanation, fixed, "mojibake:ftfy")
