"""Score the attribution analyzer against PolNeAR: `python -m medialit.evaluate polnear`.

PolNeAR (Newell, Margolin and Ruths, LREC 2018) marks attribution relations in US political
news as brat standoff: `Source`, `Cue` and `Content` spans (offsets into `text/NAME.txt`,
possibly in several pieces) joined by an `E` line. Where a text has several annotators, the
first annotation file in sorted order counts. The analyzer's cue, source and content spans
are scored against the annotators' by overlap (any shared character) and exactly (the same
offsets once spaces, punctuation and quote marks are trimmed from both ends), overall and per
category of cue (see `data/lexicons/cue_categories.json`).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from medialit.evaluate import default_data_dir
from medialit.resources import load_lexicon

Segments = tuple[tuple[int, int], ...]
"""One span in one or more pieces, as (start, end) character offsets."""

CATEGORIES = (
    "say_tell",
    "reporting",
    "according_to",
    "participle",
    "nominal",
    "belief",
    "colon_dash",
    "act",
    "other",
)
CATEGORY_LABELS = {
    "say_tell": "say/tell verbs",
    "reporting": "other reporting verbs",
    "according_to": "according to",
    "participle": "participles (-ing)",
    "nominal": "nominal cues",
    "belief": "belief and perception",
    "colon_dash": "colon or dash",
    "act": "acts and stances",
    "other": "other",
}
_EDGE = " \t\n.,;:!?\"'“”‘’«»()[]—–-―"
_FOLDER = "polnear-dev"


@dataclass
class Relation:
    """One attribution: its cue, source and content, each in one or more pieces."""

    cue: Segments
    source: Segments = ()
    content: Segments = ()
    category: str = "other"
    core: bool = False


@dataclass
class Text:
    """One annotated text and the relations the annotators marked in it."""

    name: str
    text: str
    relations: list[Relation] = field(default_factory=list)


# --- reading the corpus -------------------------------------------------------------------


def read_corpus(folder: Path) -> list[Text]:
    """Every text of a PolNeAR folder (`text/`, `attributions/`) with its first annotation."""
    annotations: dict[str, Path] = {}
    for path in sorted((folder / "attributions").glob("*.ann")):
        stem = path.stem.rsplit("_", 1)[0]
        annotations.setdefault(stem, path)
    out = []
    for path in sorted((folder / "text").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        ann = annotations.get(path.stem)
        relations = read_brat(ann.read_text(encoding="utf-8")) if ann else []
        out.append(Text(path.stem, text, relations))
    return out


def read_brat(data: str) -> list[Relation]:
    """The relations of one brat standoff file: each `E` line with its `T` spans."""
    spans: dict[str, Segments] = {}
    events: list[dict[str, str]] = []
    for line in data.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            _, _, offsets = parts[1].partition(" ")
            pieces = (piece.split() for piece in offsets.split(";"))
            spans[parts[0]] = tuple((int(a), int(b)) for a, b in pieces)
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg)
            events.append(roles)
    out = []
    for roles in events:
        cue = spans.get(roles.get("Cue", ""))
        if not cue:
            continue
        out.append(
            Relation(
                cue,
                spans.get(roles.get("Source", ""), ()),
                spans.get(roles.get("Content", ""), ()),
            )
        )
    return out


# --- categories ---------------------------------------------------------------------------


@cache
def _lists() -> dict[str, frozenset[str]]:
    data = load_lexicon("cue_categories")
    verbs = load_lexicon("reporting_verbs")["verbs"]
    lists = {k: frozenset(v) for k, v in data.items() if not k.startswith("_")}
    lists["reporting"] = frozenset(verbs)
    # a family's verbs count as acts, but not those that act only with a particle ('go after')
    families = load_lexicon("act_verbs").get("families", {}).values()
    lists["act"] |= frozenset(
        lemma
        for group in families
        for lemma, entry in group["verbs"].items()
        if "particle" not in {**group["defaults"], **entry}
    )
    return lists


def categorise(words: Sequence[tuple[str, str]], before: str) -> tuple[str, bool]:
    """The category of a cue from its (word, lemma) pairs and the word before it; and
    whether it is a core reporting verb."""
    lists = _lists()
    lower = [w.lower() for w, _ in words]
    if "according" in lower:
        return "according_to", True
    if not any(ch.isalpha() for w in lower for ch in w):
        return "colon_dash", False
    known = lists["reporting"] | lists["belief"] | lists["nominal"] | lists["act"]
    head = next(((w, lemma) for w, lemma in words if lemma.lower() in known), None)
    if head is None:
        return "other", False
    word, lemma = head[0].lower(), head[1].lower()
    core = lemma in lists["core"]
    determined = before.lower() in _DETERMINERS or before.endswith(("'s", "’s"))
    if word.endswith("ing") and lemma in lists["reporting"] | lists["belief"]:
        return "participle", core
    if lemma in lists["nominal"] and (determined or lemma not in lists["reporting"]):
        return "nominal", False
    if lemma in lists["say_tell"]:
        return "say_tell", core
    if lemma in lists["belief"]:
        return "belief", False
    if lemma in lists["reporting"]:
        return "reporting", core
    if lemma in lists["act"]:
        return "act", False
    return "other", False


_DETERMINERS = frozenset(
    "a an the his her its their our my your this that these those another any no".split()
)


def _words_in(doc: Any, segments: Segments) -> tuple[list[tuple[str, str]], str]:
    """The (word, lemma) pairs of a Doc inside the segments, and the word just before them."""
    first = segments[0][0]
    words = [
        (t.text, t.lemma_)
        for t in doc
        if not t.is_space and any(a <= t.idx < b for a, b in segments)
    ]
    before = [t.text for t in doc if t.idx + len(t.text) <= first and not t.is_space]
    return words, before[-1] if before else ""


# --- scoring ------------------------------------------------------------------------------


@dataclass
class Score:
    """Counts for precision and recall: predicted items that match, gold items found."""

    predicted: int = 0
    predicted_ok: int = 0
    gold: int = 0
    gold_found: int = 0

    def add(self, other: Score) -> None:
        """Add another score's counts to this one."""
        self.predicted += other.predicted
        self.predicted_ok += other.predicted_ok
        self.gold += other.gold
        self.gold_found += other.gold_found

    @property
    def precision(self) -> float:
        return self.predicted_ok / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _overlaps(a: Segments, b: Segments) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _trimmed(text: str, segments: Segments) -> Segments:
    out = []
    for s, e in segments:
        while s < e and text[s] in _EDGE:
            s += 1
        while e > s and text[e - 1] in _EDGE:
            e -= 1
        if s < e:
            out.append((s, e))
    return tuple(out)


def score(text: str, predicted: Iterable[Segments], gold: Iterable[Segments]) -> dict[str, Score]:
    """Overlap and exact scores of predicted spans against gold spans of one text."""
    pred = [p for p in predicted if p]
    gold_list = [g for g in gold if g]
    pred_exact = {_trimmed(text, p) for p in pred}
    gold_exact = {_trimmed(text, g) for g in gold_list}
    return {
        "overlap": Score(
            len(pred),
            sum(any(_overlaps(p, g) for g in gold_list) for p in pred),
            len(gold_list),
            sum(any(_overlaps(p, g) for p in pred) for g in gold_list),
        ),
        "exact": Score(
            len(pred),
            sum(p in gold_exact for p in map(lambda x: _trimmed(text, x), pred)),
            len(gold_list),
            sum(g in pred_exact for g in map(lambda x: _trimmed(text, x), gold_list)),
        ),
    }


# --- running the analyzer -----------------------------------------------------------------


@dataclass
class Report:
    """Every figure of one run: per part and per category, with the cues missed and false."""

    parts: dict[str, dict[str, Score]] = field(default_factory=dict)
    categories: dict[str, dict[str, Score]] = field(default_factory=dict)
    core: Score = field(default_factory=Score)
    missed: Counter[str] = field(default_factory=Counter)
    false: Counter[str] = field(default_factory=Counter)
    texts: int = 0


_COMPONENTS = ("medialit_sentences", "medialit_lemmatizer", "medialit_sources")


def _parse(text: str) -> Any:
    """The text parsed with only the components the attribution analyzer needs."""
    from medialit import pipeline

    pipe = pipeline.nlp()
    keep = [n for n in pipe.pipe_names if n in _COMPONENTS or n == "medialit_attributions"]
    with pipe.select_pipes(enable=keep):
        return pipe(text)


def _predicted(doc: Any) -> list[Relation]:
    from medialit.attribution import attributions

    talked_to = _lists()["talked_to"]
    out = []
    for a in attributions(doc):
        cue: Segments = ((a.cue.start, a.cue.end),) if a.cue else ()
        source: Segments = ((a.source.start, a.source.end),) if a.source else ()
        content = tuple((s.start, s.end) for s in (a.content, *a.more_content))
        out.append(Relation(cue, source, content))
        # 'X said ..., according to Y': Y passed the words on, an attribution of its own;
        # 'X said ..., citing Y': X is the one who cites
        for link in a.chain:
            if link.cue.text.lower() in talked_to:
                continue  # 'said in an interview with X': X heard the words, PolNeAR marks no cue
            by = (link.source.start, link.source.end) if link.role == "intermediary" else None
            out.append(Relation(((link.cue.start, link.cue.end),), (by,) if by else source))
    return out


def _spell(text: str, segments: Segments) -> str:
    return re.sub(r"\s+", " ", " ".join(text[a:b] for a, b in segments)).strip().lower()


def evaluate(corpus: Iterable[Text]) -> Report:
    """Run the analyzer on every text and score it against the annotators."""
    report = Report()
    for name in ("cue", "source", "content"):
        report.parts[name] = {"overlap": Score(), "exact": Score()}
    for cat in CATEGORIES:
        report.categories[cat] = {"overlap": Score(), "exact": Score()}
    for item in corpus:
        report.texts += 1
        doc = _parse(item.text)
        predicted = _predicted(doc)
        for rel in (*item.relations, *predicted):
            if rel.cue:
                rel.category, rel.core = categorise(*_words_in(doc, rel.cue))
        _score_text(report, item, predicted)
    return report


def _score_text(report: Report, item: Text, predicted: list[Relation]) -> None:
    text, gold = item.text, item.relations
    for name in ("cue", "source", "content"):
        found = score(text, (getattr(p, name) for p in predicted), (getattr(g, name) for g in gold))
        for how, s in found.items():
            report.parts[name][how].add(s)
    for cat in CATEGORIES:
        found = score(
            text,
            (p.cue for p in predicted if p.category == cat),
            (g.cue for g in gold if g.category == cat),
        )
        # A cue of one category found as another still counts as found.
        found["overlap"].gold_found = sum(
            any(_overlaps(p.cue, g.cue) for p in predicted if p.cue)
            for g in gold
            if g.category == cat
        )
        for how, s in found.items():
            report.categories[cat][how].add(s)
    core = [g for g in gold if g.core]
    report.core.gold += len(core)
    report.core.gold_found += sum(any(_overlaps(p.cue, g.cue) for p in predicted) for g in core)
    for g in gold:
        if not any(_overlaps(p.cue, g.cue) for p in predicted if p.cue):
            report.missed[_spell(text, g.cue)] += 1
    for p in predicted:
        if p.cue and not any(_overlaps(p.cue, g.cue) for g in gold):
            report.false[_spell(text, p.cue)] += 1


# --- printing -----------------------------------------------------------------------------


def _row(label: str, s: Score, *, counts: bool = True) -> str:
    figures = f"{s.precision:9.2f} {s.recall:6.2f} {s.f1:6.2f}"
    tail = (
        f"   {s.gold_found}/{s.gold} found, {s.predicted_ok}/{s.predicted} right" if counts else ""
    )
    return f"  {label:<28}{figures}{tail}"


def format_report(report: Report, *, top: int = 15) -> str:
    """The figures as a plain-text table, then the cues most often missed and false."""
    lines = [f"PolNeAR: {report.texts} texts", ""]
    for how in ("overlap", "exact"):
        lines.append(f"{how:<30}precision recall     F1")
        for name in ("cue", "source", "content"):
            lines.append(_row(name, report.parts[name][how]))
        lines.append("")
    lines.append("cues by category (overlap)    precision recall     F1")
    for cat in CATEGORIES:
        lines.append(_row(CATEGORY_LABELS[cat], report.categories[cat]["overlap"]))
    core = report.core
    lines += [
        "",
        f"core reporting-verb cue recall: {core.recall:.3f} ({core.gold_found}/{core.gold})",
    ]
    for title, counter in (
        ("most frequent missed cues", report.missed),
        ("most frequent false cues", report.false),
    ):
        lines += ["", f"{title}:"]
        lines += [f"  {n:4d}  {cue}" for cue, n in counter.most_common(top)]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Score the attribution analyzer on PolNeAR data; exits 0 when the data is absent."""
    parser = argparse.ArgumentParser(prog="python -m medialit.evaluate polnear")
    parser.add_argument("--data", type=Path, default=default_data_dir(), help="the devdata folder")
    parser.add_argument("--top", type=int, default=15, help="how many missed and false cues")
    args = parser.parse_args(argv)
    folder = args.data / _FOLDER if (args.data / _FOLDER).is_dir() else args.data
    if not (folder / "text").is_dir() or not (folder / "attributions").is_dir():
        print(f"polnear: no PolNeAR data in {folder} (text/ and attributions/); nothing to score.")
        return 0
    print(format_report(evaluate(read_corpus(folder)), top=args.top))
    return 0
