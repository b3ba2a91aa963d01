"""Exercise models: every kind's check, and every exercise in the lesson data files."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

import medialit.exercises
from medialit.exercises import (
    DateAnswer,
    Exercise,
    Feedback,
    LabelSegments,
    Mistake,
    MultipleChoice,
    Option,
    Order,
    Passage,
    PickSpans,
    Reflection,
    ShortText,
    SingleChoice,
    Verdict,
    exercises_of,
    from_data,
    lesson_names,
)
from medialit.exercises.model import normalize_text, parse_date, quote
from medialit.exercises.sessions import DATA_FOLDER, SCHEMA

ALL = [ex for name in lesson_names() for ex in exercises_of(name).values()]
IDS = [f"{name}.{ex_id}" for name in lesson_names() for ex_id in exercises_of(name)]


def _data(name: str) -> object:
    text = resources.files("medialit").joinpath(f"{DATA_FOLDER}/{name}").read_text("utf-8")
    return json.loads(text)


@pytest.mark.parametrize("name", lesson_names())
def test_lesson_files_follow_the_schema(name: str) -> None:
    schema = _data(SCHEMA)
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(_data(f"{name}.json"), schema)


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        ({"hints": "one hint"}, "is not of type 'array'"),
        ({"hint": ["one hint"]}, "'hint' was unexpected"),
        ({"accept": []}, "should be non-empty"),
        ({"kind": "essay"}, "is not one of"),
    ],
)
def test_the_schema_names_what_is_wrong(change: dict[str, object], complaint: str) -> None:
    entry = {"kind": "short_text", "id": "x", "prompt": "p", "accept": ["a"], **change}
    with pytest.raises(jsonschema.ValidationError, match=complaint):
        jsonschema.validate({"notebook": "00_x", "exercises": [entry]}, _data(SCHEMA))


@pytest.mark.parametrize("exercise", ALL, ids=IDS)
def test_reference_answer_passes_its_own_check(exercise: Exercise) -> None:
    feedback = exercise.check(exercise.reference)
    assert feedback.verdict in (Verdict.CORRECT, Verdict.SAVED), feedback.text
    if feedback.verdict is Verdict.CORRECT:
        assert feedback.score == 1.0
        assert feedback.explanation or feedback.message


@pytest.mark.parametrize("exercise", ALL, ids=IDS)
def test_each_common_mistake_gets_its_own_message(exercise: Exercise) -> None:
    messages = [m.message for m in exercise.mistakes]
    assert len(set(messages)) == len(messages), "two mistakes share a message"
    for mistake in exercise.mistakes:
        for answer in (mistake.answer, exercise.answer_making(mistake)):
            feedback = exercise.check(answer)
            assert feedback.verdict in (Verdict.INCORRECT, Verdict.PARTLY), feedback.text
            assert mistake.message in feedback.message
            others = [m for m in messages if m != mistake.message]
            assert not any(m in feedback.message for m in others), feedback.text


@pytest.mark.parametrize("exercise", ALL, ids=IDS)
def test_every_exercise_can_be_solved_after_asking(exercise: Exercise) -> None:
    assert exercise.prompt.strip()
    assert exercise.solution_text.strip()
    assert exercise.check(None).verdict is Verdict.EMPTY


def test_notebook_00_has_three_exercises_of_two_kinds() -> None:
    kinds = [ex.kind for ex in exercises_of("00_start_here").values()]
    assert len(kinds) >= 3
    assert len(set(kinds)) >= 2


@pytest.mark.parametrize(
    ("verdict", "text"),
    [
        (Verdict.CORRECT, "✓ Correct — Well read. Because."),
        (Verdict.PARTLY, "◐ Partly right — Well read. Because."),
        (Verdict.INCORRECT, "✗ Not yet — Well read. Because."),
        (Verdict.SAVED, "✎ Saved — Well read. Because."),
    ],
)
def test_feedback_text_has_a_mark_and_words(verdict: Verdict, text: str) -> None:
    feedback = Feedback(verdict, 1.0, "Well read.", "Because.")
    assert str(feedback) == feedback.text == text


PUBLISHER = SingleChoice(
    id="t.publisher",
    prompt="Who published the page?",
    options=[
        Option("TASS", explain="TASS is quoted, not credited."),
        Option("The page does not say", correct=True, explain="No byline, no credit."),
        Option("NATO"),
    ],
    explanation="Note it down.",
)


@pytest.mark.parametrize(
    ("answer", "verdict", "words"),
    [
        ("TASS", Verdict.INCORRECT, "TASS is quoted, not credited."),
        (0, Verdict.INCORRECT, "TASS is quoted, not credited."),
        ("the page does not say.", Verdict.CORRECT, "No byline, no credit. Note it down."),
        ("NATO", Verdict.INCORRECT, "That option does not fit."),
        ("Reuters", Verdict.EMPTY, "is not one of the options"),
        (None, Verdict.EMPTY, "Choose an option first"),
    ],
)
def test_single_choice(answer: object, verdict: Verdict, words: str) -> None:
    feedback = PUBLISHER.check(answer)
    assert feedback.verdict is verdict
    assert words in feedback.text


def test_single_choice_needs_exactly_one_correct_option() -> None:
    with pytest.raises(ValueError, match="exactly one correct"):
        SingleChoice(id="x", prompt="p", options=[Option("a", correct=True), Option("b", True)])


WHEN = MultipleChoice(
    id="t.when",
    prompt="What does the page say?",
    options=[
        Option("Sunday", correct=True, explain="Stated in P1."),
        Option("A year", explain="No year appears."),
        Option("January 12", correct=True, explain="Stated in P1."),
    ],
    mistakes=[Mistake(["A year"], "A guess is not a statement.")],
)


@pytest.mark.parametrize(
    ("answer", "verdict", "score", "words"),
    [
        (["Sunday", "January 12"], Verdict.CORRECT, 1.0, "✓ “Sunday”: Stated in P1."),
        (["Sunday"], Verdict.PARTLY, 0.5, "One more option also fits."),
        (["A year"], Verdict.INCORRECT, 0.0, "A guess is not a statement. Your tick does not fit."),
        (["Sunday", "A year", "January 12"], Verdict.PARTLY, 2 / 3, "No year appears."),
        ([], Verdict.EMPTY, None, "Tick at least one option"),
    ],
)
def test_multiple_choice(answer: object, verdict: Verdict, score: float, words: str) -> None:
    feedback = WHEN.check(answer)
    assert feedback.verdict is verdict
    assert feedback.score == pytest.approx(score) if score is not None else feedback.score is None
    assert words in feedback.text


CODE = PickSpans(
    id="t.code",
    prompt="Pick the code.",
    passage=(
        "Home NEWS The minister spoke. “}}”> text “:” The talks begin. Next article Cruise ships"
    ),
    spans=["Home NEWS", "“}}”> text “:”", "Next article Cruise ships"],
    mistakes=[Mistake(["minister"], "The minister is part of the story.")],
)


@pytest.mark.parametrize(
    ("answer", "verdict", "words"),
    [
        (CODE.reference, Verdict.CORRECT, "You found all 3, and nothing extra."),
        (["Home", "NEWS", "text", "Next article Cruise ships"], Verdict.CORRECT, "found all 3"),
        (
            ["Home NEWS", "text"],
            Verdict.PARTLY,
            "You found 2 of 3. “Home NEWS” is right. “text” is right. One is still unfound: "
            "look near the end.",
        ),
        (
            ["Home NEWS", "text", "Next article"],
            Verdict.PARTLY,
            "“Next article” is too short: it stops too soon.",
        ),
        (
            ["Home NEWS", "text", "article Cruise ships"],
            Verdict.PARTLY,
            "“article Cruise ships” is too short: it starts too late.",
        ),
        (
            ["NEWS The minister"],
            Verdict.PARTLY,
            "“NEWS The minister” is not the right stretch: it starts too late and it runs on",
        ),
        (
            ["Home NEWS The", "text", "Next article Cruise ships"],
            Verdict.PARTLY,
            "“Home NEWS The” is too long: it runs on too far.",
        ),
        (["The talks"], Verdict.INCORRECT, "“The talks” is not one of them."),
        (
            [*CODE.reference, "minister spoke"],
            Verdict.PARTLY,
            "The minister is part of the story. You found 3 of 3. “Home NEWS” is right.",
        ),
        (["Home NE"], Verdict.EMPTY, "not a run of whole words"),
    ],
)
def test_pick_spans(answer: object, verdict: Verdict, words: str) -> None:
    feedback = CODE.check(answer)
    assert feedback.verdict is verdict, feedback.text
    assert words in feedback.text


@pytest.mark.parametrize(
    ("answer", "words"),
    [
        (["NEWS"], "Close: you have part of 1 of the 3, not yet the whole of it."),
        (["NEWS", "Next article"], "Close: you have part of 2 of the 3"),
    ],
)
def test_a_partly_right_pick_never_says_it_found_none(answer: object, words: str) -> None:
    feedback = CODE.check(answer)
    assert feedback.verdict is Verdict.PARTLY
    assert words in feedback.text and "You found 0" not in feedback.text


RUSH = PickSpans(
    id="t.rush",
    prompt="Pick the words the minister said.",
    passage="“We will not be hurried,” the minister said on Friday.",
    spans=["We will not be hurried"],
)


@pytest.mark.parametrize(
    "pick",
    [
        "We will not be hurried,",
        '"We will not be hurried"',
        "“We will not be hurried,”",
        "hurried,",
    ],
)
def test_a_pick_with_quote_marks_or_punctuation_around_it_reads_as_its_words(pick: str) -> None:
    words = RUSH.describe(RUSH.read([pick]))
    assert words.strip("“”,") == pick.strip('"“”,')
    expected = Verdict.PARTLY if pick == "hurried," else Verdict.CORRECT
    assert RUSH.check([pick]).verdict is expected


def test_pick_spans_scores_overlap_with_partial_credit() -> None:
    half = CODE.check(["Home NEWS", "text"]).score
    assert half == pytest.approx(3 / 7)
    assert CODE.check(["The talks"]).score == 0.0


def test_neighbouring_picks_join_into_spans() -> None:
    picks = CODE.read(["Home", "NEWS", "minister"])
    assert CODE.runs(picks) == [(0, 1), (3, 3)]
    assert CODE.describe(picks) == "Home NEWS | minister"


def test_a_key_span_must_be_whole_words() -> None:
    with pytest.raises(ValueError, match="not whole words"):
        PickSpans(id="x", prompt="p", passage="Home NEWS", spans=["ome"])


PARTS = LabelSegments(
    id="t.parts",
    prompt="Label each line.",
    labels=["article", "navigation"],
    passages=[
        Passage("Home LATEST NEWS", "navigation"),
        Passage("Russia is considering a proposal.", "article"),
        Passage(
            "Previous article",
            "navigation",
            why="A link the site puts under every story.",
            pointer="Would a reporter write these two words?",
        ),
    ],
    mistakes=[Mistake({"0": "article"}, "Home is a menu word.")],
)


@pytest.mark.parametrize(
    ("answer", "verdict", "words"),
    [
        (["navigation", "article", "navigation"], Verdict.CORRECT, "All 3 right."),
        (["Navigation", "article", None], Verdict.PARTLY, "2 of 3 right. 1 still without a label."),
        (
            ["navigation", "article", "article"],
            Verdict.PARTLY,
            "Line 3, “Previous article”, is not “article”: Would a reporter",
        ),
        ({0: "article"}, Verdict.INCORRECT, "Home is a menu word."),
        (["navigation", "quote", "article"], Verdict.EMPTY, "is not one of the labels"),
        ([None, None, None], Verdict.EMPTY, "Choose a label"),
    ],
)
def test_label_segments(answer: object, verdict: Verdict, words: str) -> None:
    feedback = PARTS.check(answer)
    assert feedback.verdict is verdict, feedback.text
    assert words in feedback.text


CHAIN = Order(
    id="t.chain",
    prompt="Put the chain in order.",
    items=["the ministry", "TASS", "an agency in French", "this page"],
    mistakes=[Mistake(["TASS", "the ministry", "an agency in French", "this page"], "Who spoke?")],
)


@pytest.mark.parametrize(
    ("answer", "verdict", "words"),
    [
        (CHAIN.reference, Verdict.CORRECT, "Every item is in its place."),
        (
            ["the ministry", "an agency in French", "TASS", "this page"],
            Verdict.PARTLY,
            "5 of 6 pairs are in order. The first item is in place. “an agency in French” belongs",
        ),
        (list(reversed(CHAIN.items)), Verdict.INCORRECT, "0 of 6 pairs"),
        (
            ["TASS", "the ministry", "an agency in French", "this page"],
            Verdict.PARTLY,
            "Who spoke?",
        ),
        (["TASS", "this page"], Verdict.EMPTY, "exactly once"),
    ],
)
def test_order(answer: object, verdict: Verdict, words: str) -> None:
    feedback = CHAIN.check(answer)
    assert feedback.verdict is verdict, feedback.text
    assert words in feedback.text


def test_order_starts_shuffled_and_the_same_every_time() -> None:
    assert tuple(CHAIN.start) != tuple(CHAIN.items)
    assert Order(id="t.chain", prompt="p", items=CHAIN.items).start == CHAIN.start


@pytest.mark.parametrize(
    ("text", "first", "last", "precision"),
    [
        ("2021-12-26", "2021-12-26", "2021-12-26", "day"),
        ("26 December 2021", "2021-12-26", "2021-12-26", "day"),
        ("December 26, 2021", "2021-12-26", "2021-12-26", "day"),
        ("Sunday 26th Dec. 2021", "2021-12-26", "2021-12-26", "day"),
        ("Dec 2021", "2021-12-01", "2021-12-31", "month"),
        ("2021-12", "2021-12-01", "2021-12-31", "month"),
        ("2021-12-24/2021-12-26", "2021-12-24", "2021-12-26", "range"),
        ("24 December 2021 to 26 December 2021", "2021-12-24", "2021-12-26", "range"),
        ("24–26 December 2021", "2021-12-24", "2021-12-26", "range"),
    ],
)
def test_dates_are_read_in_iso_and_in_words(
    text: str, first: str, last: str, precision: str
) -> None:
    span = parse_date(text)
    assert (span.first.isoformat(), span.last.isoformat(), span.precision) == (
        first,
        last,
        precision,
    )


SUNDAY = DateAnswer(
    id="t.sunday",
    prompt="On which day did the ministry speak?",
    key="2021-12-26",
    mistakes=[Mistake("2 January 2022", "“On Sunday” means the Sunday before the page.")],
)
MONTH = DateAnswer(id="t.month", prompt="When were the drafts released?", key="2021-12")
RANGE = DateAnswer(id="t.range", prompt="When?", key="2021-12-24/2021-12-27")


@pytest.mark.parametrize(
    ("exercise", "answer", "verdict", "words"),
    [
        (SUNDAY, "Sunday, 26 December 2021", Verdict.CORRECT, "26 December 2021 fits"),
        (SUNDAY, "Dec 2021", Verdict.PARTLY, "Right month. The evidence narrows it down"),
        (SUNDAY, "2021-12-25", Verdict.INCORRECT, "1 day too early"),
        (SUNDAY, "2022-01-02", Verdict.INCORRECT, "“On Sunday” means the Sunday before"),
        (SUNDAY, "2022-01-02", Verdict.INCORRECT, "7 days too late"),
        (SUNDAY, "the day after", Verdict.EMPTY, "cannot read"),
        (SUNDAY, "2021-12-25/2021-12-27", Verdict.PARTLY, "narrows it down to one day"),
        (MONTH, "December 2021", Verdict.CORRECT, "fits the evidence"),
        (MONTH, "2021-12-01/2021-12-31", Verdict.CORRECT, "fits the evidence"),
        (MONTH, "17 December 2021", Verdict.PARTLY, "the evidence gives only the month"),
        (MONTH, "2021-12-10/2021-12-20", Verdict.PARTLY, "the evidence gives only the month"),
        (MONTH, "November 2021", Verdict.INCORRECT, "too early"),
        (RANGE, "24-27 December 2021", Verdict.CORRECT, "fits"),
        (RANGE, "2021-12-26", Verdict.PARTLY, "one day is more precise than the evidence"),
        (RANGE, "2021-12-25/2021-12-26", Verdict.PARTLY, "gives a wider range"),
        (RANGE, "December 2021", Verdict.PARTLY, "27 more"),
        (RANGE, "2021-12-26/2021-12-29", Verdict.PARTLY, "overlap"),
    ],
)
def test_dates_are_checked_at_the_precision_of_the_key(
    exercise: DateAnswer, answer: str, verdict: Verdict, words: str
) -> None:
    feedback = exercise.check(answer)
    assert feedback.verdict is verdict, feedback.text
    assert words in feedback.text


@pytest.mark.parametrize(
    ("answer", "score"), [("2021-12-15", 0.1), ("2021-12-17", 0.1), ("2021-12", 0.323)]
)
def test_mid_december_is_a_range_and_one_day_is_only_partly_right(
    answer: str, score: float
) -> None:
    exercise = exercises_of("04_timeline")["resolve_mid_december"]
    feedback = exercise.check(answer)
    assert (feedback.verdict, feedback.score) == (Verdict.PARTLY, score), feedback.text
    if answer == "2021-12-15":
        assert feedback.message.startswith("Mid-December is a range, not one day:")
    assert "range" in exercise.explanation and "range" in exercise.solution


AGENCY = ShortText(
    id="t.agency",
    prompt="Which agency quoted the ministry?",
    accept=["TASS", "the TASS agency"],
    mistakes=[Mistake("Reuters", "Reuters is not named on this page.")],
)


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("TASS", Verdict.CORRECT),
        ("  tass. ", Verdict.CORRECT),
        ("“The TASS   agency”", Verdict.CORRECT),
        ("the T.A.S.S. agency", Verdict.INCORRECT),
        ("AFP", Verdict.INCORRECT),
        ("   ", Verdict.EMPTY),
    ],
)
def test_short_text_ignores_case_spacing_quotes_and_punctuation(
    answer: str, verdict: Verdict
) -> None:
    assert AGENCY.check(answer).verdict is verdict


@pytest.mark.parametrize(
    "answer",
    [
        "We've received this offer from NATO and we're considering it",
        "“We have received this offer from NATO and we are considering it”",
        "'We’ve received this offer from NATO, and we’re considering it.'",
    ],
)
def test_short_text_spells_out_contractions_and_drops_a_pair_of_quotes(answer: str) -> None:
    fix = ShortText(
        id="t.fix", prompt="Fix the quote.", accept=[answer.replace("'", "’").strip("“”’")]
    )
    full = "We have received this offer from NATO and we are considering it"
    assert fix.check(full).verdict is Verdict.CORRECT, fix.check(full).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("don't", "do not"),
        ("It's TASS's report", "it is tass s report"),
        ("we can't, we cannot", "we can not we can not"),
        ("they won't", "they will not"),
        ("I'm sure they'll say", "i am sure they will say"),
        ("«TASS»", "tass"),
    ],
)
def test_normalize_text_spells_out_contractions(text: str, expected: str) -> None:
    assert normalize_text(text) == expected


def test_quoted_answers_are_not_quoted_twice() -> None:
    quoted = ShortText(id="t.q", prompt="Which words?", accept=["“On Sunday”"])
    feedback = quoted.check("“on Sunday”")
    assert feedback.verdict is Verdict.CORRECT
    assert feedback.message == "“on Sunday” is right."
    assert quote('"We have it"', words=2) == "“We have…”"
    assert "““" not in quoted.check("'on Monday'").message


def test_short_text_mistake_matches_after_normalising() -> None:
    assert "Reuters is not named" in AGENCY.check("reuters!").message


def test_reflection_is_saved_not_graded_and_shows_the_rubric() -> None:
    ex = Reflection(id="t.q", prompt="Which question first?", rubric="Names the evidence.")
    feedback = ex.check("Who published it?")
    assert (feedback.verdict, feedback.score) == (Verdict.SAVED, None)
    assert feedback.explanation == "Names the evidence."
    assert ex.check("  ").verdict is Verdict.EMPTY


def test_from_data_names_the_exercise_and_the_problem() -> None:
    with pytest.raises(ValueError, match="unknown kind 'essay'"):
        from_data({"kind": "essay", "id": "x", "prompt": "p"})
    with pytest.raises(ValueError, match=r"'x' \(short_text\).*colour"):
        from_data({"kind": "short_text", "id": "x", "prompt": "p", "accept": ["a"], "colour": 1})


def test_a_mistake_written_for_an_option_is_shown_with_the_option_explanation() -> None:
    ex = SingleChoice(
        id="t.today",
        prompt="No date. Next step?",
        options=[
            Option("Work it out", correct=True),
            Option("Assume today", explain="Pages stay online for years."),
        ],
        mistakes=[Mistake("Assume today", "Lesson 04 warned about this anchor.")],
    )
    assert len(ex.mistakes) == 1
    assert ex.check("Assume today").message == (
        "Lesson 04 warned about this anchor. Pages stay online for years."
    )


def test_models_load_without_widgets_spacy_or_jsonschema() -> None:
    code = (
        "import sys; from medialit import exercises; "
        "exercises.exercises_of('00_start_here'); "
        "print(sorted(m for m in ('ipywidgets', 'spacy', 'jsonschema') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_models_and_sessions_never_import_a_view() -> None:
    # Arrows point one way: lessons -> views -> sessions -> models, never back, not
    # even inside a function.
    import ast

    folder = Path(medialit.exercises.__file__).parent
    below_views = [folder / "core.py", folder / "text.py", folder / "sessions.py"]
    below_views += sorted((folder / "kinds").glob("*.py"))
    for path in below_views:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                assert not name.endswith((".views", ".lessons")), (path.name, name)
                assert not name.startswith("ipywidgets"), (path.name, name)


def test_every_kind_module_registers_its_kind() -> None:
    import pkgutil

    from medialit.exercises import kinds
    from medialit.exercises.views import VIEWS

    modules = [info.name for info in pkgutil.iter_modules(kinds.__path__)]
    assert len(modules) >= 7
    for kind, cls in kinds.KINDS.items():
        assert cls.__module__.rsplit(".", 1)[0] == "medialit.exercises.kinds", kind
        assert cls.control in VIEWS, kind


def test_a_wrong_label_points_to_the_evidence_first_and_gives_the_reason_next() -> None:
    answer = ["navigation", "navigation", "article"]
    first = PARTS.check(answer)
    assert first.notes == (
        "Line 2, “Russia is considering a proposal.”, is not “navigation”.",
        "Line 3, “Previous article”, is not “article”: Would a reporter write these two words?",
        "Read each of these lines again: what does it do on the page?",
    )
    second = PARTS.check(answer, attempt=2)
    assert second.notes[1].endswith(": A link the site puts under every story.")
    assert "A link the site puts under every story." in PARTS.solution_text


def test_no_message_doubles_its_quotation_marks() -> None:
    for exercise in ALL:
        answers = [exercise.reference, *(exercise.answer_making(m) for m in exercise.mistakes)]
        if isinstance(exercise, LabelSegments):
            answers.append([exercise.labels[0]] * len(exercise.passages))
        for answer in answers:
            for attempt in (1, 2):
                text = exercise.check(answer, attempt=attempt).text
                assert "““" not in text and "””" not in text, (exercise.id, text)


FIX_QUOTE = exercises_of("03_translation_errors")["fix_quote"]


@pytest.mark.parametrize(
    "text",
    [
        "We got NATO's offer and are considering it",
        "We have received this proposal from NATO, and we're looking at it.",
        "We got the offer from the North Atlantic Treaty Organization and are studying it",
    ],
)
def test_a_correction_that_meets_every_criterion_passes(text: str) -> None:
    assert FIX_QUOTE.check(text).verdict is Verdict.CORRECT


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("We got the offer from NATO and are considering it inMoscow", "put the space back"),
        ("We got the offer from North Atlantic Treaty Organization and are considering it", "P3"),
        ("We got NATO's offer and we examine it", "present continuous"),
    ],
)
def test_a_correction_that_keeps_an_error_gets_that_criterions_message(
    text: str, complaint: str
) -> None:
    feedback = FIX_QUOTE.check(text)
    assert feedback.verdict is Verdict.PARTLY
    assert len(feedback.notes) == 1 and complaint in feedback.notes[0]


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("We got NATO's offer and are accepting it", "neither accepts nor rejects"),
        ("We have turned down the proposal from NATO", "neither accepts nor rejects"),
        ("We have refused this offer from NATO", "neither accepts nor rejects"),
        ("We have rejected this offer from NATO", "neither accepts nor rejects"),
        ("qwerty", "NATO"),
    ],
)
def test_a_correction_that_loses_the_meaning_or_says_nothing_earns_nothing(
    text: str, complaint: str
) -> None:
    feedback = FIX_QUOTE.check(text)
    assert feedback.verdict is Verdict.INCORRECT and feedback.score == 0.0
    assert "Partly" not in feedback.text
    assert any(complaint in note for note in feedback.notes) or complaint in feedback.message


def test_a_wrong_option_with_a_pointer_points_first_and_explains_next() -> None:
    ex = SingleChoice(
        id="t.p",
        prompt="Who published the page?",
        options=[
            Option("The page does not say", correct=True),
            Option("TASS", explain="TASS is quoted, not credited.", pointer="Look for a byline."),
        ],
    )
    assert ex.check("TASS").message == "Look for a byline."
    assert ex.check("TASS", attempt=2).message == "TASS is quoted, not credited."
    assert "Not “TASS”: TASS is quoted, not credited." in ex.solution_text
    ticks = MultipleChoice(id="t.m", prompt="Which?", options=list(ex.options))
    assert ticks.check(["TASS"]).notes == ("✗ “TASS”: Look for a byline.",)
    assert ticks.check(["TASS"], attempt=2).notes == ("✗ “TASS”: TASS is quoted, not credited.",)


@pytest.mark.parametrize("exercise", ALL, ids=IDS)
def test_every_wrong_choice_has_a_message_of_its_own(exercise: Exercise) -> None:
    if isinstance(exercise, (SingleChoice, MultipleChoice)):
        for option in exercise.options:
            assert option.explain, (exercise.id, option.text)
    if isinstance(exercise, LabelSegments):
        for passage in exercise.passages:
            assert passage.why, (exercise.id, passage.text)


@pytest.mark.parametrize(
    ("text", "words", "shown"),
    [
        ("“We will not be hurried,” the minister said", 6, "‘“We will not be hurried,” the…’"),
        ("Russia, in “Russia has warned the alliance”", 4, "“Russia, in Russia has…”"),
        ("“late” is missing from both versions", 0, "‘“late” is missing from both versions’"),
        (
            "the plan “takes into account” both sides",
            0,
            "‘the plan “takes into account” both sides’",
        ),
        ("Russia’s reply", 0, "“Russia’s reply”"),
        ("“We have it”", 0, "“We have it”"),
        ("‘Soon’, she said “again”", 0, "«‘Soon’, she said “again”»"),
    ],
)
def test_quote_never_nests_like_marks_or_leaves_one_open(text: str, words: int, shown: str) -> None:
    assert quote(text, words=words) == shown


BOXING_DAY_EVE = DateAnswer(id="t.sunday", prompt="When?", key="2021-12-26")


@pytest.mark.parametrize(
    ("answer", "verdict", "words"),
    [
        ("26/12/2021", Verdict.CORRECT, "26 December 2021 fits"),
        ("26.12.2021", Verdict.CORRECT, "26 December 2021 fits"),
        ("12/26/2021", Verdict.CORRECT, "26 December 2021 fits"),
        ("05/12/2021", Verdict.INCORRECT, "I read 05/12/2021 day first, as British English"),
        ("December 26", Verdict.EMPTY, "gives the day and month (26 December) but not the year"),
        ("26th December", Verdict.EMPTY, "not the year"),
        ("2022-12-26", Verdict.INCORRECT, "The day and month are right, but the year 2022 is not"),
        ("26 December 2020", Verdict.INCORRECT, "the year 2020 is not"),
    ],
)
def test_dates_in_figures_without_a_year_or_in_the_wrong_year(
    answer: str, verdict: Verdict, words: str
) -> None:
    feedback = BOXING_DAY_EVE.check(answer)
    assert feedback.verdict is verdict, feedback.text
    assert words in feedback.text and "cannot read" not in feedback.text
    assert "days too" not in feedback.text or verdict is not Verdict.INCORRECT or "05" in answer


def test_a_month_in_the_wrong_year_is_told_the_year_is_wrong() -> None:
    month = DateAnswer(id="t.month", prompt="When?", key="2021-12")
    assert "The month is right, but the year 2022 is not" in month.check("December 2022").text


MANY = LabelSegments(
    id="t.many",
    prompt="Label each line.",
    labels=["article", "navigation"],
    passages=[
        *(Passage(f"Menu item {n}", "navigation") for n in range(1, 4)),
        *(Passage(f"The council met for hour {n}.", "article") for n in range(1, 8)),
    ],
)


def test_many_wrong_lines_get_the_pattern_once_and_a_few_named() -> None:
    feedback = MANY.check(["navigation"] * 10)
    assert feedback.notes[0] == (
        "You gave every line the same label, “navigation”; the lines need 2 different labels."
    )
    assert feedback.notes[1].startswith("Line 4, ") and feedback.notes[3].startswith("Line 6, ")
    assert feedback.notes[4] == "… and 4 more lines not right yet."
    assert feedback.notes[5] == "Read each of these lines again: what does it do on the page?"
    assert len(feedback.notes) == 6 and len(feedback.text) < 500
    assert feedback.text.count("again") == 1


@pytest.mark.parametrize("exercise", ALL, ids=IDS)
def test_labelling_every_line_alike_gives_a_few_notes(exercise: Exercise) -> None:
    if isinstance(exercise, LabelSegments):
        for label in exercise.labels:
            feedback = exercise.check([label] * len(exercise.passages))
            assert len(feedback.notes) <= 6, (exercise.id, label)
            assert feedback.text.count("read it again") == 0
