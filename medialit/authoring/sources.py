"""Sources and chains: who is cited, how plainly, and through whom their words travelled."""

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

SKILL = "sources"
MAX_SENTENCES = 4
MAX_LABELS = 6


def draft(found: Found) -> list[Item | Skipped]:
    """Find the sources, sort them into named and vague, and trace one chain."""
    speakers = found.speakers()
    if not speakers:
        return [Skipped(SKILL, texts()["skipped"][SKILL])]
    out: list[Item | Skipped | None] = [_pick(found, speakers), _named(found, speakers)]
    chain = _chain(found)
    out.append(chain if chain else Skipped("chains", texts()["skipped"]["chains"]))
    return [x for x in out if x is not None]


def _first_mentions(speakers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    mentions = [m for s in speakers for m in s["mentions"] if m["role"] == "speaker"]
    return sorted(mentions, key=lambda m: m["start"])


def _pick(found: Found, speakers: list[dict[str, Any]]) -> Item | None:
    mentions = _first_mentions(speakers)
    sentence_ids = list(dict.fromkeys(m["sentence"] for m in mentions))[:MAX_SENTENCES]
    chosen = [m for m in mentions if m["sentence"] in sentence_ids]
    passage = " ".join(found.sentence_by_id(i) for i in sentence_ids)
    spans = pickable(passage, [m["text"] for m in chosen])
    if not spans:
        return None
    cues = pickable(passage, [m["cue"]["text"] for m in chosen if m.get("cue")])
    mistakes = []
    if cues and all(cues[0] not in s for s in spans):
        mistakes.append(
            {
                "answer": [cues[0]],
                "message": f"{quoted(cues[0])} is the reporting verb: it tells you someone is "
                "cited. The source is who speaks or writes, the words next to the verb.",
            }
        )
    return item(
        "pick_spans",
        "sources_pick",
        SKILL,
        "Pick every source these sentences cite: each person, group or document whose words "
        "the page passes on.",
        passage=passage,
        spans=spans,
        hints=[
            "Find the reporting verbs first (said, told, warned, according to): each has a source.",
            "Vague sources count too: 'officials', 'critics', 'a source close to …'.",
        ],
        explanation="Each source is the speaker of a reporting verb: "
        + "; ".join(f"{quoted(m['text'])} ({m['cue']['text']})" for m in chosen if m.get("cue"))
        + ".",
        mistakes=mistakes,
        evidence=[
            evidence(
                m["start"],
                m["end"],
                m["text"],
                rule="source:speaker",
                why=f"speaker of “{m['cue']['text']}”" if m.get("cue") else "",
            )
            for m in chosen
        ],
    )


def _named(found: Found, speakers: list[dict[str, Any]]) -> Item:
    labels = texts()["source_labels"]
    passages: list[dict[str, str]] = []
    proof: list[dict[str, Any]] = []
    mistakes: list[dict[str, Any]] = []
    for source in speakers[:MAX_LABELS]:
        mention = source["mentions"][0]
        if source.get("named"):
            label, why = (
                labels["named"],
                f"It names who spoke ({source['kind'].replace('_', ' ')}): a reader can check it.",
            )
        else:
            label, why = (
                labels["vague"],
                "It does not say exactly who spoke: a reader cannot check it.",
            )
        if any(p["text"] == mention["text"] for p in passages):
            continue
        passages.append({"text": mention["text"], "label": label, "why": why})
        proof.append(
            evidence(
                mention["start"],
                mention["end"],
                mention["text"],
                rule=f"source:{source['kind']}",
                why=why,
            )
        )
        if not source.get("named") and source["kind"] != "vague" and not mistakes:
            mistakes.append(
                {
                    "answer": {str(len(passages) - 1): labels["named"]},
                    "message": f"{quoted(mention['text'])} names an institution, not who in it "
                    "spoke: nobody could be asked to confirm the words.",
                }
            )
    return item(
        "label_segments",
        "sources_named",
        SKILL,
        "Is each source named, so that a reader could check it, or vague?",
        labels=[labels["named"], labels["vague"]],
        passages=passages,
        hints=["Could you phone or email this source? Then it is named."],
        explanation="Named sources can be checked; vague ones ask the reader to trust the page.",
        mistakes=mistakes,
        evidence=proof,
    )


def _chain(found: Found) -> Item | None:
    for source in found.results["sources"]:
        for mention in source["mentions"]:
            if mention["role"] == "speaker" and mention.get("via"):
                return _chain_item(found, source, mention)
    return None


def _chain_item(found: Found, source: dict[str, Any], mention: dict[str, Any]) -> Item:
    via = mention["via"][0]
    sentence = found.sentence_by_id(mention["sentence"])
    cue = next(
        (
            m["cue"]["text"]
            for s in found.results["sources"]
            for m in s["mentions"]
            if m["role"] == "intermediary" and m["sentence"] == mention["sentence"] and m.get("cue")
        ),
        "",
    )
    says = f"“{cue} {via}”" if cue else via
    right = f"Through {via}, then this page"
    direct = "Directly: the writer heard the source"
    options = [
        {
            "text": right,
            "correct": True,
            "explain": f"The sentence says {says}: {via} passed the words on.",
        },
        {
            "text": direct,
            "explain": f"The page says {says}: it took the words from {via}, not from the source.",
        },
        {"text": "The page does not say", "explain": f"It does: {says} names the go-between."},
    ]
    return item(
        "single_choice",
        "chain",
        SKILL,
        f"In {quoted(sentence, words=14)}, how did the words of {quoted(mention['text'])} reach "
        "this page?",
        options=options,
        hints=["Look for 'quoted by', 'citing', 'told', 'according to' in the sentence."],
        explanation="Each link in a chain is a place where words can change: check the first one.",
        mistakes=[
            {
                "answer": direct,
                "message": f"Not this time: {says} shows the page took the words from {via}. "
                "A chain of transmission is only as good as its weakest link.",
            }
        ],
        evidence=[
            evidence(
                mention["start"],
                mention["end"],
                mention["text"],
                rule="source:via",
                why=f"via {via}",
            )
        ],
    )
