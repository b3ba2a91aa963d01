"""The general detectors (residue, glued words, broken sentences, garbled letters) on
sentences written for these tests: each rule fires where it should and stays quiet on
good English."""

from __future__ import annotations

import pytest

from medialit.artifacts import artifacts
from medialit.artifacts.calques import LANGUAGES
from medialit.resources import load_lexicon


def found(text: str) -> list[tuple[str, str, str]]:
    return [(a.category, a.rule, a.text) for a in artifacts(text)]


FLAGGED: list[tuple[str, tuple[str, str, str]]] = [
    # page residue
    (
        "The ferry left at noon.\n- Advertisement -\nIt arrived late.",
        ("advert", "residue:advert_label", "- Advertisement -"),
    ),
    (
        "The ferry left at noon.\n[ad_3]\nIt arrived late.",
        ("advert", "residue:ad_shortcode", "[ad_3]"),
    ),
    (
        "The ferry left at noon.\nLeave a Reply\nYour email address will not be published.",
        ("prompt", "residue:comment_form", "Leave a Reply"),
    ),
    (
        "The ferry left at noon.\nGet short URL\nIt arrived late.",
        ("prompt", "residue:share_prompt", "Get short URL"),
    ),
    (
        "The ferry left at noon.\nThis story is for subscribers only. You have 60% left.\n",
        ("prompt", "residue:paywall", "This story is for subscribers only. You have 60% left."),
    ),
    (
        "The ferry left at noon. Read Full Story\nIt arrived late.",
        ("related_link", "residue:read_full_story", "Read Full Story"),
    ),
    (
        "The ferry left at noon.\nSource link\n",
        ("boilerplate", "residue:source_link", "Source link"),
    ),
    (
        "Translated from Portuguese: The ferry left at noon.",
        ("boilerplate", "residue:translation_note", "Translated from Portuguese:"),
    ),
    (
        "Harbour news\nOslo\nBergen\n\nTromsø\nStavanger\nThe ferry left at noon.",
        ("navigation", "residue:menu", "Oslo\nBergen\n\nTromsø\nStavanger"),
    ),
    (
        "Ferry leaves at noon - Coast Daily\nThe ferry left at noon.",
        ("navigation", "residue:page_title", "Ferry leaves at noon - Coast Daily"),
    ),
    (
        "Ferry strike ends after two days\nFerry strike ends after two days\nCrews returned.",
        ("boilerplate", "residue:repeated_line", "Ferry strike ends after two days"),
    ),
    (
        "• Ferry strike  ends after two days\nFerry strike ends after   two days\nCrews returned.",
        ("boilerplate", "residue:repeated_line", "Ferry strike ends after   two days"),
    ),
    (
        "Tuesday, March 4 2025\nThe ferry left at noon.",
        ("widget", "residue:date_bar", "Tuesday, March 4 2025"),
    ),
    ("The ferry left at noon.\n12\n340\n", ("widget", "residue:counter", "12")),
    (
        "The ferry left at noon. It arrived late. 88/310\n",
        ("byline", "residue:desk_code", "88/310"),
    ),
    (
        "The ferry left at noon.\n.ad_box_7 { width: 300px; height: 250px; }\n",
        ("markup", "residue:css_rule", ".ad_box_7 { width: 300px; height: 250px; }"),
    ),
    (
        "Warning: mysql_connect(): Access denied for user in /var/www/site.php on line 12\n"
        "The ferry left at noon.",
        (
            "markup",
            "residue:server_error",
            "Warning: mysql_connect(): Access denied for user in /var/www/site.php on line 12",
        ),
    ),
    (
        "The ferry left.\nNotice : Undefined index: id   \n on line 7\nThe ferry left at noon.",
        ("markup", "residue:server_error", "Notice : Undefined index: id   \n on line 7"),
    ),
    (
        "Deprecated: Function ereg() is deprecated and will be used in the next release\n"
        "The ferry left at noon.",
        (
            "markup",
            "residue:server_error",
            "Deprecated: Function ereg() is deprecated and will be used in the next release",
        ),
    ),
    (
        "Fatal error: Uncaught Exception: boom in /srv/app/index.php:12\nThe ferry left at noon.",
        (
            "markup",
            "residue:server_error",
            "Fatal error: Uncaught Exception: boom in /srv/app/index.php",
        ),
    ),
    (
        "The ferry left at noon.\nStorm closes the northern pier (PHOTO, VIDEO)\n",
        ("related_link", "residue:media_teaser", "Storm closes the northern pier (PHOTO, VIDEO)"),
    ),
    (
        "(WIRE- Coast News Service (CNS)) The ferry left at noon.",
        ("boilerplate", "residue:distributor_tag", "(WIRE- Coast News Service (CNS))"),
    ),
    # glued words
    (
        "The port reopened.Crews said it was safe.",
        ("glued_words", "glue:punctuation", "reopened.Crews"),
    ),
    ("The mayor called it “a disaster”today.", ("glued_words", "glue:punctuation", "”today")),
    ("The court (TSE)ruled on Friday.", ("glued_words", "glue:punctuation", "(TSE)ruled")),
    ("Talks in Lisbon— Then the vote came.", ("glued_words", "glue:punctuation", "Lisbon— Then")),
    (
        "Minister Radomirzakwhere officials met.",
        ("glued_words", "glue:dictionary", "Radomirzakwhere"),
    ),
    (
        "The deal needs trustbut the sides are far apart.",
        ("glued_words", "glue:dictionary", "trustbut"),
    ),
    ("HomeNewsHarbour The ferry left.", ("glued_words", "glue:dictionary", "HomeNewsHarbour")),
    ("Coast NewsIran reported the talks.", ("glued_words", "glue:camel", "NewsIran")),
    (
        "The ferry left at noon.\nReceive our news on your WhatsApp\n",
        ("prompt", "residue:subscribe_prompt", "Receive our news on your WhatsApp"),
    ),
    # broken sentences
    (
        "“We will sail on Monday, the captain said.\nThe crew agreed.",
        ("broken", "broken:unclosed_quote", "“We will sail on Monday, the captain said."),
    ),
    (
        "The crew agreed it was safe,” the captain said.",
        ("broken", "broken:unopened_quote", "The crew agreed it was safe,”"),
    ),
    ("The crew said ” we are ready.", ("broken", "broken:wrong_quote", "”")),
    ("The captain agreed.. The crew left.", ("broken", "broken:double_stop", "..")),
    ("The mayor of the city , and the captain met.", ("broken", "broken:space_before_comma", " ,")),
    ("A half- dozen boats left.", ("broken", "broken:split_word", "half- dozen")),
    (
        "The ferry sailed to Kristian-\nsand on Monday.",
        ("broken", "broken:split_word", "Kristian-\nsand"),
    ),
    (
        "The ferry sailed to Kristian -Sand on Monday.",
        ("broken", "broken:split_word", "Kristian -Sand"),
    ),
    (
        "The ferry company paid the \t\nPassengers of the cancelled crossings.",
        ("broken", "broken:line_break_in_phrase", " the \t\n"),
    ),
    (
        "Storm hits the northern coast and the…\nThe ferry left.",
        ("broken", "broken:cut_off", "Storm hits the northern coast and the…"),
    ),
    (
        "The crew was warned about the.\nThe ferry left.",
        ("broken", "broken:stop_after_function_word", "the."),
    ),
    (
        "The boats arrived from Bergen, They were late.",
        ("broken", "broken:capital_after_comma", "They"),
    ),
    (
        "The ferry left at noon.\nstrike at the port ends after two days\n",
        ("broken", "broken:lower_case_start", "strike at the port ends after two days"),
    ),
    (
        "“We will sail,” the captain said.\n— added Larsen.\n",
        ("broken", "broken:dash_attribution", "— added Larsen."),
    ),
    (
        "“We will sail tonight,” — added Larsen. The crew agreed.",
        ("broken", "broken:quote_dash", "” — added Larsen"),
    ),
    (
        "Ferry strike ends\nThe union and the operator met again on Tuesday to agree on the "
        "terms of a deal that would end the\nCrews returned to work on Wednesday.",
        ("broken", "broken:unfinished_line", "a deal that would end the"),
    ),
    # garbled letters
    ("The captain鈥檚 log was lost.", ("mojibake", "mojibake:cjk", "captain鈥檚")),
    ("The site Portal.NЕТ reported it.", ("mojibake", "mojibake:scripts", "NЕТ")),
    ("The captain´s log was lost.", ("mojibake", "mojibake:apostrophe", "´")),
]


@pytest.mark.parametrize(("text_in", "expected"), FLAGGED)
def test_each_rule_fires(text_in: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(text_in)


CLEAN = [
    "The ferry left at noon. It arrived in Bergen at six.",
    "The airline easyJet and the app WhatsApp were named in the report.",
    "Visit www.example.com/News.Today for the timetable.",
    "“We will sail on Monday,” the captain said.",
    "“We will sail on Monday.\n“And we will return on Friday,” the captain said.",
    "Pre- and post-war figures were compared.",
    "The vote came... and then silence.",
    "She bought an iPhone and a MacBook at McDonald's.",
    "Subscribers to the newsletter said the service had improved.",
    "Tensions rose in the region, the report said.",
]


@pytest.mark.parametrize("text_in", CLEAN)
def test_good_english_is_left_alone(text_in: str) -> None:
    assert found(text_in) == []


def test_fixes_are_given_where_the_words_are_known() -> None:
    flags = {a.text: a.suggestion for a in artifacts("The port reopened.Crews said so.")}
    assert flags["reopened.Crews"] == "reopened. Crews"
    flags = {a.text: a.suggestion for a in artifacts("The captain鈥檚 log was lost.")}
    assert flags["captain鈥檚"] == "captain’s"


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_has_a_lexicon_of_explained_entries(code: str) -> None:
    lexicon = load_lexicon(f"calques_{code}")
    entries = lexicon["entries"]
    assert len(entries) >= 5
    for entry in entries:
        source = entry.get("source") or entry.get("french")
        assert source and entry["literal"] and entry["natural"], entry["id"]
        assert len(entry["explanation"].splitlines()) == 1, entry["id"]
        assert code == "fr" or lexicon["language_name"] not in entry["explanation"], entry["id"]


def test_a_language_is_named_on_two_of_its_own_phrases() -> None:
    text = "Fire crews intervened in the fire upon notice from neighbours. Crowds gathered."
    flags = [a for a in artifacts(text) if a.category == "calque"]
    assert len(flags) == 2
    assert all("translation from Turkish" in a.explanation for a in flags)


def test_one_phrase_or_a_shared_phrase_names_no_language() -> None:
    one = artifacts("Crews intervened in the fire near the port.")
    shared = artifacts("The minister gave to know the plan this Wednesday.")
    for found_flags in (one, shared):
        flags = [a for a in found_flags if a.category == "calque"]
        assert flags
        assert not any("translation from" in a.explanation for a in flags)


GRAMMAR = [
    ("Police gave no informations about the crash.", "false_plural", "informations", "information"),
    ("Democracy in the Brazil is young.", "article_before_country", "the Brazil", "Brazil"),
    ("The ministers discussed about the budget.", "discuss_about", "discussed about", "discussed"),
    (
        "The mayor wrote in Telegram that roads were shut.",
        "in_social_network",
        "wrote in Telegram",
        "wrote on Telegram",
    ),
    (
        "“Why you did not warn us?” a resident asked.",
        "question_order",
        "Why you did not warn us?",
        None,
    ),
    (
        "The road is closed, according to head of the district.",
        "title_without_article",
        "according to head of the d",
        None,
    ),
    ("The 41-Year-old was released.", "capitalised_year_old", "41-Year-old", "41-year-old"),
    (
        "The blaze was put out for half an hour.",
        "duration_for_within",
        "was put out for half an hour",
        "was put out within half an hour",
    ),
    ("There is wounded after the blast.", "there_is_wounded", "There is wounded", None),
    ("He told this in a radio interview.", "told_this", "He told this", "He said this"),
    (
        "The mayor said Lindqvist don’t have a plan.",
        "name_dont",
        "Lindqvist don’t have",
        "Lindqvist doesn’t have",
    ),
]


@pytest.mark.parametrize(("text_in", "rule", "span", "fix"), GRAMMAR)
def test_grammar_rules(text_in: str, rule: str, span: str, fix: str | None) -> None:
    flags = [a for a in artifacts(text_in) if a.rule == f"grammar:{rule}"]
    assert [(a.text, a.suggestion) for a in flags] == [(span, fix)]


GRAMMAR_CLEAN = [
    "The 41-year-old was released after the blaze burned for half an hour.",
    "There are wounded soldiers in the streets, and there were victims on both sides.",
    "He told this newspaper that she told reporters about it; he told that story often.",
    "Critics said the Americans don’t have a plan and People don’t know it.",
    "The Brazil squad arrived and the Iran deal was signed.",
    "They discussed the budget and talked about taxes.",
    "He posted a video on Telegram; in his Facebook post he thanked voters.",
    "“Why did you not warn us?” a resident asked.",
    "The road is closed, according to the head of the district.",
    "The information and the evidence were published.",
]


@pytest.mark.parametrize("text_in", GRAMMAR_CLEAN)
def test_grammar_rules_leave_good_english_alone(text_in: str) -> None:
    assert [a for a in artifacts(text_in) if a.category == "grammar"] == []


MORE = [
    (
        "Mayor Núñez opened the pier. Later Nunez said it was safe.",
        "names:accents",
        "Nunez",
        "Núñez",
    ),
    ("Minister Göring spoke first; Goering then left.", "names:accents", "Goering", "Göring"),
    (
        "The storm left 232 243 people without power.",
        "locale:thousands_space",
        "232 243",
        "232,243",
    ),
    ("Turnout rose to 61 % on Sunday.", "locale:space_before_percent", "61 %", "61%"),
    ("The ferry leaves at 19.30 from pier four.", "locale:time_with_dot", "at 19.30", "at 19:30"),
    (
        "The crew was rescued on the 14th, officials said.",
        "locale:day_number_only",
        "on the 14th",
        None,
    ),
]


@pytest.mark.parametrize(("text_in", "rule", "span", "fix"), MORE)
def test_name_variants_and_locale_formats(
    text_in: str, rule: str, span: str, fix: str | None
) -> None:
    flags = [a for a in artifacts(text_in) if a.rule == rule]
    assert [(a.text, a.suggestion) for a in flags] == [(span, fix)]


@pytest.mark.parametrize(
    "text_in",
    [
        "Mayor Núñez opened the pier and Núñez said it was safe.",
        "The storm left 232,243 people without power; the 14th of May was calm.",
        "Turnout rose to 61% and the ferry left at 7.30 p.m. on the 14th floor.",
    ],
)
def test_consistent_names_and_english_formats_are_left_alone(text_in: str) -> None:
    assert [a for a in artifacts(text_in) if a.category in ("names", "locale_format")] == []


CALQUES = [
    (
        "Delegates of the faction “Green Dawn” walked out.",
        "ru_the_faction_quoted",
        "the faction “G",
    ),
    ("The blogger, the net is called Pinecone, was fined.", "zh_net_name", "the net is called"),
    ("The rumour brings bad influence to pupils.", "zh_bad_influence", "brings bad influence to"),
    (
        "The forum is not an extralegal place, police warned.",
        "zh_lawless_place",
        "is not an extralegal place",
    ),
    (
        "The farmers thanked the explanation of the envoy.",
        "zh_thanked_the_explanation",
        "thanked the explanation",
    ),
    ("“We will open our ears to farmers,” the mayor said.", "zh_open_ears", "open our ears"),
    (
        "The theft was revealed through interviews with investigative sources.",
        "zh_interviews_with_investigators",
        "revealed through interviews with investigative sources",
    ),
    ("Police said they would abort the plots of the cell.", "ar_abort_plans", "abort the plots"),
    (
        "The group adopts deviant thoughts, officials said.",
        "ar_destructive_thoughts",
        "deviant thoughts",
    ),
    (
        "He ordered mobilizing all capabilities to help.",
        "ar_all_capabilities",
        "mobilizing all capabilities",
    ),
    ("Troops raided a terrorist focus near the border.", "ar_terrorist_focus", "terrorist focus"),
    (
        "The first point is from the economic dimension.",
        "ar_from_the_dimension",
        "from the economic dimension",
    ),
    ("They were missioned to the coast.", "ar_missioned", "missioned"),
    ("The fire was caused by an electrical leakage.", "tr_electric_leakage", "electrical leakage"),
    ("The blaze was put out after the teams’ work.", "tr_the_teams_work", "after the teams’ work"),
    (
        "Officers identified the subjects within hours.",
        "it_the_subjects",
        "identified the subjects",
    ),
    ("The minister put his hat on the reform.", "it_put_the_hat", "put his hat on"),
    (
        "She has the cards in order to lead the party.",
        "it_cards_in_order",
        "has the cards in order",
    ),
    ("The stomach ache of the allies grew.", "it_stomach_ache", "The stomach ache"),
    ("Aides tried to ease the voltage in the coalition.", "it_voltage", "ease the voltage"),
    ("Reform of the public machine was delayed.", "it_public_machine", "the public machine"),
    ("The minister reinforced that the border is open.", "es_reinforced_that", "reinforced that"),
    ("The spokesperson minister denied it.", "es_spokesperson_minister", "spokesperson minister"),
    ("Experts found intentionality in the fires.", "es_intentionality", "intentionality"),
    ("The plan lists the social urgencies of the year.", "es_social_urgencies", "social urgencies"),
    ("Rain fell across the southern macrozone.", "es_macrozone", "macrozone"),
    ("Shops accept all credit card flags.", "pt_card_flags", "credit card flags"),
    ("The senator met off the agenda with the judge.", "pt_off_the_agenda", "met off the agenda"),
    (
        "Platforms must comply with judicial determinations.",
        "pt_comply_determinations",
        "comply with judicial determinations",
    ),
    (
        "The clarification process took a month.",
        "de_clarification_process",
        "clarification process",
    ),
    ("The rally is not blown off, organisers said.", "de_blown_off", "is not blown off"),
    (
        "We will decide the question of leadership in peace.",
        "de_in_peace",
        "decide the question of leadership in peace",
    ),
]


@pytest.mark.parametrize(("text_in", "entry", "span"), CALQUES)
def test_calques_of_many_languages(text_in: str, entry: str, span: str) -> None:
    flags = [a for a in artifacts(text_in) if a.rule == f"calque:{entry}"]
    assert [a.text for a in flags] == [span]


CALQUES_CLEAN = [
    "Delegates of the Green Dawn faction walked out.",
    "His screen name on the forum was Pinecone.",
    "The rumour had a bad effect on pupils; the internet is not a lawless zone.",
    "The farmers thanked the envoy for the explanation and kept their ears open.",
    "Investigators said the theft was planned; the crew had to abort the mission.",
    "Leaks of electrical current were ruled out; the teams played a draw.",
    "The subjects of the study were adults; he put on his hat.",
    "Living standards rose; the doses were small; he kept himself busy and stayed at the top.",
    "The public car park was shut and the high voltage line was cut.",
    "The vote reinforced that view; a government spokesperson denied it.",
    "Firefighters said the fires were set deliberately.",
    "The plane was blown off course; the two sides signed a deal in peace talks.",
    "The Rest in Peace banner was removed; the item was taken off the agenda.",
]


@pytest.mark.parametrize("text_in", CALQUES_CLEAN)
def test_calques_leave_good_english_alone(text_in: str) -> None:
    assert [a.rule for a in artifacts(text_in) if a.category == "calque"] == []


RESIDUE_MORE = [
    (
        "The pier reopened on Friday.\n\nStorm closes the northern ferry route\n"
        "Fishing fleet stays in port for a week\nCoast guard warns of high waves",
        ("related_link", "residue:link_block", "Storm closes the northern ferry route"),
    ),
    (
        "The mayor spoke at noon. * Lena Berg and Ola Dahl at the opening of the bridge "
        "Traffic resumed at six.",
        ("caption", "residue:inline_caption", "* Lena Berg and Ola Dahl"),
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), RESIDUE_MORE)
def test_link_blocks_and_inline_captions(text_in: str, expected: tuple[str, str, str]) -> None:
    kind, rule, start = expected
    flags = [(a.category, a.rule, a.text) for a in artifacts(text_in) if a.rule == rule]
    assert len(flags) == 1 and flags[0][:2] == (kind, rule)
    assert flags[0][2].startswith(start)


@pytest.mark.parametrize(
    "text_in",
    [
        "The pier reopened on Friday.\nCrews worked all night.\nThe road is open again.",
        "Ferry strike ends\nCrews return to work\nTalks went on all night\nThe union agreed.",
        "Ferry strike ends\nBy Lena Berg\nThe union agreed to the offer on Friday.",
        "The score was 5 * 3 in the old notation. Nobody noticed.",
        "Prices rose 3%.* Figures are provisional.",
    ],
)
def test_short_lines_and_stars_in_good_copy_are_left_alone(text_in: str) -> None:
    rules = [a.rule for a in artifacts(text_in)]
    assert not any(r in ("residue:link_block", "residue:inline_caption") for r in rules)


BROKEN_MORE = [
    (
        'The port will reopen soon, "Mayor Dahl said on Friday.',
        ("broken", "broken:quote_before_speaker", '"'),
    ),
    (
        "The union backed the harbour 'plan for the winter. Talks went on.",
        ("broken", "broken:unclosed_single_quote", "'plan for the winter."),
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), BROKEN_MORE)
def test_misplaced_and_unclosed_quotes(text_in: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(text_in)


@pytest.mark.parametrize(
    "text_in",
    [
        '"The port will reopen soon," Mayor Dahl said on Friday.',
        "The union backed the 'winter plan' on Friday.",
        "Fans of rock 'n' roll in the '90s said 'tis the season.",
        "'We will sail at noon,' the captain said. The crew's mood was good.",
        "The workers' union and the crews' leaders met on Friday.",
    ],
)
def test_closed_quotes_and_apostrophes_are_left_alone(text_in: str) -> None:
    rules = [a.rule for a in artifacts(text_in) if a.category == "broken"]
    assert not any(
        r in ("broken:quote_before_speaker", "broken:unclosed_single_quote") for r in rules
    )
