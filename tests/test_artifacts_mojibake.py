"""Mojibake of several encodings, found by ftfy reading the whole line; on sentences written
for these tests (garbled here by encoding them as UTF-8 and decoding them wrongly)."""

from __future__ import annotations

import pytest

from medialit.artifacts import artifacts


def garbled(words: str, codec: str) -> str:
    return words.encode("utf-8").decode(codec)


def mojibake(text: str) -> list[tuple[str, str | None]]:
    return [(a.text, a.suggestion) for a in artifacts(text) if a.category == "mojibake"]


CASES = [
    ("Москва сегодня", "cp1251"),
    ("Kraków and Zürich", "mac_roman"),
    ("Zürich café", "cp437"),
    ("Αθήνα", "mac_roman"),
]


@pytest.mark.parametrize(("words", "codec"), CASES)
def test_garbled_words_are_found_and_repaired(words: str, codec: str) -> None:
    bad = garbled(words, codec)
    flags = mojibake(f"The ferry from {bad} was late.")
    repaired = {fix for _, fix in flags}
    assert repaired == {w for w in words.split() if not w.isascii()}


@pytest.mark.parametrize(
    "text_in",
    [
        "The ferry from Łódź, São Paulo and Москва was late.",
        "The mayor of Αθήνα and the port of 東京 were named.",
        "Prices rose by ½ to €5 at 20°C, the “harbour” said — again…",
    ],
)
def test_real_letters_of_other_languages_are_left_alone(text_in: str) -> None:
    assert mojibake(text_in) == []


def kinds(text: str) -> list[tuple[str, str, str | None]]:
    return [(a.rule, a.text, a.suggestion) for a in artifacts(text) if a.category == "mojibake"]


# Damage that ftfy cannot undo: a byte, a letter or a quote was lost on the way.
LOST = [
    (
        "The harbourâ€s new crane was late.",
        [("mojibake:lost_byte", "â€", "’")],
    ),
    (
        "The pilot called it â€œsafeâ€ before landing.",
        [("mojibake:ftfy", "â€œsafeâ€", "“safe”")],
    ),
    ("They dined Ã la carte by the river.", [("mojibake:ftfy", "Ã la", "à la")]),
    ("The Ãzzaro prize went to a poet.", [("mojibake:lost_byte", "Ãzzaro", None)]),
    ("The painter Ãlvaro Siza drew the plans.", [("mojibake:lost_byte", "Ãlvaro", "Álvaro")]),
    ("The ferry sailed atÂ noon from the pier.", [("mojibake:ftfy", "atÂ noon", "at\u00a0noon")]),
    ("The caf ï¿½ was shut for the winter.", [("mojibake:line", "ï¿½", "\ufffd")]),
    ("The coach said he didn?t expect it.", [("mojibake:question_mark", "didn?t", "didn’t")]),
    ("Fans in M?nchen cheered the team.", [("mojibake:question_mark", "M?nchen", "München")]),
    (
        "The mayor called the plan ?a fair deal? at noon.",
        [("mojibake:lost_quotes", "?a fair deal?", "“a fair deal”")],
    ),
    ("The mayor called the plan ?fair? and left.", [("mojibake:lost_quotes", "?fair?", "“fair”")]),
    ("The team¹s coach resigned.", [("mojibake:symbol_run", "team¹s", None)]),
    ("The teamÂ¦s coach resigned.", [("mojibake:ftfy", "teamÂ¦s", None)]),
    ("He wrote ñîãëàñíû on the card.", [("mojibake:code_page", "ñîãëàñíû", "согласны")]),
    ("He wrote п╪я▀ on the card.", [("mojibake:box_drawing", "п╪я▀", "мы")]),
    (
        "The envoy read ????? ???? aloud.",
        [("mojibake:lost_script", "?????", None), ("mojibake:lost_script", "????", None)],
    ),
    ("The crew&rsquo;s pay rose.", [("mojibake:entity", "&rsquo;", "’")]),
    ("The crew\\u2019s pay rose.", [("mojibake:escape", "\\u2019", "’")]),
]


@pytest.mark.parametrize(("text_in", "expected"), LOST)
def test_mojibake_that_no_encoding_repair_restores(
    text_in: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert kinds(text_in) == expected


def test_a_letter_of_another_alphabet_lost_from_a_name() -> None:
    found = kinds("The choir sang in Mnchen and Dsseldorf.")
    assert found == [
        ("mojibake:lost_letter", "Mnchen", "München"),
        ("mojibake:lost_letter", "Dsseldorf", "Düsseldorf"),
    ]


@pytest.mark.parametrize(
    "text_in",
    [
        "SÃO PAULO and ÂGE were printed in capitals.",
        "Ângela and Ânia sailed from Setúbal.",
        "Did he know?Nobody said so.",
        "See example.com/page?id=4 for the form.",
        "See example.com/news?utm_source=mail for the story.",
        "The ferry from Ålesund and Ærøskøbing was late.",
        "The councillors Oyelaran and Tshabalala voted.",
        "Prices rose by ½ to €5, a rise of 3¼ points.",
        "Really?? Who would pay? Nobody?",
        "The firm Smith & Sons; the bill, R&D; the C:\\users folder.",
    ],
)
def test_ordinary_text_is_not_read_as_lost_bytes(text_in: str) -> None:
    assert kinds(text_in) == []


def test_a_name_that_lost_a_letter_is_flagged_each_time_it_recurs() -> None:
    found = kinds("Mnchen won. Crews from Mnchen and Dsseldorf met in Mnchen.")
    assert [text for _, text, _ in found] == ["Mnchen", "Mnchen", "Dsseldorf", "Mnchen"]
    assert {fix for _, _, fix in found} == {"München", "Düsseldorf"}


def test_only_the_lines_with_garbled_letters_are_repaired() -> None:
    lines = [
        "The ferry left at noon.",
        f"It reached {garbled('Zürich café', 'cp437')} late.",
        "The crew went home.",
        f"Then {garbled('Москва сегодня', 'cp1251')} called.",
        "Nothing “else” happened.",
    ]
    assert [fix for _, fix in mojibake("\n".join(lines))] == ["Zürich", "café", "Москва", "сегодня"]
