"""jsonschema imported through the kit leaves out the packages of its format checks only."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from medialit.authoring.draftfile import DraftError, check_exercise


def test_checking_an_exercise_imports_no_iri_grammar(fresh_run: Callable[[str], list[str]]) -> None:
    code = (
        "import sys; from medialit.authoring.draftfile import check_exercise; "
        "check_exercise({'kind': 'reflection', 'id': 'why', 'prompt': 'Why?', 'rubric': 'A'}); "
        "print('jsonschema' in sys.modules, 'rfc3987_syntax' in sys.modules, 'lark' in sys.modules)"
        "; from medialit.jsonschema_import import LEFT_OUT; "
        "print({sys.modules.get(name, 'gone') for name in LEFT_OUT})"
    )
    # No entry is left behind: a later `import rfc3987_syntax` imports it as usual.
    assert fresh_run(code) == ["True", "False", "False", "{'gone'}"]


def test_jsonschema_imported_before_the_kit_is_left_as_it_is(
    fresh_run: Callable[[str], list[str]],
) -> None:
    code = (
        "import sys, jsonschema; from medialit.jsonschema_import import jsonschema as js; "
        "print(js() is jsonschema, 'rfc3987_syntax' in sys.modules)"
    )
    assert fresh_run(code) == ["True", "True"]


def test_a_broken_exercise_is_still_refused_saying_where() -> None:
    with pytest.raises(DraftError, match=r"my exercise: \.prompt: 5 is not of type 'string'"):
        check_exercise(
            {"kind": "reflection", "id": "why", "prompt": 5, "rubric": "A"}, label="my exercise"
        )
