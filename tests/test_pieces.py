"""Long texts and pathological punctuation: analysed in pieces, offsets mapped back."""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.language import Language

import medialit
from medialit import pieces
from medialit.article import Article

PARAGRAPHS = [
    "The harbour board approved the new ferry timetable on Tuesday, its chair said.",
    "“We expect fewer delays this winter,” said Tomas Berg, quoted by the Coast Weekly.",
    "According to the port authority, two more ferries will join the route in April.",
    "Several fishermen said the changes came too late, the local radio reported.",
    "The transport ministry declined to comment on the costs.",
]


def _long_text(size: int, *, seed: int = 3) -> str:
    rng = random.Random(seed)
    out: list[str] = ["Home LOCAL"]
    while sum(len(p) + 2 for p in out) < size:
        out.append(" ".join(rng.choice(PARAGRAPHS) for _ in range(rng.randint(1, 4))))
    return "\n\n".join(out)[:size]


def _spans(value: object) -> list[dict[str, object]]:
    if isinstance(value, list):
        return [s for v in value for s in _spans(v)]
    if isinstance(value, dict):
        own = [value] if isinstance(value.get("start"), int) and "text" in value else []
        return own + [s for v in value.values() for s in _spans(v)]
    return []


def test_a_text_past_spacy_s_max_length_is_analysed() -> None:
    text = _long_text(1_000_001)
    result = medialit.analyze(text).to_json()
    assert result["sentences"][-1]["end"] <= len(text)
    for span in _spans(result):
        assert text[span["start"] : span["end"]] == span["text"]  # type: ignore[misc]
    assert len(result["attributions"]) > 1000
    assert [a["id"] for a in result["attributions"][:3]] == ["A1", "A2", "A3"]
    assert len({a["id"] for a in result["attributions"]}) == len(result["attributions"])


def test_pieces_give_what_the_whole_text_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _long_text(9_000) + "\n\nThe timetable was published on 14 March 2023, the board said."
    whole = medialit.analyze(text).to_json()
    monkeypatch.setattr(pieces, "WHOLE_CHARS", 2_000)
    monkeypatch.setattr(pieces, "PIECE_CHARS", 1_500)
    assert len(pieces.cuts(Article.from_text(text))) > 4
    cut = medialit.analyze(text).to_json()
    for key in ("sentences", "leftovers", "claims", "artifacts", "timexes"):
        assert cut[key] == whole[key], key

    def without_speaker(found: list[dict[str, object]]) -> list[dict[str, object]]:
        # Who "the board" is may be resolved from another piece; nothing else may differ.
        return [{k: v for k, v in a.items() if k != "speaker"} for a in found]

    assert without_speaker(cut["attributions"]) == without_speaker(whole["attributions"])
    mentions = {(m["start"], m["end"]) for s in whole["sources"] for m in s["mentions"]}
    assert {(m["start"], m["end"]) for s in cut["sources"] for m in s["mentions"]} == mentions
    assert cut["document_date"] == whole["document_date"]
    assert whole["document_date"]["earliest"] == "2023-03-14"


def test_a_sentence_longer_than_a_piece_is_cut_at_spaces_or_anywhere() -> None:
    spaced = Article.from_text("The minister said " + "very " * 3000 + "much.")
    starts = pieces.cuts(spaced, size=1000)
    assert len(starts) > 5 and all(spaced.text[s - 1] == " " for s in starts[1:])
    solid = Article.from_text("The minister said " + "x" * 9000 + ".")
    assert len(pieces.cuts(solid, size=1000)) > 3
    part = pieces.piece(solid, 3000, 6000)
    assert part.sentences[0].id == "P1.S1" and part.sentences[0].text == "x" * 3000


@pytest.mark.parametrize("run", ["“", "$", ":)", "…", "a—", "(#", "'"])
def test_long_runs_of_punctuation_are_analysed_and_tiled(run: str) -> None:
    text = "The minister said " + run * (100_000 // len(run)) + " so, officials said."
    result = medialit.analyze(text)
    sentences = result.article.sentences
    assert sentences[0].start == 0 and sentences[-1].end == len(text)
    for span in _spans(result.to_json()):
        assert text[span["start"] : span["end"]] == span["text"]  # type: ignore[misc]


@pytest.mark.parametrize(
    "text_in",
    [
        "The minister said: “We will not accept this”… according to TASS (#news).",
        "Read more at (https://example.org/news/2021/12/26/ferry-timetable-winter-delays.html).",
        "See https://example.org/search?q=ferry+timetable&from=2021-12-01&to=2021-12-31&page=2.",
        "Words joined-by-many-hyphens-in-a-row-as-scrapers-sometimes-leave-them-behind, he said.",
    ],
)
def test_the_kit_s_tokenizer_agrees_with_spacy_s(nlp: Language, text_in: str) -> None:
    bare = spacy.blank("en")
    assert [t.text for t in nlp.make_doc(text_in)] == [t.text for t in bare.make_doc(text_in)]


def test_a_text_of_many_short_lines_is_cut_by_sentences() -> None:
    article = Article.from_text("\n".join(["Officials said so."] * 1000))
    starts = pieces.cuts(article)
    assert [article.text[:s].count("\n") for s in starts] == [0, 250, 500, 750]


def test_every_line_of_page_leftovers_is_marked_in_a_long_page() -> None:
    article = Article.from_text(
        "\n".join(["Home NEWS", "Officials said the bridge reopens."] * 500)
    )
    assert [s.leftover for s in article.sentences] == ["navigation", None] * 500
