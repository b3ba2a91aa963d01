"""One person or body under two names in one text, on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from medialit.artifacts import artifacts, name_forms, names, variants
from medialit.resources import load_lexicon

FLAGGED = [
    (
        "President Zelenskyy spoke first. Later Zelensky said the talks were useful.",
        "names:transliteration",
        "Zelensky",
        "Zelenskyy",
    ),
    (
        "Governor Khabirov opened the bridge. Habirov's office said it was safe.",
        "names:transliteration",
        "Habirov",
        "Khabirov",
    ),
    (
        "President Yoon spoke first. Later President Yun's aide agreed.",
        "names:transliteration",
        "Yun",
        "Yoon",
    ),
    (
        "The nurse Dilek Yavuzer saw the smoke. Dilek Yavuz called the fire brigade.",
        "names:surname",
        "Yavuz",
        "Yavuzer",
    ),
    (
        "Mayor Núñez's plan was praised. Later Nunezwhere the crowd cheered.",
        "names:accents",
        "Nunez",
        "Núñez",
    ),
]


@pytest.mark.parametrize(("text_in", "rule", "span", "fix"), FLAGGED)
def test_one_name_written_two_ways(text_in: str, rule: str, span: str, fix: str) -> None:
    flags = [a for a in artifacts(text_in) if a.rule == rule]
    assert [(a.text, a.suggestion) for a in flags] == [(span, fix)]


BODIES = [
    (
        "The President’s Office denied the report. Later the Presidential Office said it was safe.",
        "names:presidential_office",
        "Presidential Office",
        "President’s Office",
    ),
    (
        "The Office of the Prime Minister spoke first; the Prime Minister's Office confirmed it.",
        "names:prime_ministers_office",
        "Prime Minister's Office",
        "Office of the Prime Minister",
    ),
    (
        "The Interior Ministry sent police. The Ministry of Internal Affairs said ten were held.",
        "names:interior_ministry",
        "Ministry of Internal Affairs",
        "Interior Ministry",
    ),
    (
        "Foreign Minister Ana Lima landed. The Minister of Foreign Affairs Ana Lima then spoke.",
        "names:foreign_minister",
        "Minister of Foreign Affairs",
        "Foreign Minister",
    ),
]


@pytest.mark.parametrize(("text_in", "rule", "span", "fix"), BODIES)
def test_one_body_under_two_names(text_in: str, rule: str, span: str, fix: str) -> None:
    flags = [a for a in artifacts(text_in) if a.rule.startswith("names:")]
    assert [(a.rule, a.text, a.suggestion) for a in flags] == [(rule, span, fix)]


BODIES_CLEAN = [
    "The Ministry of Health of Chile and the Health Ministry of Peru both issued warnings.",
    "Russia's Foreign Ministry met the Ministry of Foreign Affairs of Chile. The Foreign Ministry"
    " said so.",
    "The U.S. envoy read USA Today on the train.",
    "Russia's Foreign Minister met Chile's Minister of Foreign Affairs at the Interior Ministry.",
    "The president's office was shut, and the Presidential Office said nothing.",
]


@pytest.mark.parametrize("text_in", BODIES_CLEAN)
def test_bodies_of_different_countries_are_left_alone(text_in: str) -> None:
    assert [a.text for a in artifacts(text_in) if a.rule.startswith("names:")] == []


CLEAN = [
    "Our team and your team met; Zelenskyy spoke and Zelenskyy's aide agreed.",
    "New York fans cheered, and a New Yorker wrote about the game.",
    "Maria Lopez and Maria Lopes are two different runners from two towns.",
    "Carla Benn met Carla Bennof at the station.",
    "Leader Hun Sen spoke as Houn Chea, a farmer, listened.",
    "Nadia Saddiq, also known as Nadia Sadiq, was released.",
]


@pytest.mark.parametrize("text_in", CLEAN)
def test_consistent_and_different_names_are_left_alone(text_in: str) -> None:
    flags = [a for a in artifacts(text_in) if a.rule.startswith(("names:trans", "names:surn"))]
    assert flags == []


TRANSLATED = load_lexicon("translated_names")["entries"]


@pytest.mark.parametrize("entry", TRANSLATED, ids=[e["id"] for e in TRANSLATED])
def test_every_translated_name_is_flagged_in_its_example(entry: dict[str, Any]) -> None:
    flags = [a for a in artifacts(entry["example"]) if a.category == "translated_name"]
    assert [(a.rule, a.text) for a in flags] == [(f"translated_name:{entry['id']}", entry["span"])]
    assert flags[0].mqm == "accuracy"


def test_a_translated_name_gets_its_owners_name_and_language() -> None:
    (found,) = artifacts("The mayor spoke to Young Pan on Friday.")
    assert found.suggestion == "Jovem Pan"
    assert "from Portuguese" in found.explanation
    (shared,) = artifacts("The newspaper The World called the vote historic.")
    assert shared.suggestion is None
    assert "translated word for word. " in shared.explanation
    (acronym,) = artifacts("The ONU sent food to the valley.")
    assert acronym.suggestion == "UN"


@pytest.mark.parametrize(
    "text_in",
    [
        "The newspaper Le Monde and the broadcaster Jovem Pan covered the vote.",
        "Fans sang “Come on Italy!” as young pandas slept at the zoo.",
        "The World Cup final drew the Boston Globe, and Who representatives met.",
        "The mirror cracked, the press gathered and a businessman spoke to the crowd.",
        "The temple dates from 500 BCE; Ms Ong bought the UE Boom speaker for the NGO.",
    ],
)
def test_names_as_their_owners_write_them_are_left_alone(text_in: str) -> None:
    assert [a.text for a in artifacts(text_in) if a.category == "translated_name"] == []


FOREIGN = [e for e in load_lexicon("names_en")["spellings"] if e["kind"] == "foreign"]


@pytest.mark.parametrize("entry", FOREIGN, ids=[e["form"] for e in FOREIGN])
def test_a_place_name_left_in_another_language_is_flagged(entry: dict[str, Any]) -> None:
    text = f"The envoy arrived in {entry['form']} on Monday."
    flags = [a for a in artifacts(text) if a.rule == f"spelling:foreign:{entry['form']}"]
    assert [(a.text, a.suggestion) for a in flags] == [(entry["form"], entry["preferred"])]


def test_english_place_names_are_left_alone() -> None:
    text = (
        "Envoys from Moscow, Beijing, Warsaw, Brussels, Geneva, Prague, Munich and Athens met "
        "in Kyiv; Belarus, Chechnya, Russia, Ukraine, Germany, England and the United States "
        "sent notes."
    )
    assert [a.text for a in artifacts(text) if a.category == "spelling"] == []


@pytest.mark.parametrize(
    "chunk",
    [
        "the Atlantic Alliance and NATO met; nato officials and the North Atlantic Alliance agreed",
        "ministers of theNATO summit said the Nato plan was late",
        "no body is named in this sentence at all",
        "",
    ],
)
def test_body_names_finds_what_the_full_pattern_finds(chunk: str) -> None:
    from medialit.artifacts.names import any_body, body_names

    expected = [(m.span(), m.lastgroup) for m in any_body().finditer(chunk)]
    assert [(m.span(), m.lastgroup) for m in body_names(chunk)] == expected
    assert chunk.startswith("no") or chunk == "" or expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("Halvorsen spoke first.", ["Halvorsen"]),
        ("ex-Halvorsen and O'Brady met Lund-Berg.", ["Lund-Berg"]),
        ("(Halvorsen) met Dahl's aide, not McKay.", ["Halvorsen", "Dahl"]),
        ("Talks with Halvorsen2 and Halvorsens_ ended.", ["Talks"]),
    ],
)
def test_a_name_starts_where_a_word_starts(text_in: str, expected: list[str]) -> None:
    assert [m.group() for m in name_forms._NAME.finditer(text_in)] == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("Núñez spoke first.", ["Núñez"]),
        ("ex-Núñez and d'Ávila met Pérez-Soto.", ["Pérez-Soto"]),
        ("(Ávila) met Dahl's aide.", ["Ávila", "Dahl"]),
    ],
)
def test_an_accented_name_starts_where_a_word_starts(text_in: str, expected: list[str]) -> None:
    assert [m.group() for m in variants._NAME.finditer(text_in)] == expected


def test_a_first_name_and_surname_start_where_a_word_starts() -> None:
    text = "Ana Lund met ex-Ola Dahl, then Berit Holm."
    found = [(m.group("first"), m.group("last")) for m in name_forms._FULL_NAME.finditer(text)]
    assert found == [("Ana", "Lund"), ("Berit", "Holm")]


@pytest.mark.parametrize(
    "chunk",
    [
        "The Defence Ministry and the ministry of defence met NATO and Nato officials",
        "the u.s. envoy, the U.S. envoy and the US envoy all came to the UN",
        "MINISTRY OF HEALTH staff met the Prime Minister’s Office and the EU",
        "Talks at the Foreign Affairs Ministry ended; foreign ministry aides left",
        "aides of theDefence Ministry and theministry of defence; Xministry of Health staff",
        "the İnterior Ministry, the ınterior ministry and the ſtate Department met",
        "",
    ],
)
def test_names_in_a_chunk_are_those_of_one_scan_of_every_name(chunk: str) -> None:
    expected = [m.span() for m in names.any_body().finditer(chunk)]
    assert [m.span() for m in names.body_names(chunk)] == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        (
            "Mayor Müller met Muller and Mueller; Ms Åberg met Aberg in Malmö.",
            [("Muller", "Müller"), ("Mueller", "Müller"), ("Aberg", "Åberg")],
        ),
        ("Mayor Muller met Mueller and Aberg in Malmo.", []),
        ("“Mayor Muller met Aberg,” the crew said — in Malmo.", []),
    ],
)
def test_names_lacking_the_accents_the_text_gives_them(
    text_in: str, expected: list[tuple[str, str]]
) -> None:
    flags = [a for a in artifacts(text_in) if a.rule == "names:accents"]
    assert [(a.text, a.suggestion) for a in flags] == expected


def test_every_pair_of_names_is_read_even_where_two_pairs_overlap() -> None:
    text = (
        "The nurse Ana Petrovska spoke. Then Ana Petrov and Lena Dahlberg Smith met; "
        "later Dahlberg Smithers left."
    )
    flags = [(a.text, a.suggestion) for a in artifacts(text) if a.rule == "names:surname"]
    assert flags == [("Petrov", "Petrovska"), ("Smithers", "Smith")]
