"""Tests for medialit.sources.spans: a name, then an apposition that describes it by a role."""

from __future__ import annotations

import pytest
from spacy.language import Language

from medialit.sources import iter_mentions, sources

# (text, [(mention as written, canonical name, kind)]) for every source of the text. The
# sentences are the kit's own, written for these tests.
APPOSITIONS: list[tuple[str, list[tuple[str, str, str]]]] = [
    # the possessive of a body, of a country, of a body whose name ends in "s"
    (
        "Ann Lee, Greyfield's chief executive, said the plant would close.",
        [("Ann Lee", "Ann Lee", "person")],
    ),
    (
        "Olga Marin, Russia's foreign minister, said the talks had failed.",
        [("Olga Marin", "Olga Marin", "person")],
    ),
    (
        "Ann Lee, Greyfield Foods’ chief executive, said the plant would close.",
        [("Ann Lee", "Ann Lee", "person")],
    ),
    # a capitalised title, a role with "of", and a time before the name
    (
        "Ann Lee, Greyfield's Chief Executive, said the plant would close.",
        [("Ann Lee", "Ann Lee", "person")],
    ),
    (
        "Mia Holt, Reed's chief of staff, said the bill would pass.",
        [("Mia Holt", "Mia Holt", "person")],
    ),
    (
        "On Monday, Ruth Callow, Britain's Prime Minister, said the vote would be held.",
        [("Ruth Callow", "Ruth Callow", "person")],
    ),
    # a role after "a" or "an", with or without the body it works for, and after the words
    (
        "Ann Lee, a professor, said the plan would fail.",
        [("Ann Lee", "Ann Lee", "person")],
    ),
    (
        "Tom Reed, a Harbour Post reporter, said the ferry had sunk.",
        [("Tom Reed", "Tom Reed", "person")],
    ),
    (
        "The plan will fail, Ann Lee, a professor, said on Monday.",
        [("Ann Lee", "Ann Lee", "person")],
    ),
    # unchanged: the role alone, the role before the name, "the company's", a second name
    (
        "Greyfield's chief executive said the plant would close.",
        [("Greyfield's chief executive", "chief executive", "person")],
    ),
    (
        "Greyfield's chief executive, Ann Lee, said the plant would close.",
        [("Ann Lee", "Ann Lee", "person")],
    ),
    (
        "Ann Lee, the company's chief executive, said the plant would close.",
        [("Ann Lee", "Ann Lee", "person")],
    ),
    (
        "Tom Reed, the mayor of Millbrook, said the bridge was safe.",
        [("Tom Reed", "Tom Reed", "person")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), APPOSITIONS, ids=[t[:40] for t, _ in APPOSITIONS])
def test_a_name_before_an_apposition_of_its_role_is_the_source(
    nlp: Language, text_in: str, expected: list[tuple[str, str, str]]
) -> None:
    found = sources(nlp(text_in))
    assert [(m.text, s.name, s.kind) for s, m in iter_mentions(found)] == expected


def test_the_role_named_later_refers_back_to_the_name(nlp: Language) -> None:
    found = sources(
        nlp(
            "Ann Lee, Greyfield's chief executive, said the plant would close. "
            "The chief executive added that jobs would go."
        )
    )
    assert {s.name: [m.text for m in s.mentions] for s in found} == {
        "Ann Lee": ["Ann Lee", "chief executive"]
    }


def test_a_name_that_is_not_the_subject_is_not_the_source(nlp: Language) -> None:
    # lawyers speak for her: the name after "for" does not open the clause
    found = sources(nlp("Lawyers for Ann Lee, Greyfield's chief executive, said she would appeal."))
    assert "Ann Lee" not in [s.name for s in found]
