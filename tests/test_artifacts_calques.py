"""Calques common to several languages (`calques_general.json`) and the language a flag names,
on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from medialit.artifacts import artifacts
from medialit.resources import load_lexicon

GENERAL: list[dict[str, Any]] = load_lexicon("calques_general")["entries"]


def calques(text: str) -> list[str]:
    return [a.rule for a in artifacts(text) if a.category == "calque"]


def test_the_general_lexicon_is_explained() -> None:
    assert len({e["id"] for e in GENERAL}) == len(GENERAL) >= 5
    for entry in GENERAL:
        assert entry["source"] and entry["literal"] and entry["natural"], entry["id"]
        assert len(entry["languages"]) >= 2, entry["id"]
        assert len(entry["explanation"].splitlines()) == 1, entry["id"]


@pytest.mark.parametrize("entry", GENERAL, ids=lambda e: str(e["id"]))
def test_every_literal_rendering_is_flagged(entry: dict[str, Any]) -> None:
    for literal in entry["literal"]:
        assert f"calque:{entry['id']}" in calques(f"The talks ended. {literal} on Monday."), literal


@pytest.mark.parametrize("entry", GENERAL, ids=lambda e: str(e["id"]))
def test_natural_english_is_not_flagged(entry: dict[str, Any]) -> None:
    for natural in entry["natural"]:
        assert calques(f"The talks ended. {natural} on Monday.") == [], natural


def test_a_general_calque_never_names_a_language() -> None:
    text = "The talks ended. For the analyst Ana Lima, the process against the mayor was weak."
    flags = [a for a in artifacts(text) if a.category == "calque"]
    assert len(flags) == 2
    assert not any("translation from" in a.explanation for a in flags)


def test_fixes_keep_the_rest_of_the_phrase() -> None:
    fixes = {
        a.text: a.suggestion
        for a in artifacts("The talks ended. The ceremony was realized at the port.")
    }
    assert fixes["ceremony was realized"] == "ceremony was held"
    fixes = {a.text: a.suggestion for a in artifacts("He met the governor Ana Lima at noon.")}
    assert fixes["the governor Ana Lima"] == "Governor Ana Lima"


CLEAN = [
    "Governor Ana Lima met the minister, André Costa, on Monday.",
    "The judge Donald Trump appointed ruled on Friday.",
    "The surgery was performed in the port's hospital.",
    "The process of drafting the law against corruption took a year.",
    "The patient was paralysed after the fall.",
    "The oil exploration team and the Mars exploration rover were praised.",
    "Our old aunt lives by the sea; the orcs of Mordor are in the film.",
    "The phone number has nine digits.",
    "Officials stopped the games because of the rain.",
    "A Michelin guide and a League One match were in the news.",
    "The mayor was informed that the ferry had sunk.",
    "The eventual winner disposed of the old boats.",
    "The crowd stood in front of the town hall; the tram arrived punctually.",
    "Price controls and the above-mentioned rules were debated.",
    "She raised her voice over the crowd, and the police denied the suspicion of bias.",
    "A light aircraft landed in heavy rain; nobody was injured.",
    "It is expected that the vote will pass; the move is interpreted as a warning.",
    "People related to the victims came; he hurried to the station with detailed plans.",
    "She heard the story of the town from her mother and showed the idea to her class.",
]


@pytest.mark.parametrize("text_in", CLEAN)
def test_good_english_is_left_alone(text_in: str) -> None:
    assert calques(text_in) == []


LANGUAGE_ENTRIES = [
    ("Firefighters said the blaze jumped to three houses on the street.", "tr_fire_jumped"),
    ("Deputies were blamed for truancy from plenary sessions.", "ru_truancy"),
    ("The party held exploration talks with the Greens.", "de_exploration_talks"),
    ("Police said the violent typhus threw flares.", "it_tifosi_typhus"),
    ("Net friends shared the video thousands of times.", "zh_net_friends"),
    ("The judges acted outside the four lines, he said.", "pt_four_lines"),
    ("Special Envoy in Kyiv\nThe shelling went on.", "special_envoy_in"),
    ("“The bridge must be rebuilt,” she raised her voice.", "ko_raised_voice"),
    ("The driver denied the suspicion, the court heard.", "ko_denied_suspicion"),
    ("Two riders suffered light injuries in the fall.", "light_heavy_injuries"),
    ("Police are hurrying the investigation into the crash.", "ja_hurrying_investigation"),
    (
        "Police are questioning him while hearing the story from the driver.",
        "ja_listening_to_story",
    ),
]


@pytest.mark.parametrize(("text_in", "entry"), LANGUAGE_ENTRIES)
def test_new_language_entries(text_in: str, entry: str) -> None:
    assert f"calque:{entry}" in calques(text_in)


def test_korean_is_named_on_two_of_its_own_phrases() -> None:
    text = (
        "“We will not allow it,” he raised his voice. The ministry revealed its position that "
        "talks would go on."
    )
    flags = [a for a in artifacts(text) if a.category == "calque"]
    assert [a.rule for a in flags] == ["calque:ko_raised_voice", "calque:ko_revealed_position"]
    assert all("translation from Korean" in a.explanation for a in flags)


REQUIRING = [
    entry
    for code in ("fr", "es", "pt", "de", "ru", "zh", "ar", "tr", "it", "id", "ko", "ja", "general")
    for entry in load_lexicon(f"calques_{code}")["entries"]
    if entry.get("requires")
]


@pytest.mark.parametrize("entry", REQUIRING, ids=lambda e: str(e["id"]))
def test_an_entry_with_required_strings_still_flags_its_literal_renderings(
    entry: dict[str, Any],
) -> None:
    for literal in entry["literal"]:
        text = f"Officials met on Monday. {literal} was what the report described."
        if entry["id"] in calques(text):
            assert any(r in text.lower() for r in entry["requires"]), literal


@pytest.mark.parametrize(
    ("text_in", "entry"),
    [
        ("He made state of the damage to the port.", "make_state_of"),
        ("The ferry sails this Friday from Bergen.", "es_this_weekday"),
        # A letter that matches an ASCII one when case is ignored: the strings are not used.
        ("The firm is makıng state of the damage to the port.", "make_state_of"),
    ],
)
def test_required_strings_let_the_entry_through(text_in: str, entry: str) -> None:
    assert f"calque:{entry}" in calques(text_in)
