"""Command line: `python -m medialit analyze [FILE] [--date YYYY-MM-DD] [--json]`, and more.

Commands other than `analyze` live in their own modules, listed in `COMMANDS`: each module
has `HELP` (one line), `add_arguments(parser)` and `run(args) -> int`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from medialit.article import Article, ArticleError, load_article

if TYPE_CHECKING:
    from medialit.timeline.model import DocumentDate

# Command name -> module that implements it (see the module docstring).
COMMANDS: dict[str, str] = {
    "report": "medialit.classroom.command",
    "handout": "medialit.handout",
    "lesson": "medialit.authoring.command",
}


def _date(value: str) -> dt.date | DocumentDate:
    from medialit.timeline.dating import given_period

    try:
        if len(value) <= 7:
            return given_period(value)  # a month (YYYY-MM) or a year (YYYY)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date; write it as YYYY-MM-DD, for example 2021-12-26 "
            "(or YYYY-MM for a month, YYYY for a year)"
        ) from None


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for the `medialit` command."""
    parser = argparse.ArgumentParser(
        prog="medialit", description="Read a news text critically: sources, claims, errors, dates."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    analyze = commands.add_parser(
        "analyze", help="analyse a text file (the kit's article when no file is given)"
    )
    analyze.add_argument(
        "file",
        nargs="?",
        help="a UTF-8 plain-text file or a saved web page (.html); '-' reads stdin",
    )
    analyze.add_argument(
        "--date", type=_date, help="the page's date, if known (YYYY-MM-DD, or YYYY-MM, YYYY)"
    )
    analyze.add_argument("--json", action="store_true", help="print one JSON object")
    analyze.add_argument(
        "--timeml", action="store_true", help="print the text as TimeML (time expressions)"
    )
    analyze.add_argument("--model", help="a trained spaCy pipeline to use, if installed")
    for name, module_name in COMMANDS.items():
        module = importlib.import_module(module_name)
        sub = commands.add_parser(name, help=module.HELP)
        module.add_arguments(sub)
    return parser


def _read(file: str | None) -> Article:
    if file is None:
        return load_article()
    if file == "-":
        from medialit.article import decode
        from medialit.reading import read_stream

        data = read_stream(sys.stdin.buffer, name="<stdin>")
        return Article.from_text(decode(data, name="<stdin>"), name="<stdin>")
    return Article.from_file(file)


def _report(article: Article, results: dict[str, Any], out: TextIO) -> None:
    words = len(article.text.split())
    paragraphs, sentences = len(article.paragraphs), len(article.sentences)
    out.write(f"{article.name}: {paragraphs} paragraph{'s' if paragraphs != 1 else ''}, ")
    out.write(f"{sentences} sentence{'s' if sentences != 1 else ''}, ")
    out.write(f"{words} word{'s' if words != 1 else ''}\n")
    for key, found in (article.page or {}).items():
        out.write(
            f"  page {key}: " + (f"{found['value']} ({found['source']})\n" if found else "-\n")
        )
    out.write(f"\nPage leftovers ({len(article.leftovers)}):\n")
    for seg in article.leftovers:
        out.write(f"  [{seg.kind}] {seg.start}-{seg.end}: {seg.text[:70]!r}\n")
    for key, value in results.items():
        items = value if isinstance(value, list | tuple) else [value]
        out.write(f"\n{key.replace('_', ' ').capitalize()} ({len(items)}):\n")
        for item in items:
            out.write(f"  {item}\n")


def _timeml(article: Article, results: dict[str, Any]) -> str:
    from medialit.timeline.timeml import to_timeml

    # A long text is analysed in pieces, whose results come back in their JSON form.
    page_date = results["document_date"]
    value = page_date.get("value") if isinstance(page_date, dict) else page_date.value
    day = dt.date.fromisoformat(value) if isinstance(value, str) else value
    return to_timeml(article.text, results["timexes"], document_date=day)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    if args.command in COMMANDS:
        status: int = importlib.import_module(COMMANDS[args.command]).run(args)
        return status
    from medialit.analysis import analyze

    try:
        article = _read(args.file)
        result = analyze(article, document_date=args.date, model=args.model)
    except (ArticleError, RuntimeError) as exc:
        print(f"medialit: {exc}", file=sys.stderr)
        return 2
    try:
        if args.timeml:
            sys.stdout.write(_timeml(article, result.results) + "\n")
        elif args.json:
            json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        else:
            _report(article, result.results, sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader stopped early (`| head`): that is not an error. Point stdout at
        # devnull so that the interpreter's own flush at exit does not complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0
