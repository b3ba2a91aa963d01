"""Translation and scraping traces: wording that betrays a translation or a careless copy."""

from __future__ import annotations

from typing import Any

from medialit.authoring.found import (
    Found,
    Item,
    Skipped,
    evidence,
    item,
    pickable,
    quoted,
    texts,
)

SKILL = "traces"
MAX_SENTENCES = 3


def draft(found: Found) -> list[Item | Skipped]:
    """Find the traces in a few sentences, and choose how English news would write one."""
    traces = [a for a in found.results["artifacts"] if a["rule"] != "leftover"]
    if not traces:
        return [Skipped(SKILL, texts()["skipped"][SKILL])]
    picked = _pick(found, traces)
    out: list[Item | Skipped] = [picked] if picked else []
    fixable = [a for a in traces if a.get("suggestion") and a["suggestion"] != a["text"]]
    if fixable:
        out.append(_fix(found, fixable[0]))
    return out


def _sentence_id(found: Found, start: int) -> str:
    return next((s.id for s in found.article.sentences if s.start <= start < s.end), "")


def _pick(found: Found, traces: list[dict[str, Any]]) -> Item | None:
    ids = list(dict.fromkeys(_sentence_id(found, a["start"]) for a in traces))
    ids = [i for i in ids if i][:MAX_SENTENCES]
    chosen = [a for a in traces if _sentence_id(found, a["start"]) in ids]
    passage = " ".join(found.sentence_by_id(i) for i in ids)
    spans = pickable(passage, [a["text"] for a in chosen])
    if not spans:
        return None
    return item(
        "pick_spans",
        "traces_pick",
        SKILL,
        "Pick every word or phrase in these sentences that no careful English news writer "
        "would have written: traces of a translation or of a careless copy.",
        passage=passage,
        spans=spans,
        hints=[
            "Read it aloud: where does it stop sounding like English news?",
            "Look for words run together, odd punctuation, and phrases translated word for word.",
        ],
        explanation=" ".join(f"{quoted(a['text'])}: {a['explanation']}" for a in chosen),
        evidence=[
            evidence(a["start"], a["end"], a["text"], rule=a["rule"], why=a["explanation"])
            for a in chosen
        ],
    )


def _fix(found: Found, trace: dict[str, Any]) -> Item:
    keep = f"Keep {quoted(trace['text'])}: it reads as normal English news"
    options = [
        {"text": trace["suggestion"], "correct": True, "explain": trace["explanation"]},
        {"text": keep, "explain": trace["explanation"]},
    ]
    return item(
        "single_choice",
        "trace_fix",
        SKILL,
        f"In {quoted(found.sentence_of(trace['start']), words=16)}, how would English news "
        f"write {quoted(trace['text'])}?",
        options=options,
        hints=[f"This is a {trace['category'].replace('_', ' ')}: what would a native writer say?"],
        explanation=trace["explanation"],
        mistakes=[{"answer": keep, "message": f"It does not: {trace['explanation']}"}],
        evidence=[
            evidence(
                trace["start"],
                trace["end"],
                trace["text"],
                rule=trace["rule"],
                why=trace["explanation"],
            )
        ],
    )
