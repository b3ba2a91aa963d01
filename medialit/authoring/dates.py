"""Time: what a relative date points to, the page's own date, and the order of events."""

from __future__ import annotations

from typing import Any

from medialit.authoring.found import Found, Item, Skipped, evidence, item, quoted, texts

SKILL_TIME = "time"
SKILL_DATE = "page_date"
MAX_EVENTS = 5


def _leftover(found: Found, start: int) -> bool:
    return any(s["start"] <= start < s["end"] for s in found.results["leftovers"])


def _usable(found: Found) -> list[dict[str, Any]]:
    return [t for t in found.results["timexes"] if not _leftover(found, t["start"])]


def draft(found: Found) -> list[Item | Skipped]:
    """Resolve one relative date, date the page, and order its dated events."""
    timexes = _usable(found)
    out: list[Item | Skipped] = []
    relative = [
        t for t in timexes if t["resolved"] and t["granularity"] == "day" and t.get("anchor")
    ]
    unresolved = [t for t in timexes if not t["resolved"]]
    # A clock time is read on the page's own day: nothing to count, so prefer a real shift.
    shifted = [t for t in relative if t["value"] != t["anchor"]]
    if relative:
        out.append(_resolve(found, (shifted or relative)[0]))
    elif unresolved and found.date is None:
        out.append(_cannot_resolve(found, unresolved[0]))
    else:
        out.append(Skipped(SKILL_TIME, texts()["skipped"][SKILL_TIME]))
    out.append(_page_date(found, timexes))
    out.append(_timeline(found, timexes))
    return out


def _resolve(found: Found, timex: dict[str, Any]) -> Item:
    mistakes = []
    if timex["anchor"] != timex["value"]:
        mistakes.append(
            {
                "answer": timex["anchor"],
                "message": f"That is the page's own date, the anchor. {quoted(timex['text'])} "
                "points away from it: count from the page's date to the day it names.",
            }
        )
    return item(
        "date",
        "when_" + "".join(c for c in timex["text"].lower() if c.isascii() and c.isalnum())[:20],
        SKILL_TIME,
        f"The page says {quoted(found.sentence_of(timex['start']), words=16)}. Which date is "
        f"{quoted(timex['text'])}?",
        key=timex["value"],
        hints=[
            "Find the page's date first: every relative date counts from it.",
            "Is the sentence about the past or the future? That decides which way to count.",
        ],
        explanation=f"{timex['text']}: {timex['rule']}.",
        mistakes=mistakes,
        evidence=[evidence(timex["start"], timex["end"], timex["text"], rule=timex["rule"])],
    )


def _cannot_resolve(found: Found, timex: dict[str, Any]) -> Item:
    right = "The page alone cannot tell: it gives no full date to count from"
    today = "Count from today's date"
    note = timex.get("note") or "the page gives no date to count from"
    return item(
        "single_choice",
        "when_undated",
        SKILL_TIME,
        f"The page says {quoted(found.sentence_of(timex['start']), words=16)}. Which day is "
        f"{quoted(timex['text'])}?",
        options=[
            {"text": right, "correct": True, "explain": f"Right: {quoted(timex['text'])} {note}."},
            {"text": today, "explain": "Today is when you read it, not when it was written."},
            {"text": "The date the file was saved", "explain": "That is when it was copied."},
        ],
        hints=["What would you count from? Does the page say when it was written?"],
        explanation="A relative date needs an anchor; an undated page has none of its own.",
        mistakes=[
            {
                "answer": today,
                "message": "A page can stay online for years: counting "
                "from today moves every date by the same unknown error.",
            }
        ],
        evidence=[
            evidence(timex["start"], timex["end"], timex["text"], rule=timex["rule"], why=note)
        ],
    )


def _page_date(found: Found, timexes: list[dict[str, Any]]) -> Item:
    info = found.results["document_date"]
    proof = [
        evidence(e["start"], e["end"], e["text"], rule=e["rule"], why=e["says"])
        for e in info.get("evidence", [])
    ]
    if found.date is None:
        right = "It does not say: the page gives no full date"
        return item(
            "single_choice",
            "page_date",
            SKILL_DATE,
            "Does the page say when it was published?",
            options=[
                {"text": right, "correct": True, "explain": info.get("note") or "No date."},
                {"text": "Yes, in its first lines", "explain": info.get("note") or "No date."},
            ],
            hints=["Look under the headline and in the dateline for a day, month and year."],
            explanation="An undated page has to be dated from other sources before its "
            "'Tuesday' or 'last week' can be placed.",
            evidence=proof,
        )
    key = found.date.isoformat()
    other = next((t for t in timexes if t["granularity"] == "day" and t["value"] != key), None)
    mistakes = []
    if other:
        mistakes.append(
            {
                "answer": other["value"],
                "message": f"That is the day of {quoted(other['text'])}, an event in the story, "
                "not the day the page was written.",
            }
        )
    given = info.get("source") == "given"
    return item(
        "date",
        "page_date",
        SKILL_DATE,
        "When was this page written or published?",
        key=key,
        hints=[
            "Look under the headline and in the dateline.",
            "Weekdays in past and future tense narrow the day down.",
        ],
        explanation="The date was given with the article."
        if given
        else "; ".join(e["says"] for e in info.get("evidence", [])),
        mistakes=mistakes,
        evidence=proof,
    )


def _timeline(found: Found, timexes: list[dict[str, Any]]) -> Item | Skipped:
    dated = sorted(
        (t for t in timexes if t["resolved"] and t.get("earliest")),
        key=lambda t: (t["earliest"], t["start"]),
    )
    items, proof, seen = [], [], set()
    for timex in dated:
        if timex["earliest"] in seen:
            continue
        seen.add(timex["earliest"])
        items.append(f"{timex['text']}: {quoted(found.sentence_of(timex['start']), words=8)}")
        proof.append(evidence(timex["start"], timex["end"], timex["text"], rule=timex["rule"]))
        if len(items) == MAX_EVENTS:
            break
    if len(items) < 2:
        reason = "timeline" if found.date else "time_undated"
        return Skipped(SKILL_DATE, texts()["skipped"][reason])
    return item(
        "order",
        "timeline",
        SKILL_DATE,
        "Put these moments from the article in the order they happened (or will happen), "
        "earliest first.",
        items=items,
        hints=["Place the page's own date first, then count back and forward from it."],
        explanation="; ".join(f"{e['text']}: {e['rule']}" for e in proof),
        evidence=proof,
    )
