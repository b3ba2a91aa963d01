"""The answer keys: schema-valid data whose every span spells its text."""

from __future__ import annotations

import json
from typing import Any

import pytest

from medialit import annotations
from medialit.annotations import AnnotationError, iter_spans, load_annotations, validate
from medialit.article import Article


def test_every_part_is_valid_and_loaded(key: dict[str, Any]) -> None:
    assert set(key) == set(annotations.parts())
    assert "provenance" in key


def test_every_span_spells_its_text(key: dict[str, Any], article: Article) -> None:
    spans = list(iter_spans(key))
    assert len(spans) >= 5
    bad = [s for s in spans if article.text[s["start"] : s["end"]] != s["text"]]
    assert bad == []


def test_provenance_says_what_the_page_lacks(key: dict[str, Any]) -> None:
    prov = key["provenance"]
    assert prov["byline"] is None
    assert prov["date"] is None
    assert prov["agency_credit"] is None
    assert prov["sha256"].startswith("d0e849b2")
    assert all(fact["source"]["outlet"] for fact in prov["facts"])


def test_load_annotations_returns_a_copy() -> None:
    first = load_annotations()
    first["provenance"]["byline"] = "someone"
    assert load_annotations()["provenance"]["byline"] is None


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d.pop("byline"), "byline"),
        (lambda d: d["leftovers"][0].update(kind="ad"), "leftovers/0"),
        (lambda d: d["leftovers"][1].update(start="10"), "leftovers/1"),
        (lambda d: d["facts"][0]["source"].update(date="26/12/2021"), "facts/0/source/date"),
    ],
)
def test_schema_rejects_broken_data(change: Any, where: str) -> None:
    data = json.loads(json.dumps(load_annotations()["provenance"]))
    change(data)
    with pytest.raises(AnnotationError, match=where.split("/")[0]):
        validate("provenance", data)


def test_loading_the_key_does_not_import_jsonschema() -> None:
    import subprocess
    import sys

    code = "import sys, medialit; medialit.load_metadata(); print('jsonschema' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
