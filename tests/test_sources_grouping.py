"""Tests for medialit.sources.grouping and roles: a role named alone and whom it refers back to."""

from __future__ import annotations

import pytest
from spacy.language import Language

from medialit.sources import sources
from medialit.sources.roles import role_of

# (text, {source name: mentions as written}) for every source of the text. The sentences are
# the kit's own, written for these tests.
ROLES: list[tuple[str, dict[str, list[str]]]] = [
    # an engineer is not the mayor: the role names no one the text introduced
    (
        "Council engineer Ann Lee said the bridge was safe. "
        "The mayor said repairs would start in May.",
        {"Ann Lee": ["Ann Lee"], "mayor": ["mayor"]},
    ),
    # a title before the name, and someone else speaking in between
    (
        "Mayor Tom Reed said the bridge was safe. Ann Lee, a council engineer, said the "
        "cables were new. The mayor said repairs would start in May.",
        {"Tom Reed": ["Mayor Tom Reed", "mayor"], "Ann Lee": ["Ann Lee"]},
    ),
    # a title in apposition after the name
    (
        "Ana Ruiz, a spokeswoman for the council, said the bridge was safe. "
        "The spokeswoman said repairs would start in May.",
        {"Ana Ruiz": ["Ana Ruiz", "spokeswoman"]},
    ),
    (
        "Tom Reed, the mayor of Millbrook, said the bridge was safe. Ann Lee said the cables "
        "were new. The mayor said repairs would start in May.",
        {"Tom Reed": ["Tom Reed", "mayor"], "Ann Lee": ["Ann Lee"]},
    ),
    # the role before the name, set off by commas
    (
        "The city's mayor, Tom Reed, said the bridge was safe. Ann Lee said the cables were "
        "new. The mayor said repairs would start in May.",
        {"Tom Reed": ["Tom Reed", "mayor"], "Ann Lee": ["Ann Lee"]},
    ),
    # two people with two titles: each role goes to its own
    (
        "Mayor Tom Reed said the bridge was safe. Health Minister Ana Ruiz said the money "
        "was there. The mayor said repairs would start in May. The minister said the "
        "work would take a year.",
        {
            "Tom Reed": ["Mayor Tom Reed", "mayor"],
            "Ana Ruiz": ["Health Minister Ana Ruiz", "minister"],
        },
    ),
    # a short form of the title
    (
        "Sen. Ruth Callow said the bill would pass. Ann Lee said it would not. "
        "The senator said the vote was close.",
        {"Ruth Callow": ["Sen. Ruth Callow", "senator"], "Ann Lee": ["Ann Lee"]},
    ),
    # a titled person who said nothing before is still the one the role refers to
    (
        "Mayor Tom Reed opened the bridge. Ann Lee said it was safe. "
        "The mayor said repairs would start in May.",
        {"Ann Lee": ["Ann Lee"], "Tom Reed": ["mayor"]},
    ),
    # a former president is not the president
    (
        "Former President Tom Reed said the plan was sound. The president said it would fail.",
        {"Tom Reed": ["Former President Tom Reed"], "president": ["president"]},
    ),
    # "After meeting the mayor, Tom Reed said": the mayor is someone else
    (
        "After meeting the mayor, Tom Reed said the bridge was safe. "
        "The mayor said repairs would start in May.",
        {"Tom Reed": ["Tom Reed"], "mayor": ["mayor"]},
    ),
    # a role after "a" is someone new, and "her lawyer" is known by another's role
    (
        "Ann Lee said the law was fair. A federal judge found that it was not.",
        {"Ann Lee": ["Ann Lee"]},
    ),
    (
        "Ann Lee said the law was fair. Her lawyer said she would appeal.",
        {"Ann Lee": ["Ann Lee"], "lawyer": ["lawyer"]},
    ),
    # with no one named before, the role is its own unnamed source, said twice
    (
        "The mayor said the bridge was safe. The mayor said repairs would start in May.",
        {"mayor": ["mayor", "mayor"]},
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), ROLES, ids=[t[:40] for t, _ in ROLES])
def test_a_role_refers_back_to_the_person_introduced_with_it(
    nlp: Language, text_in: str, expected: dict[str, list[str]]
) -> None:
    found = sources(nlp(text_in))
    assert {s.name: [m.text for m in s.mentions] for s in found} == expected


def test_a_role_with_no_one_introduced_with_it_stays_unnamed(nlp: Language) -> None:
    found = sources(nlp("Tom Reed said the plan was sound. The minister said it would fail."))
    minister = next(s for s in found if s.name == "minister")
    assert (minister.kind, minister.named) == ("person", False)


@pytest.mark.parametrize(
    ("text_in", "mention", "expected"),
    [
        ("The mayor said", "mayor", ("mayor",)),
        ("The city's mayor said", "city's mayor", ("mayor",)),
        ("The former president said", "former president", ("former", "president")),
        ("The embattled chief executive said", "embattled chief executive", ("chief", "executive")),
        ("Greyfield's CEO said", "Greyfield's CEO", ("chief", "executive")),
        ("A federal judge said", "A federal judge", None),
        ("Her lawyer said", "lawyer", None),
        ("The weather said", "weather", None),
    ],
)
def test_role_of(text_in: str, mention: str, expected: tuple[str, ...] | None) -> None:
    assert role_of(text_in, text_in.index(mention), mention) == expected


# A surname on its own is the person of that name met before, with or without its accents, and
# even where it is also a capital's name.
SURNAMES: list[tuple[str, dict[str, tuple[str, list[str]]]]] = [
    (
        "Cecilia Pérez said the tunnel would open in June. Perez added that it was cheap.",
        {"Cecilia Pérez": ("person", ["Cecilia Pérez", "Perez"])},
    ),
    (
        "José Gomez said the tunnel would open in June. Gómez added that it was cheap.",
        {"José Gomez": ("person", ["José Gomez", "Gómez"])},
    ),
    (
        "Ana Lima said the tunnel would open in June. Lima added that it was cheap.",
        {"Ana Lima": ("person", ["Ana Lima", "Lima"])},
    ),
    # named before without speaking
    (
        "Ana Lima toured the tunnel. Lima said on Monday that it was cheap.",
        {"Ana Lima": ("person", ["Lima"])},
    ),
    # a capital with no one of that name stays its country's government
    (
        "Peru said the tunnel would open in June. Lima added that it was cheap.",
        {"Peruvian government": ("government", ["Peru", "Lima"])},
    ),
    # a company that bears the name is no person
    (
        "Gomez Holdings said the tunnel would open in June. Lima added that it was cheap.",
        {
            "Gomez Holdings": ("organisation", ["Gomez Holdings"]),
            "Peruvian government": ("government", ["Lima"]),
        },
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), SURNAMES, ids=[t[:40] for t, _ in SURNAMES])
def test_a_surname_alone_is_the_person_named_before(
    nlp: Language, text_in: str, expected: dict[str, tuple[str, list[str]]]
) -> None:
    found = sources(nlp(text_in))
    assert {s.name: (s.kind, [m.text for m in s.mentions]) for s in found} == expected
