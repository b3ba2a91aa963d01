"""The analyzer against the kit's own answer key for the article."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from medialit.artifacts.model import Artifact


@dataclass(frozen=True)
class KeyComparison:
    """The analyzer's flags on the kit's article, compared with the answer key."""

    found: list[Artifact]
    """Flags that match an error in the key (same category, overlapping span)."""
    missed: list[dict[str, Any]]
    """Errors in the key that no flag matches."""
    extra: list[Artifact]
    """Flags that are neither in the key nor listed there as acceptable."""
    key_size: int

    @property
    def recall(self) -> float:
        """The share of the key's errors that the analyzer found."""
        return (self.key_size - len(self.missed)) / self.key_size if self.key_size else 1.0

    @property
    def precision(self) -> float:
        """The share of the analyzer's flags that are right."""
        flags = len(self.found) + len(self.extra)
        return len(self.found) / flags if flags else 1.0

    def __str__(self) -> str:
        return (
            f"{len(self.found) + len(self.extra)} flags, {self.key_size} errors in the key: "
            f"found {self.key_size - len(self.missed)}, missed {len(self.missed)}, "
            f"wrong {len(self.extra)} (recall {self.recall:.2f}, precision {self.precision:.2f})"
        )


def overlaps(flag: Artifact, item: dict[str, Any]) -> bool:
    """True when the flag has the item's category and overlaps its span."""
    start: int = item["start"]
    end: int = item["end"]
    return flag.category == item["category"] and flag.start < end and start < flag.end


def compare_with_key(flags: list[Artifact] | None = None) -> KeyComparison:
    """Compare the analyzer's flags on the kit's article with the article's answer key.

    >>> print(compare_with_key())
    28 flags, 30 errors in the key: found 28, missed 2, wrong 0 (recall 0.93, precision 1.00)
    """
    from medialit.annotations import load_annotations
    from medialit.article import load_article
    from medialit.artifacts import artifacts

    key = load_annotations()["artifacts"]
    flags = artifacts(load_article()) if flags is None else flags
    expected, acceptable = key["artifacts"], key["acceptable"]
    found = [f for f in flags if any(overlaps(f, item) for item in expected)]
    extra = [
        f for f in flags if f not in found and not any(overlaps(f, item) for item in acceptable)
    ]
    missed = [item for item in expected if not any(overlaps(f, item) for f in flags)]
    return KeyComparison(found, missed, extra, len(expected))
