"""The article's answer keys: versioned JSON data, validated by JSON Schema.

Each part of the key (provenance, sources, attributions, artifacts, timeline) is a pair
of files in `medialit/data/annotations/`: `<part>.json` and `<part>.schema.json`. A part
schema may refer to the shared definitions in `common.schema.json` (spans, dates). The
same files are the answer keys, the oracle for exercise checks and the fixtures the
analyzers are measured against.

>>> key = load_annotations(validated=True)
>>> key["provenance"]["byline"] is None
True
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any

_FOLDER = "data/annotations"
COMMON_ID = "https://medialit.invalid/schema/common"


class AnnotationError(ValueError):
    """Raised when an annotation file is missing, unreadable or breaks its schema."""


def _read(name: str) -> Any:
    path = resources.files("medialit").joinpath(f"{_FOLDER}/{name}")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise AnnotationError(f"annotation file {name} cannot be read: {exc}") from exc


def parts() -> list[str]:
    """The names of the annotation parts that ship with the kit."""
    folder = resources.files("medialit").joinpath(_FOLDER)
    names = (entry.name for entry in folder.iterdir())
    return sorted(
        n.removesuffix(".json")
        for n in names
        if n.endswith(".json") and not n.endswith(".schema.json")
    )


@cache
def _registry() -> Any:
    from referencing import Registry, Resource

    common = Resource.from_contents(_read("common.schema.json"))
    return Registry().with_resource(COMMON_ID, common)


def validate(part: str, data: Any) -> None:
    """Check `data` against the schema of `part`; raise AnnotationError saying where it breaks."""
    # jsonschema takes a second and 20 MB to import: only the tests and authors need it.
    from medialit.jsonschema_import import jsonschema

    schema = _read(f"{part}.schema.json")
    validator = jsonschema().Draft202012Validator(schema, registry=_registry())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        where = "/".join(str(p) for p in errors[0].absolute_path) or "(top)"
        raise AnnotationError(f"{part}.json at {where}: {errors[0].message}")


@cache
def _load(validated: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for part in parts():
        data = _read(f"{part}.json")
        if validated:
            validate(part, data)
        out[part] = data
    return out


def load_annotations(*, validated: bool = False) -> dict[str, Any]:
    """Return every part of the article's answer key, keyed by part name.

    The shipped files are checked against their schemas by the test suite; pass
    `validated=True` to check them again, for example after editing one by hand.
    """
    copy: dict[str, Any] = json.loads(json.dumps(_load(validated)))  # callers may not alter it
    return copy


def load_metadata() -> dict[str, Any]:
    """What is known about the article: the page's own provenance and facts from elsewhere."""
    provenance: dict[str, Any] = load_annotations()["provenance"]
    return provenance


def iter_spans(data: Any) -> Iterator[dict[str, Any]]:
    """Yield every span (a dict with start, end and text) anywhere inside `data`."""
    if isinstance(data, dict):
        if {"start", "end", "text"} <= data.keys() and isinstance(data["start"], int):
            yield data
        for value in data.values():
            yield from iter_spans(value)
    elif isinstance(data, list):
        for value in data:
            yield from iter_spans(value)
