"""Check an event against the spec's schemas, tolerating what a newer Connect may send.

    >>> [str(error) for error in problems("OrderShipmentCommandEvent", {"action_id": 5}, "data")][:2]
    ['data.action_id: expected string', 'data.carrier: required']

The validators are the client's lenient ones (``spec.validator(..., lenient=True)``): new fields
and enum values pass. One more thing passes here: a variant of a discriminated union that this
version does not know (a stock ``breakdown`` item of a new ``type``), which the generated models
keep verbatim. A variant whose discriminator value *is* known must match that variant.
"""

from __future__ import annotations

import functools
from typing import Any

from .. import _validation, spec
from .._errors import FieldError
from .._inputs import join


@functools.cache
def _discriminator(union: str) -> tuple[str, frozenset[str]] | None:
    """(property, known values) of the discriminated union ``#/components/schemas/<union>``."""
    schemas = spec.document()["components"]["schemas"]
    found = schemas.get(union, {}).get("discriminator")
    if not isinstance(found, dict) or "propertyName" not in found:
        return None
    known = set(found.get("mapping", {}))
    ref = schemas[union].get("x-discriminator-values", {}).get("$ref", "")
    known.update(schemas.get(ref.rsplit("/", 1)[-1], {}).get("enum", []))
    return str(found["propertyName"]), frozenset(known)


def _newer_variants(schema: str, value: Any, root: str) -> list[str]:
    """JSON paths of the values that are variants of a union this version does not know."""
    paths = []
    for error in spec.validator(schema, lenient=True).iter_errors(value):
        where = list(error.schema_path)
        if error.kind.name != "anyOf" or len(where) < 3 or where[-3] != "schemas":
            continue
        union = _discriminator(str(where[-2]))
        instance = error.instance
        if union is None or not isinstance(instance, dict):
            continue
        kind = instance.get(union[0])
        if isinstance(kind, str) and kind not in union[1]:
            path = root
            for part in error.instance_path:
                path = join(path, part)
            paths.append(path)
    return paths


def _under(field: str | None, paths: list[str]) -> bool:
    return field is not None and any(
        field == path or field.startswith((f"{path}.", f"{path}[")) for path in paths
    )


def problems(schema: str, value: Any, root: str = "") -> list[FieldError]:
    """What is wrong with ``value`` (decoded JSON) as a ``schema`` of the spec; empty when valid."""
    try:
        if spec.validator(schema, lenient=True).is_valid(value):
            return []
        newer = _newer_variants(schema, value, root)
        found = _validation.errors(schema, value, root)
    except ValueError:  # a mapping holding something that is not JSON (a datetime...)
        return [FieldError(root or None, "not JSON data")]
    return [error for error in found if not _under(error.field, newer)]
