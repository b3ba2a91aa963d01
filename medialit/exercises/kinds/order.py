"""Put items in order (`order`): credit for every pair in the right order."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from medialit.exercises.core import (
    AnswerError,
    Exercise,
    Feedback,
    Json,
    Verdict,
    correct,
)
from medialit.exercises.text import quote


@dataclass(frozen=True, kw_only=True)
class Order(Exercise):
    """Put items in order; `items` is the key order, `start` the order the learner first sees.

    >>> ex = Order(id="d", prompt="Oldest first.", items=["1997", "1999", "2021"])
    >>> print(ex.check(["1997", "2021", "1999"]))
    ◐ Partly right — 2 of 3 pairs are in order. The first item is in place. “2021” belongs later.
    """

    kind: ClassVar[str] = "order"
    control: ClassVar[str] = "order"

    items: Sequence[str]
    start: Sequence[str] = ()

    def __post_init__(self) -> None:
        super().__post_init__()
        items = tuple(self.items)
        if len(set(items)) != len(items) or len(items) < 2:
            raise ValueError(f"{self.id}: an order needs at least two different items")
        object.__setattr__(self, "items", items)
        start = tuple(self.start)
        if not start:
            shuffled = list(reversed(items))
            random.Random(self.id).shuffle(shuffled)
            start = tuple(shuffled) if tuple(shuffled) != items else tuple(reversed(items))
        if sorted(start) != sorted(items):
            raise ValueError(f"{self.id}: the start order must hold the same items")
        object.__setattr__(self, "start", start)

    @property
    def reference(self) -> list[str]:
        return list(self.items)

    def read(self, answer: Any) -> tuple[str, ...]:
        if answer is None:
            return ()
        order = tuple(answer)
        if sorted(order) != sorted(self.items):
            raise AnswerError("Put every item in the list exactly once.")
        return order

    def grade(self, value: Json) -> Feedback:
        rank = {item: i for i, item in enumerate(self.items)}
        pairs = [(a, b) for i, a in enumerate(value) for b in value[i + 1 :]]
        in_order = sum(rank[a] < rank[b] for a, b in pairs)
        if in_order == len(pairs):
            return correct("Every item is in its place.", self.explanation)
        first_wrong = next(i for i, item in enumerate(value) if item != self.items[i])
        direction = "later" if rank[value[first_wrong]] > first_wrong else "earlier"
        if first_wrong == 0:
            placed = "The top item is not the first."
        elif first_wrong == 1:
            placed = "The first item is in place."
        else:
            placed = f"The first {first_wrong} items are in place."
        message = (
            f"{in_order} of {len(pairs)} pairs are in order. {placed} "
            f"{quote(value[first_wrong], words=6)} belongs {direction}."
        )
        return Feedback(
            Verdict.PARTLY if in_order else Verdict.INCORRECT, in_order / len(pairs), message
        )
