"""Widget views drive the same models: set `.value`, `.click()` buttons, no kernel needed."""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as w
import pytest

from medialit.exercises import (
    DateAnswer,
    Exercise,
    LabelSegments,
    Option,
    Order,
    Passage,
    PickSpans,
    Reflection,
    Session,
    Settings,
    ShortText,
    SingleChoice,
    Verdict,
    exercises_of,
    lesson_names,
)
from medialit.exercises.views import (
    COLOURS,
    NOTICE_COLOURS,
    NOTICE_MARK,
    ExerciseView,
    LabelSegmentsView,
    MultipleChoiceView,
    OrderView,
    PickSpansView,
    ReflectionView,
    SingleChoiceView,
    TextView,
    build,
    text_html,
)

ALL = [ex for name in lesson_names() for ex in exercises_of(name).values()]
IDS = [f"{name}.{ex_id}" for name in lesson_names() for ex_id in exercises_of(name)]


@pytest.fixture
def session(tmp_path: Path) -> Session:
    return Session("test", settings=Settings(learner="ana", answers_dir=tmp_path))


def answer_with_controls(view: ExerciseView, answer: object) -> None:
    """Answer the way a learner would: through the widgets' values, not the model."""
    value = view.exercise.read(answer)
    if isinstance(view, SingleChoiceView):
        view.choice.value = value
    elif isinstance(view, MultipleChoiceView):
        for box in view.boxes:
            box.value = box.description in value
    elif isinstance(view, PickSpansView):
        for i, button in enumerate(view.words):
            button.value = i in value
    elif isinstance(view, LabelSegmentsView):
        for dropdown, label in zip(view.dropdowns, value, strict=True):
            dropdown.value = label
    elif isinstance(view, OrderView):
        for position, item in enumerate(value):
            view.listbox.value = item
            while list(view.listbox.options).index(item) > position:
                view.up_button.click()
    else:
        assert isinstance(view, (TextView, ReflectionView))
        view.text.value = value


@pytest.mark.parametrize("exercise", ALL, ids=IDS)
def test_the_reference_answer_entered_in_the_widgets_passes(
    exercise: Exercise, session: Session
) -> None:
    view = build(exercise, session=session)
    answer_with_controls(view, exercise.reference)
    view.check_button.click()
    expected = "✓ Correct" if not isinstance(exercise, Reflection) else "✎ Saved"
    assert expected in view.feedback.value
    assert view.attempts.value == "Attempts: 1"
    saved = session.record(exercise.id)["answer"]
    assert exercise.read(saved) == exercise.read(exercise.reference)


@pytest.mark.parametrize("exercise", ALL, ids=IDS)
def test_each_common_mistake_entered_in_the_widgets_gets_its_message(
    exercise: Exercise, session: Session
) -> None:
    view = build(exercise, session=session)
    for mistake in exercise.mistakes:
        answer_with_controls(view, exercise.answer_making(mistake))
        view.check_button.click()
        assert html.escape(mistake.message) in view.feedback.value


@pytest.mark.parametrize("exercise", ALL, ids=IDS)
def test_rebuilding_restores_the_answer_and_the_attempts(
    exercise: Exercise, session: Session
) -> None:
    first = build(exercise, session=session)
    answer_with_controls(first, exercise.reference)
    first.check_button.click()
    first.check_button.click()
    again = build(exercise, session=session)
    assert again.answer() == first.answer()
    assert again.attempts.value == "Attempts: 2"
    assert "your last saved answer" in again.feedback.value


@pytest.mark.parametrize("exercise", ALL, ids=IDS)
def test_every_control_has_visible_text(exercise: Exercise, session: Session) -> None:
    view = build(exercise, session=session)
    pending = [view.widget]
    while pending:
        widget = pending.pop()
        pending.extend(getattr(widget, "children", ()))
        kind = type(widget).__name__
        if kind in {"Button", "ToggleButton", "Checkbox"}:
            assert widget.description.strip(), widget
        if kind in {"RadioButtons", "Dropdown", "Select", "Text", "Textarea"}:
            assert widget.description.strip(), widget


def test_an_empty_check_is_not_an_attempt(session: Session) -> None:
    view = build(exercises_of("00_start_here")["publisher"], session=session)
    view.check_button.click()
    assert "Nothing to check yet" in view.feedback.value
    assert view.attempts.value == "Attempts: 0"


def test_hints_come_one_per_click_in_order(session: Session) -> None:
    exercise = exercises_of("00_start_here")["when"]
    view = build(exercise, session=session)
    assert view.hints.value == ""
    assert view.hint_button.description == "Show a hint (1 of 2)"
    view.hint_button.click()
    assert html.escape(exercise.hints[0]) in view.hints.value
    assert html.escape(exercise.hints[1]) not in view.hints.value
    view.hint_button.click()
    assert html.escape(exercise.hints[1]) in view.hints.value
    assert view.hint_button.disabled and view.hint_button.description == "No more hints"


def test_the_solution_needs_an_attempt(session: Session) -> None:
    exercise = exercises_of("00_start_here")["publisher"]
    view = build(exercise, session=session)
    assert view.solution_button.disabled
    view.reveal_solution()
    assert "Try the exercise once" in view.solution.value
    view.choice.value = "NATO"
    view.check_button.click()
    assert not view.solution_button.disabled
    view.solution_button.click()
    for line in exercise.solution_text.splitlines():
        assert html.escape(line) in view.solution.value


def test_assessment_mode_hides_the_solution(tmp_path: Path) -> None:
    settings = Settings(learner="ana", answers_dir=tmp_path, solutions=False)
    view = build(
        exercises_of("00_start_here")["publisher"], session=Session("t", settings=settings)
    )
    view.choice.value = "NATO"
    view.check_button.click()
    assert view.solution_button.layout.display == "none"
    view.reveal_solution()
    assert "turned off" in view.solution.value


def test_picked_words_join_and_carry_a_mark(session: Session) -> None:
    exercise = PickSpans(id="t.p", prompt="Pick.", passage="Home NEWS The minister", spans=["Home"])
    view = build(exercise, session=session)
    assert isinstance(view, PickSpansView)
    view.words[0].value = view.words[1].value = view.words[3].value = True
    assert view.words[0].icon == "check" and view.words[2].icon == ""
    assert "“Home NEWS” | “minister”" in view.picks.value
    view.clear_button.click()
    assert view.answer() == [] and "none yet" in view.picks.value


def test_order_buttons_move_the_selected_item(session: Session) -> None:
    exercise = Order(id="t.o", prompt="Order.", items=["a", "b", "c"], start=["c", "a", "b"])
    view = build(exercise, session=session)
    assert isinstance(view, OrderView)
    view.listbox.value = "c"
    view.down_button.click()
    view.down_button.click()
    view.down_button.click()
    assert view.answer() == ["a", "b", "c"] and view.listbox.value == "c"
    view.up_button.click()
    assert view.answer() == ["a", "c", "b"]


def test_text_answers_go_through_the_text_box(session: Session) -> None:
    date = build(DateAnswer(id="t.d", prompt="When?", key="2021-12-26"), session=session)
    assert isinstance(date, TextView)
    date.text.value = "26 December 2021"
    date.check_button.click()
    assert "✓ Correct" in date.feedback.value
    short = build(ShortText(id="t.s", prompt="Agency?", accept=["TASS"]), session=session)
    assert isinstance(short, TextView)
    short.text.value = "Reuters"
    assert short.check().verdict.value == "incorrect"


def test_article_text_is_escaped_in_every_widget(session: Session) -> None:
    nasty = "<script>alert(1)</script> & “}}”>"
    exercises: list[Exercise] = [
        SingleChoice(
            id="t.1",
            prompt=nasty,
            options=[Option("<b>a</b>", correct=True, explain=nasty), Option("b")],
        ),
        LabelSegments(id="t.2", prompt=nasty, labels=["x"], passages=[Passage(nasty, "x", nasty)]),
        PickSpans(id="t.3", prompt=nasty, passage=nasty, spans=["alert"]),
    ]
    for exercise in exercises:
        view = build(exercise, session=session)
        answer_with_controls(view, exercise.reference)
        view.check_button.click()
        pending = [view.widget]
        while pending:
            widget = pending.pop()
            pending.extend(getattr(widget, "children", ()))
            if type(widget).__name__ == "HTML":
                assert "<script>" not in widget.value and "<b>a</b>" not in widget.value
        assert "&lt;script&gt;" in view.prompt.value


@pytest.mark.parametrize(
    "content",
    ["{broken", '{"exercises": {"publisher": {"attempts": "x"}}}', '{"exercises": {"p": 3}}'],
)
def test_an_unreadable_answers_file_is_a_notice_shown_once(session: Session, content: str) -> None:
    session.store.path.parent.mkdir(parents=True)
    session.store.path.write_text(content, encoding="utf-8")
    publisher = exercises_of("00_start_here")["publisher"]
    view = build(publisher, session=session)
    assert "could not be read" in view.notice.value and "corrupt-" in view.notice.value
    assert view.notice.value.count(NOTICE_MARK) == 1
    assert "✗ Not yet" not in view.notice.value and COLOURS[Verdict.INCORRECT][0] not in (
        view.notice.value
    )
    assert "could not be read" not in view.feedback.value
    later = build(exercises_of("00_start_here")["when"], session=session)
    assert later.notice.value == ""
    view.choice.value = publisher.reference
    view.check_button.click()
    assert "✓ Correct" in view.feedback.value and "could not be read" not in view.feedback.value


def test_text_boxes_check_on_enter_and_count_one_attempt(session: Session) -> None:
    view = build(exercises_of("04_timeline")["resolve_mid_december"], session=session)
    assert isinstance(view, TextView)
    assert view.text.continuous_update is False
    # With continuous_update off, the value arrives when Enter is pressed.
    view.text.value = "2021-12-15"
    assert "Mid-December is a range, not one day" in view.feedback.value
    assert view.attempts.value == "Attempts: 1"
    view.check_button.click()
    assert view.attempts.value == "Attempts: 1", "the click right after is the same attempt"
    view.check_button.click()
    assert view.attempts.value == "Attempts: 2"
    again = build(exercises_of("04_timeline")["resolve_mid_december"], session=session)
    assert again.text.value == "2021-12-15" and again.attempts.value == "Attempts: 2"


@pytest.mark.parametrize("exercise", ALL, ids=IDS)
def test_every_input_is_named_for_screen_readers(exercise: Exercise, session: Session) -> None:
    view = build(exercise, session=session)
    if isinstance(view, (TextView, ReflectionView)):
        assert view.text.description.strip() and view.text.placeholder.strip()
        assert view.text.tooltip == exercise.prompt
    if isinstance(view, SingleChoiceView):
        start = " ".join(exercise.prompt.split()[:3])
        assert start in view.choice.description
    if isinstance(view, LabelSegmentsView):
        for n, (dropdown, passage) in enumerate(
            zip(view.dropdowns, view.exercise.passages, strict=True), start=1
        ):
            head = f"Label for {passage.name(n)}, "
            assert dropdown.description.startswith(head)
            assert dropdown.description[len(head)] in "“‘«"
            assert passage.text.split()[0] in dropdown.description


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize(
    ("verdict", "pair"), [*COLOURS.items(), ("notice", NOTICE_COLOURS)], ids=lambda v: str(v)
)
def test_feedback_colours_meet_wcag_aa(verdict: object, pair: tuple[str, str]) -> None:
    light, dark = sorted(map(_luminance, pair), reverse=True)
    assert (light + 0.05) / (dark + 0.05) >= 4.5


def _widgets(view: ExerciseView) -> list[object]:
    found, pending = [], [view.widget]
    while pending:
        widget = pending.pop()
        found.append(widget)
        pending.extend(getattr(widget, "children", ()))
    return found


def test_no_button_or_control_shares_its_layout_and_styles_stay_within_a_kind(
    tmp_path: Path,
) -> None:
    # A layout shared between widgets is one object in the browser: hiding one button
    # (the solution button in assessment mode) would hide every button that shares it.
    # Texts and labels, which the view only writes to, share one; so do a passage's words.
    for solutions in (True, False):
        settings = Settings(learner="ana", answers_dir=tmp_path, solutions=solutions)
        seen: set[int] = set()
        for exercise in ALL:
            view = build(exercise, session=Session("t", settings=settings))
            owners: dict[tuple[str, int], list[object]] = {}
            for widget in _widgets(view):
                for name in ("layout", "style"):
                    shared = getattr(widget, name, None)
                    if shared is not None:
                        owners.setdefault((name, id(shared)), []).append(widget)
            for (name, key), widgets in owners.items():
                assert key not in seen, (exercise.id, "shared with another view")
                seen.add(key)
                if len(widgets) == 1:
                    continue
                words = getattr(view, "words", [])
                if name == "layout":
                    texts = all(isinstance(x, w.HTML | w.Label) for x in widgets)
                    assert texts or all(x in words for x in widgets), (exercise.id, widgets)
                else:
                    assert len({type(x) for x in widgets}) == 1, (exercise.id, widgets)


def test_the_words_of_a_passage_share_one_layout_and_style_and_keep_their_own_values(
    session: Session,
) -> None:
    exercise = PickSpans(
        id="t.w", prompt="Pick.", passage="The port opened on Monday", spans=["Monday"]
    )
    view = build(exercise, session=session)
    assert isinstance(view, PickSpansView)
    assert len({id(b.layout) for b in view.words}) == len({id(b.style) for b in view.words}) == 1
    assert view.words[0].layout is not view.check_button.layout
    view.words[4].value = True
    assert [b.icon for b in view.words] == ["", "", "", "", "check"]
    assert view.answer() == [4]


@pytest.mark.parametrize("exercise", ALL, ids=IDS)
def test_assessment_mode_hides_only_the_solution(exercise: Exercise, tmp_path: Path) -> None:
    settings = Settings(learner="ana", answers_dir=tmp_path, solutions=False)
    view = build(exercise, session=Session("t", settings=settings))
    answer_with_controls(view, exercise.reference)
    view.check_button.click()
    hidden = [
        widget
        for widget in _widgets(view)
        if getattr(getattr(widget, "layout", None), "display", None) == "none"
    ]
    expected = [view.solution_button] + ([] if exercise.hints else [view.hint_button])
    assert sorted(map(id, hidden)) == sorted(map(id, expected))
    assert view.attempts.value == "Attempts: 1"


def test_feedback_lists_each_wrong_line_and_a_rubric_lists_its_levels(session: Session) -> None:
    parts = LabelSegments(
        id="t.l",
        prompt="Label.",
        labels=["claim", "leftover"],
        passages=[Passage("Home", "leftover"), Passage("Costs: $5 to $10.", "claim")],
    )
    view = build(parts, session=session)
    answer_with_controls(view, ["claim", "leftover"])
    view.check_button.click()
    assert view.feedback.value.count("<li>") == 3  # two lines and one pointer for both
    assert "<span>$</span>5" in view.feedback.value and "mathjax_ignore" in view.feedback.value
    essay = build(
        Reflection(id="t.r", prompt="Why?", rubric="2: two. 1: one. 0: none."), session=session
    )
    essay.text.value = "Because."
    essay.check_button.click()
    assert essay.feedback.value.count("<li><strong>Level") == 3


@pytest.mark.parametrize(
    "exercise", [e for e in ALL if isinstance(e, Reflection)], ids=lambda e: e.id
)
def test_every_rubric_shows_as_a_list(exercise: Reflection) -> None:
    assert text_html(exercise.rubric).count("<li>") >= 3


def test_a_long_explanation_shows_one_sentence_per_line_and_keeps_quotes_whole() -> None:
    long = (
        "The agency printed the minister's words in English as “We have it. We are reading it.” "
        "Another outlet quoted a shorter version, which leaves out the second sentence entirely. "
        "Quote the earliest version you can check, and say which one you used and where it was."
    )
    shown = text_html(long)
    assert shown.count("<br>") == 2
    assert "“We have it. We are reading it.”" in shown
    assert "<br>" not in text_html("A short one. Two sentences.")


def test_a_correction_box_is_named_for_what_it_holds(session: Session) -> None:
    view = build(exercises_of("03_translation_errors")["fix_quote"], session=session)
    assert isinstance(view, TextView)
    assert view.text.description == "Your correction:"
    view.text.value = "We got NATO's offer and are considering it"
    assert "✓ Correct" in view.feedback.value
