"""Broken sentences and untranslated words, on sentences written for these tests."""

from __future__ import annotations

import pytest

from medialit.artifacts import artifacts


def broken(text: str) -> list[tuple[str, str]]:
    kinds = ("broken", "punctuation")
    return [(a.rule, a.text) for a in artifacts(text) if a.category in kinds]


FLAGGED = [
    (
        "The harbour reopened. “We waited a week. “The crews” were ready, she said.",
        ("broken:unclosed_quote", "“We waited a week."),
    ),
    (
        "Talks ended at noon.\nan agreement signed by both unions\nThe port reopened.",
        ("broken:lower_case_start", "an agreement signed by both unions"),
    ),
    (
        "The ferries stopped.\nLarsen said. The union called a vote for Friday.",
        ("broken:bare_attribution", "Larsen said."),
    ),
    (
        "The ferry company promised to compensate the\nPassengers of the cancelled crossings.",
        ("broken:line_break_in_phrase", " the\n"),
    ),
    (
        "Home\n\nThe harbour board meets on Friday to discuss...\n\nTalks began.",
        ("broken:cut_off", "The harbour board meets on Friday to discuss..."),
    ),
    (
        "His first words were “thanks to the crews”. as the mayor put it, a relief.",
        ("punctuation:stop", "”. as"),
    ),
    (
        "The minister (who chairs the board met the unions on Friday.",
        ("broken:unbalanced_bracket", "(who chairs the board met the unions on Friday."),
    ),
    (
        "The board met on Friday.) The unions agreed.",
        ("broken:unbalanced_bracket", "The board met on Friday.)"),
    ),
    ("The deal was signed by the mayor () and the unions.", ("broken:empty_brackets", "()")),
    ("The vote between Labour e Greens was close.", ("broken:untranslated", "e")),
    ("The mayor wanted lo change in the rules.", ("broken:untranslated", "lo")),
    ("Con Larsen at the helm, the ship left.", ("broken:untranslated", "Con")),
    ("The unions und the owners met on Friday.", ("broken:untranslated", "und")),
    ("The crews were selon the report unhappy.", ("broken:untranslated", "selon")),
    (
        "The court will rule nesta semana on the appeal.",
        ("broken:untranslated_run", "nesta semana"),
    ),
    (
        "The minister spoke at length sobre o governo and its plans.",
        ("broken:untranslated_run", "sobre o governo"),
    ),
    ("The vote was set for nächste woche in Berlin.", ("broken:untranslated_run", "nächste woche")),
]


@pytest.mark.parametrize(("text_in", "expected"), FLAGGED)
def test_each_rule_fires(text_in: str, expected: tuple[str, str]) -> None:
    assert expected in broken(text_in)


CLEAN = [
    "“We waited a week,” she said. “The crews were ready.”",
    "“We waited a week.\n“The crews were ready,” she said.",
    "Talks ended at noon.\nAn agreement was signed by both unions.",
    "“The port is open,” Larsen said. The union called a vote.",
    "Larsen said the union would vote on Friday.",
    "Lo and behold, the ferry was on time.",
    "He spoke of Rio de Janeiro and São Paulo e-mail lists.",
    "The Dolce & Gabbana show and the con artist were in the news.",
    "The team of Juan del Castillo and Maria da Silva won.",
    "Contracts with Larsen Shipping were signed.",
    "The plan has two parts: 1) new piers and 2) new ferries (both paid by the port).",
    "The minister (who chairs the board) met the unions :)",
    "His first words were “thanks to the crews”. As the mayor put it, a relief.",
    "The ferry company promised to compensate the passengers.\nThe crossings resume today.",
    "The chef served a decisive finale of crème brûlée and panna cotta.",
    "Fans of the telenovela sang along at the fiesta.",
    "The Nuestra Señora choir and the São Bento monks sang.",
]


@pytest.mark.parametrize("text_in", CLEAN)
def test_good_english_is_left_alone(text_in: str) -> None:
    assert broken(text_in) == []


def test_an_untranslated_word_is_explained_with_its_meaning() -> None:
    (found,) = [a for a in artifacts("The unions und the owners met.") if a.category == "broken"]
    assert "“and” in German" in found.explanation
