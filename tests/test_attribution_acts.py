"""Acts and stances credited to a source: medialit/attribution/acts.py."""

from __future__ import annotations

import pytest
from spacy.language import Language

from medialit.attribution import TYPES, attributions

Row = tuple[str, str | None, str | None, str]


def rows(text: str, nlp: Language) -> list[Row]:
    return [
        (a.type, a.source.text if a.source else None, a.cue.text if a.cue else None, a.content.text)
        for a in attributions(nlp(text))
    ]


ACTS: list[tuple[str, list[Row]]] = [
    (
        "The union endorsed Ana Ruiz on Monday.",
        [("act", "The union", "endorsed", "Ana Ruiz on Monday")],
    ),
    (
        "She plans to run for mayor next year.",
        [("act", "She", "plans", "to run for mayor next year")],
    ),
    (
        "The council refused to release the report.",
        [("act", "The council", "refused", "to release the report")],
    ),
    (
        "Most residents strongly oppose the new runway.",
        [("act", "Most residents", "oppose", "the new runway")],
    ),
    (
        "Voters want to know the cost.",
        [("belief", "Voters", "want", "to know the cost")],
    ),
    (
        "The new ferry seems to run late every day.",
        [("belief", None, "seems", "The new ferry seems to run late every day")],
    ),
    # polls, studies and records as sources of what they show or find
    (
        "The latest poll shows Ruiz ahead by four points.",
        [("belief", "The latest poll", "shows", "Ruiz ahead by four points")],
    ),
    (
        "One study found most tenants pay more than a third of their income.",
        [("act", "One study", "found", "most tenants pay more than a third of their income")],
    ),
    ("The team found a way through the hills.", []),
    (
        "The average of the polls taken in the past month shows Ruiz leading Park.",
        [
            (
                "belief",
                "The average of the polls taken in the past month",
                "shows",
                "Ruiz leading Park",
            )
        ],
    ),
    ("The last of the boats to leave the harbour that week shows its age.", []),
    ("Ruiz has shown poor judgment.", []),
    (
        "The engineers found that the bolts had rusted.",
        [("indirect", "The engineers", "found", "the bolts had rusted")],
    ),
    # a finding with its own finite clause, 'that' or not, is the finder's
    (
        "An appeals panel found the new fees were unlawful.",
        [("act", "An appeals panel", "found", "the new fees were unlawful")],
    ),
    ("The police found the stolen van near the harbour.", []),
    # a particle that belongs to the cue
    (
        "The mayor called on the railway to restore the night trains.",
        [("act", "The mayor", "called on", "the railway to restore the night trains")],
    ),
    (
        "Ruiz pointed to the empty shops as proof that the tax had failed.",
        [("act", "Ruiz", "pointed to", "the empty shops as proof that the tax had failed")],
    ),
    ("The mayor called the ferry office at noon.", []),
    # a label given without quote marks
    (
        "Critics have called the new toll a tax on nurses.",
        [("act", "Critics", "called", "the new toll a tax on nurses")],
    ),
    # the object may carry a phrase of its own before the label
    (
        "Critics called her vote in favour of the new dam a grave mistake.",
        [("act", "Critics", "called", "her vote in favour of the new dam a grave mistake")],
    ),
    (
        "Farmers called the price rise and the demand for a levy a cynical stunt.",
        [
            (
                "act",
                "Farmers",
                "called",
                "the price rise and the demand for a levy a cynical stunt",
            )
        ],
    ),
    ("He called his mother on a Sunday.", []),
    ("She called her brother in a panic.", []),
    ("The mayor called the police after a fight broke out.", []),
    ("He called the office at noon and a clerk answered.", []),
    # an opening phrase that sets the time, then a name set off by an aside
    (
        "In the week before the vote, Ana Ruiz, an aide, called the remarks a turning point.",
        [("act", "Ana Ruiz, an aide", "called", "the remarks a turning point")],
    ),
    ("The mayor called a meeting of the council.", []),
    ("The mayor called the harbour master a second time.", []),
    ("A ferry called the Swift sank in the storm.", []),
    ("The scheme, called FastLane, lets drivers pay online.", []),
    ('"Come inside," called the ferryman.', [("direct", "the ferryman", "called", "Come inside")]),
    ("The signs pointed to the old quay.", []),
    ("She called on her neighbours every Sunday.", []),
    (
        'Lee called on the board to "act now" on fares.',
        [("act", "Lee", "called on", 'the board to "act now" on fares')],
    ),
    (
        "The bishop spoke of a city divided by rents.",
        [("act", "The bishop", "spoke of", "a city divided by rents")],
    ),
    ("The bishop spoke to the crowd for an hour.", []),
    (
        "The bishop spoke warmly of the new school.",
        [("act", "The bishop", "spoke warmly of", "the new school")],
    ),
    ("The bishop spoke briefly to the crowd.", []),
    # a participle after a comma: the act of whoever the sentence is about
    (
        "Ana Ruiz toured the flooded streets, encouraging residents to leave.",
        [("act", "Ana Ruiz", "encouraging", "residents to leave")],
    ),
    (
        "The mayor said the dam was safe, praising the engineers.",
        [
            ("indirect", "The mayor", "said", "the dam was safe"),
            ("act", "The mayor", "praising", "the engineers"),
        ],
    ),
    ("The river rose overnight, flooding the lower town.", []),
    (
        "The governor opened the session by insisting that the budget was sound.",
        [("indirect", "The governor", "insisting", "the budget was sound")],
    ),
    (
        "Ruiz closed the meeting, lamenting the cuts to bus routes.",
        [("act", "Ruiz", "lamenting", "the cuts to bus routes")],
    ),
    # a weak reporting verb needs its 'that' here too
    ("Ruiz left early, adding colour to the day.", []),
    ("In May, after assuming office, the mayor cut fares.", []),
    # a progressive is active, not passive
    (
        "The union is now backing the strike.",
        [("act", "The union", "backing", "the strike")],
    ),
    ("The strike was backed by the union.", []),
    ("The plan wasn’t supported by the board.", []),
    (
        "The board never apologized for the delays.",
        [("act", "The board", "apologized for", "the delays")],
    ),
    # words made public, and acts that are not words
    (
        "The council sent a letter to every tenant on Friday.",
        [("act", "The council", "sent", "a letter to every tenant on Friday")],
    ),
    ("The council sent two inspectors to the site.", []),
    (
        "The senator laid out her plan for the railways.",
        [("act", "The senator", "laid out", "her plan for the railways")],
    ),
    # a second verb joined by 'and' or 'but' shares the subject of the clause before
    (
        "Ruiz toured the docks and encouraged the crews to stay.",
        [("act", "Ruiz", "encouraged", "the crews to stay")],
    ),
    (
        "Ruiz left the hall but has backed the strike ever since.",
        [("act", "Ruiz", "backed", "the strike ever since")],
    ),
    ("The fog lifted and seemed to clear.", []),
    # a name set off by a description in commas
    (
        "Ana Ruiz, a lawyer for the tenants, has opposed the sale.",
        [("act", "Ana Ruiz, a lawyer for the tenants", "opposed", "the sale")],
    ),
    ("Yesterday, after a long debate, backed the plan.", []),
    ("The old fear lingered but found new targets.", []),
    # a decision with its clause, a body that acts
    (
        "The referees decided the race should be run again.",
        [("act", "The referees", "decided", "the race should be run again")],
    ),
    (
        "The city sent a letter to every landlord.",
        [("act", "The city", "sent", "a letter to every landlord")],
    ),
    ("The storm sent a wave over the wall.", []),
    (
        "Most economists agreed the fare cut was too small.",
        [("act", "Most economists", "agreed", "the fare cut was too small")],
    ),
    ("The two towns agreed on a date.", []),
    # a belief before a clause with no 'that'
    (
        "Many experts suspect the figures were revised.",
        [("belief", "Many experts", "suspect", "the figures were revised")],
    ),
    (
        "Some believe the ferry will never pay for itself.",
        [("belief", "Some", "believe", "the ferry will never pay for itself")],
    ),
    ("He doesn't think so.", []),
    ("Residents believe in the plan.", []),
    # a headline in title case
    (
        "New Poll Shows Ruiz Ahead In Ohio",
        [("belief", "New Poll", "Shows", "Ruiz Ahead In Ohio")],
    ),
    ("The Support Of Friends Matters Most", []),
    # a silence asserts nothing
    ("The spokesman declined to comment.", []),
    ("The mayor refused to say whether she would stand again.", []),
    # nouns, not verbs
    ("Their plans to expand the port were dropped.", []),
    ("The company made plans to build a plant.", []),
    ("Local support was strong.", []),
    # a phrasal verb of another sense: no object
    ("The bank backed out of the deal.", []),
    # the subject must be someone who can act
    ("The old bridge seemed fine.", []),
    # an impression's subject is part of what is judged, however long
    (
        "The lack of enthusiasm for the new ferry among younger riders seems to worry the board.",
        [
            (
                "belief",
                None,
                "seems",
                "The lack of enthusiasm for the new ferry among younger riders seems to worry "
                "the board",
            )
        ],
    ),
    ("The river rose and seemed to settle.", []),
    ("In the end the storm appeared to weaken.", []),
    # inside words already credited to someone, the act is part of those words
    (
        "Ruiz said she wants to cut taxes.",
        [("indirect", "Ruiz", "said", "she wants to cut taxes")],
    ),
    ("“We want to win,” Ruiz said.", [("direct", "Ruiz", "said", "We want to win")]),
    # the writer's own belief, in the first person; inside a quote it is the speaker's hedge
    ("I knew the old mill was unsafe.", [("belief", "I", "knew", "the old mill was unsafe")]),
    ("We believe the tolls are too high.", [("belief", "We", "believe", "the tolls are too high")]),
    (
        "“We believe the tolls are too high,” Ruiz said.",
        [("direct", "Ruiz", "said", "We believe the tolls are too high")],
    ),
    ("I went home and we ate supper.", []),
    # a second verb joined by 'and' shares a subject that belongs to someone ('the mayor's aides')
    (
        "The mayor's aides praised the nurses and called on people to stay calm.",
        [
            ("act", "The mayor's aides", "praised", "the nurses"),
            ("act", "The mayor's aides", "called on", "people to stay calm"),
        ],
    ),
    ("Oz's show praised the diet and called on viewers to try it.", []),
    ("We praised the engineers.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), ACTS)
def test_acts(nlp: Language, text_in: str, expected: list[Row]) -> None:
    assert rows(text_in, nlp) == expected


def test_act_carries_its_rule_and_a_known_type(nlp: Language) -> None:
    found = attributions(nlp("The union endorsed Ana Ruiz on Monday."))
    assert [(a.rule, a.type in TYPES, a.connotation) for a in found] == [("act", True, "neutral")]
    found = attributions(nlp("Ana Ruiz toured the streets, encouraging residents to leave."))
    assert [a.rule for a in found] == ["act_participle"]
    found = attributions(nlp("Many experts suspect the figures were revised."))
    assert [a.rule for a in found] == ["belief_clause"]


POSSESSED: list[tuple[str, list[Row]]] = [
    (
        "His promise to cut fares was broken.",
        [("nominal", "His", "promise", "to cut fares")],
    ),
    (
        "Critics renewed their criticism of the plan.",
        [("nominal", "their", "criticism", "the plan")],
    ),
    (
        "The mayor's estimate of the cost was too low.",
        [("nominal", "The mayor", "estimate", "the cost")],
    ),
    # nouns of a stance held by the possessor
    (
        "Her disdain for the new rules was plain.",
        [("nominal", "Her", "disdain", "the new rules")],
    ),
    (
        "The mayor's determination to finish the bridge was clear.",
        [("nominal", "The mayor", "determination", "to finish the bridge")],
    ),
    (
        "His attacks on the referee were unfair.",
        [("nominal", "His", "attacks", "the referee")],
    ),
    ("The attack on the harbour killed two.", []),
    # no possessor: the noun names no one
    ("Criticism of the plan grew.", []),
    ("The promise to cut fares was broken.", []),
    # a listener, not an infinitive
    ("The mayor's message to Congress was short.", []),
    # where the words were published, not what they were about
    ("Her remarks on national television were brief.", []),
    (
        "The coach's comments on the referee were harsh.",
        [("nominal", "The coach", "comments", "the referee")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), POSSESSED)
def test_possessed_nouns(nlp: Language, text_in: str, expected: list[Row]) -> None:
    assert rows(text_in, nlp) == expected


FAMILIES: list[tuple[str, list[Row]]] = [
    # criticism
    (
        "The auditors chastised the harbour board for its slow repairs.",
        [("act", "The auditors", "chastised", "the harbour board for its slow repairs")],
    ),
    (
        "Local traders derided the parking scheme as a tax on shoppers.",
        [("act", "Local traders", "derided", "the parking scheme as a tax on shoppers")],
    ),
    # praise and support
    (
        "The bishop lauded the volunteers who rebuilt the hall.",
        [("act", "The bishop", "lauded", "the volunteers who rebuilt the hall")],
    ),
    # a demand needs an infinitive after its object
    (
        "Nurses implored the minister to reopen the ward.",
        [("act", "Nurses", "implored", "the minister to reopen the ward")],
    ),
    ("The coach challenged the referee near the bench.", []),
    # a refusal
    (
        "The tenants rebuffed the landlord's offer.",
        [("act", "The tenants", "rebuffed", "the landlord's offer")],
    ),
    # an intention
    (
        "The agency aims to halve waiting times by spring.",
        [("act", "The agency", "aims", "to halve waiting times by spring")],
    ),
    # a portrayal, and a portrayal that needs 'as'
    (
        "The author portrays the founder as a lonely man.",
        [("act", "The author", "portrays", "the founder as a lonely man")],
    ),
    (
        "The senator painted her rival as a friend of the banks.",
        [("act", "The senator", "painted", "her rival as a friend of the banks")],
    ),
    ("The volunteers painted the old fence on Sunday.", []),
    ("The senator cast a vote on Monday.", []),
    # what the source took up or left aside
    (
        "The minister downplayed the risk of floods.",
        [("act", "The minister", "downplayed", "the risk of floods")],
    ),
    (
        "The council touched on the question of parking.",
        [("act", "The council", "touched on", "the question of parking")],
    ),
    ("The child touched the glass.", []),
    # an order or an invitation needs an infinitive after its object
    (
        "The judge ordered the firm to pay the workers.",
        [("act", "The judge", "ordered", "the firm to pay the workers")],
    ),
    ("The family ordered a pizza.", []),
    ("The club invites the mayor to talks on the stadium.", []),
    # a vote or a preference
    (
        "The council voted against the new car park.",
        [("act", "The council", "voted against", "the new car park")],
    ),
    ("The council voted on Tuesday.", []),
    # phrasal verbs: the particle belongs to the cue
    (
        "The governor went after his rival over the ferry contract.",
        [("act", "The governor", "went after", "his rival over the ferry contract")],
    ),
    (
        "The union took aim at the new shift rota.",
        [("act", "The union", "took aim at", "the new shift rota")],
    ),
    (
        "The mayor is pushing for a second bridge.",
        [("act", "The mayor", "pushing for", "a second bridge")],
    ),
    (
        "The party has doubled down on its plan to sell the ground.",
        [("act", "The party", "doubled down on", "its plan to sell the ground")],
    ),
    (
        "Farmers railed against the water charges.",
        [("act", "Farmers", "railed against", "the water charges")],
    ),
    (
        "The senator made the case for a new bridge.",
        [("act", "The senator", "made the case for", "a new bridge")],
    ),
    (
        "The union threw its support behind the strike.",
        [("act", "The union", "threw its support behind", "the strike")],
    ),
    (
        "The coach spoke out against the new rules.",
        [("act", "The coach", "spoke out against", "the new rules")],
    ),
    # poll shares hold a preference; each act's words end before the next one's source
    (
        "Among likely voters, 44 percent would back Ruiz and 5 percent prefer Park.",
        [
            ("act", "44 percent", "back", "Ruiz"),
            ("act", "5 percent", "prefer", "Park"),
        ],
    ),
    ("Ruiz and Park oppose the toll.", [("act", "Ruiz and Park", "oppose", "the toll")]),
    # a work made public acts through its words
    (
        "The new ad questions the mayor's record on housing.",
        [("act", "The new ad", "questions", "the mayor's record on housing")],
    ),
    # a plan or a list made public is words, a parcel is not
    (
        "The mayor unveiled a plan to widen the ring road.",
        [("act", "The mayor", "unveiled", "a plan to widen the ring road")],
    ),
    ("The mayor sent a parcel to the school.", []),
    (
        "The mayor took issue with the audit.",
        [("act", "The mayor", "took issue with", "the audit")],
    ),
    (
        "The minister distanced himself from the remarks.",
        [("act", "The minister", "distanced himself from", "the remarks")],
    ),
    (
        "The union backed away from the strike.",
        [("act", "The union", "backed away from", "the strike")],
    ),
    ("The bus broke down on the bridge.", []),
    ("The union backed out.", []),
    # a particle with frames of its own; without it the verb keeps its own
    (
        "The board decided against raising fares.",
        [("act", "The board", "decided against", "raising fares")],
    ),
    (
        "The board decided to raise fares.",
        [("act", "The board", "decided", "to raise fares")],
    ),
    ("The board decided the matter quickly.", []),
    # without its particle the verb is any other verb
    ("The visitors went to the museum.", []),
    (
        "The polls taken last week show little change in the race.",
        [("belief", "The polls taken last week", "show", "little change in the race")],
    ),
    ("She took the train to Leeds.", []),
    # where the words were said, not what they were about
    ("The chief weighed in on the radio.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), FAMILIES)
def test_act_families(nlp: Language, text_in: str, expected: list[Row]) -> None:
    assert rows(text_in, nlp) == expected


RELATIVES: list[tuple[str, list[Row]]] = [
    # a relative clause set off by commas: its act is the name's, its words end at the comma
    (
        "The envoy, who pointedly refused to endorse the treaty, left early.",
        [("act", "The envoy", "refused", "to endorse the treaty")],
    ),
    (
        "Ana Ruiz, who opposes the toll, spoke first.",
        [("act", "Ana Ruiz", "opposes", "the toll")],
    ),
    # no name before the comma
    ("Yesterday, which opposes nothing, was quiet.", []),
    # a relative clause with no comma: the noun before the pronoun acts
    (
        "Voters who oppose the toll will sign a petition.",
        [("act", "Voters", "oppose", "the toll")],
    ),
    ("The idea that roads oppose change is odd.", []),
    (
        "Nations that oppose the treaty will meet in Geneva.",
        [("act", "Nations", "oppose", "the treaty")],
    ),
    (
        "The state joined a group of cities that support the rules.",
        [("act", "cities", "support", "the rules")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), RELATIVES)
def test_act_in_a_relative_clause(nlp: Language, text_in: str, expected: list[Row]) -> None:
    assert rows(text_in, nlp) == expected


STANCES: list[tuple[str, list[Row]]] = [
    # an adjective after 'be', its preposition, and what the stance is about
    (
        "Ruiz has long been critical of the new toll.",
        [("act", "Ruiz", "critical of", "the new toll")],
    ),
    (
        "The board was not so sure that the figures were right.",
        [("act", "The board", "sure", "the figures were right")],
    ),
    (
        "The mayor is determined to reopen the pool.",
        [("act", "The mayor", "determined", "to reopen the pool")],
    ),
    # a noun for someone who takes a side, with its article and adjectives
    (
        "She has been a loyal and vocal supporter of the union.",
        [("act", "She", "supporter of", "the union")],
    ),
    (
        "The senator, who is a tireless opponent of the plan, spoke first.",
        [("act", "The senator", "opponent of", "the plan")],
    ),
    # no 'be', no one who can hold a stance, or 'to' as a preposition
    ("Supporters of the plan met on Monday.", []),
    ("The bridge is critical of nothing.", []),
    ("The council is committed to the plan.", []),
    # about oneself, a trait rather than a stance on something
    ("The coach is very confident of himself.", []),
    # inside words credited to someone, the stance is part of them
    (
        "The mayor said she is critical of the toll.",
        [("indirect", "The mayor", "said", "she is critical of the toll")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), STANCES)
def test_stances_told_with_be(nlp: Language, text_in: str, expected: list[Row]) -> None:
    assert rows(text_in, nlp) == expected


def test_stance_carries_its_rule(nlp: Language) -> None:
    found = attributions(nlp("Ruiz has long been critical of the new toll."))
    assert [(a.rule, a.lemma, a.connotation) for a in found] == [("stance", "critical", "neutral")]
