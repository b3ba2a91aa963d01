"""The long tail of attributions: relative clauses, intentions, evidence and phrasal forms."""

from __future__ import annotations

import pytest
from spacy.language import Language

from medialit.attribution import attributions

Row = tuple[str | None, str | None, str]


def rows(text: str, nlp: Language) -> list[Row]:
    return [
        (a.source.text if a.source else None, a.cue.text if a.cue else None, a.content.text)
        for a in attributions(nlp(text))
    ]


RELATIVE_WHICH: list[tuple[str, list[Row]]] = [
    (
        "The appeals court, which contended that the levy was unlawful, fined the ferry firm.",
        [("The appeals court", "contended", "the levy was unlawful")],
    ),
    (
        "Inspectors turned to the harbour board, which reported 300 breaches in May.",
        [("the harbour board", "reported", "300 breaches in May")],
    ),
    (
        "The Bank of Leeds, which said that rates would rise, cut 40 jobs.",
        [("The Bank of Leeds", "said", "rates would rise")],
    ),
    # a thing that asserts nothing, a noun after 'which', 'which' after a preposition
    ("The storm, which confirmed our fears, closed the port.", []),
    (
        "The mill, which state inspectors said was unsafe, closed.",
        [("state inspectors", "said", "was unsafe")],
    ),
    ("Nobody knew in which reports the figures appeared.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), RELATIVE_WHICH)
def test_which_opens_a_relative_clause(nlp: Language, text_in: str, expected: list[Row]) -> None:
    assert rows(text_in, nlp) == expected


WISHES: list[tuple[str, list[Row]]] = [
    (
        "Voters want lower fares and cleaner buses.",
        [("Voters", "want", "lower fares and cleaner buses")],
    ),
    ("Residents want the council to act.", [("Residents", "want", "the council to act")]),
    (
        "The dockers, who want a new contract, marched on Friday.",
        [("The dockers", "want", "a new contract")],
    ),
    # no one who can wish, a question to the reader, a share in a decision
    ("Tenants want a say in the new rules.", []),
    ("The ferry wants a new engine.", []),
    ("Do you want more buses?", []),
]


@pytest.mark.parametrize(("text_in", "expected"), WISHES)
def test_a_wish_may_take_an_object(nlp: Language, text_in: str, expected: list[Row]) -> None:
    assert rows(text_in, nlp) == expected


HEADLINES: list[tuple[str, list[Row]]] = [
    ("Ruiz Vows To Cut Harbour Fees", [("Ruiz", "Vows", "To Cut Harbour Fees")]),
    ("Mayor Wants To Sell The Old Harbour", [("Mayor", "Wants", "To Sell The Old Harbour")]),
    # a base form in a headline may be a noun
    ("Dockers Refuse To Unload Ships In Pay Row", []),
]


@pytest.mark.parametrize(("text_in", "expected"), HEADLINES)
def test_an_infinitive_in_a_headline(nlp: Language, text_in: str, expected: list[Row]) -> None:
    assert rows(text_in, nlp) == expected


RECORDS: list[tuple[str, list[Row]]] = [
    (
        "Records showing the payments were released on Friday.",
        [("Records", "showing", "the payments")],
    ),
    (
        "The union's new campaign ad attacking Ruiz aired on Monday.",
        [("The union's new campaign ad", "attacking", "Ruiz aired on Monday")],
    ),
    (
        "The survey results showing a dip were ignored.",
        [("The survey results", "showing", "a dip")],
    ),
    # inside words already credited, after a noun that is no record, a reporting verb
    (
        "Ruiz said the letters attacking her were fake.",
        [("Ruiz", "said", "the letters attacking her were fake")],
    ),
    ("The crew spent the night showing visitors round the ship.", []),
    ("Posters urging a vote went up.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), RECORDS)
def test_a_record_presents_what_follows(nlp: Language, text_in: str, expected: list[Row]) -> None:
    assert rows(text_in, nlp) == expected


def test_a_record_carries_its_rule(nlp: Language) -> None:
    found = attributions(nlp("Records showing the payments were released on Friday."))
    assert [(a.rule, a.type) for a in found] == [("record", "belief")]


JOINED: list[tuple[str, list[Row]]] = [
    (
        "Ruiz said the fees were high and called the toll a scandal.",
        [("Ruiz", "said", "the fees were high"), ("Ruiz", "called", "the toll a scandal")],
    ),
    (
        "The union praised the deal but refused to sign it.",
        [("The union", "praised", "the deal"), ("The union", "refused", "to sign it")],
    ),
    (
        "The board said it had met and agreed to cut fees.",
        [("The board", "said", "it had met"), ("The board", "agreed", "to cut fees")],
    ),
    (
        "Ruiz, an aide to the mayor, said the fees were high and called the toll a scandal.",
        [
            ("Ruiz, an aide to the mayor", "said", "the fees were high"),
            ("Ruiz, an aide to the mayor", "called", "the toll a scandal"),
        ],
    ),
    # a source that cannot act, as for any act
    (
        "The charity said that families were cold and called on ministers to act.",
        [("The charity", "said", "families were cold and called on ministers to act")],
    ),
    # a verb of another form belongs to the words reported
    (
        "Police say the driver sped off and refused to stop.",
        [("Police", "say", "the driver sped off and refused to stop")],
    ),
    # inside a quote the words are the speaker's own
    (
        'Ruiz said: "We met and agreed to cut fees."',
        [("Ruiz", "said", "We met and agreed to cut fees")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), JOINED)
def test_an_act_joined_to_a_cue(nlp: Language, text_in: str, expected: list[Row]) -> None:
    assert rows(text_in, nlp) == expected


def test_a_joined_act_carries_its_rule(nlp: Language) -> None:
    found = attributions(nlp("The union praised the deal but refused to sign it."))
    assert [a.rule for a in found] == ["act", "coordinated"]


PARTICLES: list[tuple[str, list[Row]]] = [
    ("The dockers agreed with the plan.", [("The dockers", "agreed with", "the plan")]),
    (
        "The board agreed to release the minutes.",
        [("The board", "agreed", "to release the minutes")],
    ),
    ("Ruiz often brags about his fundraising.", [("Ruiz", "brags about", "his fundraising")]),
    ("Ruiz bragged that the port made money.", [("Ruiz", "bragged", "the port made money")]),
    # 'agree' with a particle needs someone who can act, as any act does
    ("The figures agreed with the plan.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), PARTICLES)
def test_verbs_with_a_particle(nlp: Language, text_in: str, expected: list[Row]) -> None:
    assert rows(text_in, nlp) == expected


PURPOSES: list[tuple[str, list[Row]]] = [
    (
        "Council members gathered on Friday to discuss the budget.",
        [("Council members", "discuss", "the budget")],
    ),
    (
        "The board held a hasty meeting to discuss the leak.",
        [("The board", "discuss", "the leak")],
    ),
    # no meeting before it, or a refusal that says nothing
    ("There was no time to discuss the audit.", []),
    ("The mayor refused to discuss the audit.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), PURPOSES)
def test_a_meeting_and_its_purpose(nlp: Language, text_in: str, expected: list[Row]) -> None:
    assert rows(text_in, nlp) == expected


def test_a_purpose_carries_its_rule(nlp: Language) -> None:
    found = attributions(nlp("The mayor met the union to discuss the pay deal."))
    assert [(a.rule, a.type) for a in found] == [("purpose", "act")]


def implicit_rows(text: str, nlp: Language) -> list[tuple[str, str | None, str | None]]:
    return [(a.type, a.cue.text if a.cue else None, a.rule) for a in attributions(nlp(text))]


CHARGES: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    ("The firm was accused of hiding the losses.", [("implicit", "was accused", "passive")]),
    (
        "Dock bosses have often been criticised for being slow to act.",
        [("implicit", "have often been criticised", "passive")],
    ),
    ("The guards have been blamed for the leak.", [("implicit", "have been blamed", "passive")]),
    # no preposition of a charge, or a charge inside words already reported
    ("The guards were blamed.", []),
    (
        "Ruiz said the firm was accused of hiding the losses.",
        [("indirect", "said", "preposed")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), CHARGES)
def test_a_charge_in_the_passive(
    nlp: Language, text_in: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert implicit_rows(text_in, nlp) == expected


WITH_PEOPLE: list[tuple[str, list[Row]]] = [
    (
        "The talks dragged on, with experts offering their views.",
        [("experts", "offering", "their views")],
    ),
    (
        "The vote was close, with Ruiz backing the dockers.",
        [("Ruiz", "backing", "the dockers")],
    ),
    # not after 'with', or no one who can act
    ("Experts offering their views were heard.", []),
    ("The port was quiet, with the tide rising.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), WITH_PEOPLE)
def test_people_after_with_do_the_act(nlp: Language, text_in: str, expected: list[Row]) -> None:
    assert rows(text_in, nlp) == expected


NAMED_SPEAKERS: list[tuple[str, list[Row]]] = [
    # a participle right after a name is that person's words, not the clause subject's
    (
        "The film ends with Ruiz saying that the toll will go.",
        [("Ruiz", "saying", "the toll will go")],
    ),
    (
        'The ad ends with footage of Ruiz saying during the debate, "The toll will go."',
        [("Ruiz", "saying", 'during the debate, "The toll will go."')],
    ),
    ("The clip shows Ruiz saying goodbye, then leaving.", []),
    # 'who' stands for the noun phrase right before its comma
    (
        "The union backed Ruiz, who says he is honoured.",
        [("The union", "backed", "Ruiz"), ("Ruiz", "says", "he is honoured")],
    ),
    (
        "The head of the agency, who said the port would close, resigned.",
        [("The head of the agency", "said", "the port would close")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), NAMED_SPEAKERS)
def test_the_speaker_named_nearest(nlp: Language, text_in: str, expected: list[Row]) -> None:
    assert rows(text_in, nlp) == expected


RELATIVE_SUBJECTS: list[tuple[str, list[Row]]] = [
    (
        "Dockers who lost their jobs last year have opposed the deal.",
        [("Dockers", "opposed", "the deal")],
    ),
    (
        "Leaders who had long fought the toll have embraced the plan for a ferry.",
        [("Leaders", "embraced", "the plan for a ferry")],
    ),
    # a thing, not someone who can act
    ("The ferry that sank last year was raised.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), RELATIVE_SUBJECTS)
def test_a_subject_with_a_relative_clause(nlp: Language, text_in: str, expected: list[Row]) -> None:
    assert rows(text_in, nlp) == expected


MANNER: list[tuple[str, list[Row]]] = [
    (
        '"Come back here!" the harbour master shouted to the crowd.',
        [("the harbour master", "shouted", "Come back here")],
    ),
    ('"We will win," she yells as she runs.', [("she", "yells", "We will win")]),
    ("Ruiz whispered that the port would close.", [("Ruiz", "whispered", "the port would close")]),
    # with no words reported, a verb of manner reports nothing
    ("The crowd shouted a chant.", []),
    ("The dockers shouted and waved.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), MANNER)
def test_verbs_of_manner_of_speaking(nlp: Language, text_in: str, expected: list[Row]) -> None:
    assert rows(text_in, nlp) == expected


FEELINGS: list[tuple[str, list[Row]]] = [
    ("The dockers resented the new toll.", [("The dockers", "resented", "the new toll")]),
    (
        "Ruiz thanked the volunteers for their work.",
        [("Ruiz", "thanked", "the volunteers for their work")],
    ),
    ("Many voters loathe the harbour plan.", [("Many voters", "loathe", "the harbour plan")]),
    # no one who can feel, or a feeling with no object
    ("The old ferry hates rough water.", []),
    ("Ruiz loves to sail.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), FEELINGS)
def test_verbs_of_feeling(nlp: Language, text_in: str, expected: list[Row]) -> None:
    assert rows(text_in, nlp) == expected


STANCES: list[tuple[str, list[Row]]] = [
    (
        "The dockers are afraid that the port will close.",
        [("The dockers", "afraid", "the port will close")],
    ),
    ("Ruiz was coy about her plans.", [("Ruiz", "coy about", "her plans")]),
    ("The union is willing to talk.", [("The union", "willing", "to talk")]),
    # a state, not a stance
    ("The ferry is ready to sail.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), STANCES)
def test_more_stances_told_with_be(nlp: Language, text_in: str, expected: list[Row]) -> None:
    assert rows(text_in, nlp) == expected


INVOCATIONS: list[tuple[str, list[Row]]] = [
    (
        "Ruiz proclaimed a new era for the harbour.",
        [("Ruiz", "proclaimed", "a new era for the harbour")],
    ),
    ("The mayor invoked the flood of 1953.", [("The mayor", "invoked", "the flood of 1953")]),
    (
        "The inspectors concluded that the crane was unsafe.",
        [("The inspectors", "concluded", "the crane was unsafe")],
    ),
    # 'conclude' with no words reported ends something
    ("The talks concluded on Friday.", []),
]


@pytest.mark.parametrize(("text_in", "expected"), INVOCATIONS)
def test_words_put_forward(nlp: Language, text_in: str, expected: list[Row]) -> None:
    assert rows(text_in, nlp) == expected


def test_a_word_floating_after_the_subject(nlp: Language) -> None:
    found = rows("The three mayors all said that the toll was too high.", nlp)
    assert found == [("The three mayors", "said", "the toll was too high")]
