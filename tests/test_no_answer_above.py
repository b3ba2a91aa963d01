"""Nothing a learner sees above an exercise answers it, even after Run All.

For every exercise of every notebook, the text above its widget (the notebook's prose and
the saved outputs of the cells a learner runs, as in the answer-key edition) must not hold
its reference answer: the spans to pick, the correct options (whole, or most of the words
that set a correct option apart from the wrong ones on one output line), the dates in ISO or in
words, the labels (by line number, or a line's name and its key label on one output line).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import nbformat
import pytest

from medialit import handout
from medialit.exercises import exercises_of

ROOT = Path(__file__).resolve().parents[1]
KEYS = sorted((ROOT / "lessons" / "keys").glob("0[0-4]_*.ipynb"))
MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)"
SHOW = re.compile(r'exercise\("(\w+)"\)\.show\(\)')


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(re.sub(r"[*_`]", "", text).lower().split())


def _outputs(cell: Any) -> list[str]:
    texts = []
    for out in cell.get("outputs", []):
        if "text" in out:
            texts.append(out["text"])
        texts += [out.get("data", {}).get(k, "") for k in ("text/plain", "text/markdown")]
    return ["\n".join(_norm(ln) for ln in t.splitlines()) for t in texts if t]


def _dates(key: str) -> list[str]:
    first = dt.date.fromisoformat(key.split("/")[0])
    return [key.split("/")[0], f"{first.day} {first:%B %Y}".lower()]


STOP = {"from", "with", "that", "this", "their", "they", "what", "which", "were", "have", "been"}


def _words(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9-]+", re.sub(r"'s\b", "", _norm(text)))
    return {w for w in words if len(w) > 3 and w not in STOP}


def _distinctive(ex: Any, option: Any) -> set[str]:
    """The words of a correct option that neither the prompt nor any wrong option uses."""
    common = _words(ex.prompt).union(*(_words(o.text) for o in ex.options if not o.correct))
    return _words(option.text) - common


def _option_words_given(ex: Any, outputs: list[str]) -> str:
    for option in (o for o in ex.options if o.correct):
        words = _distinctive(ex, option)
        for line in (ln for out in outputs for ln in out.splitlines()):
            found = {w for w in words if re.search(rf"\b{re.escape(w)}\b", line)}
            if len(found) >= 3 and len(found) >= 0.6 * len(words):
                return f"an output line holds the words of a correct option: {sorted(found)}"
    return ""


def _choice_given(ex: Any, outputs: list[str]) -> str:
    cores = [_norm(re.sub(r" \(P\d+\)$", "", o.text)) for o in ex.options if o.correct]
    for out in outputs:
        hit = [c for c in cores if re.search(rf"(^|\W){re.escape(c)}(\W|$)", out, re.M)]
        if len(hit) == len(cores) and (len(cores) > 1 or len(cores[0]) > 25):
            return f"an output lists the correct options: {hit}"
    for option in (o for o in ex.options if o.correct):
        for day, month, year in re.findall(rf"(\d{{1,2}}) {MONTH} (\d{{4}})", option.text):
            iso = dt.datetime.strptime(f"{day} {month} {year}", "%d %B %Y").date().isoformat()
            if any(iso in out for out in outputs):
                return f"an output prints {iso}, the date in the correct option"
    return _option_words_given(ex, outputs)


def _core(text: str) -> str:
    """A line's or label's name: no page reference, no gloss after a comma, no article."""
    text = re.sub(r" \((p\d+|line \d+)[^)]*\)$", "", _norm(text))
    return re.sub(r"^the ", "", text.split(", ")[0]).strip('"')


def _labels_given(ex: Any, outputs: list[str]) -> str:
    lines = [ln for out in outputs for ln in out.splitlines()]
    ids = [ref.lower() for ref, _ in handout._lines(ex)]
    labelled = [i for i in ids if any(ln.startswith(i + " ") for ln in lines)]
    if len(labelled) > len(ids) / 2:
        return f"an output labels {len(labelled)} of its {len(ids)} lines"
    named = [
        p.text
        for p in ex.passages
        if len(_core(p.text)) > 3
        and any(_core(p.text) in ln and _core(p.label) in ln for ln in lines)
    ]
    if len(named) > len(ex.passages) / 2:
        return f"output lines give {len(named)} of its {len(ex.passages)} lines with their labels"
    return ""


def gives_away(ex: Any, prose: list[str], outputs: list[str]) -> str:
    """Why the text above answers the exercise, or '' when it does not."""
    seen = prose + outputs
    if ex.kind == "pick_spans":
        if all(any(_norm(s) in t for t in seen) for s in ex.spans):
            return "every span to pick is quoted above"
    elif ex.kind in ("single_choice", "multiple_choice"):
        return _choice_given(ex, outputs)
    elif ex.kind == "date":
        # A date the prose gives is the exercise's premise; an output that prints it still
        # shows the answer worked out, so outputs count even then.
        if any(d in out for out in outputs for d in _dates(ex.key)):
            return f"an output prints {ex.key}"
    elif ex.kind == "label_segments":
        return _labels_given(ex, outputs)
    return ""


def _cases() -> list[tuple[Path, str, int]]:
    cases = []
    for path in KEYS:
        nb = nbformat.read(path, as_version=4)
        for index, cell in enumerate(nb.cells):
            cases += [(path, name, index) for name in SHOW.findall(cell.source)]
    return cases


@pytest.mark.parametrize(("path", "exercise_id", "index"), _cases(), ids=lambda v: str(v)[-30:])
def test_nothing_above_an_exercise_answers_it(path: Path, exercise_id: str, index: int) -> None:
    nb = nbformat.read(path, as_version=4)
    above = [c for c in nb.cells[:index] if "key" not in c.metadata.get("tags", [])]
    prose = [_norm(c.source) for c in above if c.cell_type == "markdown"]
    outputs = [text for c in above if c.cell_type == "code" for text in _outputs(c)]
    ex = exercises_of(path.stem)[exercise_id]
    assert gives_away(ex, prose, outputs) == ""


def test_the_check_finds_a_give_away() -> None:
    ex = exercises_of("02_claims_and_attributions")["loaded_verbs"]
    cues = [o.text.split(" (")[0] for o in ex.options]
    listing = _norm("\n".join(f"{cue}: some tone." for cue in cues))
    assert gives_away(ex, [], [listing])
    split = exercises_of("02_claims_and_attributions")["split_first"]
    assert gives_away(split, [_norm(f"such as *{split.spans[0]}*")], [])
    date = exercises_of("04_timeline")["page_date"]
    assert gives_away(date, [], [_norm("Sunday 2021-12-26: confidence 0.69")])
    premise = exercises_of("04_timeline")["resolve_sunday"]
    assert gives_away(premise, [], [_norm("Sunday 2021-12-26: confidence 0.69")])
    assert not gives_away(premise, [_norm("Take the page's date as 26 December 2021.")], [])
    assert not gives_away(date, [], [_norm("nothing here")])
    guess = exercises_of("04_timeline")["early_january"]
    assert gives_away(guess, [], [_norm("Sunday -> 2022-01-02 (past weekday)")])
    missed = exercises_of("03_translation_errors")["analyzer_misses"]
    correct = [o.text for o in missed.options if o.correct]
    assert gives_away(missed, [], [_norm("missed: " + "\nmissed: ".join(correct))])


def test_the_check_finds_a_give_away_in_other_words() -> None:
    headline = exercises_of("01_sources")["headline_source"]
    chain = _norm("Russian Ministry of Foreign Affairs → TASS → this page")
    assert gives_away(headline, [], [chain])
    assert not gives_away(headline, [], [_norm("Russian Ministry of Foreign Affairs: speaker")])
    kinds = exercises_of("01_sources")["kinds"]
    listing = [_norm(f"{p.text}: {p.label}, speaker") for p in kinds.passages if "(" not in p.text]
    assert gives_away(kinds, [], ["\n".join(listing)])
    shuffled = [
        _norm(f"{p.text}: {kinds.passages[0 if i else 1].label}")
        for i, p in enumerate(kinds.passages)
    ]
    assert not gives_away(kinds, [], ["\n".join(shuffled)])
    same_body = exercises_of("01_sources")["same_body"]
    bodies = {p.label for p in same_body.passages}
    grouped = [
        _norm(f"{body}: " + "; ".join(p.text for p in same_body.passages if p.label == body))
        for body in bodies
    ]
    assert gives_away(same_body, [], ["\n".join(grouped)])
