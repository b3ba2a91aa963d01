"""Exercise models: a prompt, an answer key and a check whose messages teach.

Nothing here touches widgets or files, so a test, a key notebook and a widget all
call the same `check`. Each kind reads an answer in the form a learner would type
in a cell (option text, span text, labels, dates as words) and returns `Feedback`.

>>> ex = SingleChoice(
...     id="demo.speaker",
...     prompt="Whose words does the quote report?",
...     options=[
...         Option("TASS", explain="TASS relayed the words; it did not say them."),
...         Option("Russia's Foreign Ministry", correct=True, explain="The ministry spoke."),
...     ],
... )
>>> print(ex.check("TASS"))
✗ Not yet — TASS relayed the words; it did not say them.
>>> ex.check(ex.reference).score
1.0
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
import re
import string
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any, ClassVar

Json = Any
"""A value that `json.dumps` accepts: how answers are stored and restored."""


class Verdict(str, Enum):
    """How an answer fared; `SAVED` is for answers that are kept but not graded."""

    CORRECT = "correct"
    PARTLY = "partly"
    INCORRECT = "incorrect"
    SAVED = "saved"
    EMPTY = "empty"


MARKS: dict[Verdict, str] = {
    Verdict.CORRECT: "✓ Correct",
    Verdict.PARTLY: "◐ Partly right",
    Verdict.INCORRECT: "✗ Not yet",
    Verdict.SAVED: "✎ Saved",
    Verdict.EMPTY: "○ Nothing to check yet",
}


class AnswerError(ValueError):
    """Raised when an answer cannot be read at all; the message tells the learner what to fix."""


@dataclass(frozen=True)
class Feedback:
    """The result of a check: a verdict, a score in 0..1 (None if not graded) and words.

    >>> print(Feedback(Verdict.PARTLY, 0.5, "One of two found."))
    ◐ Partly right — One of two found.
    """

    verdict: Verdict
    score: float | None
    message: str
    explanation: str = ""

    @property
    def text(self) -> str:
        """The feedback as one line of plain text: mark, verdict in words, message."""
        words = " ".join(part for part in (self.message, self.explanation) if part)
        return f"{MARKS[self.verdict]} — {words}"

    @property
    def counts(self) -> bool:
        """Whether this was a real attempt (an empty or unreadable answer is not)."""
        return self.verdict is not Verdict.EMPTY

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Mistake:
    """A specific wrong answer that learners often give, with the message it deserves."""

    answer: Json
    message: str


def quote(text: str, *, words: int = 0) -> str:
    """Quote text for a message, cut after `words` words when asked.

    >>> quote("We received this offer from NATO", words=3)
    '“We received this…”'
    """
    parts = strip_quote_pair(text).split()
    if words and len(parts) > words:
        return "“" + " ".join(parts[:words]) + "…”"
    return "“" + " ".join(parts) + "”"


_QUOTE_PAIRS = {'"': '"', "'": "'", "“": "”", "”": "”", "„": "“", "‘": "’", "«": "»", "»": "«"}


def strip_quote_pair(text: str) -> str:
    """Take off one pair of quote marks around the whole text, if it has them.

    >>> strip_quote_pair("  “We have received it.”  ")
    'We have received it.'
    """
    text = text.strip()
    if len(text) >= 2 and _QUOTE_PAIRS.get(text[0]) == text[-1]:
        return text[1:-1].strip()
    return text


_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"'})
_PUNCT = str.maketrans(dict.fromkeys(string.punctuation + "–—…«»", " "))
# Contractions are spelled out so that "we've" and "we have" compare equal. "'s" is
# spelled out only after pronouns: after a noun it is a possessive ("TASS's report").
_CONTRACTIONS = [
    (re.compile(r"\b(can)'t\b|\b(can)not\b"), r"\1\2 not"),
    (re.compile(r"\bwon't\b"), "will not"),
    (re.compile(r"\bshan't\b"), "shall not"),
    (re.compile(r"\b(\w+)n't\b"), r"\1 not"),
    (re.compile(r"\blet's\b"), "let us"),
    (re.compile(r"\b(it|that|there|here|what|who|he|she|where|how)'s\b"), r"\1 is"),
    (re.compile(r"\b(\w+)'re\b"), r"\1 are"),
    (re.compile(r"\b(\w+)'ve\b"), r"\1 have"),
    (re.compile(r"\b(\w+)'ll\b"), r"\1 will"),
    (re.compile(r"\bi'm\b"), "i am"),
]


def normalize_text(text: str) -> str:
    """Fold case, quotes, contractions, punctuation and spacing so equivalent answers compare equal.

    >>> normalize_text("  The  “TASS”   agency. ")
    'the tass agency'
    >>> normalize_text("'We've got it, and it's ours'")
    'we have got it and it is ours'
    """
    folded = unicodedata.normalize("NFKC", strip_quote_pair(text)).translate(_QUOTES).casefold()
    for pattern, full in _CONTRACTIONS:
        folded = pattern.sub(full, folded)
    return " ".join(folded.translate(_PUNCT).split())


@dataclass(frozen=True, kw_only=True)
class Exercise:
    """What every kind shares: id, prompt, ordered hints, solution and common mistakes."""

    kind: ClassVar[str] = ""
    _mistake_adds_detail: ClassVar[bool] = True

    id: str
    prompt: str
    hints: Sequence[str] = ()
    solution: str = ""
    explanation: str = ""
    mistakes: Sequence[Mistake] = ()

    def __post_init__(self) -> None:
        if not self.id or not self.prompt:
            raise ValueError("an exercise needs an id and a prompt")
        object.__setattr__(self, "hints", tuple(self.hints))
        object.__setattr__(self, "mistakes", tuple(self.mistakes))

    def check(self, answer: Any) -> Feedback:
        """Check an answer and explain the verdict; a known mistake gets its own message."""
        try:
            value = self.read(answer)
        except AnswerError as err:
            return Feedback(Verdict.EMPTY, None, str(err))
        if self.is_blank(value):
            return Feedback(Verdict.EMPTY, None, self.blank_message)
        graded = self.grade(value)
        if graded.verdict in (Verdict.CORRECT, Verdict.SAVED):
            return graded
        for mistake in self.mistakes:
            if self.matches(mistake, value):
                detail = graded.message if self._mistake_adds_detail else ""
                if detail == mistake.message:
                    detail = ""
                return replace(graded, message=" ".join(p for p in (mistake.message, detail) if p))
        return graded

    @property
    def reference(self) -> Json:
        """An answer that passes the check, in the form a learner would write it."""
        raise NotImplementedError

    def answer_making(self, mistake: Mistake) -> Json:
        """A whole answer that makes this mistake, for key notebooks to demonstrate it."""
        return mistake.answer

    @property
    def solution_text(self) -> str:
        """The worked solution, or the reference answer spelled out when none was written."""
        return self.solution or f"One answer that passes: {self.describe(self.reference)}"

    @property
    def blank_message(self) -> str:
        return "Give an answer first, then press Check."

    def read(self, answer: Any) -> Json:
        """Turn an answer into its canonical stored form, or raise AnswerError."""
        raise NotImplementedError

    def is_blank(self, value: Json) -> bool:
        return value in (None, "", ())

    def grade(self, value: Json) -> Feedback:
        raise NotImplementedError

    def matches(self, mistake: Mistake, value: Json) -> bool:
        try:
            return bool(self.read(mistake.answer) == value)
        except AnswerError:
            return False

    def describe(self, answer: Any) -> str:
        """The answer as a short line of text, for teachers' summaries."""
        value = self.read(answer)
        if isinstance(value, (tuple, list)):
            return "; ".join("—" if v is None else str(v) for v in value)
        return "" if value is None else str(value)

    def show(self, *, session: Any = None) -> None:
        """Display this exercise as widgets, saving attempts to the session (or the active one)."""
        from medialit.exercises.views import show

        show(self, session=session)

    def _ipython_display_(self) -> None:
        self.show()


def _correct(message: str, explanation: str) -> Feedback:
    return Feedback(Verdict.CORRECT, 1.0, message, explanation)


@dataclass(frozen=True)
class Option:
    """One option of a choice question, with the explanation shown when it is chosen."""

    text: str
    correct: bool = False
    explain: str = ""


@dataclass(frozen=True, kw_only=True)
class _Choice(Exercise):
    options: Sequence[Option] = ()

    def __post_init__(self) -> None:
        super().__post_init__()
        options = tuple(o if isinstance(o, Option) else Option(**o) for o in self.options)
        if len({o.text for o in options}) != len(options) or len(options) < 2:
            raise ValueError(f"{self.id}: a choice needs at least two different options")
        if not any(o.correct for o in options):
            raise ValueError(f"{self.id}: no option is marked correct")
        object.__setattr__(self, "options", options)

    def _option(self, answer: Any) -> Option:
        if isinstance(answer, int) and not isinstance(answer, bool):
            if 0 <= answer < len(self.options):
                return self.options[answer]
        elif isinstance(answer, str):
            for option in self.options:
                if option.text == answer or normalize_text(option.text) == normalize_text(answer):
                    return option
        raise AnswerError(f"{answer!r} is not one of the options.")


@dataclass(frozen=True, kw_only=True)
class SingleChoice(_Choice):
    """Choose one option; every option explains itself when chosen.

    >>> ex = SingleChoice(id="d", prompt="2 + 2?", options=[Option("4", correct=True), Option("5")])
    >>> ex.check(1).verdict
    <Verdict.INCORRECT: 'incorrect'>
    """

    kind: ClassVar[str] = "single_choice"

    def __post_init__(self) -> None:
        super().__post_init__()
        if sum(o.correct for o in self.options) != 1:
            raise ValueError(f"{self.id}: a single choice needs exactly one correct option")
        # Each wrong option is a common mistake in its own right, unless the author wrote
        # a separate message for it; then both the message and the option's own
        # explanation are shown.
        covered = {self.read(m.answer) for m in self.mistakes}
        own = tuple(
            Mistake(o.text, o.explain)
            for o in self.options
            if not o.correct and o.explain and o.text not in covered
        )
        object.__setattr__(self, "mistakes", (*self.mistakes, *own))

    @property
    def reference(self) -> str:
        return next(o.text for o in self.options if o.correct)

    @property
    def blank_message(self) -> str:
        return "Choose an option first, then press Check."

    def read(self, answer: Any) -> str | None:
        return None if answer is None else self._option(answer).text

    def grade(self, value: Json) -> Feedback:
        option = self._option(value)
        if option.correct:
            return _correct(option.explain, self.explanation)
        return Feedback(Verdict.INCORRECT, 0.0, option.explain or "That option does not fit.")


@dataclass(frozen=True, kw_only=True)
class MultipleChoice(_Choice):
    """Tick every option that fits; each ticked option explains itself.

    >>> ex = MultipleChoice(id="d", prompt="Even?", options=[Option("2", correct=True),
    ...     Option("3", explain="3 is odd."), Option("4", correct=True)])
    >>> print(ex.check(["2", "3"]))
    ◐ Partly right — ✓ “2” ✗ “3”: 3 is odd. One more option also fits.
    """

    kind: ClassVar[str] = "multiple_choice"

    @property
    def reference(self) -> list[str]:
        return [o.text for o in self.options if o.correct]

    @property
    def blank_message(self) -> str:
        return "Tick at least one option first, then press Check."

    def read(self, answer: Any) -> tuple[str, ...]:
        if answer is None:
            return ()
        if isinstance(answer, (str, int)):
            answer = [answer]
        chosen = {self._option(a).text for a in answer}
        return tuple(o.text for o in self.options if o.text in chosen)

    def grade(self, value: Json) -> Feedback:
        chosen = [self._option(v) for v in value]
        right = [o for o in chosen if o.correct]
        wrong = [o for o in chosen if not o.correct]
        missed = sum(o.correct for o in self.options) - len(right)
        notes = []
        for option in chosen:
            mark = "✓" if option.correct else "✗"
            notes.append(
                f"{mark} {quote(option.text)}" + (f": {option.explain}" if option.explain else "")
            )
        if missed:
            notes.append(
                "One more option also fits." if missed == 1 else f"{missed} more options also fit."
            )
        message = " ".join(notes)
        if not wrong and not missed:
            return _correct(message, self.explanation)
        score = len(right) / (len(right) + len(wrong) + missed)
        return Feedback(Verdict.PARTLY if right else Verdict.INCORRECT, score, message)

    def answer_making(self, mistake: Mistake) -> Json:
        return [*self.reference, *self.read(mistake.answer)]

    def matches(self, mistake: Mistake, value: Json) -> bool:
        # A mistake names the options that make it, whatever else was ticked.
        try:
            return set(self.read(mistake.answer)) <= set(value)
        except AnswerError:
            return False


_TOKEN = re.compile(r"\w+(?:['’.-]\w+)*|[^\w\s]+")


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
    ◐ Partly right — You found 1 of 1. Extra: “said” is not one of them.
    """

    kind: ClassVar[str] = "pick_spans"

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
            elif isinstance(item, str) and (found := self._locate(item)) is not None:
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
        found = sum(key <= picked for key in keys)
        notes = [f"You found {found} of {len(keys)}."]
        for (first, last), key in zip(self.key_ranges, keys, strict=True):
            opening = quote(self.span_text(first, last), words=4)
            if not key & picked:
                notes.append(f"Missing: the passage that begins {opening}.")
            elif not key <= picked:
                notes.append(f"You have part of {opening}; extend your pick to the whole passage.")
        for first, last in self.runs(value):
            extra = sorted(self._content(range(first, last + 1)) - wanted)
            if extra:
                words = " ".join(self.words[i].text for i in extra)
                notes.append(f"Extra: {quote(words, words=6)} is not one of them.")
        score = len(picked & wanted) / len(picked | wanted) if picked | wanted else 0.0
        if score == 1.0:
            found_all = "You found it" if len(keys) == 1 else f"You found all {len(keys)}"
            return _correct(f"{found_all}, and nothing extra.", self.explanation)
        return Feedback(Verdict.PARTLY if score else Verdict.INCORRECT, score, " ".join(notes))

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


@dataclass(frozen=True)
class Passage:
    """One sentence or passage to label, with its key label and why it gets that label."""

    text: str
    label: str
    why: str = ""


@dataclass(frozen=True, kw_only=True)
class LabelSegments(Exercise):
    """Give each passage one label from a fixed set.

    A common mistake is written as a partial labelling, `{index: label}`, so one
    message can answer one confusion however the rest is labelled.

    >>> ex = LabelSegments(id="d", prompt="Label.", labels=["claim", "leftover"],
    ...     passages=[Passage("Home", "leftover"), Passage("Russia warned.", "claim")])
    >>> print(ex.check(["leftover", "leftover"]))
    ◐ Partly right — 1 of 2 right. “Russia warned.” is not “leftover”.
    """

    kind: ClassVar[str] = "label_segments"

    labels: Sequence[str]
    passages: Sequence[Passage]

    def __post_init__(self) -> None:
        super().__post_init__()
        passages = tuple(p if isinstance(p, Passage) else Passage(**p) for p in self.passages)
        object.__setattr__(self, "passages", passages)
        object.__setattr__(self, "labels", tuple(self.labels))
        unknown = {p.label for p in passages} - set(self.labels)
        if unknown or not passages:
            raise ValueError(f"{self.id}: key labels {sorted(unknown)} are not in the label set")

    @property
    def reference(self) -> list[str]:
        return [p.label for p in self.passages]

    @property
    def blank_message(self) -> str:
        return "Choose a label for at least one passage first, then press Check."

    def _label(self, label: Any) -> str | None:
        if label in (None, ""):
            return None
        for known in self.labels:
            if isinstance(label, str) and normalize_text(label) == normalize_text(known):
                return known
        raise AnswerError(
            f"{label!r} is not one of the labels: " + ", ".join(map(quote, self.labels))
        )

    def read(self, answer: Any) -> tuple[str | None, ...]:
        if answer is None:
            return (None,) * len(self.passages)
        if isinstance(answer, Mapping):
            answer = [answer.get(i, answer.get(str(i))) for i in range(len(self.passages))]
        labels = tuple(self._label(a) for a in answer)
        if len(labels) != len(self.passages):
            raise AnswerError(f"Give {len(self.passages)} labels, one per passage, in order.")
        return labels

    def is_blank(self, value: Json) -> bool:
        return all(v is None for v in value)

    def grade(self, value: Json) -> Feedback:
        right = sum(v == p.label for v, p in zip(value, self.passages, strict=True))
        notes = [f"{right} of {len(self.passages)} right."]
        unlabelled = sum(v is None for v in value)
        if unlabelled:
            notes.append(f"{unlabelled} still without a label.")
        for given, passage in zip(value, self.passages, strict=True):
            if given is not None and given != passage.label:
                notes.append(f"{quote(passage.text, words=5)} is not {quote(given)}.")
        if right == len(self.passages):
            return _correct(notes[0].replace(f"{right} of", "All"), self.explanation)
        score = right / len(self.passages)
        return Feedback(Verdict.PARTLY if right else Verdict.INCORRECT, score, " ".join(notes))

    def answer_making(self, mistake: Mistake) -> Json:
        if not isinstance(mistake.answer, Mapping):
            return mistake.answer
        labels = self.reference
        for i, label in mistake.answer.items():
            labels[int(i)] = label
        return labels

    def matches(self, mistake: Mistake, value: Json) -> bool:
        if not isinstance(mistake.answer, Mapping):
            return super().matches(mistake, value)
        return all(
            value[int(i)] is not None and value[int(i)] == self._label(label)
            for i, label in mistake.answer.items()
        )


@dataclass(frozen=True, kw_only=True)
class Order(Exercise):
    """Put items in order; `items` is the key order, `start` the order the learner first sees.

    >>> ex = Order(id="d", prompt="Oldest first.", items=["1997", "1999", "2021"])
    >>> print(ex.check(["1997", "2021", "1999"]))
    ◐ Partly right — 2 of 3 pairs are in order. The first item is in place. “2021” belongs later.
    """

    kind: ClassVar[str] = "order"

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
            return _correct("Every item is in its place.", self.explanation)
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


_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?,?", re.IGNORECASE
)
_RANGE_SPLIT = re.compile(r"\s*/\s*|\s+(?:to|until|through|-|–|—)\s+|(?<=\d)\s*[–—]\s*(?=\w)")


@dataclass(frozen=True, order=True)
class DateSpan:
    """A stretch of days from `first` to `last`, with the precision it was written at."""

    first: dt.date
    last: dt.date
    precision: str = field(compare=False, default="day")

    def __str__(self) -> str:
        if self.precision == "day":
            return f"{self.first.day} {calendar.month_name[self.first.month]} {self.first.year}"
        if self.precision == "month":
            return f"{calendar.month_name[self.first.month]} {self.first.year}"
        return f"{DateSpan(self.first, self.first)} to {DateSpan(self.last, self.last)}"


def _one_date(text: str) -> DateSpan:
    text = _WEEKDAYS.sub(" ", text).replace(",", " ").strip().lower()
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return DateSpan(day, day)
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})", text):
        return _month(int(m[1]), int(m[2]))
    words = re.findall(r"[a-z]+|\d+", text)
    months = [_MONTHS[w] for w in words if w in _MONTHS]
    numbers = [int(w.rstrip("stndrh")) for w in re.findall(r"\d+(?:st|nd|rd|th)?", text)]
    years = [n for n in numbers if n > 31]
    days = [n for n in numbers if n <= 31]
    unknown = [
        w
        for w in words
        if not w.isdigit() and w not in _MONTHS and w not in {"st", "nd", "rd", "th", "of"}
    ]
    if len(months) == 1 and len(years) == 1 and len(days) <= 1 and not unknown:
        if days:
            day = dt.date(years[0], months[0], days[0])
            return DateSpan(day, day)
        return _month(years[0], months[0])
    raise ValueError(text)


def _month(year: int, month: int) -> DateSpan:
    last = calendar.monthrange(year, month)[1]
    return DateSpan(dt.date(year, month, 1), dt.date(year, month, last), "month")


def parse_date(text: str) -> DateSpan:
    """Read a day, a month or a range written in ISO form or in words.

    >>> str(parse_date("Sunday, 26 December 2021"))
    '26 December 2021'
    >>> parse_date("Dec 2021").precision
    'month'
    >>> str(parse_date("24-26 December 2021"))
    '24 December 2021 to 26 December 2021'
    """
    clean = " ".join(text.split())
    try:
        if m := re.fullmatch(r"(\d{1,2})\s*[-–]\s*(\d{1,2})\s+([A-Za-z]+\.?)\s+(\d{4})", clean):
            return _range(_one_date(f"{m[1]} {m[3]} {m[4]}"), _one_date(f"{m[2]} {m[3]} {m[4]}"))
        parts = _RANGE_SPLIT.split(clean) if not re.fullmatch(r"[\d-]+", clean) else [clean]
        if len(parts) == 2:
            return _range(_one_date(parts[0]), _one_date(parts[1]))
        if len(parts) == 1:
            return _one_date(clean)
    except ValueError:
        pass
    raise AnswerError(
        f"I cannot read {quote(text)} as a date. Write it like 2021-12-26, 26 December 2021, "
        "December 2021 or 2021-12-24/2021-12-26."
    )


def _range(first: DateSpan, last: DateSpan) -> DateSpan:
    if last.last < first.first:
        raise ValueError("a range must end after it starts")
    return DateSpan(first.first, last.last, "range")


@dataclass(frozen=True, kw_only=True)
class DateAnswer(Exercise):
    """Give a date; only an answer as precise as the key (a day, a month or a range) is right.

    An answer less precise than the key (a month for a day) or more precise (a day
    for a month or a range) holds the right place in time, not the right answer,
    so it gets partial credit and a message about the precision.

    >>> ex = DateAnswer(id="d", prompt="When?", key="2021-12-26")
    >>> print(ex.check("December 2021"))
    ◐ Partly right — Right month. The evidence narrows it down to one day.
    >>> print(ex.check("2022-01-02"))
    ✗ Not yet — That is 7 days too late.
    >>> print(DateAnswer(id="d", prompt="When?", key="2021-12-11/2021-12-20").check("2021-12-15"))
    ◐ Partly right — 15 December 2021 falls inside the answer, but one day is more precise \
than the evidence: the answer is a range. Give its first and last day.
    """

    kind: ClassVar[str] = "date"

    key: str

    @property
    def key_span(self) -> DateSpan:
        return parse_date(self.key)

    @property
    def reference(self) -> str:
        return self.key

    @property
    def blank_message(self) -> str:
        return "Type a date first, then press Check."

    def read(self, answer: Any) -> str | None:
        if answer is None:
            return None
        text = " ".join(str(answer).split())
        if text:
            parse_date(text)
        return text

    def grade(self, value: Json) -> Feedback:
        given, key = parse_date(value), self.key_span
        if (given.first, given.last) == (key.first, key.last):
            return _correct(f"{given} fits the evidence.", self.explanation)
        days_given = (given.last - given.first).days + 1
        days_key = (key.last - key.first).days + 1
        if key.first <= given.first and given.last <= key.last:
            return Feedback(
                Verdict.PARTLY, round(days_given / days_key, 3), self._too_precise(given, key)
            )
        if given.first <= key.first and key.last <= given.last:
            extra = days_given - days_key
            if given.precision == "month" and key.precision == "day":
                message = "Right month. The evidence narrows it down to one day."
            elif key.precision == "day":
                message = f"Your dates hold the right day and {extra} more; the evidence narrows "
                message += "it down to one day."
            else:
                message = f"Your answer holds the right dates and {extra} more; narrow it down."
            return Feedback(Verdict.PARTLY, round(days_key / days_given, 3), message)
        if given.first <= key.last and key.first <= given.last:
            shared = (min(given.last, key.last) - max(given.first, key.first)).days + 1
            union = (max(given.last, key.last) - min(given.first, key.first)).days + 1
            message = "Your dates overlap the answer, but part of them falls outside it."
            return Feedback(Verdict.PARTLY, round(shared / union, 3), message)
        if given.last < key.first:
            gap, side = (key.first - given.last).days, "early"
        else:
            gap, side = (given.first - key.last).days, "late"
        unit = "day" if gap == 1 else "days"
        return Feedback(Verdict.INCORRECT, 0.0, f"That is {gap} {unit} too {side}.")

    @staticmethod
    def _too_precise(given: DateSpan, key: DateSpan) -> str:
        # The answer sits inside the key but claims more than the evidence says.
        if key.precision == "month":
            what = str(given) if given.precision == "day" else "Your dates"
            return (
                f"{what} {'is' if given.precision == 'day' else 'are'} in the right month, but "
                "the evidence gives only the month. Write the month and year."
            )
        if given.precision == "day":
            return (
                f"{given} falls inside the answer, but one day is more precise than the "
                "evidence: the answer is a range. Give its first and last day."
            )
        return (
            "Your dates fall inside the answer, but the evidence gives a wider range. Widen yours."
        )

    def matches(self, mistake: Mistake, value: Json) -> bool:
        try:
            wrong = parse_date(str(mistake.answer))
        except AnswerError:
            return False
        given = parse_date(value)
        return (wrong.first, wrong.last) == (given.first, given.last)


@dataclass(frozen=True, kw_only=True)
class ShortText(Exercise):
    """Type a word or phrase; case, spacing, quotes and punctuation do not matter.

    >>> ex = ShortText(id="d", prompt="Which agency?", accept=["TASS", "the TASS agency"])
    >>> ex.check("tass.").verdict
    <Verdict.CORRECT: 'correct'>
    """

    kind: ClassVar[str] = "short_text"

    accept: Sequence[str]

    def __post_init__(self) -> None:
        super().__post_init__()
        object.__setattr__(self, "accept", tuple(self.accept))
        if not self.accept:
            raise ValueError(f"{self.id}: a short text needs at least one accepted answer")

    @property
    def reference(self) -> str:
        return self.accept[0]

    @property
    def blank_message(self) -> str:
        return "Type an answer first, then press Check."

    def read(self, answer: Any) -> str | None:
        return None if answer is None else " ".join(str(answer).split())

    def grade(self, value: Json) -> Feedback:
        if normalize_text(value) in {normalize_text(a) for a in self.accept}:
            return _correct(f"{quote(value)} is right.", self.explanation)
        return Feedback(
            Verdict.INCORRECT, 0.0, f"{quote(value)} is not the answer. Read the passage again."
        )

    def matches(self, mistake: Mistake, value: Json) -> bool:
        return normalize_text(str(mistake.answer)) == normalize_text(value)


@dataclass(frozen=True, kw_only=True)
class Reflection(Exercise):
    """Write an open answer: it is saved, not graded, and then the rubric is shown.

    >>> ex = Reflection(id="d", prompt="Why?", rubric="Names one source.")
    >>> print(ex.check("Because TASS says so."))
    ✎ Saved — Your answer is saved. Compare it with what a strong answer does: Names one source.
    """

    kind: ClassVar[str] = "reflection"

    rubric: str
    example: str = ""

    @property
    def reference(self) -> str:
        return self.example or "(any answer in your own words)"

    @property
    def blank_message(self) -> str:
        return "Write your answer first, then press Save."

    def read(self, answer: Any) -> str | None:
        return None if answer is None else str(answer).strip()

    def grade(self, value: Json) -> Feedback:
        return Feedback(
            Verdict.SAVED,
            None,
            "Your answer is saved. Compare it with what a strong answer does:",
            self.rubric,
        )


KINDS: dict[str, type[Exercise]] = {
    cls.kind: cls
    for cls in (
        SingleChoice,
        MultipleChoice,
        PickSpans,
        LabelSegments,
        Order,
        DateAnswer,
        ShortText,
        Reflection,
    )
}
"""Every exercise kind by the name used in lesson data files."""


def from_data(data: Mapping[str, Any]) -> Exercise:
    """Build an exercise from one entry of a lesson data file (see `medialit.exercises`).

    >>> from_data({"kind": "short_text", "id": "d", "prompt": "Agency?", "accept": ["TASS"]}).kind
    'short_text'
    """
    fields = dict(data)
    kind = fields.pop("kind", None)
    if kind not in KINDS:
        raise ValueError(
            f"exercise {fields.get('id')!r}: unknown kind {kind!r}; use one of {sorted(KINDS)}"
        )
    fields["mistakes"] = [Mistake(**m) for m in fields.get("mistakes", [])]
    try:
        return KINDS[kind](**fields)
    except TypeError as err:
        raise ValueError(f"exercise {fields.get('id')!r} ({kind}): {err}") from None
