"""Grammar traces of machine translation, on sentences written for these tests: each rule
fires where it should, gives its fix where one exists, and stays quiet on good English."""

from __future__ import annotations

import pytest

from medialit.artifacts import artifacts, usage
from medialit.resources import load_lexicon
from tests.test_artifacts_detectors import GRAMMAR

FLAGGED = [
    (
        "The envoy is not yet arrived in the capital.",
        "be_perfect",
        "is not yet arrived",
        "has not yet arrived",
    ),
    (
        "By noon the two trains were already departed and the guard was died.",
        "be_perfect",
        "was died",
        "had died",
    ),
    (
        "The union declared it to be unacceptable the closure of the mill.",
        "adjective_before_object",
        "to be unacceptable the",
        None,
    ),
    ("The mayor left early. The has promised to return.", "article_before_verb", "The has", None),
    (
        "Critics argue that The budget is too small.",
        "capital_function_word",
        "that The",
        "that the",
    ),
    ("She had hoped Of seeing the mayor.", "capital_function_word", "hoped Of", "hoped of"),
    (
        "Critics argued, The budget is too small.",
        "capital_function_word",
        "argued, The",
        "argued, the",
    ),
    ("He to resign soon, the mayor told the paper.", "pronoun_to_infinitive", "He to resign", None),
    (
        "Voters were angry because Rossi he would not answer.",
        "resumptive_pronoun",
        "Rossi he would",
        "Rossi would",
    ),
    (
        "We take responsibility the safety of pupils.",
        "responsibility_without_for",
        "take responsibility",
        "take responsibility for",
    ),
    ("In the floods died 40 people.", "verb_before_count", "died 40 people", None),
    (
        "Last winter died at 30 per cent more people than usual.",
        "verb_before_count",
        "died at 30 per cent more people",
        None,
    ),
    (
        "In the region have been registered 3,000 cases.",
        "passive_before_count",
        "have been registered 3,000",
        None,
    ),
    (
        "Since May have already been officially registered 4 thousand refugees.",
        "passive_before_count",
        "have already been officially registered 4 thousand",
        None,
    ),
    (
        "The topic was the topic of the debate.",
        "subject_is_itself",
        "The topic was the topic",
        None,
    ),
    (
        "They say they can about the war to write nothing.",
        "modal_before_preposition",
        "can about",
        None,
    ),
    (
        "The hall is closed. Had protested, the tenants, they lost.",
        "fronted_participle",
        "Had protested",
        None,
    ),
    (
        "Nothing was agreed, said on Monday the press officer of the Liberals, Anna Weber, "
        "to a radio station.",
        "reporting_verb_before_subject",
        "said on Monday the press officer of the Liberals, Anna Weber",
        None,
    ),
    (
        "He may take the post in the Ministry of finance Petra van der Berg left.",
        "ministry_before_person",
        "the Ministry of finance",
        None,
    ),
    ("Among the information gathered is a map.", "among_mass_noun", "Among the information", None),
    (
        "The plan says that each teacher and parent are informed.",
        "each_with_plural_verb",
        "each teacher and parent are",
        "each teacher and parent is",
    ),
    (
        "Prices rose. Over the past week registered 310 new cases.",
        "subjectless_count",
        "Over the past week registered",
        None,
    ),
    (
        "The party met. Müller don’t have a plan, the paper wrote.",
        "name_dont",
        "Müller don’t have",
        "Müller doesn’t have",
    ),
    ("Prices depend of the weather.", "depend_of", "depend of", "depend on"),
    ("She is married with a baker from Lyon.", "married_with", "married with ", "married to "),
    ("According to me, the plan will fail.", "according_to_me", "According to me", None),
    (
        "The road is closed. Is expected that it will reopen in May.",
        "pronoun_dropped",
        "Is expected that",
        "It is expected that",
    ),
    ("The people which live here are angry.", "people_which", "people which", "people who"),
    (
        "The guard made him to wait outside.",
        "make_to_infinitive",
        "made him to wait",
        "made him wait",
    ),
    (
        "It is one of the biggest problem in the city.",
        "one_of_the_singular",
        "one of the biggest problem",
        None,
    ),
    (
        "The new road is more safer than the old one.",
        "more_with_comparative",
        "more safer",
        "safer",
    ),
    (
        "The visit of President of Belarus Anton Lukin ended.",
        "title_of_country_before_name",
        "President of Belarus",
        None,
    ),
    (
        "The video caused an uproar in viewers last week.",
        "reaction_in_people",
        "caused an uproar in viewers",
        "caused an uproar among viewers",
    ),
    ("Nobody didn’t come to the meeting.", "double_negation", "Nobody didn’t", None),
    (
        "It is the most biggest bridge in the region.",
        "most_with_superlative",
        "most biggest",
        "biggest",
    ),
    (
        "Police gave an information about the suspect.",
        "uncountable_with_a",
        "an information",
        None,
    ),
    ("The most of the residents left.", "the_most_of", "The most of the", "Most of the"),
    ("Despite of the rain, the match went on.", "verb_extra_preposition", "Despite of", "Despite"),
    ("The report lacks of detail.", "verb_extra_preposition", "lacks of", "lacks"),
    ("Drivers must to stop at the border.", "modal_to", "must to stop", "must stop"),
    ("Talks were held in Kremlin on Monday.", "no_article_before_institution", "in Kremlin", None),
    (
        "The Moldovan Interior said the roads were closed.",
        "ministry_dropped",
        "Moldovan Interior",
        None,
    ),
    (
        "They demanded the publication of the publication rules.",
        "noun_of_the_same_noun",
        "publication of the publication",
        None,
    ),
    (
        "Shelling hit the dam.\nThere is wounded\nMore soon.",
        "there_is_wounded",
        "There is wounded",
        None,
    ),
    (
        "The ministry announced financial sanctions to Rossi on Monday.",
        "sanctions_to",
        "sanctions to",
        "sanctions on",
    ),
    (
        "Under its new leader, Anna Weber and Paul Roth they are ahead in the polls.",
        "names_then_pronoun",
        "Anna Weber and Paul Roth they are",
        "Anna Weber and Paul Roth are",
    ),
    ("The mayor said she have no plan.", "third_person_plural_verb", "she have", "she has"),
    (
        "The clerk admits he don’t know the rule.",
        "third_person_plural_verb",
        "he don’t",
        "he doesn’t",
    ),
    (
        "Both ferries left, but they was late.",
        "plural_pronoun_singular_verb",
        "they was",
        "they were",
    ),
    ("The farmers say we isn’t ready.", "plural_pronoun_singular_verb", "we isn’t", "we aren’t"),
    (
        "In the valley the people is tired.",
        "people_singular_verb",
        "the people is",
        "the people are",
    ),
    (
        "The three inns are old and each of them have a well.",
        "each_of_plural_verb",
        "each of them have",
        "each of them has",
    ),
    ("At the fair everyone are welcome.", "everyone_plural_verb", "everyone are", "everyone is"),
    ("The new hall is more big than the old one.", "more_with_short_adjective", "more big", None),
    (
        "The guards were alerted stopped the crowd from entering.",
        "two_participles_fused",
        "were alerted stopped",
        None,
    ),
    (
        "Yesterday the government Chilean announced new taxes.",
        "adjective_after_noun",
        "the government Chilean",
        None,
    ),
    (
        "He is president of company that makes shoes.",
        "title_of_bare_noun",
        "president of company",
        "president of the company",
    ),
    (
        "She spoke with the Ministers of Trade and Industry, Anna Weber.",
        "plural_title_one_name",
        "the Ministers of Trade and Industry, Anna Weber",
        None,
    ),
    (
        "The town is odd, because it lives not as its neighbours do.",
        "not_after_main_verb",
        "it lives not as",
        None,
    ),
    (
        "Also to a merger with the rival firm she was opposed.",
        "fronted_phrase_then_pronoun",
        "Also to a merger with the rival firm she was",
        None,
    ),
    (
        "The talks brought nothing Surprising.",
        "capitalised_adjective_after_nothing",
        "nothing Surprising",
        None,
    ),
    (
        'The mayor spoke of the dam, noting, "We will rebuild it," she said.',
        "double_attribution",
        'noting, "We will rebuild it," she said',
        None,
    ),
    (
        "Our coaches are the Best ones for the job.",
        "capitalised_adjective_before_ones",
        "the Best ones",
        None,
    ),
    (
        "The dam held, and it was also pleases the farmers.",
        "be_with_present_verb",
        "it was also pleases",
        None,
    ),
    (
        'The coach urged the players "train harder every day".',
        "request_without_to",
        'urged the players "train',
        None,
    ),
    (
        "The baker lives in the old mill for nine years and bakes at dawn.",
        "present_for_duration",
        "lives in the old mill for nine years",
        None,
    ),
    (
        "I know the mayor for many years, the teacher said.",
        "present_for_duration",
        "I know the mayor for many years",
        None,
    ),
    (
        "Journalists asked the coach why is he leaving the club.",
        "reported_question_order",
        "asked the coach why is he",
        None,
    ),
    (
        "The harbour master, she said the ferry would not sail.",
        "subject_repeated_as_pronoun",
        "The harbour master, she said",
        "The harbour master said",
    ),
    (
        "In this valley a small school is existing since 1950.",
        "stative_progressive",
        "is existing",
        None,
    ),
    (
        "The new board is consisting of five farmers.",
        "stative_progressive",
        "is consisting of",
        None,
    ),
    (
        "The museum will can open its doors in spring.",
        "double_modal",
        "will can",
        "will be able to",
    ),
    (
        "The orchard has grown a lot in the last years.",
        "in_the_last_years",
        "in the last years",
        "in the last few years",
    ),
    (
        "Every pupil have a locker in the hall.",
        "every_with_plural_verb",
        "Every pupil have",
        "Every pupil has",
    ),
    (
        "One of the lifeguards were praised by the mayor.",
        "one_of_plural_verb",
        "One of the lifeguards were",
        "One of the lifeguards was",
    ),
    (
        "Two hundred guests attended to the ceremony in the old church.",
        "verb_wrong_preposition",
        "attended to the ceremony",
        "attended the ceremony",
    ),
    (
        "The farmers participated to the protest on Sunday.",
        "verb_wrong_preposition",
        "participated to the",
        "participated in the",
    ),
    (
        "The rescuers reached to the village at dawn.",
        "verb_wrong_preposition",
        "reached to the village",
        "reached the village",
    ),
    (
        "She said him that the shop was closed.",
        "verb_wrong_preposition",
        "said him that",
        "said to him that",
    ),
    (
        "Three people died after explosion at the mill.",
        "count_noun_without_article",
        "after explosion",
        None,
    ),
    (
        "He was hurt during interview with the radio station.",
        "count_noun_without_article",
        "during interview",
        None,
    ),
    (
        "Prices climbed. The inflation reached nine per cent in May.",
        "article_before_generic_noun",
        "The inflation reached",
        "Inflation reached",
    ),
    (
        "The government spokesman, Paola Ríos, said the port would reopen.",
        "masculine_title_for_a_woman",
        "spokesman, Paola",
        "spokeswoman, Paola",
    ),
]


@pytest.mark.parametrize(("text_in", "rule", "span", "fix"), FLAGGED)
def test_each_grammar_rule_fires(text_in: str, rule: str, span: str, fix: str | None) -> None:
    flags = [a for a in artifacts(text_in) if a.rule == f"grammar:{rule}"]
    assert [(a.text, a.suggestion) for a in flags] == [(span, fix)]


CLEAN = [
    "A deal was arrived at after midnight, and the minister has not yet arrived.",
    "The union called the closure unacceptable; the plan proved to be essential the next winter.",
    "The hall was full and the will of the voters was clear.",
    "She wrote for The Guardian and The New York Times before the talks ended.",
    "They watched Gone With the Wind and read War and Peace in the Bank of England library.",
    "He wants to resign. Mayor to resign, the headline said.",
    "He said that Monday he was ill, and they told Rossi he would lose.",
    "We take responsibility for the safety of pupils, and she takes responsibility seriously.",
    "The topic was a hard one; they can write about the war.",
    "“What on earth do we gain by waiting?” she asked.",
    "Nobody came, and nothing was lost; nobody knows why.",
    "It is the biggest bridge and the most expensive one.",
    "Police gave information about the suspect and ran an information campaign; good news came.",
    "Most of the residents left to make the most of the summer.",
    "Despite the rain, the report lacked detail and the lack of funds hurt.",
    "We will do everything we can to help; they must leave and should go.",
    "The video caused an uproar among viewers and anger in the town.",
    "Had he known, he would have stayed. Had the tenants protested, they would have won.",
    "Nothing was agreed, said Anna Weber, the press officer of the Liberals, on Monday.",
    "The minister said on Monday the plan, which Anna Weber wrote, was fine.",
    "The Ministry of Finance said Petra van der Berg left; the Ministry of finance agreed.",
    "Among the reports was a map; according to the information gathered, all were safe.",
    "Each teacher and parent is informed; prices each year are higher and they each have one.",
    "Over the past week, officials registered 310 new cases. In the last year reported cases fell.",
    "They don’t have a plan. Many don’t know it, and People don’t care.",
    "Prices depend on the weather, independent of the season.",
    "She is married with two children and married to a baker.",
    "According to him, the plan will fail.",
    "Is it expected that the road will reopen? It is expected to reopen in May.",
    "The people who live here, and the rules which apply, are old.",
    "The guard made him wait and made it to safety; they let her go.",
    "It is one of the biggest problems in the city and one of the largest oil producers.",
    "More older voters came, and the new road is safer.",
    "The president of Belarus, Anton Lukin, met Belarusian President Anton Lukin.",
    "Forty people died in the floods; he died 40 years ago and lived 90 years.",
    "3,000 cases have been registered, and he was detained 10 days ago.",
    "Talks were held in the Kremlin while Kremlin officials met White House aides.",
    "The president, Tomas Verhaegen, said President Tomas Verhaegen told the president Monday.",
    "The Moldovan Interior Ministry said the Italian Finance Minister would come.",
    "The team was the best of the best, and the fire crews put the fire out.",
    "The bloc extended sanctions to Belarus and imposed sanctions to punish the regime.",
    "She told Anna Weber and Paul Roth they were late. Anna Weber and Paul Roth, you are next.",
    "Does she have a plan? If it were true, as it were, would he do it? Let it do its work.",
    "Only then did he have time; they made it do more, and she has what they had.",
    "They were late, we have a plan, and they aren’t sure what the team is.",
    "The number of people is rising; the people are tired and the police have left.",
    "Each of them has a car, and each of the towns is old.",
    "Everyone is welcome and nobody was hurt; someone has the keys.",
    "More old people came; the hall is bigger than the old one and more useful.",
    "He was reported killed, she was elected unopposed and the plan was approved and signed.",
    "The Chilean government met the head of state and the president of the company.",
    "The Ministers of Trade and Industry, Anna Weber and Paul Roth, came to the party Congress.",
    "She does not live as we do, and he plays not only in goal. He says not all will come.",
    "Also, to the plan she was opposed. Also on the list was a school.",
    "Nothing New York offered helped; nothing new came of anything Browning wrote.",
    'The mayor spoke of the dam, noting that it was old. "We will rebuild it," she said.',
    "Our coaches are the best ones; the Big Ones is a film.",
    "It was pleasing, it seems, and that is what matters; this was a relief.",
    'The coach urged the players to "train harder" and asked the crowd "why not?"',
    "She has lived in the mill for nine years and works there for a few months a year.",
    "They will lead the talks for two years; he lives there for six months a year.",
    "Asked what the plan was, the coach asked who was in charge and why the gate is shut.",
    "The bakery, she said, will reopen. The day after, she left. The coach, it seems, is tired.",
    "These are existing problems, and the rules belonging to the club are old.",
    "The lid of the can may rust, and you may well be able to fix it.",
    "In the last year the town grew; in the last two years it grew more.",
    "Every two years are a long time; every one of them knows it.",
    "In one of the barns were two calves, and one of the twins has left.",
    "The baker and one of her nephews were at home when the storm came.",
    "The spokesman, Luca Bianchi, met spokesman Nicola Orlov and the spokeswoman, Paola Ríos.",
    "A spokesman said Maria Lopez would testify.",
    "The unemployment rate rose, the inflation of last year hurt; the nature of the deal is odd.",
    "She attended to the wounded and the rescuers reached the village. He said her name twice.",
    "The nurse explained her views; he took part in a meeting and in attack mode he scored.",
    "The jets were in flight; after meeting the mayor he left; after shooting the film she slept.",
]


@pytest.mark.parametrize("text_in", CLEAN)
def test_good_english_is_left_alone(text_in: str) -> None:
    assert [(a.rule, a.text) for a in artifacts(text_in) if a.category == "grammar"] == []


def test_every_rule_in_the_rules_file_fires_in_a_test() -> None:
    tested = {rule for _, rule, _, _ in [*FLAGGED, *GRAMMAR]}
    rules = load_lexicon("grammar_rules")["rules"]
    assert {r["id"] for r in rules} <= tested
    for rule in rules:
        assert rule["explanation"].strip(), rule["id"]


@pytest.mark.parametrize(
    ("text_in", "rule", "span"),
    [(t, r, s) for t, r, s, _ in FLAGGED if next(u for u in usage._rules() if u.id == r).gate],
)
def test_a_rule_s_gate_holds_in_every_text_it_fires_in(text_in: str, rule: str, span: str) -> None:
    gate = next(u for u in usage._rules() if u.id == rule).gate
    assert gate is not None and gate.search(text_in) is not None


def test_the_same_words_are_flagged_once_with_the_correction() -> None:
    flags = [
        (a.text, a.suggestion)
        for a in artifacts("Protesters marched against the president Tomas Verhaegen.")
    ]
    assert flags == [("the president Tomas Verhaegen", "President Tomas Verhaegen")]


VERB_FIRST = [
    (
        "The fair opened.\n\nsigned the mayor the new lease on the hall yesterday.",
        "signed the mayor",
    ),
    ("Rain fell.\n  expected the ferry at noon with fresh supplies.", "expected the ferry"),
]

VERB_FIRST_CLEAN = [
    "The fair opened.\n\nThe mayor signed the new lease.",
    "translated from Spanish: the mayor spoke.\nsigned by the mayor, the lease runs on.",
    "The fair opened, expected the mayor to say; she signed the lease.",
    "iPhone sales rose.\nfiled under: local news",
]


@pytest.mark.parametrize(("text_in", "span"), VERB_FIRST)
def test_a_line_that_opens_with_its_verb(text_in: str, span: str) -> None:
    flags = [a.text for a in artifacts(text_in) if a.rule == "grammar:verb_first_line"]
    assert flags == [span]


@pytest.mark.parametrize("text_in", VERB_FIRST_CLEAN)
def test_a_subject_first_or_a_label_is_left_alone(text_in: str) -> None:
    assert [a.text for a in artifacts(text_in) if a.rule == "grammar:verb_first_line"] == []


def test_a_line_wrapped_in_mid_sentence_is_not_a_verb_first_line() -> None:
    text = "The council met and the new budget was\npassed the first reading by ten votes."
    assert [a.text for a in artifacts(text) if a.rule == "grammar:verb_first_line"] == []


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        (
            "Anna Weber and Paul Roth they are ahead.",
            [("Anna Weber and Paul Roth they are", "Anna Weber and Paul Roth are")],
        ),
        (
            "The vote is close.\nAnna Weber or Paul Roth we will see.",
            [("Anna Weber or Paul Roth we will", "Anna Weber or Paul Roth will")],
        ),
        (
            "The vote is close; Anna Weber and Paul Roth they were ahead.",
            [("Anna Weber and Paul Roth they were", "Anna Weber and Paul Roth were")],
        ),
        ("The vote saw Anna Weber and Paul Roth they were ahead.", []),
    ],
)
def test_names_then_a_pronoun_only_where_a_sentence_or_clause_starts(
    text_in: str, expected: list[tuple[str, str]]
) -> None:
    flags = [a for a in artifacts(text_in) if a.rule == "grammar:names_then_pronoun"]
    assert [(a.text, a.suggestion) for a in flags] == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        (
            "“We will sail on Monday,” indicated the ministry.",
            [("indicated the ministry", "the ministry said")],
        ),
        (
            '"We will sail on Monday" , indicated the ministry.',
            [("indicated the ministry", "the ministry said")],
        ),
        (
            "The port will reopen soon, indicated the Ministry of Ports.",
            [("indicated the Ministry of Ports", "the Ministry of Ports said")],
        ),
        ("The port will reopen soon, recalled the ambassador on Friday.", []),
    ],
)
def test_a_reporting_verb_before_its_subject_after_a_quote_or_a_comma(
    text_in: str, expected: list[tuple[str, str]]
) -> None:
    flags = [a for a in artifacts(text_in) if a.rule == "grammar:inversion"]
    assert [(a.text, a.suggestion) for a in flags] == expected
