"""Bring your own article: paste it, keep it saved, and read every analysis of it.

The pasted text is saved with the learner's answers the moment it is accepted, so a
kernel restart or a closed laptop loses nothing. Until a learner brings one, the kit's
own article stands in, so every cell of notebook 05 runs from the start.

>>> import tempfile
>>> from medialit.exercises import session
>>> s = session("05_your_article", folder=tempfile.mkdtemp(), learner="ana")
>>> your_article(s).name
'article.txt'
>>> story = "The mayor resigned on Monday, officials said. " * 3
>>> save_article(s, story).sentences[0].id
'P1.S1'
>>> your_article(s).text == story
True
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from medialit.article import Article, ArticleError, HtmlTextError, decode, load_article
from medialit.authoring.yours import fit_to_article, practise
from medialit.display import escape, ignore_maths
from medialit.exercises.sessions import Session
from medialit.exercises.store import Record, now, reason
from medialit.provenance import provenance

MIN_WORDS = 20
"""Fewer words than this is a fragment, not an article: too little for the lessons' questions."""

SLOT = "your_article"
"""The record, in the learner's answers file, that holds the article they brought."""


def your_article(session: Session, *, path: str | Path | None = None) -> Article:
    """The article this learner brought: a file, else the saved text, else the kit's article."""
    if path is not None:
        return Article.from_file(path)
    saved = saved_text(session)
    if saved.strip():
        try:
            return check_article(saved)
        except ArticleError:
            return load_article()
    return load_article()


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def practice_articles() -> list[str]:
    """Names of the short practice articles written for the kit (fictional places and people).

    >>> practice_articles()
    ['ferry_contract', 'heatwave_schools']
    """
    folder = resources.files("medialit").joinpath("data/practice")
    return sorted(e.name.removesuffix(".txt") for e in folder.iterdir() if e.name.endswith(".txt"))


def load_practice(name: str) -> Article:
    """Load one practice article by name, for a class that has not brought its own yet."""
    if name not in practice_articles():
        raise KeyError(f"no practice article {name!r}; choose one of {practice_articles()}")
    data = resources.files("medialit").joinpath(f"data/practice/{name}.txt").read_bytes()
    return Article.from_text(decode(data, name=f"{name}.txt"), name=f"{name}.txt")


KEEP_PREVIOUS = 5
"""How many earlier articles a learner can bring back after replacing theirs."""


def check_article(text: str) -> Article:
    """The text as an Article if it passes the kit's checks; ArticleError says what failed."""
    try:
        article = Article.from_text(text, name="your article")
    except HtmlTextError:
        raise ArticleError(
            "your article: this is the page's HTML code, not its text. Paste the article's "
            "text as the browser shows it (select it on the page and copy), or save the page "
            "as .html and upload that file."
        ) from None
    words = len(text.split())
    if words < MIN_WORDS:
        raise ArticleError(
            f"your article: that is only {words} word{'s' if words != 1 else ''}; paste the "
            f"whole article (at least {MIN_WORDS} words), headline and all."
        )
    return article


def saved_text(session: Session) -> str:
    """The article text this learner saved, or an empty string."""
    saved = session.record(SLOT).get("text", "")
    return saved if isinstance(saved, str) else ""


def previous_articles(session: Session) -> list[str]:
    """The articles this learner saved before the current one, oldest first."""
    kept = session.record(SLOT).get("previous", [])
    return [p["text"] for p in kept if isinstance(p, dict) and isinstance(p.get("text"), str)]


def restore_previous(session: Session) -> Article | None:
    """Bring back the article saved before the current one (the current one is kept in turn)."""
    earlier = previous_articles(session)
    return save_article(session, earlier[-1]) if earlier else None


def save_article(session: Session, text: str) -> Article:
    """Check that `text` reads as an English article, then save it with the learner's answers.

    The article it replaces is kept in the record's `previous` list, so nothing is lost.
    """
    article = check_article(text)
    stamp = now()

    first_line = article.paragraphs[0].text if article.paragraphs else ""
    # "shown" is what a teacher's collected table lists for this learner's article.
    shown = f"{first_line[:80]} ({len(text.split())} words)"

    def change(old: Record) -> Record:
        previous = [p for p in old.get("previous", []) if p.get("text") != text]
        if old.get("text") and old["text"] != text:
            previous.append({"text": old["text"], "saved_at": old.get("saved_at", stamp)})
        return {
            **old,
            "previous": previous[-KEEP_PREVIOUS:],
            "text": text,
            "shown": shown,
            "saved_at": stamp,
            "first_at": old.get("first_at", stamp),
        }

    session.store.update(SLOT, change)
    return article


@dataclass(frozen=True)
class Section:
    """One analyzer's findings, as lines a learner can read."""

    key: str
    title: str
    lines: tuple[str, ...]


def report(article: Article) -> list[Section]:
    """Every analysis of the article, one section per analyzer, in the contract's order.

    >>> [s.key for s in report(load_article())][:2]
    ['provenance', 'leftovers']
    """
    from medialit.analysis import analyze

    page = provenance(article)
    found = [f"{s.kind}: {s.text}" for s in (page.headline, page.byline, page.date) if s]
    found += [f"{s.kind}: {s.text}" for s in (page.dateline, page.agency_credit) if s]
    missing = [f"the page does not say {q}" for q in page.missing()]
    sections = [Section("provenance", "What the page says about itself", (*found, *missing))]
    sections.append(
        Section(
            "leftovers",
            "Page leftovers (not part of the article)",
            tuple(f"{seg.kind}: {seg.text}" for seg in article.leftovers),
        )
    )
    result = analyze(article)
    for key, value in result.results.items():
        items = list(value) if isinstance(value, list | tuple) else [value]
        title = key.replace("_", " ").capitalize()
        sections.append(Section(key, title, tuple(str(item) for item in items)))
    return sections


def report_html(article: Article) -> str:
    """The report as HTML; every piece of article text in it is escaped."""
    parts = ['<div class="medialit-report">']
    for section in report(article):
        parts.append(f"<h4>{escape(section.title)} ({len(section.lines)})</h4>")
        if section.lines:
            items = "".join(f"<li>{escape(line)}</li>" for line in section.lines)
            parts.append(f"<ul>{items}</ul>")
        else:
            parts.append("<p><em>nothing found</em></p>")
    parts.append("</div>")
    return "".join(parts)


def show_report(article: Article) -> Any:
    """Display every analysis of the article in a notebook."""
    from IPython.display import HTML

    return HTML(report_html(article))  # type: ignore[no-untyped-call]


def timeline(article: Article, *, document_date: dt.date | None = None) -> Any:
    """The article's timeline, placed on the calendar by the page's date; a note when undated.

    With a date, the result is the `medialit.figures.Chart` that `medialit.draw_timeline` gives.

    Without a date nothing can be placed, so instead of an empty axis the note says so and
    lists the time expressions in the page's order, each before or after the page.
    """
    import medialit

    when = medialit.document_date(article, document_date=document_date)
    events = medialit.timeline_events(article, document_date=when.value)
    if when.value is not None and events:
        return medialit.draw_timeline(events, document_date=when)
    from IPython.display import HTML

    return HTML(timeline_note(article, when.note or "the page gives no date"))  # type: ignore[no-untyped-call]


def timeline_note(article: Article, why: str) -> str:
    """What a timeline can say without a date: why, and the time expressions in relative order."""
    import medialit

    side = {"past": "before the page", "future": "after the page"}
    lines = [
        f"<li>{escape(t.text)}: {side.get(t.tense, 'at about the time of the page')}</li>"
        for t in medialit.timexes(article)
        if not any(s.start <= t.start < s.end for s in article.leftovers)
    ]
    listed = f"<ul>{''.join(lines)}</ul>" if lines else "<p>The page has no time expressions.</p>"
    return ignore_maths(
        f"<p><strong>No timeline on a calendar:</strong> {escape(why)}. What can be ordered "
        f"without a date, in the page's order:</p>{listed}"
    )


class ArticleBox:
    """A labelled text box and a button: paste an article, and the kit checks and saves it."""

    def __init__(self, session: Session) -> None:
        import ipywidgets as widgets

        self.session = session
        saved = session.record(SLOT).get("text", "")
        self.text = widgets.Textarea(
            value=saved if isinstance(saved, str) else "",
            placeholder="Paste the text of a news article here (English, plain text).",
            layout=widgets.Layout(width="100%", height="12em"),
        )
        label = widgets.Label("Your article's text:")
        self.use = widgets.Button(
            description="Use this article",
            tooltip="Check the text and save it with your answers",
            icon="check",
            layout=widgets.Layout(width="auto"),
        )
        self.upload = widgets.FileUpload(
            accept=".txt,.html,.htm", multiple=False, description="Load .txt or .html"
        )
        # Labels sized to their words, so that none is cut short.
        self.practice = widgets.Dropdown(
            options=practice_articles(),
            description="Or practise on:",
            style={"description_width": "initial"},
        )
        self.load = widgets.Button(
            description="Load this practice article",
            tooltip="Put the practice article in the box",
            layout=widgets.Layout(width="auto"),
        )
        self.confirm = widgets.Button(
            description="Yes, replace my article",
            button_style="warning",
            layout=widgets.Layout(width="auto", display="none"),
        )
        self.restore = widgets.Button(
            description="Bring back my previous article",
            layout=widgets.Layout(width="auto", display="none"),
        )
        self.status = widgets.HTML()
        self.use.on_click(lambda _: self.accept(self.text.value))
        self.load.on_click(lambda _: self._practice())
        self.confirm.on_click(lambda _: self._practice(confirmed=True))
        self.restore.on_click(lambda _: self._restore())
        self.upload.observe(self._uploaded, names="value")
        self.widget = widgets.VBox(
            [
                label,
                self.text,
                widgets.HBox([self.use, self.upload]),
                widgets.HBox([self.practice, self.load, self.confirm]),
                self.restore,
                self.status,
            ]
        )
        self._show_restore()
        if saved:
            self.status.value = self._saved_status(str(saved))

    @staticmethod
    def _saved_status(saved: str) -> str:
        try:
            check_article(saved)
        except ArticleError as exc:
            return (
                "<p><strong>✗ Your saved article no longer passes the checks:</strong> "
                f"{escape(str(exc))} The cells below use the kit's article until you paste "
                "one that passes and press the button.</p>"
            )
        return (
            "<p>✓ Your saved article is loaded; the cells below read it. Paste another "
            "and press the button to change it.</p>"
        )

    def _show_restore(self) -> None:
        shown = "inline-flex" if previous_articles(self.session) else "none"
        self.restore.layout.display = shown

    def accept(self, text: str) -> Article | None:
        """Check and save the text; show what was wrong with it, or how it was read."""
        try:
            article = save_article(self.session, text)
        except ArticleError as exc:
            self.status.value = f"<p><strong>✗ Not saved:</strong> {escape(str(exc))}</p>"
            return None
        except OSError as exc:
            why = escape(reason(exc))
            self.status.value = (
                f"<p><strong>✗ Not saved:</strong> {why}. Your text is still in the box: copy "
                "it somewhere safe and tell your teacher.</p>"
            )
            return None
        words = len(article.text.split())
        self.status.value = (
            f"<p>✓ Saved: {_count(len(article.paragraphs), 'paragraph')}, "
            f"{_count(len(article.sentences), 'sentence')}, {_count(words, 'word')}. "
            "Now run the cells below.</p>"
        )
        self._show_restore()
        return article

    def _practice(self, *, confirmed: bool = False) -> None:
        name = str(self.practice.value)
        text = load_practice(name).text
        saved = saved_text(self.session)
        if saved and saved != text and not confirmed:
            self.confirm.layout.display = "inline-flex"
            self.status.value = (
                "<p><strong>Replace your saved article?</strong> Loading the practice article "
                "replaces the article you saved. Press <em>Yes, replace my article</em> to go "
                "on; yours stays recoverable with <em>Bring back my previous article</em>.</p>"
            )
            return
        self.confirm.layout.display = "none"
        self.text.value = text
        self.accept(text)

    def _restore(self) -> None:
        article = restore_previous(self.session)
        if article is not None:
            self.text.value = article.text
            self.status.value = "<p>✓ Your previous article is back and saved.</p>"
        self._show_restore()

    def _uploaded(self, change: dict[str, Any]) -> None:
        files = change["new"]
        if not files:
            return
        content = files[0]["content"]
        name = str(files[0]["name"])
        try:
            if name.lower().endswith((".html", ".htm")):
                from medialit.webpage import read_page

                text = read_page(bytes(content)).text
            else:
                text = decode(bytes(content), name=name)
        except ArticleError as exc:
            self.status.value = f"<p><strong>✗ Not saved:</strong> {escape(str(exc))}</p>"
            return
        self.text.value = text
        self.accept(text)

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)  # type: ignore[no-untyped-call]


__all__ = [
    "ArticleBox",
    "Section",
    "check_article",
    "fit_to_article",
    "load_practice",
    "practice_articles",
    "practise",
    "previous_articles",
    "report",
    "report_html",
    "restore_previous",
    "save_article",
    "show_report",
    "timeline",
    "timeline_note",
    "your_article",
]
