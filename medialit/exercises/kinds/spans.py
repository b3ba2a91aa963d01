"""Pick the words of a passage (`pick_spans`): picks join into spans, scored word by word."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from medialit.exercises.core import (
    AnswerError,
    Exercise,
    Feedback,
    Json,
    Mistake,
    Verdict,
    correct,
)
from medialit.exercises.text import quote

_TOKEN = re.compile(r"\w+(?:['’.-]\w+)*|[^\w\s]+")
# Quote marks, punctuation and spaces at either end of a typed pick.
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")


@dataclass(frozen=True)
class Word:
    """One pickable word (or run of punctuation) of a passage, with character offsets."""

    start: int
    end: int
    text: str

    @property
    def is_content(self) -> bool:
        return any(ch.isalnum() for ch in self.text)


@dataclass(frozen=True, kw_only=True)
class PickSpans(Exercise):
    """Pick the words of a passage that answer the prompt; neighbouring picks join into spans.

    Key spans are quoted from the passage. Scoring counts words, not punctuation,
    so a pick that leaves off a comma still counts as the whole span.

    >>> ex = PickSpans(id="d", prompt="Pick the source.", passage="He said so, TASS reported.",
    ...                spans=["TASS"])
    >>> print(ex.check(["said", "TASS"]))
    ◐ Partly right — You found 1 of 1. “said” is not one of them. “TASS” is right.
    """

    kind: ClassVar[str] = "pick_spans"
    control: ClassVar[str] = "words"

    passage: str
    spans: Sequence[str]
    words: tuple[Word, ...] = field(init=False, repr=False)
    key_ranges: tuple[tuple[int, int], ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        super().__post_init__()
        words = tuple(Word(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(self.passage))
        object.__setattr__(self, "words", words)
        object.__setattr__(self, "spans", tuple(self.spans))
        ranges = []
        for span in self.spans:
            found = self._locate(span)
            if found is None:
                raise ValueError(f"{self.id}: key span {span!r} is not whole words of the passage")
            ranges.append(found)
        object.__setattr__(self, "key_ranges", tuple(ranges))

    def _locate(self, text: str) -> tuple[int, int] | None:
        starts = {w.start: i for i, w in enumerate(self.words)}
        ends = {w.end: i for i, w in enumerate(self.words)}
        at = self.passage.find(text)
        while at != -1:
            first, last = starts.get(at), ends.get(at + len(text))
            if first is not None and last is not None:
                return first, last
            at = self.passage.find(text, at + 1)
        return None

    def _locate_pick(self, text: str) -> tuple[int, int] | None:
        """Locate a typed pick; quote marks or punctuation around its words do not matter."""
        found = self._locate(text)
        if found is None and (words := _EDGES.sub("", text)):
            found = self._locate(words)
        return found

    def span_text(self, first: int, last: int) -> str:
        """The passage text from word `first` to word `last`, both included."""
        return self.passage[self.words[first].start : self.words[last].end]

    def runs(self, picked: Iterable[int]) -> list[tuple[int, int]]:
        """Join picked word indices into (first, last) spans of neighbouring words.

        >>> PickSpans(id="d", prompt="p", passage="a b c d", spans=["a"]).runs([0, 1, 3])
        [(0, 1), (3, 3)]
        """
        spans: list[tuple[int, int]] = []
        for i in sorted(set(picked)):
            if spans and spans[-1][1] == i - 1:
                spans[-1] = (spans[-1][0], i)
            else:
                spans.append((i, i))
        return spans

    @property
    def reference(self) -> list[str]:
        return list(self.spans)

    @property
    def blank_message(self) -> str:
        return "Pick at least one word first, then press Check."

    def read(self, answer: Any) -> tuple[int, ...]:
        if answer is None:
            return ()
        if isinstance(answer, str):
            answer = [answer]
        picked: set[int] = set()
        for item in answer:
            if isinstance(item, int) and not isinstance(item, bool) and 0 <= item < len(self.words):
                picked.add(item)
            elif isinstance(item, str) and (found := self._locate_pick(item)) is not None:
                picked.update(range(found[0], found[1] + 1))
            else:
                raise AnswerError(f"{item!r} is not a run of whole words from the passage.")
        return tuple(sorted(picked))

    def _content(self, indices: Iterable[int]) -> set[int]:
        return {i for i in indices if self.words[i].is_content}

    def grade(self, value: Json) -> Feedback:
        picked = self._content(value)
        keys = [self._content(range(a, b + 1)) for a, b in self.key_ranges]
        wanted = set().union(*keys)
        score = len(picked & wanted) / len(picked | wanted) if picked | wanted else 0.0
        if score == 1.0:
            found_all = "You found it" if len(keys) == 1 else f"You found all {len(keys)}"
            return correct(f"{found_all}, and nothing extra.", self.explanation)
        found = sum(key <= picked for key in keys)
        notes = [self._judge_pick((a, b), picked, keys) for a, b in self.runs(value)]
        unfound = [
            first for (first, _), key in zip(self.key_ranges, keys, strict=True) if not key & picked
        ]
        if unfound:
            places = " and ".join(dict.fromkeys(self._where(first) for first in sorted(unfound)))
            count = "One is" if len(unfound) == 1 else f"{len(unfound)} are"
            notes.append(f"{count} still unfound: look {places}.")
        message = f"You found {found} of {len(keys)}."
        if score and not found:
            near = sum(bool(key & picked) for key in keys)
            whole = "it" if len(keys) == 1 else f"{near} of the {len(keys)}"
            message = f"Close: you have part of {whole}, not yet the whole of it."
        verdict = Verdict.PARTLY if score else Verdict.INCORRECT
        return Feedback(verdict, score, message, notes=tuple(n for n in notes if n))

    def _judge_pick(self, span: tuple[int, int], picked: set[int], keys: list[set[int]]) -> str:
        """One pick judged: right, not one of them, too short or too long (and at which end)."""
        run = self._content(range(span[0], span[1] + 1))
        if not run:
            return ""
        shown = quote(self.span_text(*span), words=6)
        touched = [key for key in keys if key & run]
        if not touched:
            return f"{shown} is not one of them."
        covered = set().union(*touched)
        problems = []
        if min(run) < min(covered):
            problems.append("it starts too early")
        elif any(i not in picked for i in covered if i < min(run)):
            problems.append("it starts too late")
        if max(run) > max(covered):
            problems.append("it runs on too far")
        elif any(i not in picked for i in covered if i > max(run)):
            problems.append("it stops too soon")
        extra = run - covered
        if extra and not problems:
            problems.append("it runs across words that are not part of it")
        if not problems:
            return f"{shown} is right."
        size = "too long" if extra else "too short" if covered - run else "not quite right"
        if extra and covered - picked:
            size = "not the right stretch"
        return f"{shown} is {size}: {' and '.join(problems)}."

    def _where(self, word: int) -> str:
        at = self.words[word].start / max(1, len(self.passage))
        return "near the start" if at < 1 / 3 else "in the middle" if at < 2 / 3 else "near the end"

    def matches(self, mistake: Mistake, value: Json) -> bool:
        try:
            needed = self._content(self.read(mistake.answer))
        except AnswerError:
            return False
        return bool(needed) and needed <= self._content(value)

    def answer_making(self, mistake: Mistake) -> Json:
        return [*self.reference, *self.read(mistake.answer)]

    def describe(self, answer: Any) -> str:
        return " | ".join(self.span_text(a, b) for a, b in self.runs(self.read(answer)))
