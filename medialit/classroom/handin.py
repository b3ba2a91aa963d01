"""Handing in: a timestamped copy of a learner's answers, dropped in the class's hand-in folder.

The hand-in folder works as a drop box, like the inbound folder of nbgrader's exchange:
it is sticky and write-only for learners (mode `1733`), so each learner can add files but
can neither list the folder nor read, rename, replace or delete anyone else's file (each
file is readable by its learner only, and by root, who owns the folder). Each hand-in is
a new file, `<learner>+<notebook>+<time>+<random>.json`, written to a temporary file
first and linked into place in one step (a link never replaces an existing file), so
the teacher never reads half a file. A learner can hand in again: the latest counts,
earlier ones are kept.

The learner's own receipt, `<notebook>.handins` beside their answers file, lists the
times they handed in, since they cannot list the drop box to see them.

>>> import tempfile
>>> from medialit.exercises import Session
>>> from medialit.exercises.settings import Settings
>>> root = Path(tempfile.mkdtemp())
>>> settings = Settings(learner="ana", answers_dir=root / "answers", handin_dir=root / "in")
>>> handin = HandIn(Session("00_start_here", settings=settings))
>>> handin.status()
'Not handed in yet.'
>>> receipt = handin.hand_in()
>>> receipt.path.name.startswith("ana+00_start_here+")
True
>>> handin.status().startswith("Last handed in")
True
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from medialit.exercises.sessions import Session
from medialit.exercises.settings import safe_name
from medialit.exercises.store import FORMAT

DROP_BOX_MODE = 0o1733
"""Sticky, and writable but not readable by others: the drop-box pattern."""
HANDED_IN_MODE = 0o600
"""Only the learner who handed in reads the file, and the teacher as the folder's owner (root)."""
RECEIPTS = ".handins"


class HandInError(RuntimeError):
    """Raised when answers cannot be handed in; the message says what to do."""


@dataclass(frozen=True)
class Receipt:
    """One hand-in: when it was made and the file it made."""

    at: str
    path: Path


def prepare_folder(folder: Path) -> Path:
    """Create the hand-in folder as a drop box (or make an existing one one) and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(DROP_BOX_MODE)
    return folder


class HandIn:
    """Handing in one learner's answers to one notebook."""

    def __init__(self, session: Session, *, folder: Path | None = None) -> None:
        self.session = session
        self.folder = folder or session.settings.handin_dir

    @property
    def receipts_path(self) -> Path:
        """The learner's own list of their hand-ins of this notebook."""
        store = self.session.store.path
        return store.with_name(store.stem + RECEIPTS)

    def receipts(self) -> list[Receipt]:
        """Every hand-in this learner made of this notebook, oldest first."""
        try:
            lines = self.receipts_path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        found = []
        for line in lines:
            at, _, name = line.partition("\t")
            if at and name:
                found.append(Receipt(at, Path(name)))
        return found

    def status(self) -> str:
        """When the learner last handed in, in words."""
        if self.folder is None:
            return (
                "Your teacher has not set a hand-in folder, so there is nothing to hand in to. "
                f"Your answers are saved in {self.session.store.path}."
            )
        done = self.receipts()
        if not done:
            return "Not handed in yet."
        when = dt.datetime.fromisoformat(done[-1].at).strftime("%d %B %Y at %H:%M UTC")
        times = "once" if len(done) == 1 else f"{len(done)} times"
        return f"Last handed in on {when} (handed in {times}; the latest counts)."

    def hand_in(self) -> Receipt:
        """Copy the learner's current answers into the hand-in folder as a new file."""
        if self.folder is None:
            raise HandInError(self.status())
        if not self.folder.is_dir():
            prepare_folder(self.folder)
        session = self.session
        # To the microsecond, so that two hand-ins in one second still come in order.
        moment = dt.datetime.now(dt.timezone.utc)
        stamp = moment.isoformat()
        data = {
            "format": FORMAT,
            "learner": session.learner,
            "notebook": session.notebook,
            "handed_in_at": stamp,
            "exercises": session.store.exercises(),
        }
        compact = moment.strftime("%Y%m%dT%H%M%S%fZ")
        name = "+".join(
            [safe_name(session.learner), safe_name(session.notebook), compact, secrets.token_hex(6)]
        )
        target = self.folder / f"{name}.json"
        _write_new(target, json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True))
        receipt = Receipt(stamp, target)
        self.receipts_path.parent.mkdir(parents=True, exist_ok=True)
        with self.receipts_path.open("a", encoding="utf-8") as log:
            log.write(f"{receipt.at}\t{target}\n")
        return receipt


def _write_new(target: Path, text: str) -> None:
    handle, temp = tempfile.mkstemp(dir=target.parent, prefix=".handin-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, HANDED_IN_MODE)
        # A link, unlike a rename, never replaces a file that is already there.
        os.link(temp, target)
    finally:
        Path(temp).unlink(missing_ok=True)


def is_drop_box(folder: Path) -> bool:
    """Whether a folder has the drop box's permissions (sticky, not readable by others)."""
    mode = folder.stat().st_mode
    return bool(mode & stat.S_ISVTX) and not mode & stat.S_IROTH
