"""Tests for medialit.timeline: time expressions, the page's date, events and the drawing."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import medialit
from medialit.article import Article
from medialit.timeline import DocumentDate, Timex, infer_document_date, timeline_events, timexes

D = dt.date
XMAS = D(2021, 12, 26)  # a Sunday
EARLY_JAN = D(2022, 1, 4)  # a Tuesday

# text, the page's date, then per expression: its words, value, earliest, latest.
# None as value: not resolved (the earliest/latest columns then hold the candidates, if any).
TABLE: list[tuple[str, dt.date | None, list[tuple[str, str | None, str | None, str | None]]]] = [
    # Weekdays: the tense of the clause decides which way to count.
    (
        "The minister said on Sunday he would resign.",
        XMAS,
        [("Sunday", "2021-12-26", "2021-12-26", "2021-12-26")],
    ),
    (
        "The minister said on Sunday he would resign.",
        D(2021, 12, 29),
        [("Sunday", "2021-12-26", "2021-12-26", "2021-12-26")],
    ),
    (
        "The minister said on Sunday he would resign.",
        EARLY_JAN,
        [("Sunday", "2022-01-02", "2022-01-02", "2022-01-02")],
    ),
    (
        "Police arrested him on Friday.",
        XMAS,
        [("Friday", "2021-12-24", "2021-12-24", "2021-12-24")],
    ),
    (
        "The summit will open on Friday.",
        XMAS,
        [("Friday", "2021-12-31", "2021-12-31", "2021-12-31")],
    ),
    (
        "The vote will take place on Sunday.",
        D(2021, 12, 29),
        [("Sunday", "2022-01-02", "2022-01-02", "2022-01-02")],
    ),
    ("He resigned last Sunday.", XMAS, [("last Sunday", "2021-12-19", "2021-12-19", "2021-12-19")]),
    ("They meet next Sunday.", XMAS, [("next Sunday", "2022-01-02", "2022-01-02", "2022-01-02")]),
    ("Protests on Tuesday.", XMAS, [("Tuesday", None, "2021-12-21", "2021-12-28")]),
    (
        "He met ministers on Sunday and will leave on Monday.",
        XMAS,
        [
            ("Sunday", "2021-12-26", "2021-12-26", "2021-12-26"),
            ("Monday", "2021-12-27", "2021-12-27", "2021-12-27"),
        ],
    ),
    # Month and day without a year, on both sides of New Year.
    (
        "Talks will start on January 12.",
        XMAS,
        [("January 12", "2022-01-12", "2022-01-12", "2022-01-12")],
    ),
    (
        "Talks started on January 12.",
        XMAS,
        [("January 12", "2021-01-12", "2021-01-12", "2021-01-12")],
    ),
    (
        "The deal was signed on December 30.",
        EARLY_JAN,
        [("December 30", "2021-12-30", "2021-12-30", "2021-12-30")],
    ),
    (
        "The deal will be signed on December 30.",
        XMAS,
        [("December 30", "2021-12-30", "2021-12-30", "2021-12-30")],
    ),
    (
        "The court meets on 3 January.",
        XMAS,
        [("3 January", "2022-01-03", "2022-01-03", "2022-01-03")],
    ),
    (
        "The telescope was launched on Christmas Day.",
        XMAS,
        [("Christmas Day", "2021-12-25", "2021-12-25", "2021-12-25")],
    ),
    # Month and day with a year: no anchor needed.
    (
        "It happened on 26 December 2021.",
        None,
        [("26 December 2021", "2021-12-26", "2021-12-26", "2021-12-26")],
    ),
    (
        "It happened on Dec. 26, 2021, in Moscow.",
        None,
        [("Dec. 26, 2021", "2021-12-26", "2021-12-26", "2021-12-26")],
    ),
    (
        "On Sunday, December 26, 2021, the ministry spoke.",
        None,
        [("Sunday, December 26, 2021", "2021-12-26", "2021-12-26", "2021-12-26")],
    ),
    (
        "The market reopens on 2022-01-03.",
        None,
        [("2022-01-03", "2022-01-03", "2022-01-03", "2022-01-03")],
    ),
    (
        "The ceasefire was agreed on 12/26/2021.",
        None,
        [("12/26/2021", "2021-12-26", "2021-12-26", "2021-12-26")],
    ),
    # Parts of months, years and decades are ranges.
    (
        "The report was released in mid-December.",
        XMAS,
        [("mid-December", "2021-12", "2021-12-11", "2021-12-20")],
    ),
    (
        "The report was released in mid-December.",
        EARLY_JAN,
        [("mid-December", "2021-12", "2021-12-11", "2021-12-20")],
    ),
    (
        "The plant will close in late March.",
        XMAS,
        [("late March", "2022-03", "2022-03-21", "2022-03-31")],
    ),
    (
        "The talks collapsed in early December.",
        XMAS,
        [("early December", "2021-12", "2021-12-01", "2021-12-10")],
    ),
    (
        "Elections are due in early 2022.",
        None,
        [("early 2022", "2022", "2022-01-01", "2022-04-30")],
    ),
    (
        "The treaty dates from May 1997.",
        None,
        [("May 1997", "1997-05", "1997-05-01", "1997-05-31")],
    ),
    ("The war ended in 1995.", None, [("1995", "1995", "1995-01-01", "1995-12-31")]),
    ("Troops arrived in the 1990s.", None, [("1990s", "199X", "1990-01-01", "1999-12-31")]),
    ("Prices rose in the late 1970s.", None, [("late 1970s", "197X", "1977-01-01", "1979-12-31")]),
    ("Music of the '80s was loud.", XMAS, [("'80s", "198X", "1980-01-01", "1989-12-31")]),
    # Deictic expressions count from the page's date.
    (
        "The ministry said yesterday it would respond.",
        XMAS,
        [("yesterday", "2021-12-25", "2021-12-25", "2021-12-25")],
    ),
    ("It will rain tomorrow.", XMAS, [("tomorrow", "2021-12-27", "2021-12-27", "2021-12-27")]),
    (
        "The meeting took place last week.",
        XMAS,
        [("last week", "2021-W50", "2021-12-13", "2021-12-19")],
    ),
    (
        "The meeting takes place next week.",
        XMAS,
        [("next week", "2021-W52", "2021-12-27", "2022-01-02")],
    ),
    (
        "Sales fell last month.",
        D(2022, 1, 10),
        [("last month", "2021-12", "2021-12-01", "2021-12-31")],
    ),
    ("Talks resume next month.", XMAS, [("next month", "2022-01", "2022-01-01", "2022-01-31")]),
    ("The law passed last year.", XMAS, [("last year", "2020", "2020-01-01", "2020-12-31")]),
    (
        "He was arrested two days ago.",
        XMAS,
        [("two days ago", "2021-12-24", "2021-12-24", "2021-12-24")],
    ),
    (
        "A vote is planned in two weeks.",
        XMAS,
        [("in two weeks", "2022-01-09", "2022-01-09", "2022-01-09")],
    ),
    (
        "She spoke earlier this month.",
        XMAS,
        [("earlier this month", "2021-12", "2021-12-01", "2021-12-26")],
    ),
    (
        "Prices have doubled over the past three months.",
        XMAS,
        [("the past three months", "2021-09-26/2021-12-26", "2021-09-26", "2021-12-26")],
    ),
    # Seasons (meteorological, northern hemisphere).
    (
        "Flooding hit the region last summer.",
        XMAS,
        [("last summer", "2021-SU", "2021-06-01", "2021-08-31")],
    ),
    (
        "The bridge opened in spring 2019.",
        None,
        [("spring 2019", "2019-SP", "2019-03-01", "2019-05-31")],
    ),
    # Ranges.
    (
        "Talks ran from January 10 to 13.",
        XMAS,
        [("January 10 to 13", "2021-01-10/2021-01-13", "2021-01-10", "2021-01-13")],
    ),
    (
        "The festival runs from May to July 2021.",
        None,
        [("May to July 2021", "2021-05/2021-07", "2021-05-01", "2021-07-31")],
    ),
    (
        "Between 2019 and 2021, exports fell.",
        None,
        [("2019 and 2021", "2019/2021", "2019-01-01", "2021-12-31")],
    ),
    (
        "The strike ran Monday to Wednesday.",
        XMAS,
        [("Monday to Wednesday", "2021-12-20/2021-12-22", "2021-12-20", "2021-12-22")],
    ),
    # Not resolvable: said so, with the candidates where there are some.
    (
        "The ceasefire was agreed on 03/04/2021.",
        None,
        [("03/04/2021", None, "2021-03-04", "2021-04-03")],
    ),
    ("The next day, troops withdrew.", XMAS, [("The next day", None, None, None)]),
    ("Two days later, troops withdrew.", XMAS, [("Two days later", None, None, None)]),
    ("Tensions have risen recently.", XMAS, [("recently", None, None, None)]),
    ("The ministry said on Sunday it would respond.", None, [("Sunday", None, None, None)]),
    ("Talks will start on January 12.", None, [("January 12", None, None, None)]),
    (
        "Between 2021 and 2019, exports fell.",
        None,
        [
            ("2021", "2021", "2021-01-01", "2021-12-31"),
            ("2019", "2019", "2019-01-01", "2019-12-31"),
        ],
    ),
    ("The treaty will be reviewed in 9999 years.", XMAS, [("in 9999 years", None, None, None)]),
    # Not time expressions at all.
    ("More than 2000 troops crossed the border.", None, []),
    ("Theresa May said prices fall sharply.", XMAS, []),
]


def _row(t: Timex) -> tuple[str, str | None, str | None, str | None]:
    if t.resolved:
        return (t.text, t.value, _iso(t.earliest), _iso(t.latest))
    if t.candidates:
        return (t.text, None, _iso(t.candidates[0]), _iso(t.candidates[-1]))
    return (t.text, None, None, None)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


@pytest.mark.parametrize(("text_in", "anchor", "expected"), TABLE)
def test_resolver_table(
    nlp: Any,
    text_in: str,
    anchor: dt.date | None,
    expected: list[tuple[str, str | None, str | None, str | None]],
) -> None:
    found = timexes(nlp(text_in), document_date=anchor) if anchor else timexes(text_in)
    assert [_row(t) for t in found] == expected


def test_the_table_is_large_enough() -> None:
    assert sum(len(rows) or 1 for _, _, rows in TABLE) >= 40


@pytest.mark.parametrize(
    ("text_in", "note_says"),
    [
        ("The next day, troops withdrew.", "another event"),
        ("Protests on Tuesday.", "past or future is unclear"),
        ("The ceasefire was agreed on 03/04/2021.", "order unknown"),
        ("On Monday, December 26, 2021, the ministry spoke.", "is a Sunday"),
    ],
)
def test_notes_say_why(text_in: str, note_says: str) -> None:
    (found,) = timexes(text_in, document_date=XMAS)
    assert found.note is not None and note_says in found.note


def test_tags_of_a_trained_pipeline_are_used(nlp: Any) -> None:
    # "fought" is in no tense list; a trained pipeline tags it VBD, as set here by hand.
    untagged = nlp("The army fought in March.")
    tagged = nlp.make_doc("The army fought in March.")
    for token in tagged:
        token.tag_ = "VBD" if token.text == "fought" else "NN"
    assert [t.value for t in timexes(untagged, document_date=XMAS)] == ["2022-03"]
    assert [t.value for t in timexes(tagged, document_date=XMAS)] == ["2021-03"]


def test_every_span_spells_its_text() -> None:
    text = "Between 2019 and 2021 prices rose; on Sunday, Dec. 26, officials met again."
    for t in timexes(text, document_date=XMAS):
        assert text[t.start : t.end] == t.text


# --- The article and its key --------------------------------------------------------------


def test_article_matches_the_key(article: Article, key: dict[str, Any]) -> None:
    expected = {
        (t["start"], t["end"], t["value"], t["mod"], t["earliest"], t["latest"])
        for t in key["timeline"]["timexes"]
    }
    found = {
        (t.start, t.end, t.value, t.mod, _iso(t.earliest), _iso(t.latest))
        for t in timexes(article)
        if t.resolved
    }
    hits = len(expected & found)
    precision = hits / len(found) if found else 0.0
    recall = hits / len(expected)
    print(f"\ntime expressions on the article: precision {precision:.2f}, recall {recall:.2f}")
    assert precision == 1.0
    assert recall == 1.0


def test_article_tenses_match_the_key(article: Article, key: dict[str, Any]) -> None:
    tenses = {t.text: t.tense for t in timexes(article)}
    for item in key["timeline"]["timexes"]:
        if item["needs_anchor"]:
            assert tenses[item["text"]] == item["tense"], item["text"]


def test_the_page_date_is_inferred(article: Article, key: dict[str, Any]) -> None:
    best = infer_document_date(article)[0]
    expected = key["timeline"]["document_date"]
    assert best.date.isoformat() == expected["value"]
    rules = {e.rule for e in best.evidence}
    assert {e["rule"] for e in expected["evidence"]} <= rules
    facts = {e.fact for e in best.evidence if e.fact}
    assert facts == {e["fact"] for e in expected["evidence"] if "fact" in e}
    assert not best.against
    print(f"\ninferred date {best.date}, confidence {best.confidence}")
    assert best.confidence > 0.5


def test_without_other_sources_the_year_stays_unknown(article: Article) -> None:
    # The lesson's point: the page alone gives a weekday and a season, never a year.
    assert infer_document_date(article, facts=[]) == []


def test_the_key_cites_facts_that_exist(key: dict[str, Any]) -> None:
    facts = {f["id"]: f for f in key["provenance"]["facts"]}
    timeline = key["timeline"]
    cited = [*timeline["document_date"]["confirmed_by"]]
    cited += [e["fact"] for e in timeline["document_date"]["evidence"] if "fact" in e]
    cited += [e["fact"] for e in timeline["events"] if "fact" in e]
    assert set(cited) <= set(facts)
    for event in timeline["events"]:
        if "fact" in event:
            assert facts[event["fact"]]["date"][:7] == event["earliest"][:7]
    days = [e["earliest"] for e in timeline["events"]]
    assert days == sorted(days)


def test_an_early_january_reader_moves_sunday_a_week(article: Article) -> None:
    right = {t.text: t.value for t in timexes(article)}
    wrong = {t.text: t.value for t in timexes(article, document_date=EARLY_JAN)}
    changed = {k for k in right if right[k] != wrong[k]}
    assert changed == {"Sunday"}
    assert D.fromisoformat(str(wrong["Sunday"])) - D.fromisoformat(str(right["Sunday"])) == (
        dt.timedelta(days=7)
    )


# --- The analysis contract ----------------------------------------------------------------


def test_contract_reports_an_inferred_date(article: Article) -> None:
    result = medialit.analyze(article).to_json()
    assert result["document_date"]["value"] == "2021-12-26"
    assert result["document_date"]["source"] == "inferred"
    for t in result["timexes"]:
        assert article.text[t["start"] : t["end"]] == t["text"]
        assert t["anchor_source"] in (None, "inferred")


def test_contract_uses_a_given_date(article: Article) -> None:
    result = medialit.analyze(article, document_date=EARLY_JAN).to_json()
    assert result["document_date"] == {
        "value": "2022-01-04",
        "source": "given",
        "confidence": 1.0,
        "evidence": [],
        "note": None,
    }
    sunday = next(t for t in result["timexes"] if t["text"] == "Sunday")
    assert (sunday["value"], sunday["anchor"], sunday["anchor_source"]) == (
        "2022-01-02",
        "2022-01-04",
        "given",
    )


def test_pipeline_results_are_reused(nlp: Any, article: Article) -> None:
    doc = nlp(article.text)
    assert doc._.timexes is not None
    assert timexes(doc) is doc._.timexes
    assert isinstance(doc._.document_date, DocumentDate)


def test_an_undated_text_without_evidence_says_so() -> None:
    found = medialit.document_date("The minister said on Sunday that he would resign.")
    assert found.value is None and found.source == "unknown"
    assert "--date" in str(found)


def test_dates_in_page_leftovers_are_marked() -> None:
    text = "Talks resumed on Sunday, officials said.\nNext article Storms hit the coast on Monday"
    found = timexes(text, document_date=XMAS)
    assert [(t.text, t.leftover) for t in found] == [("Sunday", None), ("Monday", "related_link")]


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        (
            "WASHINGTON, March 3, 2022 (Reuters) - The Senate on Thursday passed the bill.",
            "2022-03-03",
        ),
        (
            "KYIV, Ukraine, Feb. 24, 2022 (AP) — Troops crossed the border on Thursday.",
            "2022-02-24",
        ),
        ("Moscow, Dec 26, 2021 (AFP) - The ministry spoke on Sunday.", "2021-12-26"),
    ],
)
def test_a_dateline_dates_the_report(text_in: str, expected: str) -> None:
    best = infer_document_date(text_in)[0]
    assert best.date.isoformat() == expected
    assert best.evidence[0].rule == "dateline"


def test_a_dateline_without_a_year_cannot_name_the_day() -> None:
    assert (
        infer_document_date("WASHINGTON, March 3 (Reuters) - The Senate voted on Thursday.") == []
    )


@pytest.mark.parametrize(
    ("text_in", "expected", "rules"),
    [
        (
            "On 20 December 2021 the court ruled. Lawyers said on Thursday they would appeal.",
            "2021-12-23",
            {"past_weekday"},
        ),
        (
            "Floods hit the region on Monday, 14 February 2022. Officials said on Tuesday that "
            "schools would reopen.",
            "2022-02-15",
            {"near_date", "past_weekday"},
        ),
    ],
)
def test_a_full_date_in_the_text_anchors_inference(
    text_in: str, expected: str, rules: set[str]
) -> None:
    best = infer_document_date(text_in)[0]
    assert best.date.isoformat() == expected
    assert rules <= {e.rule for e in best.evidence}


# --- Events and the drawing ---------------------------------------------------------------


def test_events_come_from_the_page_and_other_sources(article: Article) -> None:
    events = timeline_events(article)
    page = [e for e in events if e.from_page]
    assert [e.ref for e in page] == ["May 1997", "mid-December", "Sunday", "January 12"]
    other = [e for e in events if not e.from_page]
    assert {e.ref for e in other} >= {"webb_launch", "cruise_ships", "council_meeting"}
    assert [e.earliest for e in events] == sorted(e.earliest for e in events)


def test_other_texts_get_no_facts_of_the_kit() -> None:
    events = timeline_events("Talks will start on January 12.", document_date=XMAS)
    assert [e.source for e in events] == ["page"]


def test_the_drawing_marks_ranges_sources_and_the_date(
    article: Article, key: dict[str, Any]
) -> None:
    events = key["timeline"]["events"]
    fig = medialit.draw_timeline(events, document_date=medialit.document_date(article))
    ax = fig.axes[0]
    shown = [e for e in events if e["earliest"] >= "2021-11"]
    ranges = [e for e in shown if e["earliest"] != e["latest"]]
    assert len(ax.patches) == len(ranges)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert any(label.endswith("[page]") for label in labels)
    assert any(label.endswith("[TASS]") for label in labels)
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert "the page's date: 2021-12-26 (inferred)" in legend
    assert "1997" in ax.get_xlabel()


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (
            Timex(
                0,
                6,
                "Sunday",
                "2021-12-26",
                None,
                XMAS,
                XMAS,
                "day",
                "past",
                XMAS,
                "given",
                "r",
                True,
            ),
            "Sunday -> 2021-12-26 (r)",
        ),
        (
            Timex(
                0,
                3,
                "May",
                None,
                None,
                None,
                None,
                "unknown",
                "past",
                None,
                None,
                "r",
                False,
                note="n",
            ),
            "May -> unresolved (n)",
        ),
    ],
)
def test_results_read_on_one_line(value: Timex, text: str) -> None:
    assert str(value) == text


def test_lesson_keys_agree_with_the_annotations(key: dict[str, Any]) -> None:
    from medialit import exercises

    found = exercises.exercises_of("04_timeline")
    timeline = key["timeline"]
    by_text = {t["text"]: t for t in timeline["timexes"]}
    mid = by_text["mid-December"]
    expected = {
        "page_date": timeline["document_date"]["value"],
        "resolve_sunday": by_text["Sunday"]["value"],
        "resolve_talks": by_text["January 12"]["value"],
        "resolve_mid_december": f"{mid['earliest']}/{mid['latest']}",
    }
    for exercise_id, value in expected.items():
        exercise = found[exercise_id]
        assert isinstance(exercise, exercises.DateAnswer)
        assert exercise.key == value, exercise_id
