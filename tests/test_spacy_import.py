"""spaCy imported through the kit leaves out its command line, and nothing else changes."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable


def test_the_kit_analyses_without_spacys_command_line(
    fresh_run: Callable[[str], list[str]],
) -> None:
    code = (
        "import sys, medialit; medialit.analyze('The mayor said the bridge will reopen.'); "
        "print(sorted(m for m in ('spacy', 'spacy.cli', 'typer', 'weasel', 'requests', 'click') "
        "if m in sys.modules))"
    )
    assert fresh_run(code) == ["['spacy']"]


def test_spacy_keeps_its_loader_and_its_command_line_still_imports(
    fresh_run: Callable[[str], list[str]],
) -> None:
    code = (
        "import importlib.resources, sys, medialit, spacy; "
        "print(type(spacy.__spec__.loader).__name__, spacy.__loader__ is spacy.__spec__.loader); "
        "print(importlib.resources.files('spacy').joinpath('about.py').is_file()); "
        "import spacy.cli; from spacy.cli.info import info; "
        "print(spacy.cli.info.__module__, info.__module__, callable(spacy.cli.download))"
    )
    assert fresh_run(code) == [
        "SourceFileLoader",
        "True",
        "True",
        "spacy.cli.info",
        "spacy.cli.info",
        "True",
    ]


def test_spacy_info_imports_the_command_line_when_called(
    fresh_run: Callable[[str], list[str]],
) -> None:
    code = (
        "import sys, medialit, spacy; print('spacy.cli' in sys.modules); "
        "about = spacy.info(silent=True); "
        "print(about['spacy_version'] == spacy.__version__, 'spacy.cli' in sys.modules)"
    )
    assert fresh_run(code) == ["False", "True", "True"]


def test_spacy_imported_before_the_kit_is_left_as_it_is(
    fresh_run: Callable[[str], list[str]],
) -> None:
    code = "import sys, spacy, medialit; medialit.nlp(); print('spacy.cli' in sys.modules)"
    assert fresh_run(code) == ["True"]


def test_spacys_own_command_line_runs_in_a_process_that_imported_the_kit() -> None:
    # `python -m spacy info`, run after the kit has imported spaCy without its command line.
    code = (
        "import sys, runpy, medialit; medialit.nlp(); sys.argv = ['spacy', 'info']; "
        "runpy.run_module('spacy', run_name='__main__')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "spaCy version" in out.stdout
