"""The time lexicons, read once, and the one pattern that finds every kind of expression."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from medialit.openings import Alternation
from medialit.resources import ENGLISH_FUNCTION_WORDS, load_lexicon


def _alternation(words: Iterable[str], *, upper: bool = False) -> str:
    forms = set(words)
    if upper:
        forms |= {w.upper() for w in forms}
    # Longest first, so a longer word is tried before a shorter one it starts with; then in
    # alphabetical order, so the pattern reads the same in every process (a set's order does
    # not) and its compiled form is found in the cache folder.
    ordered = sorted(forms, key=lambda w: (-len(w), w))
    return _by_first_letter(
        [re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+") for w in ordered]
    )


def _by_first_letter(escaped: list[str]) -> str:
    """The alternation of `escaped`, its words grouped by their first letter or digit.

    `re` tries the branches of an alternation one by one, so a long word list cost a test
    per word at every position tried. Grouped, a position costs a test per group. Words
    of two groups never match at the same position (an ASCII letter matches the same
    characters as its other case only), and each group keeps the words' order, so every
    match, and every backtrack, is the one the flat list gives.
    """
    groups: dict[str, list[str]] = {}
    for word in escaped:
        first = word[:1]
        key = first.lower() if first.isascii() and first.isalnum() else ""
        groups.setdefault(key, []).append(word)
    branches: list[str] = []
    for key, words in groups.items():
        firsts = sorted({w[0] for w in words})
        if not key or len(words) == 1:
            branches.extend(words)
        elif len(firsts) == 1:
            branches.append(f"{firsts[0]}(?:{'|'.join(w[1:] for w in words)})")
        else:
            branches.append(f"(?=[{''.join(firsts)}])(?:{'|'.join(words)})")
    return "|".join(branches)


@cache
def _lexicons() -> dict[str, Any]:
    cal = load_lexicon("time_calendar")
    periods = load_lexicon("time_periods")
    rel = load_lexicon("time_relative")
    tense = load_lexicon("time_tense")
    timeml = {k: v for k, v in load_lexicon("time_timeml").items() if k[0] != "_"}
    months = {**{k.lower(): v for k, v in cal["months"].items()}}
    months.update({k.lower(): v for k, v in cal["month_abbreviations"].items()})
    holidays = {k.lower().replace("’", "'"): v for k, v in cal["holidays"].items() if k[0] != "_"}
    movable = {
        k.lower().replace("’", "'"): v for k, v in cal["movable_holidays"].items() if k[0] != "_"
    }
    return {
        "months": months,
        "weekdays": {k.lower(): v for k, v in cal["weekdays"].items()},
        "holidays": holidays,
        "movable": movable,
        "unit_multiples": {k: v for k, v in rel["unit_multiples"].items() if k[0] != "_"},
        "modifiers": periods["modifiers"],
        "month_thirds": periods["month_thirds"],
        "year_thirds": periods["year_thirds"],
        "decade_parts": periods["decade_parts"],
        "seasons": {k: v for k, v in periods["seasons"].items() if k[0] != "_"},
        "days": rel["days"],
        "directions": rel["directions"],
        "event_directions": set(rel["event_relative_directions"]),
        "numbers": _numbers(rel["numbers"], timeml),
        "timeml": timeml,
        "vague_numbers": {k: v for k, v in rel["vague_numbers"].items() if k[0] != "_"},
        "vague": rel["vague"],
        "vague_conjunctions": {
            k: v for k, v in rel["vague_in_conjunctions"].items() if k[0] != "_"
        },
        "event_relative": set(rel["event_relative"]),
        "future": set(tense["future"]),
        "past": set(tense["past"]),
        "not_verbs": set(tense["not_verbs"]),
        "modal_future": set(tense["modal_future"]),
        "modal_not_future": set(tense["modal_not_future"]),
        "weak_future": set(tense["weak_future"]),
        "future_in_past": set(tense["future_in_past"]["words"]),
        "putting_off": set(tense["putting_off"]["verbs"]),
        "putting_off_limits": set(tense["putting_off"]["limits"]),
    }


def _numbers(small: dict[str, int], timeml: dict[str, Any]) -> dict[str, int]:
    """Number words: one to twelve, the teens, the tens and their compounds ("twenty-four")."""
    numbers = {**small, **timeml["teens"], **timeml["tens"]}
    for ten, tens in timeml["tens"].items():
        for unit, units in small.items():
            if 1 <= units <= 9 and unit not in ("a", "an"):
                numbers[f"{ten}-{unit}"] = numbers[f"{ten} {unit}"] = tens + units
    return numbers


@cache
def _pattern() -> re.Pattern[str]:
    """One pattern for every kind of expression: its alternatives, named, in order."""
    return _alternatives().pattern


@cache
def _alternatives() -> Alternation:
    """The kinds of expression, each a named alternative, tried in this order."""
    cal = load_lexicon("time_calendar")
    lex = _lexicons()
    mon_full = _alternation(cal["months"], upper=True)
    abbr = _alternation(cal["month_abbreviations"], upper=True)
    # Only an abbreviation takes a full stop: "Dec. 26", but "3 January." ends a sentence.
    mon_any = rf"(?:{mon_full})\b|(?:{abbr})\b\.?"
    wd = _alternation(cal["weekdays"], upper=True)
    hol = _alternation(k for k in [*cal["holidays"], *cal["movable_holidays"]] if k[0] != "_")
    year = r"(?:1[5-9]\d\d|20\d\d)"
    num = r"\d+|" + _alternation([*lex["vague_numbers"], *lex["numbers"]])
    mod = r"early|mid|late|(?:the\s+)?(?:beginning|start|middle|end)\s+of"
    days = _alternation(lex["days"])
    vague = _alternation([*lex["vague"], *lex["event_relative"]])
    directions = _alternation([*lex["directions"], *lex["event_directions"]])
    suffix = r"(?:st|nd|rd|th)?"
    spoken = _spoken_year()
    dash = r"\s*(?:-|–|(?i:to|through|until))\s*"
    # "May 14 and 15": a second day, unless a count, a clock time or a share follows it.
    pair = (
        rf"\s+(?i:and)\s+(?P<mdy_d3>\d{{1,2}}){suffix}\b(?![/.,:]?\d|\s*%"
        r"|\s*(?i:a\.?m|p\.?m)\b|\s+(?:more|other|of|per|percent|times|[a-z]+s)\b)"
    )
    alternatives = {
        "iso": r"\b(?P<iso_y>\d{4})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)"
        r"(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?\b|\b)",
        "num": r"\b(?P<num_a>\d{1,2})/(?P<num_b>\d{1,2})/(?P<num_y>\d{4}|\d{2})\b",
        "mdy": rf"(?:\b(?P<mdy_wd>{wd}),?\s+)?\b(?P<mdy_m>{mon_any})\s+"
        rf"(?P<mdy_d>\d{{1,2}}){suffix}"
        rf"\b(?:{dash}(?P<mdy_d2>\d{{1,2}}){suffix}\b|{pair})?(?:,?\s+(?P<mdy_y>{year})\b)?",
        "dmy": rf"(?:\b(?P<dmy_wd>{wd}),?\s+)?\b(?P<dmy_d>\d{{1,2}}){suffix}"
        rf"(?:{dash}(?P<dmy_d2>\d{{1,2}}){suffix})?\s+(?:(?i:of)\s+)?(?P<dmy_m>{mon_any})"
        rf"(?:,?\s+(?P<dmy_y>{year})\b)?",
        "dec": r"(?:\b(?P<dec_mod>(?i:early|mid|late))(?:-|\s+))?"
        r"(?:\b(?P<dec_y>1[5-9]\d0|20\d0)s\b|['’](?P<dec_s>\d0)s\b)",
        "modm": rf"\b(?P<modm_mod>(?i:{mod}))(?:-|\s+)(?P<modm_m>{mon_full})\b"
        rf"(?:,?\s+(?P<modm_y>{year})\b)?",
        "mody": rf"\b(?P<mody_mod>(?i:{mod}))(?:-|\s+)(?P<mody_y>{year})\b",
        "modu": rf"\b(?P<modu_mod>(?i:{mod}))\s+(?P<modu_dir>(?i:the|this|next|last))\s+"
        r"(?P<modu_u>(?i:year|month))\b",
        "my": rf"\b(?P<my_m>{mon_any}),?\s+(?:(?i:of)\s+)?"
        rf"(?:(?P<my_y>{year})|(?P<my_sy>{spoken}))\b",
        "bm": r"\b(?i:in|since|until|till|by|from|through|during|before|after|of|to|and|for|the|"
        rf"its|(?P<bm_a>a|an))\s+(?P<bm_m>{mon_full})\b(?!\.?\s*\d|\s+(?:{spoken})\b)",
        "yrr": rf"\b(?P<yrr_a>{year})\s*[-–]\s*(?P<yrr_b>{year}|\d\d)\b",
        "hol": rf"\b(?P<hol_n>{hol})(?:,?\s+(?P<hol_y>{year})\b)?",
        "sea": rf"(?:\b(?P<sea_mod>(?i:early|mid|late))(?:-|\s+))?"
        rf"(?:\b(?P<sea_dir>(?i:last|this|next|past|coming))\s+)?"
        rf"\b(?P<sea_n>(?i:spring|summer|autumn|fall|winter))\b"
        rf"(?:\s+(?:(?i:of)\s+)?(?:(?P<sea_y>{year})|(?P<sea_sy>{spoken}))\b)?",
        "day": rf"\b(?P<day_w>(?i:{days}))\b",
        "vag": rf"\b(?P<vag_w>(?i:{vague}))\b",
        "ago": rf"\b(?P<ago_n>(?i:{num}))\s+"
        r"(?P<ago_u>(?i:days?|weeks?|fortnights?|months?|years?|decades?))"
        r"\s+(?P<ago_w>(?i:ago|earlier|later|before|after|from\s+now))\b"
        r"(?:\s+(?P<ago_t>(?i:this\s+month|today))\b)?",
        "inn": rf"\b(?P<inn_w>(?i:in|within))\s+(?P<inn_n>(?i:{num}))\s+"
        r"(?P<inn_u>(?i:days?|weeks?|fortnights?|months?|years?))\b(?:['’]?\s*(?i:time)\b)?"
        r"(?P<inn_or>\s+(?i:or\s+(?:so|two|three|more))\b)?",
        "pst": rf"\b(?P<pst_w>(?i:the\s+(?:past|last|next|coming)))\s+(?P<pst_n>(?i:{num}))\s+"
        r"(?P<pst_u>(?i:days|weeks|months|years))\b",
        "ea": r"\b(?P<ea_w>(?i:earlier|later))\s+(?P<ea_t>(?i:this|that))\s+"
        r"(?P<ea_u>(?i:week|month|year))\b",
        **_timeml_alternatives(wd, year, num),
        "rel": rf"\b(?P<rel_dir>(?i:{directions}))\s+(?:(?P<rel_u>(?i:weekend|week|month|year|"
        rf"decade))|(?P<rel_wd>{wd})|(?P<rel_m>{mon_full}))\b",
        "wkd": r"\b(?i:over|at|during|on|through|before|after|until|by|ahead\s+of)\s+"
        r"(?P<wkd_the>(?i:the)\s+(?i:weekend))\b",
        "wd": rf"\b(?P<wd_n>{wd})\b",
        "yr": rf"\b(?P<yr_y>{year})\b(?![-–/]\d)",
    }
    return Alternation(alternatives)


def _spoken_year() -> str:
    """A year as speech says it, with no groups: "nineteen eighty-two", "two thousand and one"."""
    numbers = _lexicons()["numbers"]
    spelled = _alternation(w for w, n in numbers.items() if 10 <= n <= 99)
    small = _alternation(w for w, n in numbers.items() if 1 <= n <= 99 and w not in ("a", "an"))
    return (
        rf"(?i:nineteen|twenty)[\s-]+(?i:{spelled})"
        rf"|(?i:two\s+thousand)(?:\s+(?i:and\s+)?(?i:{small}))?"
    )


def _timeml_alternatives(wd: str, year: str, num: str) -> dict[str, str]:
    """Patterns for what TimeML marks beyond dates: quarters, fiscal years, the present,
    durations, repetitions and clock times."""
    tm = _lexicons()["timeml"]
    qrel = _alternation(k for k in tm["quarter_relations"] if k[0] != "_")
    qord = _alternation(tm["quarter_ordinals"])
    present = _alternation(tm["present"])
    adjectives = _alternation(k for k in tm["present_adjectives"] if k[0] != "_")
    added = _alternation(tm["added_counts"]["words"])
    clock_words = _alternation(k for k in tm["clock_words"] if k[0] != "_")
    numbers = _lexicons()["numbers"]
    clock_parts = _alternation(k for k in tm["clock_parts"] if k[0] != "_")
    zones = _alternation(tm["time_zones"]["zones"])
    hours = _alternation(w for w, n in numbers.items() if 1 <= n <= 12 and w not in ("a", "an"))
    numbers = _lexicons()["numbers"]
    spelled = _alternation(w for w, n in numbers.items() if 10 <= n <= 99)
    small = _alternation(w for w, n in numbers.items() if 1 <= n <= 99 and w not in ("a", "an"))
    sets = _alternation(tm["sets"])
    units = (
        r"seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies)"
        r"|quarters"
    )
    fiscal = r"(?:(?i:fiscal)[\s-]+)?"
    counts = _alternation(w for w, n in numbers.items() if 2 <= n <= 99)
    unit_after = (
        rf"(?:\d|decades?|years?|months?|weeks?|days?|few|several|quarters?|century|"
        rf"summers?|winters?|springs?|autumns?|(?i:{counts})\b)"
    )
    months = _alternation(load_lexicon("time_calendar")["months"], upper=True)
    ordinals = _alternation(k for k in tm["century_ordinals"] if k[0] != "_")
    decades = _alternation(k for k in tm["spelled_decades"] if k[0] != "_")
    return {
        "cen": r"\b(?:(?i:the)\s+)?(?:(?P<cen_d>\d{1,2})(?i:st|nd|rd|th)|"
        rf"(?P<cen_w>(?i:{ordinals})))[\s-]+(?i:century)\b",
        "sdec": rf"\b(?i:the)\s+(?:(?P<sdec_mod>(?i:early|mid|late))[\s-]+)?"
        rf"(?P<sdec_w>(?i:{decades}))\b",
        "qtr": r"\b(?:(?P<qtr_yrel>(?i:this|last|next))\s+(?i:year)['’]s\s+)?"
        rf"(?:(?P<qtr_rel>(?i:the\s+)?(?i:{qrel}))[\s-]+)?"
        rf"(?:(?P<qtr_y0>{year})\s+)?{fiscal}"
        rf"(?:(?P<qtr_ord>(?i:{qord}))[\s-]+)?{fiscal}(?P<qtr_q>(?i:quarter|period))\b"
        rf"(?:\s+(?i:of)\s+{fiscal}(?P<qtr_y>{year})\b)?"
        r"(?:\s+(?P<qtr_ago>(?i:a\s+year\s+(?:ago|earlier|before)|last\s+year)))?",
        "half": r"\b(?i:the)\s+(?P<half_o>(?i:first|second|last|latter))\s+(?i:half)\b"
        rf"(?:\s+(?i:of)\s+(?:(?P<half_y>{year})\b|(?P<half_r>(?i:this|last|next))\s+(?i:year)\b"
        r"|(?i:the\s+year)\b))?",
        "fyn": rf"\b(?i:fiscal)(?:\s+(?i:year))?\s+(?P<fyn_y>{year})\b",
        "yb": r"\b(?i:year)-(?i:earlier|ago)\b",
        "fy": r"\b(?i:the)\s+(?:(?P<fy_rel>(?i:current|full|latest|coming|same))\s+)?"
        r"(?:(?P<fy_f>(?i:fiscal))\s+)?(?i:year)\b(?![-‐–]|\s+(?i:ago|earlier|later|before|after))"
        rf"(?!\s+(?:{year}|{_spoken_year()})\b)",
        "ye": r"\b(?i:year)(?:-|\s+|['’]s\s+)(?i:end)\b",
        "pres": rf"\b(?P<pres_w>(?i:{present}))\b(?!\s+{unit_after})"
        rf"|\b(?P<pres_a>(?i:{adjectives}))\b(?=\s+[a-z])(?!\s+{unit_after})",
        "setwd": rf"\b(?i:every|each)\s+(?:(?P<setwd_d>{wd})|(?P<setwd_m>{months})|"
        r"(?P<setwd_s>(?i:spring|summer|autumn|fall|winter)))\b",
        "set": rf"\b(?P<set_w>(?i:{sets}))\b(?![-\s]+(?i:ago|earlier|later|before|after|old|long))",
        "spy": rf"\b(?P<spy_c>(?i:nineteen|twenty))[\s-]+(?P<spy_r>(?i:{spelled}))\b"
        rf"|\b(?P<spy_t>(?i:two\s+thousand))(?:\s+(?i:and\s+)?(?P<spy_u>(?i:{small})))?\b",
        "dl": r"\b(?P<dl_u>(?i:century|decades?|years?|months?|weeks?|days?|hours?))-(?i:long)\b",
        "bp": r"\b(?i:for|within|in|over)\s+(?P<bp_u>(?i:minutes|hours|days|weeks|months|years|"
        r"decades|centuries))\b(?!\s+(?i:ago|earlier|later|before|after|of)\b)",
        "dur": rf"\b(?:(?i:the)\s+)?(?:(?i:first|final)\s+)?"
        rf"(?P<dur_n>(?i:{num})|\d+(?:\.\d+|\s+1/2)?)"
        rf"(?:(?P<dur_h>\s*-\s*)|\s+(?:(?i:{added})\s+)?)(?P<dur_u>(?i:{units}))\b"
        r"(?!-(?i:old|earlier|ago|long)\b|\s+(?i:old)\b)",
        "clk": r"\b(?P<clk_h>\d{1,2})(?:[:.](?P<clk_m>\d\d))?\s*(?P<clk_ap>(?i:a\.?m|p\.?m))\b\.?"
        rf"(?:\s+(?:{zones})\b)?"
        rf"|\b(?P<clk_h2>\d{{1,2}}|(?i:{hours}))(?:[:.](?P<clk_m2>\d\d))?"
        rf"(?P<clk_oc>\s+(?i:o['’]clock))?\s+(?P<clk_p>(?i:{clock_parts}))\b"
        rf"|\b(?P<clk_n>(?i:{clock_words}))\b",
    }


@cache
def _trigger_hashes() -> frozenset[int]:
    """Hashes of the words every time expression contains; most text has none of them."""
    from spacy.strings import hash_string  # type: ignore[attr-defined]

    cal = load_lexicon("time_calendar")
    lex = _lexicons()
    words = {w.lower() for w in [*cal["months"], *cal["month_abbreviations"], *cal["weekdays"]]}
    words |= {f"{w.lower()}." for w in cal["month_abbreviations"]}
    # The last word: the lead words before a trigger reach the rest ("Black Friday").
    holidays = [*cal["holidays"], *cal["movable_holidays"]]
    words |= {k.split()[-1].lower() for k in holidays if k[0] != "_"}
    for phrase in [*lex["days"], *lex["vague"], *lex["event_relative"]]:
        words.add([w for w in phrase.split() if w not in ENGLISH_FUNCTION_WORDS][-1])
    words |= {*lex["seasons"], *_units(), *(f"{u}s" for u in _units())}
    tm = lex["timeml"]
    for phrase in [*tm["present"], *tm["present_adjectives"], *tm["sets"]]:
        words.add(phrase.split()[-1])
    words |= {"nineteen", "thousand", "period"}
    words |= {"quarter", "fiscal", "end", "long", "every", "each", "half"}
    words |= {k for k in tm["clock_words"] if k[0] != "_"}
    words |= {k for k in tm["spelled_decades"] if k[0] != "_"}
    words |= {"second", "seconds", "minute", "minutes", "hour", "hours", "centuries", "century"}
    return frozenset(int(hash_string(w)) for w in words)


def _units() -> list[str]:
    units: list[str] = load_lexicon("time_relative")["units"]
    return units
