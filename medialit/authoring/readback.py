"""Open answers read back against the learner's article: what the kit found, and whether the
answer mentions it.

The kit cannot grade an open answer, but it can say which of its findings the answer
mentions and which it does not, and leave the judgement to the teacher, saying so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from medialit.authoring.found import Found, quoted, texts
from medialit.exercises import Feedback, Mistake, Reflection


@dataclass(frozen=True)
class Finding:
    """One thing the kit found, and words that show an answer mentions it."""

    text: str
    cues: tuple[str, ...]


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s']", " ", text.casefold().replace("’", "'")).split())


def _words(text: str) -> tuple[str, ...]:
    common = set(texts()["readback_common_words"])
    return tuple(w for w in _fold(text).split() if len(w) >= 4 and w not in common)


@dataclass(frozen=True, kw_only=True)
class ReadBack(Reflection):
    """An open answer, saved and then compared with the kit's findings on the article.

    >>> ex = ReadBack(id="d", prompt="Who is cited?", rubric="Lists every source.",
    ...               findings=[Finding("officials", ("officials",))], teacher="the rest.")
    >>> "✓ officials (you mention it)" in ex.check("Officials, and a mayor.").message
    True
    >>> "What only your teacher can judge: the rest." in ex.check("A mayor.").explanation
    True
    """

    # Defining a subclass with a kind would register it as the lesson files' "reflection";
    # this one is made only here, so it stays out of the registry and takes its kind after.
    kind: ClassVar[str] = ""

    findings: Sequence[Finding] = field(default=())
    teacher: str = ""

    def grade(self, value: Any) -> Feedback:
        saved = super().grade(value)
        answer = f" {_fold(str(value))} "
        notes = [
            f"✓ {f.text} (you mention it)"
            if any(f" {_fold(cue)} " in answer for cue in f.cues)
            else f"○ {f.text} (not in your answer: is the kit right?)"
            for f in self.findings
        ]
        found = f" The kit found on your article: {'; '.join(notes)}." if notes else ""
        return Feedback(
            saved.verdict,
            saved.score,
            f"Your answer is saved.{found} Compare it with what a strong answer does:",
            f"{self.rubric} What only your teacher can judge: {self.teacher}",
        )


ReadBack.kind = "reflection"


def origin_findings(found: Found) -> list[Finding]:
    """What the page says about its own origin: byline, date, dateline, agency credit."""
    page, out = found.page, []
    if "byline" in page:
        out.append(
            Finding(f"the byline {quoted(page['byline']['text'])}", _words(page["byline"]["text"]))
        )
    else:
        out.append(
            Finding(
                "no byline: the page does not name its writer",
                tuple(texts()["readback_missing_cues"]),
            )
        )
    if "date" in page:
        out.append(
            Finding(
                f"the date {quoted(page['date']['text'])}",
                _words(page["date"]["text"]) + tuple(re.findall(r"\d{4}", page["date"]["text"])),
            )
        )
    elif found.date is None:
        out.append(Finding("no full date on the page", tuple(texts()["readback_undated_cues"])))
    for kind in ("dateline", "agency_credit"):
        if kind in page:
            name = kind.replace("_", " ")
            out.append(
                Finding(f"the {name} {quoted(page[kind]['text'])}", _words(page[kind]["text"])[:2])
            )
    return out


def source_findings(found: Found, *, most: int = 8) -> list[Finding]:
    """Who the page cites, as the kit found them; any word of any mention counts as naming one."""
    out = []
    for source in found.speakers()[:most]:
        cues = _words(" ".join([source["name"], *(m["text"] for m in source["mentions"])]))
        out.append(Finding(source["name"], cues or (source["name"].casefold(),)))
    return out


def read_back(entry: dict[str, Any], findings: list[Finding], teacher: str) -> ReadBack:
    """A reflection from a lesson file, made to read answers back against the findings."""
    fields = {k: v for k, v in entry.items() if k != "kind"}
    fields["mistakes"] = [Mistake(**m) for m in fields.get("mistakes", [])]
    return ReadBack(**fields, findings=findings, teacher=teacher)
