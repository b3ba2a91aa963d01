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
