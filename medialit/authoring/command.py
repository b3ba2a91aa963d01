"""`python -m medialit lesson draft ARTICLE --out DIR` and `python -m medialit lesson build DIR`."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

HELP = "draft a lesson from any article, then build its notebooks once reviewed"


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date; write it as YYYY-MM-DD"
        ) from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The `draft` and `build` subcommands."""
    steps = parser.add_subparsers(dest="step", required=True)
    draft = steps.add_parser("draft", help="draft lesson.json and review.ipynb from an article")
    draft.add_argument("article", help="the article: any file the kit reads (plain text)")
    draft.add_argument("--out", required=True, type=Path, help="the lesson's folder")
    draft.add_argument("--date", type=_date, help="the page's date, if the page lacks one")
    draft.add_argument("--name", help="the notebook name, NN_words (default: from the file name)")
    build = steps.add_parser("build", help="build the notebooks and the plan of a reviewed draft")
    build.add_argument("folder", type=Path, help="the lesson's folder, holding lesson.json")
    build.add_argument(
        "--allow-unreviewed",
        action="store_true",
        help="build even with unreviewed exercises, marking each in the key",
    )


def run(args: argparse.Namespace) -> int:
    """Run one step; exit status 2 for input the kit cannot use, 1 for unreviewed items."""
    from medialit.article import ArticleError
    from medialit.authoring.draftfile import DraftError

    try:
        if args.step == "draft":
            return _draft(args)
        return _build(args)
    except (ArticleError, DraftError) as exc:
        print(f"medialit: {exc}", file=sys.stderr)
        return 1 if "not reviewed" in str(exc) else 2


def _draft(args: argparse.Namespace) -> int:
    from medialit.article import Article
    from medialit.authoring.draft import draft_lesson
    from medialit.authoring.draftfile import write_draft
    from medialit.authoring.reviewbox import write_review_notebook

    article = Article.from_file(args.article)
    draft = draft_lesson(article, document_date=args.date, notebook=args.name)
    out: Path = args.out
    target = out / "lesson.json"
    if target.exists():
        print(f"medialit: {target} exists; choose another --out folder", file=sys.stderr)
        return 2
    write_draft(target, draft)
    write_review_notebook(out)
    print(
        f"{len(draft['exercises'])} exercises drafted in {target}; review them in "
        f"{out / 'review.ipynb'}"
    )
    for skipped in draft["skipped"]:
        print(f"  left out {skipped['skill']}: {skipped['why']}")
    return 0


def _build(args: argparse.Namespace) -> int:
    from medialit.authoring.build import build

    written = build(args.folder, allow_unreviewed=args.allow_unreviewed)
    for path in written.values():
        print(f"wrote {path}")
    return 0
