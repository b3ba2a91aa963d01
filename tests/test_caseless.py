"""`caseless`: a case-blind pattern's word is in the caseless text wherever the pattern matches."""

from __future__ import annotations

import re

import pytest

from medialit.caseless import caseless


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Harbour Opened", "harbour"),
        ("THE HARBOUR OPENED", "opened"),
        ("A VISIT TO İZMİR", "izmir"),  # dotted capital I
        ("the mayor's ıdea", "idea"),  # dotless i
        ("a ſtrong wind", "strong"),  # long s
        ("a 5 \u212a rise", "k"),  # Kelvin sign
    ],
)
def test_word_of_a_matching_case_blind_pattern_is_found(text: str, word: str) -> None:
    assert re.search(f"(?i){word}", text)
    assert word in caseless(text)


def test_every_character_a_case_blind_letter_matches_becomes_that_letter() -> None:
    letters = [(letter, re.compile(f"(?i){letter}")) for letter in "abcdefghijklmnopqrstuvwxyz"]
    for code in range(0x3000):
        char = chr(code)
        for letter, pattern in letters:
            if pattern.fullmatch(char):
                assert letter in caseless(char), (hex(code), letter)


def test_a_word_that_is_not_there_is_not_found() -> None:
    assert "harbour" not in caseless("The harbor opened.")
