"""The attribution contract: the schema and the README name every rule and type in use."""

from __future__ import annotations

import json
import re
from pathlib import Path

from medialit.attribution import RULES, TYPES

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "medialit" / "data" / "annotations" / "attributions.schema.json"


def _item_properties() -> dict[str, dict[str, list[str]]]:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    props: dict[str, dict[str, list[str]]] = schema["properties"]["attributions"]["items"][
        "properties"
    ]
    return props


def _readme_row() -> str:
    rows = [
        line
        for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("| `attributions` |")
    ]
    assert len(rows) == 1
    return rows[0]


def test_the_schema_allows_every_rule_and_no_other() -> None:
    assert set(_item_properties()["rule"]["enum"]) == set(RULES)


def test_the_schema_allows_every_type_and_no_other() -> None:
    assert set(_item_properties()["type"]["enum"]) == set(TYPES)


def test_the_readme_names_every_rule() -> None:
    rule_list = _readme_row().split("`rule` (", 1)[1].split(";", 1)[0]
    assert set(re.findall(r"`([a-z_]+)`", rule_list)) == set(RULES)


def test_the_readme_names_every_type() -> None:
    type_list = _readme_row().split("`type` (", 1)[1].split("), `cue`", 1)[0]
    assert set(re.findall(r"`([a-z_]+)`", type_list)) == set(TYPES)
