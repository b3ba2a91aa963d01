"""Which way a clause points: the tense cue nearest to a time expression."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from medialit import pipeline
from medialit.resources import ENGLISH_FUNCTION_WORDS
from medialit.timeline.finding import _Expr
from medialit.timeline.lexicon import _lexicons

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _cue(doc: Doc, token: Token, low: str, lex: dict[str, Any], *, tagged: bool) -> str | None:
    """Whether this word marks the past or the future, by the tense lexicon's rules.

    "weak-future" is a guess: "to" before a base form is an intention ("to start") but as
    often a preposition before a noun ("closed to traffic"); "until Friday" is ahead unless a
    past verb is near ("was closed until Friday"). `low` is the token's lower-case form and
    `lex` the tense lexicon, which the caller reads once.
    """
    # A trained pipeline's tags know irregular past forms ("fought") that the lexicon lacks.
    if tagged and token.tag_ == "VBD":
        return "past"
    # The lower-case form first: reading the token's own text makes a new string.
    if low in _modal_forms() and token.text in lex["modal_future"]:
        follower = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        return None if follower in lex["modal_not_future"] else "future"
    if low in lex["weak_future"]:
        return "weak-future"
    if low in lex["future"]:
        if low in ("going", "set", "plan", "plans"):
            follower = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
            if follower not in ("to", "for"):
                return None
        if any(t.lower_ in lex["future_in_past"] for t in doc[max(0, token.i - 2) : token.i]):
            # "had been due to close on Thursday": a plan the text reports from the past
            return "past"
        return "future"
    if low in lex["past"]:
        # "will be held": after "be" a past form is a passive participle, not the past tense.
        before = doc[token.i - 1].lower_ if token.i > 0 else ""
        return None if before in _PASSIVE_AUXILIARIES else "past"
    if not token.is_alpha:
        return None
    if low.endswith("ed") and low not in lex["not_verbs"] and token.lemma_.lower() != low:
        # After "be" a participle is passive ("will be signed"): the auxiliary carries the tense.
        before = doc[token.i - 1].lower_ if token.i > 0 else ""
        return None if before in _PASSIVE_AUXILIARIES else "past"
    # The word before is read last: most words fail the cheaper tests first.
    if (
        low not in ENGLISH_FUNCTION_WORDS
        and token.is_lower
        and token.i > 0
        and token.lemma_ == low
        and doc[token.i - 1].lower_ == "to"
    ):
        return "weak-future"
    return None


@cache
def _modal_forms() -> frozenset[str]:
    """The lower-case forms of the modals of possibility ("could", "may")."""
    return frozenset(w.lower() for w in _lexicons()["modal_future"])


_PASSIVE_AUXILIARIES = frozenset({"be", "being", "is", "are", "am"})
# Crossing a comma, a bracket or a conjunction makes a cue less likely to govern the date.
_CLAUSE_BREAK = frozenset(
    {*",;:()—–", "and", "but", "while", "whereas", "if", "unless", "because", "although"}
)
# A sure cue behind a comma or a bracket governs another clause ("who were invited in July
# 1997, will join"): it counts only when the date's own clause has none.
_PUNCTUATION_BREAK = frozenset(",;:()—–")
_WINDOW = 12
# A guessed cue counts as if it stood this many words further away, so a sure cue just
# behind it still decides ("was closed to traffic on Thursday").
_WEAK_CUE_COST = 3


def _tense(doc: Doc, expr: _Expr, lo: int, hi: int) -> str:
    """The tense of the clause around a time expression: the nearest tense cue decides."""
    if expr.step is not None and expr.kind in ("weekday", "month", "season", "unit"):
        return {-1: "past", 1: "future"}.get(expr.step, "unknown")
    if expr.kind in ("offset", "window", "part"):
        return "past" if expr.step == -1 else "future"
    span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
    if span is None:
        return "unknown"
    weekday = expr.kind == "weekday"
    if weekday and span.end < len(doc) and doc[span.end].lower_ in _POSSESSIVE:
        # "Wednesday's ruling": news names an event by its day once it has happened.
        return "past"
    # "by the Tuesday deadline", "a June agreement": a day or a month used as a modifier names
    # an event too, unless a sure cue in the clause says it is still ahead ("ahead of the
    # Tuesday vote").
    month = expr.kind == "month"
    modifier = (weekday or month) and _modifies(doc, span, any_length=month)
    guessed = "past" if modifier else "future"
    return _nearest_cue(
        doc, span.start, span.end, lo, hi, sure_future_before=weekday, guessed=guessed
    )


_POSSESSIVE = frozenset({"'s", "’s"})


def _modifies(doc: Doc, span: Span, *, any_length: bool = False) -> bool:
    """Whether a one-word day stands between "the" and a noun: "the Tuesday deadline"; with
    `any_length`, a month of any words after an article: "the late-November trip"."""
    if span.end >= len(doc) or span.start == 0:
        return False
    after = doc[span.end]
    articles = ("the", "a", "an") if any_length else ("the",)
    return (
        (len(span) == 1 or any_length)
        and doc[span.start - 1].lower_ in articles
        and after.is_alpha
        and after.is_lower
        and after.lower_ not in ENGLISH_FUNCTION_WORDS
    )


def _nearest_cue(
    doc: Doc,
    first_back: int,
    first_ahead: int,
    lo: int,
    hi: int,
    *,
    sure_future_before: bool,
    guessed: str = "future",
) -> str:
    """The tense of the nearest cue around tokens. With `sure_future_before` no future cue
    after the expression counts, and a guessed one before it ("until Friday") only when no sure
    cue is in the clause: a weekday in news is far more often the one just past. `guessed` is
    the tense a guessed future cue gives."""
    # (cost, 1 for a guessed cue, tense): the lowest wins, a sure cue on a tie, then the
    # cue found first (looking back before ahead).
    best: tuple[int, int, str] | None = None
    # Read once per Doc: has_annotation walks every token.
    tagged = pipeline.cached(doc, "medialit_tagged", lambda d: d.has_annotation("TAG"))
    lex = _lexicons()
    size = len(doc)
    for direction, first in ((-1, first_back - 1), (1, first_ahead)):
        cost = 0
        crossed = False
        # "postponed until Tuesday": a limit between a verb of putting off and the date
        limit = False
        k = first
        while 0 <= k < size and abs(k - first) < _WINDOW:
            token = doc[k]
            if not lo <= token.idx < hi:
                break
            low = token.lower_
            brk = low in _CLAUSE_BREAK
            crossed = crossed or low in _PUNCTUATION_BREAK
            cost += 5 if brk else 1
            cue = None if brk else _cue(doc, token, low, lex, tagged=tagged)
            if sure_future_before and cue in ("future", "weak-future") and direction == 1:
                cue = None
            limit = limit or (k == first_back - 1 and low in lex["putting_off_limits"])
            if cue == "past" and limit and low in lex["putting_off"]:
                cue = "future"
            if cue == "weak-future":
                weak_cost = _WINDOW * 5 if sure_future_before else _WEAK_CUE_COST
                found = (cost + weak_cost, 1, guessed)
                best = found if best is None or found[:2] < best[:2] else best
            elif cue:
                found = (cost + (_WINDOW if crossed else 0), 0, cue)
                best = found if best is None or found[:2] < best[:2] else best
                break
            k += direction
    return best[2] if best else "unknown"
