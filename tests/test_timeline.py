"""Tests for medialit.timeline: time expressions, the page's date, events and the drawing."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import medialit
from medialit.article import Article
from medialit.timeline import (
    DocumentDate,
    Timex,
    document_date,
    infer_document_date,
    timeline_events,
    timexes,
)
from medialit.workbench import load_practice

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


def _rows(found: list[Timex]) -> list[tuple[str, str | None, str | None, str | None]]:
    """The dates among the expressions: lengths of time and repetitions are tested apart."""
    return [_row(t) for t in found if t.granularity not in ("duration", "set")]


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
    assert _rows(found) == expected


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
    # "rode" is in no tense list; a trained pipeline tags it VBD, as set here by hand.
    untagged = nlp("The army rode in March.")
    tagged = nlp.make_doc("The army rode in March.")
    for token in tagged:
        token.tag_ = "VBD" if token.text == "rode" else "NN"
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


def test_article_timeml_matches_the_key(article: Article, key: dict[str, Any]) -> None:
    expected = {
        (t["text"], t["timeml_type"], t["timeml_value"]) for t in key["timeline"]["timexes"]
    }
    assert {(t.text, t.timeml_type, t.timeml_value) for t in timexes(article)} == expected


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
        "earliest": "2022-01-04",
        "latest": "2022-01-04",
        "rule": "given",
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
    fig = medialit.draw_timeline(events, document_date=medialit.document_date(article)).figure()
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


# --- News texts the rules were not written on ---------------------------------------------

# Short passages of the kinds of news the kit meets (wire, local, business, science, sport,
# courts, health, politics), with what a careful annotator marks. None as the page's date:
# the page dates itself (a dateline, a "Published" line).
NEWS: list[tuple[str, dt.date | None, list[tuple[str, str | None, str | None, str | None]]]] = [
    (
        "LONDON, 5 March 2024 (Reuters) - Britain's budget watchdog said on Tuesday that growth "
        "would slow next year. It will publish its full forecast on March 21.",
        None,
        [
            ("5 March 2024", "2024-03-05", "2024-03-05", "2024-03-05"),
            ("Tuesday", "2024-03-05", "2024-03-05", "2024-03-05"),
            ("next year", "2025", "2025-01-01", "2025-12-31"),
            ("March 21", "2024-03-21", "2024-03-21", "2024-03-21"),
        ],
    ),
    (
        "Springfield police said Saturday they had arrested a 34-year-old man over a string of "
        "burglaries dating back to October. He is due in court on Monday, a spokesman for the "
        "county sheriff's office said.",
        D(2023, 11, 12),
        [
            ("Saturday", "2023-11-11", "2023-11-11", "2023-11-11"),
            ("October", "2023-10", "2023-10-01", "2023-10-31"),
            ("Monday", "2023-11-13", "2023-11-13", "2023-11-13"),
        ],
    ),
    (
        "Shares in Harlow Pharma Ltd fell 8% on Thursday after the company cut its full-year "
        "outlook. The drugmaker, which reports quarterly results on Nov. 2, said demand had "
        "weakened over the summer.",
        D(2023, 10, 19),
        [
            ("Thursday", "2023-10-19", "2023-10-19", "2023-10-19"),
            ("Nov. 2", "2023-11-02", "2023-11-02", "2023-11-02"),
            ("summer", "2023-SU", "2023-06-01", "2023-08-31"),
        ],
    ),
    (
        "Researchers at the University of Elmsworth said on Wednesday that a comet first spotted "
        "in the 1990s will pass close to Earth in late February. The findings were published in "
        "the journal Astronomy Letters last month.",
        D(2024, 1, 10),
        [
            ("Wednesday", "2024-01-10", "2024-01-10", "2024-01-10"),
            ("1990s", "199X", "1990-01-01", "1999-12-31"),
            ("late February", "2024-02", "2024-02-21", "2024-02-29"),
            ("last month", "2023-12", "2023-12-01", "2023-12-31"),
        ],
    ),
    (
        "Rovers striker Dean Mallory will miss the next three weeks with a hamstring injury, the "
        "club said on Monday. Mallory, who scored twice against Ashford on Saturday, is expected "
        "to return for the derby on Sept. 9.",
        D(2023, 8, 14),
        [
            ("the next three weeks", "2023-08-14/2023-09-04", "2023-08-14", "2023-09-04"),
            ("Monday", "2023-08-14", "2023-08-14", "2023-08-14"),
            ("Saturday", "2023-08-12", "2023-08-12", "2023-08-12"),
            ("Sept. 9", "2023-09-09", "2023-09-09", "2023-09-09"),
        ],
    ),
    (
        "A man accused of setting fire to a warehouse in Dunmore in 2019 will stand trial in "
        "September, a judge at Dunmore Crown Court ruled on Friday. The defendant, who denies "
        "arson, was remanded in custody until a hearing on June 3.",
        D(2022, 5, 20),
        [
            ("2019", "2019", "2019-01-01", "2019-12-31"),
            ("September", "2022-09", "2022-09-01", "2022-09-30"),
            ("Friday", "2022-05-20", "2022-05-20", "2022-05-20"),
            ("June 3", "2022-06-03", "2022-06-03", "2022-06-03"),
        ],
    ),
    (
        "Health officials in Marion County reported 14 new cases of measles on Tuesday, bringing "
        "the total since Jan. 1 to 41. The county health department said a vaccination clinic "
        "would open on Feb. 12.",
        D(2024, 2, 7),
        [
            ("Tuesday", "2024-02-06", "2024-02-06", "2024-02-06"),
            ("Jan. 1", "2024-01-01", "2024-01-01", "2024-01-01"),
            ("Feb. 12", "2024-02-12", "2024-02-12", "2024-02-12"),
        ],
    ),
    (
        "Health Minister Jane Doe told MPs on Thursday that waiting lists had fallen for the "
        'first time since 2020. "We are turning a corner," she said. She added that a new plan '
        "would be published in the autumn.",
        D(2023, 6, 30),
        [
            ("Thursday", "2023-06-29", "2023-06-29", "2023-06-29"),
            ("2020", "2020", "2020-01-01", "2020-12-31"),
            ("autumn", "2023-FA", "2023-09-01", "2023-11-30"),
        ],
    ),
    (
        "People familiar with the matter said the talks could collapse within days. Two "
        "diplomats told the Tribune on Tuesday that a draft had been circulated a week ago.",
        D(2022, 3, 2),
        [
            ("Tuesday", "2022-03-01", "2022-03-01", "2022-03-01"),
            ("a week ago", "2022-02-23", "2022-02-23", "2022-02-23"),
        ],
    ),
    (
        "Neither the council nor the contractor commented on Friday. The company declined to "
        "comment when contacted earlier this week, and the agency did not respond to requests "
        "sent on Sept. 14.",
        D(2021, 9, 17),
        [
            ("Friday", "2021-09-17", "2021-09-17", "2021-09-17"),
            ("earlier this week", "2021-W37", "2021-09-13", "2021-09-17"),
            ("Sept. 14", "2021-09-14", "2021-09-14", "2021-09-14"),
        ],
    ),
    (
        "According to a report published by the National Audit Office in March, the scheme cost "
        "£4bn more than planned between 2018 and 2022. The office said it would review the "
        "programme again next spring.",
        D(2023, 4, 4),
        [
            ("March", "2023-03", "2023-03-01", "2023-03-31"),
            ("2018 and 2022", "2018/2022", "2018-01-01", "2022-12-31"),
            ("next spring", "2024-SP", "2024-03-01", "2024-05-31"),
        ],
    ),
    (
        "Oil prices rose on Wednesday, with traders citing a report from the Energy Information "
        "Agency that showed stocks fell for a third week. Prices have climbed about 6% since "
        "early October.",
        D(2024, 10, 23),
        [
            ("Wednesday", "2024-10-23", "2024-10-23", "2024-10-23"),
            ("early October", "2024-10", "2024-10-01", "2024-10-10"),
        ],
    ),
    (
        "The bridge was closed to traffic on Thursday after cracks were found by inspectors. It "
        "is expected to reopen on Dec. 5, the transport agency said.",
        D(2022, 11, 25),
        [
            ("Thursday", "2022-11-24", "2022-11-24", "2022-11-24"),
            ("Dec. 5", "2022-12-05", "2022-12-05", "2022-12-05"),
        ],
    ),
    (
        "Experts have long warned that the dam, built in the 1960s, needed repairs. Some "
        "residents said they had raised concerns with the water authority two years ago.",
        D(2023, 7, 18),
        [
            ("1960s", "196X", "1960-01-01", "1969-12-31"),
            ("two years ago", "2021", "2021-01-01", "2021-12-31"),
        ],
    ),
    (
        "Critics say the reform, first proposed in 2015, has been delayed too many times. The "
        "government insists it will come into force by the end of the year.",
        D(2021, 2, 15),
        [
            ("2015", "2015", "2015-01-01", "2015-12-31"),
            ("the end of the year", "2021", "2021-09-01", "2021-12-31"),
        ],
    ),
    (
        "Published: Tuesday 5 March 2024 09:14 GMT\nFlood defences in Marlow will be upgraded, "
        "the Environment Agency said on Monday. Work is due to begin in June.",
        None,
        [
            ("Tuesday 5 March 2024", "2024-03-05", "2024-03-05", "2024-03-05"),
            ("Monday", "2024-03-04", "2024-03-04", "2024-03-04"),
            ("June", "2024-06", "2024-06-01", "2024-06-30"),
        ],
    ),
    (
        "2024-03-05T09:14:00Z\nThe central bank held interest rates on Tuesday.",
        None,
        [
            ("2024-03-05T09:14:00Z", "2024-03-05", "2024-03-05", "2024-03-05"),
            ("Tuesday", "2024-03-05", "2024-03-05", "2024-03-05"),
        ],
    ),
    (
        "Dec. 3, 2023\nVoters in Kelby County rejected a school levy on Saturday, county election "
        "officials said.",
        None,
        [
            ("Dec. 3, 2023", "2023-12-03", "2023-12-03", "2023-12-03"),
            ("Saturday", "2023-12-02", "2023-12-02", "2023-12-02"),
        ],
    ),
    (
        "Residents of Carrow Bay were told to boil their water on Friday after a main burst.\n"
        "Posted on 14 July 2023",
        None,
        [
            ("Friday", "2023-07-14", "2023-07-14", "2023-07-14"),
            ("14 July 2023", "2023-07-14", "2023-07-14", "2023-07-14"),
        ],
    ),
    (
        "Updated 3 hours ago\nFirefighters tackled a blaze at a recycling plant in Tenby on "
        "Sunday.",
        None,
        [("Sunday", None, None, None)],
    ),
    (
        '"I have not seen the river this high since 1989," said farmer Tom Reed. The river '
        "burst its banks on Sunday.",
        D(2024, 1, 8),
        [
            ("1989", "1989", "1989-01-01", "1989-12-31"),
            ("Sunday", "2024-01-07", "2024-01-07", "2024-01-07"),
        ],
    ),
    (
        "BRUSSELS, Oct 12 (Reuters) - European Union ministers agreed on Thursday to extend the "
        "sanctions for another six months.",
        D(2023, 10, 12),
        [
            ("Oct 12", "2023-10-12", "2023-10-12", "2023-10-12"),
            ("Thursday", "2023-10-12", "2023-10-12", "2023-10-12"),
        ],
    ),
    (
        "Ellerby Town sealed promotion with a 2-1 win at Corsham on Saturday. Manager Kit Brand "
        "said the players would get a week off before pre-season training starts on 24 June.",
        D(2024, 5, 19),
        [
            ("Saturday", "2024-05-18", "2024-05-18", "2024-05-18"),
            ("24 June", "2024-06-24", "2024-06-24", "2024-06-24"),
        ],
    ),
    (
        "Ashbury council will hold a public meeting on the plans on Feb. 8. The proposals were "
        "first put forward last autumn and drew more than 300 objections, a council spokesperson "
        "said.",
        D(2023, 1, 27),
        [
            ("Feb. 8", "2023-02-08", "2023-02-08", "2023-02-08"),
            ("last autumn", "2022-FA", "2022-09-01", "2022-11-30"),
        ],
    ),
    (
        "The Food and Drug Administration on Tuesday approved a new treatment for migraines, the "
        "agency said in a statement. The drug will be available in pharmacies within two months.",
        D(2022, 8, 3),
        [
            ("Tuesday", "2022-08-02", "2022-08-02", "2022-08-02"),
            ("within two months", "2022-08-03/2022-10-03", "2022-08-03", "2022-10-03"),
        ],
    ),
    (
        "A federal judge in Boston on Wednesday blocked the rule from taking effect on May 1, "
        "saying the agency had exceeded its authority. The Justice Department said it would "
        "appeal.",
        D(2024, 4, 11),
        [
            ("Wednesday", "2024-04-10", "2024-04-10", "2024-04-10"),
            ("May 1", "2024-05-01", "2024-05-01", "2024-05-01"),
        ],
    ),
    (
        "Finance Minister Omar Haddad told the Gazette on Wednesday that the budget, due on "
        "March 15, would include tax cuts. He said the measures would take effect from April.",
        D(2023, 3, 9),
        [
            ("Wednesday", "2023-03-08", "2023-03-08", "2023-03-08"),
            ("March 15", "2023-03-15", "2023-03-15", "2023-03-15"),
            ("April", "2023-04", "2023-04-01", "2023-04-30"),
        ],
    ),
    (
        "Retailers expect record sales in the days before Christmas, an industry group said on "
        "Wednesday. Footfall rose 4% this week compared with the same week last year.",
        D(2023, 12, 20),
        [
            ("Christmas", "2023-12-25", "2023-12-25", "2023-12-25"),
            ("Wednesday", "2023-12-20", "2023-12-20", "2023-12-20"),
            ("this week", "2023-W51", "2023-12-18", "2023-12-24"),
            ("last year", "2022", "2022-01-01", "2022-12-31"),
        ],
    ),
    (
        "The current operator warned last week that it could stop the night crossings in May if "
        "no agreement was reached. Its chief executive, Ruth Ames, said the company could not be "
        "reached on Monday.",
        D(2024, 3, 14),
        [
            ("current", None, None, None),
            ("last week", "2024-W10", "2024-03-04", "2024-03-10"),
            ("May", "2024-05", "2024-05-01", "2024-05-31"),
            ("Monday", "2024-03-11", "2024-03-11", "2024-03-11"),
        ],
    ),
    (
        "The mayor of Tarnby, Petra Lund, said on Tuesday that the city would host the games in "
        "the summer of 2030. The bid was first made in the mid-2010s, she said.",
        D(2024, 9, 3),
        [
            ("Tuesday", "2024-09-03", "2024-09-03", "2024-09-03"),
            ("summer of 2030", "2030-SU", "2030-06-01", "2030-08-31"),
            ("mid-2010s", "201X", "2014-01-01", "2016-12-31"),
        ],
    ),
    (
        "WASHINGTON (AP) — The Senate voted 52-48 on Thursday to confirm Maria Ortiz as labor "
        "secretary, ending a months-long standoff. Ortiz, who was nominated in January, is "
        "expected to be sworn in on Monday.",
        D(2025, 3, 13),
        [
            ("Thursday", "2025-03-13", "2025-03-13", "2025-03-13"),
            ("January", "2025-01", "2025-01-01", "2025-01-31"),
            ("Monday", "2025-03-17", "2025-03-17", "2025-03-17"),
        ],
    ),
    (
        "A former care home manager from Lydford was jailed for six years at Exeter Crown Court "
        "on Wednesday. The court heard that she stole more than £80,000 from residents between "
        "2017 and 2021. She will be eligible for release in 2027.",
        D(2024, 11, 20),
        [
            ("Wednesday", "2024-11-20", "2024-11-20", "2024-11-20"),
            ("2017 and 2021", "2017/2021", "2017-01-01", "2021-12-31"),
            ("2027", "2027", "2027-01-01", "2027-12-31"),
        ],
    ),
    (
        "Northwind Inc said on Tuesday its third-quarter profit rose 12%, beating forecasts. The "
        "company will hold its annual shareholder meeting on Jan. 28, a spokeswoman said.",
        D(2024, 10, 29),
        [
            ("Tuesday", "2024-10-29", "2024-10-29", "2024-10-29"),
            ("third-quarter", "2024-Q3", "2024-07-01", "2024-09-30"),
            ("Jan. 28", "2025-01-28", "2025-01-28", "2025-01-28"),
        ],
    ),
    (
        "Astronomers at the Ravel Observatory reported on Monday that a supernova detected on "
        "Nov. 3 was the brightest seen since 1987. Follow-up observations are planned for the "
        "spring.",
        D(2025, 11, 17),
        [
            ("Monday", "2025-11-17", "2025-11-17", "2025-11-17"),
            ("Nov. 3", "2025-11-03", "2025-11-03", "2025-11-03"),
            ("1987", "1987", "1987-01-01", "1987-12-31"),
            ("spring", "2026-SP", "2026-03-01", "2026-05-31"),
        ],
    ),
    (
        "Hospital admissions for flu in Northam doubled in the week to 14 January, the UK Health "
        "Security Agency said. Officials urged people over 65 to get vaccinated before the end "
        "of the month.",
        D(2024, 1, 18),
        [
            ("14 January", "2024-01-14", "2024-01-14", "2024-01-14"),
            ("the end of the month", "2024-01", "2024-01-21", "2024-01-31"),
        ],
    ),
    (
        "The prime minister will face a confidence vote on Wednesday evening, two senior party "
        "officials said on Sunday. The last such vote was held in July 2019.",
        D(2023, 5, 14),
        [
            ("Wednesday evening", "2023-05-17", "2023-05-17", "2023-05-17"),
            ("Sunday", "2023-05-14", "2023-05-14", "2023-05-14"),
            ("July 2019", "2019-07", "2019-07-01", "2019-07-31"),
        ],
    ),
    (
        "The Riverside school board on Monday night approved a four-day week starting in the "
        "fall. Parents will be able to comment at a public hearing on Aug. 5, district officials "
        "said.",
        D(2025, 4, 15),
        [
            ("Monday night", "2025-04-14", "2025-04-14", "2025-04-14"),
            ("fall", "2025-FA", "2025-09-01", "2025-11-30"),
            ("Aug. 5", "2025-08-05", "2025-08-05", "2025-08-05"),
        ],
    ),
    (
        "Quarterback Jalen Moss threw for 310 yards on Sunday as the Harbor City Gulls beat "
        "Denton 27-24. The Gulls host Ridgefield next Sunday.",
        D(2024, 10, 14),
        [
            ("Sunday", "2024-10-13", "2024-10-13", "2024-10-13"),
            ("next Sunday", "2024-10-20", "2024-10-20", "2024-10-20"),
        ],
    ),
    (
        '"We were told in March that the money was coming," said Gita Rao, who runs a food bank '
        'in Halden. "Nothing has arrived. We have enough food until Friday."',
        D(2024, 6, 5),
        [
            ("March", "2024-03", "2024-03-01", "2024-03-31"),
            ("Friday", "2024-06-07", "2024-06-07", "2024-06-07"),
        ],
    ),
    (
        "LAGOS, 3 April 2024 (Coastline News) - Nigeria's central bank raised its main interest "
        "rate on Tuesday for the third time this year.",
        None,
        [
            ("3 April 2024", "2024-04-03", "2024-04-03", "2024-04-03"),
            ("Tuesday", "2024-04-02", "2024-04-02", "2024-04-02"),
            ("this year", "2024", "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "Ten years ago this month, the Dunmore bridge collapsed, killing four people. Campaigners "
        "say lessons have still not been learned.",
        D(2024, 2, 10),
        [("Ten years ago this month", "2014-02", "2014-02-01", "2014-02-28")],
    ),
    (
        "The recall covers vehicles built between 2/1/2023 and 5/31/2023, the National Highway "
        "Traffic Safety Administration said on Friday.",
        D(2024, 7, 12),
        [
            ("2/1/2023 and 5/31/2023", "2023-02-01/2023-05-31", "2023-02-01", "2023-05-31"),
            ("Friday", "2024-07-12", "2024-07-12", "2024-07-12"),
        ],
    ),
    (
        "Storms brought down power lines across the county over the weekend, and crews said on "
        "Monday that some homes could be without power until Thursday.",
        D(2023, 10, 9),
        [
            ("the weekend", "2023-W40-WE", "2023-10-07", "2023-10-08"),
            ("Monday", "2023-10-09", "2023-10-09", "2023-10-09"),
            ("Thursday", "2023-10-12", "2023-10-12", "2023-10-12"),
        ],
    ),
    (
        "The fall of the Berlin Wall in 1989 changed the city, and prices fall every autumn.",
        None,
        [("1989", "1989", "1989-01-01", "1989-12-31")],
    ),
    (
        "The Bank of Eastmere left interest rates unchanged on Thursday and signalled a cut was "
        "possible at its next meeting on Nov. 7. Inflation has fallen from a peak of 11% in "
        "October 2022.",
        D(2024, 9, 12),
        [
            ("Thursday", "2024-09-12", "2024-09-12", "2024-09-12"),
            ("Nov. 7", "2024-11-07", "2024-11-07", "2024-11-07"),
            ("October 2022", "2022-10", "2022-10-01", "2022-10-31"),
        ],
    ),
    (
        "A fortnight ago, the council promised to fix the potholes by the end of March. "
        "Residents say nothing has happened since.",
        D(2023, 2, 21),
        [
            ("A fortnight ago", "2023-02-07", "2023-02-07", "2023-02-07"),
            ("the end of March", "2023-03", "2023-03-21", "2023-03-31"),
        ],
    ),
    (
        "Wildfires that broke out on Saturday had burned 4,000 hectares by Sunday evening, the "
        "fire service said. Firefighters expect to contain the blaze within a week.",
        D(2025, 6, 30),
        [
            ("Saturday", "2025-06-28", "2025-06-28", "2025-06-28"),
            ("Sunday evening", "2025-06-29", "2025-06-29", "2025-06-29"),
            ("within a week", "2025-06-30/2025-07-07", "2025-06-30", "2025-07-07"),
        ],
    ),
    (
        "Shoppers spent a record $10.8 billion online on Black Friday, according to figures "
        "released on Saturday by Adobe Analytics. Cyber Monday sales are expected to be even "
        "higher.",
        D(2024, 12, 2),
        [
            ("Black Friday", "2024-11-29", "2024-11-29", "2024-11-29"),
            ("Saturday", "2024-11-30", "2024-11-30", "2024-11-30"),
            ("Cyber Monday", "2024-12-02", "2024-12-02", "2024-12-02"),
        ],
    ),
    (
        "The trial of three men charged over the 2021 bank raid in Corvale opened at the High "
        "Court on Thursday. It is expected to last six weeks.",
        D(2022, 10, 7),
        [
            ("2021", "2021", "2021-01-01", "2021-12-31"),
            ("Thursday", "2022-10-06", "2022-10-06", "2022-10-06"),
        ],
    ),
    (
        "Rail operators warned passengers that lines would be closed from Good Friday until "
        "Easter Monday. Engineering work will resume on April 8.",
        D(2024, 3, 28),
        [
            ("Good Friday", "2024-03-29", "2024-03-29", "2024-03-29"),
            ("Easter Monday", "2024-04-01", "2024-04-01", "2024-04-01"),
            ("April 8", "2024-04-08", "2024-04-08", "2024-04-08"),
        ],
    ),
    (
        "Schools in Tarnby reopened on Monday after the summer holidays, a week later than "
        "planned because of building work carried out over the summer.",
        D(2023, 9, 5),
        [
            ("Monday", "2023-09-04", "2023-09-04", "2023-09-04"),
            ("summer", "2023-SU", "2023-06-01", "2023-08-31"),
            ("summer", "2023-SU", "2023-06-01", "2023-08-31"),
        ],
    ),
    (
        "The minister, who took office in 2019, said on Wednesday she would step down at the end "
        "of the month. Her successor will be named by Jan. 31.",
        D(2025, 1, 15),
        [
            ("2019", "2019", "2019-01-01", "2019-12-31"),
            ("Wednesday", "2025-01-15", "2025-01-15", "2025-01-15"),
            ("the end of the month", "2025-01", "2025-01-21", "2025-01-31"),
            ("Jan. 31", "2025-01-31", "2025-01-31", "2025-01-31"),
        ],
    ),
    (
        "Mr Patel, 54, has denied the charges and is due to appear again on 2 May.",
        D(2024, 4, 19),
        [("2 May", "2024-05-02", "2024-05-02", "2024-05-02")],
    ),
]


@pytest.mark.parametrize(("text_in", "anchor", "expected"), NEWS)
def test_news_texts(
    nlp: Any,
    text_in: str,
    anchor: dt.date | None,
    expected: list[tuple[str, str | None, str | None, str | None]],
) -> None:
    found = timexes(nlp(text_in), document_date=anchor) if anchor else timexes(text_in)
    assert _rows(found) == expected


def test_the_news_set_is_large_enough() -> None:
    assert len(NEWS) >= 25


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("Easter 2024", "2024-03-31"),
        ("Good Friday 2025", "2025-04-18"),
        ("Easter Monday 2019", "2019-04-22"),
        ("Thanksgiving 2023", "2023-11-23"),
        ("Black Friday 2023", "2023-11-24"),
        ("Cyber Monday 2022", "2022-11-28"),
        ("Memorial Day 2024", "2024-05-27"),
        ("Labor Day 2024", "2024-09-02"),
        # The Tuesday after the first Monday: not the first Tuesday when November opens on one.
        ("Election Day 2022", "2022-11-08"),
        ("Election Day 2020", "2020-11-03"),
    ],
)
def test_movable_holidays(text_in: str, expected: str) -> None:
    (found,) = timexes(f"The shops open on {text_in}.")
    assert (found.text, found.value) == (text_in, expected)


# The page's own date: a stamp ("Published ...", a date line under the headline, a line at the
# end) is the strongest evidence there is; a relative stamp or a date from history is none.
STAMPS: list[tuple[str, str | None, str]] = [
    (
        "Published: Tuesday 5 March 2024 09:14 GMT\nFlood defences will be upgraded, the "
        "agency said on Monday.",
        "2024-03-05",
        "stamp",
    ),
    (
        "2024-03-05T09:14:00Z\nThe central bank held interest rates on Tuesday.",
        "2024-03-05",
        "stamp",
    ),
    (
        "Dec. 3, 2023\nVoters rejected a school levy on Saturday, officials said.",
        "2023-12-03",
        "stamp",
    ),
    (
        "Water main bursts in Carrow Bay\nBy Sam Idris\nResidents were told to boil their water "
        "on Friday.\nPosted on 14 July 2023",
        "2023-07-14",
        "stamp",
    ),
    (
        "Rail strike called off\nMarch 5, 2024 at 9:14 a.m. EST\nUnions said on Monday that the "
        "strike planned for Thursday would not go ahead.",
        "2024-03-05",
        "stamp",
    ),
    (
        "Council tax to rise\nUpdated 12 January 2024\nThe council said on Wednesday that bills "
        "would rise by 5% from April.",
        "2024-01-12",
        "stamp",
    ),
    (
        "Published 18 January 2024, updated 19 January 2024\nThe council said on Wednesday "
        "that bills would rise.",
        "2024-01-18",
        "stamp",
    ),
    (
        "NAIROBI, Kenya, Jan. 9, 2024 (AP) — Floodwaters receded on Monday.",
        "2024-01-09",
        "dateline",
    ),
    (
        "Ferry fares to rise\nLast updated: 14:32, 5 March 2024\nThe operator said on Monday "
        "that fares would rise in April.",
        "2024-03-05",
        "stamp",
    ),
    (
        "By Jane Smith | Published March 5, 2024\nThe mayor said on Monday that the library "
        "would close.",
        "2024-03-05",
        "stamp",
    ),
    (
        "Tue 5 Mar 2024 09.14 GMT\nThe regulator fined the water company on Monday.",
        "2024-03-05",
        "stamp",
    ),
    (
        "March 5, 2024 / 9:14 AM / Updated 2 hours ago\nShares fell on Tuesday after the results.",
        "2024-03-05",
        "stamp",
    ),
    (
        "PUBLISHED: 09:14 GMT, 5 March 2024\nA pensioner was rescued from the sea on Monday.",
        "2024-03-05",
        "stamp",
    ),
    (
        "The school will close on Friday, the council said.\n\nThis article was first "
        "published on 5 March 2024.",
        "2024-03-05",
        "stamp",
    ),
    ("Updated 3 hours ago\nFirefighters tackled a blaze in Tenby on Sunday.", None, ""),
    (
        "Museum to reopen\n2 days ago\nThe museum will reopen on Saturday, its director said.",
        None,
        "",
    ),
    (
        "Opinion: The bridge we never built\nFirst published in 2019\nIn 1989 the council "
        "promised a bridge. It is still waiting.",
        None,
        "",
    ),
    (
        "Storm closes ports\nBy Kim Lowe, Reuters\n5 March 2024\nLONDON, March 5 (Reuters) - "
        "Ports closed on Tuesday. Forecasters said the storm would ease by Thursday.",
        "2024-03-05",
        "stamp",
    ),
    (
        "City approves budget\nBy AMY CHEN Associated Press\nUpdated 4:12 PM EDT, October 3, "
        "2023\nDENVER (AP) — The city council voted on Monday to approve the budget.",
        "2023-10-03",
        "stamp",
    ),
    (
        "Villagers mark flood anniversary\nPublished\n12 February 2024\nResidents gathered on "
        "Sunday to remember the flood of 12 February 1954.",
        "2024-02-12",
        "stamp",
    ),
    (
        "Strike ends\n(Published 2023-11-02 10:15 UTC)\nDock workers returned to work on Thursday.",
        "2023-11-02",
        "stamp",
    ),
    (
        '"I have not seen the river this high since 1989," said farmer Tom Reed. The river '
        "burst its banks on Sunday.",
        None,
        "",
    ),
    (
        '"The last time the mill flooded was on 4 July 1989," said Ellen Shaw. Water reached '
        "the mill on Tuesday.",
        None,
        "",
    ),
]


@pytest.mark.parametrize(("text_in", "expected", "rule"), STAMPS)
def test_the_page_dates_itself(text_in: str, expected: str | None, rule: str) -> None:
    found = document_date(text_in)
    if expected is None:
        assert found.value is None
        return
    assert found.value is not None and found.value.isoformat() == expected
    assert found.confidence >= 0.8
    assert found.evidence[0].rule == rule


@pytest.mark.parametrize(
    "text_in",
    [
        "Updated 3 hours ago\nFirefighters tackled a blaze in Tenby on Sunday.",
        "Museum to reopen\n2 days ago\nThe museum will reopen on Saturday.",
    ],
)
def test_a_relative_stamp_is_named_in_the_note(text_in: str) -> None:
    found = document_date(text_in)
    assert found.value is None
    assert found.note is not None and "counts from when it was read" in found.note


def test_the_dates_of_a_chronology_are_not_stamps() -> None:
    text = (
        "How the dispute unfolded\n"
        + "The union and the rail company have been in talks for two years. " * 5
        + "\n12 March 2019\nThe first strike closes the line.\n4 June 2020\nTalks collapse.\n"
        + "The company said on Monday it would make a new offer."
    )
    found = document_date(text)
    assert "stamp" not in {e.rule for e in found.evidence}
    assert found.confidence < 0.5


def test_a_day_month_stamp_says_the_order_is_unknown() -> None:
    found = document_date("Posted 03/12/2023\nThe museum reopened on Sunday.")
    assert found.note is not None and "day and month" in found.note
    assert found.confidence < 0.8


# --- The practice articles ----------------------------------------------------------------


def test_heatwave_is_dated_by_its_published_line() -> None:
    article = load_practice("heatwave_schools")
    found = document_date(article)
    assert (found.value, found.source) == (D(2024, 6, 18), "inferred")
    assert found.confidence >= 0.8 and found.evidence[0].rule == "stamp"
    values = {t.text: t.value for t in timexes(article)}
    assert values["Monday"] == "2024-06-17"
    assert values["Sunday"] == "2024-06-16"
    assert values["Friday"] == "2024-06-21"
    assert values["next month"] == "2024-07"
    assert values["Last year"] == "2023"


def test_ferry_dateline_gives_month_and_day_only() -> None:
    article = load_practice("ferry_contract")
    found = document_date(article)
    assert found.value is None
    assert found.note is not None and "March 14" in found.note and "no year" in found.note
    values = {t.text: t.value for t in timexes(article, document_date=D(2024, 3, 14))}
    assert values["March 14"] == "2024-03-14"
    assert values["Tuesday"] == "2024-03-12"
    assert values["Wednesday"] == "2024-03-13"
    assert values["May"] == "2024-05"
    assert values["February"] == "2024-02"
    assert values["last summer"] == "2023-SU"
    assert values["April 2"] == "2024-04-02"


def test_the_mistake_lesson_04_shows_is_still_made() -> None:
    # Exercise 9 of lesson 04 asks learners to explain this wrong reading.
    found = timexes("Shops that closed in the pandemic reopen in March.", document_date=XMAS)
    assert [(t.text, t.value) for t in found] == [("March", "2021-03")]


@pytest.mark.parametrize(
    "text_in",
    [
        "The council met on Tuesday and agreed to repair the bridge.",
        "Between 1990 and 1995 the bridge was closed.\nThe council met again on Tuesday.",
    ],
)
def test_the_undated_note_names_both_ways_to_give_the_date(text_in: str) -> None:
    found = document_date(text_in)
    assert found.value is None and found.note is not None
    assert "on the command line with --date 2021-12-26" in found.note
    assert "in Python with document_date=datetime.date(2021, 12, 26)" in found.note


@pytest.mark.parametrize(
    ("text_in", "tense"),
    [
        # A sure cue across a comma governs another clause: the date's own clause decides.
        (
            "The towns, which were joined with the city of Hull in May 2019, will share a mayor.",
            "past",
        ),
        ("The towns, which will merge with the city of Hull in May 2031, were rivals.", "future"),
        # With no cue in its own clause, the cue across the comma still decides.
        ("In May 2019, the towns were joined.", "past"),
    ],
)
def test_a_date_takes_the_tense_of_its_own_clause(text_in: str, tense: str) -> None:
    (found,) = timexes(text_in, document_date=XMAS)
    assert found.tense == tense
