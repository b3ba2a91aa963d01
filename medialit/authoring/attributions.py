"""Claims and attributions: who makes each claim, and what the reporting verb adds."""

from __future__ import annotations

from typing import Any

from medialit.authoring.found import Found, Item, Skipped, evidence, item, quoted, texts

SKILL = "attributions"
MAX_CLAIMS = 8


def draft(found: Found) -> list[Item | Skipped]:
    """Label claims as the writer's or a source's, and read one reporting verb."""
    attributions = {a["id"]: a for a in found.results["attributions"]}
    if not attributions:
        return [Skipped(SKILL, texts()["skipped"][SKILL])]
    out: list[Item | Skipped] = [_claims(found, attributions)]
    with_verb = [a for a in attributions.values() if a.get("cue") and a.get("explain")]
    if with_verb:
        out.append(_verb(found, with_verb))
    return out


def _claims(found: Found, attributions: dict[str, dict[str, Any]]) -> Item:
    labels = texts()["claim_labels"]
    passages: list[dict[str, str]] = []
    proof: list[dict[str, Any]] = []
    mistakes: list[dict[str, Any]] = []
    for claim in found.results["claims"][:MAX_CLAIMS]:
        made = attributions.get(claim.get("attribution") or "")
        if made:
            label = labels["source"]
            cue = (made.get("cue") or {}).get("text", "the page")
            speaker = made.get("speaker") or "a source"
            why = f"{quoted(cue)} gives it to {speaker}. {made.get('explain') or ''}".strip()
            rule = f"attribution:{made['type']}"
        else:
            label = labels["writer"]
            why = "No reporting verb gives it to anyone: the page says it in its own voice."
            rule = "claim:headline" if claim.get("headline") else "claim:unattributed"
        passages.append({"text": claim["text"], "label": label, "why": why})
        proof.append(evidence(claim["start"], claim["end"], claim["text"], rule=rule, why=why))
        if label == labels["writer"] and not mistakes:
            message = (
                "A headline is the page's own claim: it credits no one, even when it sums up "
                "what a source said."
                if claim.get("headline")
                else "No one is credited with this: no 'said' or 'according to' hands it to a "
                "source, so the page itself stands behind it."
            )
            mistakes.append(
                {"answer": {str(len(passages) - 1): labels["source"]}, "message": message}
            )
    return item(
        "label_segments",
        "claims",
        SKILL,
        "Who makes each claim: the writer, in the page's own voice, or a source the page cites?",
        labels=[labels["writer"], labels["source"]],
        passages=passages,
        hints=[
            "Look for a reporting verb ('said', 'warned', 'according to') that hands the claim "
            "to someone.",
            "The headline and unattributed sentences are the writer's.",
        ],
        explanation="A claim the writer makes needs the page's own evidence; a source's claim "
        "is only as good as the source.",
        mistakes=mistakes,
        evidence=proof,
    )


def _verb(found: Found, attributions: list[dict[str, Any]]) -> Item:
    coloured = [a for a in attributions if a.get("connotation") not in (None, "neutral")]
    chosen = (coloured or attributions)[0]
    meanings = texts()["connotations"]
    right = chosen.get("connotation") or "neutral"
    others = (
        ["neutral", "endorsing", "doubting"] if right != "neutral" else ["stronger", "endorsing"]
    )
    options = [{"text": meanings[right], "correct": True, "explain": chosen["explain"]}]
    for other in others:
        if other != right and len(options) < 3:
            options.append(
                {
                    "text": meanings[other],
                    "explain": f"Not “{chosen['cue']['text']}”: " + chosen["explain"],
                }
            )
    mistakes = []
    if right != "neutral":
        mistakes.append(
            {
                "answer": meanings["neutral"],
                "message": f"“{chosen['cue']['text']}” is not the plain 'said': the page chose "
                "a verb that colours the words. Ask what it suggests about them.",
            }
        )
    sentence = found.sentence_by_id(chosen["sentence"])
    cue = chosen["cue"]
    return item(
        "single_choice",
        "verb",
        SKILL,
        f"In {quoted(sentence, words=16)}, what does the reporting verb "
        f"“{cue['text']}” tell you about the words it reports?",
        options=options,
        hints=["Swap the verb for 'said': what changes?"],
        explanation=chosen["explain"],
        mistakes=mistakes,
        evidence=[
            evidence(
                cue["start"],
                cue["end"],
                cue["text"],
                rule=f"verb:{chosen['lemma']}:{right}",
                why=chosen["explain"],
            )
        ],
    )
