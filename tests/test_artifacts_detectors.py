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
]


@pytest.mark.parametrize(("text_in", "rule", "span", "fix"), GRAMMAR)
def test_grammar_rules(text_in: str, rule: str, span: str, fix: str | None) -> None:
    flags = [a for a in artifacts(text_in) if a.rule == f"grammar:{rule}"]
    assert [(a.text, a.suggestion) for a in flags] == [(span, fix)]


GRAMMAR_CLEAN = [
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
