"""A pytest plugin that fails any notebook cell that writes to stderr under nbval.

Warnings, deprecation notices and logging all reach a notebook as stderr, and a
learner sees them as red noise; nbval alone passes such cells. Load it with
`-p tests.nbval_strict_stderr` (run pytest as `python -m pytest` from the
repository root so that `tests` is importable).
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import pytest


def _stderr_text(item: Any) -> str:
    outputs = getattr(item, "test_outputs", None) or []
    return "".join(
        str(out.get("text", ""))
        for out in outputs
        if out.get("output_type") == "stream" and out.get("name") == "stderr"
    )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None]:
    outcome = yield
    if call.when != "call" or type(item).__name__ != "IPyNbCell":
        return
    report = outcome.get_result()
    text = _stderr_text(item)
    if report.passed and text:
        report.outcome = "failed"
        report.longrepr = f"cell {getattr(item, 'cell_num', '?')} wrote to stderr:\n{text}"
