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
    (
        "Home | World | Politics\n\nThe unions und the owners met on Friday.",
        ("broken:untranslated", "und"),
    ),
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


# Sentences broken where the page's lines were joined or cut.
BROKEN_LINES = [
    (
        "The council said the toll on the bridge would be\nRaised by a fifth next spring.",
        [("broken:line_break_after", "be")],
    ),
    (
        "Drivers asked whether the new ferry timetable could\nhelp them.",
        [("broken:line_break_after", "could"), ("broken:lower_case_start", "help them")],
    ),
    (
        "Ferry fares rise again in spring The company said its fuel bill had doubled.",
        [("broken:heading_run_in", "Ferry fares rise again in spring The")],
    ),
    (
        "Bridge Repairs Begin Next Week The works will close one lane until May.",
        [("broken:heading_run_in", "Bridge Repairs Begin Next Week The")],
    ),
    (
        "The board met on Friday, The members agreed to cut the fares.",
        [("broken:clause_restart", "The")],
    ),
    (
        "“Why should the riders pay for it?” I did. The mayor left the room.",
        [("broken:stray_ending", " I did.")],
    ),
    (
        "The fares went up.\n\nat the harbour\n\nAt the harbour, the ferries stayed in port.",
        [
            ("broken:lower_case_start", "at the harbour"),
            ("broken:repeated_label", "At the harbour"),
        ],
    ),
    (
        "The ferry left the harbour on Monday,\nDrivers waited for hours at the gate.",
        [("broken:comma_at_line_end", "Monday,")],
    ),
    (
        "The crews have shown that we are ready to sail again, the union said.",
        [("broken:first_person_report", "shown that we are ready to sail again, the union said")],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), BROKEN_LINES)
def test_sentences_broken_where_lines_were_joined_or_cut(
    text_in: str, expected: list[tuple[str, str]]
) -> None:
    assert broken(text_in) == expected


@pytest.mark.parametrize(
    "text_in",
    [
        "The council said the toll would be raised.\nThe ferry company agreed to the plan.",
        "Officials in the Harbour Police have told The Daily Courier that talks ended.",
        "The board met on Friday, The Hague said, and the fares were cut.",
        "“Will you pay?” he asked. “I did,” she said.",
        "Harbour news\n\nThe ferries stayed in port on Monday.",
        "Tags\n\nFerries\n\nFerries stayed in port.",
        "“The crews have shown that we are ready,” the union said.",
        "The union said that its crews are ready to sail again.",
    ],
)
def test_whole_sentences_and_names_are_not_broken(text_in: str) -> None:
    assert broken(text_in) == []


def _runs_one_word_at_a_time(
    words: list[str], gaps: list[str], rare: set[str]
) -> list[tuple[int, int]]:
    """The runs of rare words, found by reading every word in turn (the plain statement)."""
    out: list[tuple[int, int]] = []
    run: list[int] = []
    for i, word in enumerate([*words, None]):
        adjacent = bool(run) and word is not None and gaps[run[-1]] == " " and run[-1] == i - 1
        short = word is not None and len(word) <= 3
        fits = word is not None and (word in rare or (adjacent and short))
        if fits and (adjacent or not run):
            run.append(i)
            continue
        while run and words[run[-1]] not in rare:
            run.pop()
        if sum(words[j] in rare for j in run) >= 2:
            out.append((run[0], run[-1]))
        run = [i] if word is not None and word in rare else []
    return out


@pytest.mark.parametrize(
    "sentence",
    [
        "the plan of zorb quil was set",
        "zorb e quil e the vote",
        "zorb quil, then blag frum and mossy vent",
        "a zorb quil\nblag frum to",
        "zorb",
        "quil zorb blag frum",
        "zorb of the quil and frum",
        "",
    ],
)
def test_untranslated_runs_start_only_at_rare_words(sentence: str) -> None:
    from medialit.artifacts.untranslated import _LOWER_WORD_SPLIT, _runs

    parts = _LOWER_WORD_SPLIT.split(sentence)
    words, gaps = parts[1::2], parts[2::2]
    rare = {"zorb", "quil", "blag", "frum"}
    expected = _runs_one_word_at_a_time(words, gaps, rare)
    assert list(_runs(words, gaps, rare)) == expected
    assert sentence.count(" ") < 3 or expected


# Straight and curly quotes that face the wrong way or never close, line by line.
QUOTE_MARKS = [
    (
        'The crew said "we sail at noon. Then the ferry left.\n'
        'The port said "yes" and "no" at once.',
        [("broken:unclosed_quote", '"we sail at noon.')],
    ),
    ("The mayor said ” the ferry is late.", [("broken:wrong_quote", "”")]),
    ('The ferry left, "we sail at noon" she said.', [("broken:wrong_quote", ' "')]),
    ('The port said "yes" and "no" at once.\nThe ferry left.', []),
]


@pytest.mark.parametrize(("text_in", "expected"), QUOTE_MARKS)
def test_quote_marks_that_face_the_wrong_way_or_never_close(
    text_in: str, expected: list[tuple[str, str]]
) -> None:
    assert broken(text_in) == expected


# A label is a line of two to four words; a long line is judged by its last words only.
LINE_LENGTHS = [
    (
        "Port news and weather\nPort news and weather: the ferry sailed.\nThe crew left.",
        [("broken:repeated_label", "Port news and weather")],
    ),
    (
        "Port news and weather today\nPort news and weather today the ferry sailed.\nCrews left.",
        [],
    ),
    (
        "Port news\nPort news the ferry sailed at noon.\nThe harbour master of the old northern "
        "port said nothing at all about it,\nand the crew went home.",
        [
            ("broken:repeated_label", "Port news"),
            ("broken:comma_at_line_end", "it,"),
            ("broken:lower_case_start", "and the crew went home"),
        ],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), LINE_LENGTHS)
def test_short_labels_and_the_ends_of_long_lines(
    text_in: str, expected: list[tuple[str, str]]
) -> None:
    assert broken(text_in) == expected
