"""Page parts and leftovers: tell the story from what the page wraps around it."""

from __future__ import annotations

from medialit.authoring.found import Found, Item, Skipped, evidence, item, quoted, texts

SKILL = "page_parts"
MAX_STORY = 2


def draft(found: Found) -> list[Item | Skipped]:
    """A labelling of the page's parts, and who wrote the page."""
    out: list[Item | Skipped] = []
    parts = _parts(found)
    if parts:
        out.append(parts)
    else:
        out.append(Skipped(SKILL, texts()["skipped"][SKILL]))
    out.append(_writer(found))
    return out


def _parts(found: Found) -> Item | None:
    labels = texts()["page_labels"]
    passages, proof = [], []
    for kind in ("headline", "byline", "date", "dateline"):
        part = found.page.get(kind)
        if part:
            why = f"The page's {kind}: it frames the story, it is not part of what is reported."
            passages.append({"text": part["text"], "label": labels[kind], "why": why})
            proof.append(evidence(part["start"], part["end"], part["text"], rule=f"page:{kind}"))
    for seg in found.results["leftovers"]:
        why = f"A {seg['kind'].replace('_', ' ')} copied with the text from the web page."
        passages.append({"text": seg["text"], "label": labels["leftover"], "why": why})
        proof.append(
            evidence(seg["start"], seg["end"], seg["text"], rule=f"leftover:{seg['kind']}")
        )
    if not passages:
        return None
    taken = {(p["start"], p["end"]) for p in proof}
    story = [
        s
        for s in found.article.sentences
        if not any(a <= s.start < b for a, b in taken) and len(s.text.split()) > 6
    ][:MAX_STORY]
    for sentence in story:
        why = "A sentence of the report itself: it tells what happened or what someone said."
        passages.append({"text": sentence.text, "label": labels["story"], "why": why})
    passages.sort(key=lambda p: found.article.text.find(p["text"]))
    used = sorted({p["label"] for p in passages}, key=list(labels.values()).index)
    if len(used) < 2:
        return None
    mistakes = []
    if story and found.page.get("headline"):
        index = next(i for i, p in enumerate(passages) if p["label"] == labels["headline"])
        mistakes.append(
            {
                "answer": {str(index): labels["story"]},
                "message": "The headline sums the story up in the page's own words; it is a "
                "part of the page, written to be read first, not a sentence of the report.",
            }
        )
    return item(
        "label_segments",
        "page_parts",
        SKILL,
        "Label each piece of the page: is it part of the story, or something the page puts "
        "around it?",
        labels=used,
        passages=passages,
        hints=[
            "Headlines, bylines and datelines sit at the top; menus and links to other stories "
            "are leftovers of the web page.",
            "Ask of each piece: does it report what happened or what someone said?",
        ],
        explanation="A reader who can see the frame of a page can ask who made it and when.",
        mistakes=mistakes,
        evidence=proof,
    )


def _writer(found: Found) -> Item:
    byline = found.page.get("byline")
    credited = byline["text"] if byline else ""
    speakers = [
        s["name"] for s in found.speakers() if s.get("named") and s["name"] not in credited
    ][:1]
    nobody = "The page does not say"
    options = []
    if byline:
        name = byline["text"].removeprefix("By ").removeprefix("by ").strip()
        options.append(
            {"text": name, "correct": True, "explain": f"The byline says {quoted(byline['text'])}."}
        )
        options.append(
            {"text": nobody, "explain": f"It does: the byline {quoted(byline['text'])}."}
        )
        proof = [evidence(byline["start"], byline["end"], byline["text"], rule="page:byline")]
    else:
        options.append(
            {
                "text": nobody,
                "correct": True,
                "explain": "The page has no byline: no writer is named.",
            }
        )
        proof = []
    for name in speakers:
        options.append(
            {
                "text": name,
                "explain": f"{name} is quoted in the story, not credited with writing it.",
            }
        )
    mistakes = [
        {
            "answer": name,
            "message": f"{name} is someone the story cites. A writer is named in a byline "
            "('By …'), usually under the headline.",
        }
        for name in speakers
    ]
    if len(options) < 2:
        options.append(
            {"text": "The first person quoted", "explain": "Being quoted is not writing the page."}
        )
    return item(
        "single_choice",
        "writer",
        SKILL,
        "Who wrote this page, according to the page itself?",
        options=options,
        hints=["Look just under the headline for 'By …'.", "A name in the story is a source."],
        explanation="Only a byline names the writer; a missing byline is a finding in itself.",
        mistakes=mistakes,
        evidence=proof,
    )
