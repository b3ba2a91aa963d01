"""What the attribution analyzer returns: spans, chain links, attributions and claims."""

from __future__ import annotations

from dataclasses import dataclass

TYPES = (
    "direct",
    "indirect",
    "according_to",
    "mixed",
    "implicit",
    "labelled",
    "belief",
    "nominal",
    "act",
)
"""Attribution types: a quote, reported speech, 'according to', a quote inside reported
speech, an attribution with no cue or no named source, a name with a colon or a dash for a
verb ('Mayor: “...”'), a belief or a perception ('Residents fear that ...'), and a noun
that attributes ('the mayor's claim that ...'), and an act or a stance of the source ('The
union endorsed Ruiz', 'She plans to run')."""

RULES = {
    "preposed": "the source, its cue, then what was said ('The mayor said the bridge ...')",
    "postposed": "what was said, then the source and its cue ('..., the mayor said')",
    "inverted": "what was said, then the cue and the source ('..., said the mayor')",
    "coordinated": "one more verb of the source just named ('... and added that ...')",
    "participle": "a participle after a comma credits the clause's subject ('..., saying ...')",
    "gerund": "a verb in -ing after a preposition credits the clause's subject ('by saying ...')",
    "passive": "a passive with no agent reports hearsay ('It is said that ...', 'was told')",
    "phrase": "a phrase names the source ('according to the police')",
    "implicit": "a quote right after someone's quote is theirs too",
    "labelled": "a name and a colon, or a quote, a dash and a name, stand for the verb",
    "answer": "'..., a claim X rejects': X answers the claim just made",
    "nominal": "a noun attributes, its possessor the source ('the mayor's claim that ...')",
    "reaction": "a noun of reaction after 'faced', 'drew' ('faced criticism from X for Y')",
    "poll": "'in' and a poll name the source of the clause beside them ('In the poll, Ruiz leads')",
    "introduces": "'She said:' ends a paragraph, and the next paragraph holds her words",
    "act": "a verb of an act or a stance credits its subject ('The union endorsed Ruiz')",
    "act_participle": "'..., urging voters to turn out': an act after a comma is the doer's",
    "stance": "'be' and a word of a stance credits the subject ('Ruiz is critical of the toll')",
    "belief_clause": "a belief verb, then a clause with no 'that' ('Experts fear costs will soar')",
    "regard": "a verb of regard, its object and 'as' ('Critics see the plan as a tax')",
    "as_clause": "a clause in 'as' names the source of the words beside it ('..., as she said')",
    "purpose": "'met the union to discuss pay': a meeting's topic is its people's",
    "record": "'records showing ...', 'with experts offering ...': the act in -ing is theirs",
}
"""Each rule that makes an attribution, by the name in `Attribution.rule`."""


@dataclass(frozen=True)
class Span:
    """A stretch of the input text: offsets (end exclusive) and the text they spell."""

    start: int
    end: int
    text: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Link:
    """One step of a chain: who passed the words on, or whom the source relies on."""

    cue: Span
    source: Span
    role: str
    """'intermediary' (quoted by X: X passed the words on) or 'original' (citing X)."""

    def __str__(self) -> str:
        if self.cue.start < self.source.start:
            return f"{self.cue.text} {self.source.text}"
        return f"{self.source.text} {self.cue.text}"


@dataclass(frozen=True)
class Attribution:
    """Who asserts what, and how: source, cue and content as spans of the text."""

    id: str
    sentence: str
    type: str
    cue: Span | None
    source: Span | None
    content: Span
    more_content: tuple[Span, ...] = ()
    chain: tuple[Link, ...] = ()
    lemma: str | None = None
    """The cue's lemma ('say') or phrase ('according to'); None for an implicit one."""
    connotation: str | None = None
    explain: str | None = None
    quoted: bool = False
    """True when the content stands inside quote marks."""
    speaker: str | None = None
    """Who the source is, by name where the text gives one ('he' becomes the name before)."""
    vague: bool = False
    """True when the source names no one in particular ('officials', 'a person familiar
    with the matter'): `speaker` then keeps the phrase."""
    rule: str | None = None
    """The rule that made it, a key of `RULES` ('postposed' for '..., the mayor said')."""

    def __str__(self) -> str:
        who = self.source.text if self.source else "(no source named)"
        cue = self.cue.text if self.cue else ""
        said = f"{cue} {who}" if self.type == "according_to" else f"{who} {cue}".rstrip()
        tone = f" ({self.connotation})" if self.connotation else ""
        via = "".join(f", {link}" for link in self.chain)
        return f'{self.sentence} {self.type}: {said}{tone}{via}: "{self.content.text}"'


@dataclass(frozen=True)
class Claim:
    """Something asserted: by a source (through an attribution) or by the writer alone."""

    start: int
    end: int
    text: str
    sentence: str
    by: str
    """'source' when an attribution credits it to someone, 'writer' when nobody is named."""
    attribution: str | None = None
    headline: bool = False

    def __str__(self) -> str:
        whose = f"source, {self.attribution}" if self.attribution else self.by
        mark = " [headline]" if self.headline else ""
        return f'{self.sentence} ({whose}){mark}: "{self.text}"'
