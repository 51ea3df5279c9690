"""Check request data against the spec before sending it, naming each bad field.

    >>> prepare("OriginRequest", {"channel_id": "acme", "channel_store_id": 7}, "origin")
    Traceback (most recent call last):
    mirakl_connect._errors.ValidationError: invalid request: origin.channel_store_id: expected string

The schemas are the spec's (``openapi3.yaml``), checked by jsonschema-rs: required properties,
types, lengths, patterns, limits, item counts and formats (a date-time needs a UTC offset).
Two things are relaxed on purpose, so that a client can send what Connect added after this
release: enum values (any string goes) and the ``oneOf`` variants of unions (a value must fit
one of them, discriminator value aside). When a value fits none, the variant its discriminator
names (``type``) reports its own errors::

    >>> prepare("CustomAttributeRequest", {"id": "gift", "type": "BOOLEAN"}, "custom_attributes[0]")
    Traceback (most recent call last):
    mirakl_connect._errors.ValidationError: invalid request: custom_attributes[0].value: required

Messages never repeat the value they refuse.

jsonschema-rs (Rust) rather than jsonschema: it checks a 100-order batch in about 0.3 ms, against
about 130 ms, which is what makes checking every request affordable.
"""

from __future__ import annotations

import functools
from typing import Any

from . import spec
from ._errors import FieldError, ValidationError
from ._inputs import join, to_json, written

_FORMATS = {"date-time": "an RFC 3339 date-time with a time zone, e.g. 2026-11-02T09:00:00Z"}
_NO_FIT = "fits none of the allowed shapes"


@functools.cache  # called with positional arguments: a cheaper lookup than spec.validator's keywords
def validator(schema: str, many: bool = False) -> Any:
    """The lenient validator of a schema (unknown enum values pass): see :func:`spec.validator`."""
    return spec.validator(schema, many=many, lenient=True)


def _message(error: Any) -> tuple[str | None, str]:
    """(extra path segment, message) for one jsonschema-rs error."""
    kind, details = error.kind.name, error.kind.as_dict()
    limit = details.get("limit")
    messages = {
        "type": f"expected {' or '.join(details.get('types') or ['another type'])}",
        "maxLength": f"longer than {limit} characters",
        "minLength": f"shorter than {limit} characters" if limit != 1 else "empty",
        "pattern": f"does not match {details.get('pattern')}",
        "format": f"not {_FORMATS.get(str(details.get('format')), 'a valid ' + str(details.get('format')))}",
        "minimum": f"less than {limit}",
        "maximum": f"more than {limit}",
        "minItems": f"fewer than {limit} item{'s' if limit != 1 else ''}",
        "maxItems": f"more than {limit} items",
        "anyOf": _NO_FIT,
    }
    if kind == "required":
        return str(details.get("property")).strip('"'), "required"
    return None, messages.get(kind, kind)


@functools.cache
def _unions() -> dict[str, tuple[str, dict[str, int]]]:
    """The spec's unions with a discriminator: name -> (property, {value: index of its variant})."""
    found = {}
    for name, schema in spec.document()["components"]["schemas"].items():
        discriminator, variants = schema.get("discriminator"), schema.get("oneOf")
        if not isinstance(discriminator, dict) or not isinstance(variants, list):
            continue
        refs = [variant.get("$ref") for variant in variants]
        mapping = discriminator.get("mapping", {})
        found[name] = (
            discriminator["propertyName"],
            {value: refs.index(ref) for value, ref in mapping.items() if ref in refs},
        )
    return found


def _union_errors(error: Any, path: str, root: str) -> list[FieldError] | None:
    """For a value that fits no variant of a union: the errors of the variant its discriminator
    names, or None when it cannot be told (no discriminator, unknown value, not an object)."""
    location = list(error.schema_path)  # ..., "schemas", <union>, "anyOf" (the $ref resolved)
    if len(location) < 3 or location[-3] != "schemas":
        return None
    union = _unions().get(str(location[-2]))
    if union is None:
        return None
    instance, branches = error.instance, error.kind.as_dict().get("context") or []
    if not isinstance(instance, dict):  # every variant says the same ("expected object"), or nothing
        said = {found for branch in branches for e in branch for found in _field_errors(e, root)}
        return list(said) if len(said) == 1 else None
    prop, variants = union
    if prop not in instance:
        return [FieldError(join(path, prop), "required")]
    index = variants.get(instance[prop]) if isinstance(instance[prop], str) else None
    if index is None or index >= len(branches):
        return None  # a variant this release does not know: no shape to compare with
    return [found for branch_error in branches[index] for found in _field_errors(branch_error, root)]


def _field_errors(error: Any, root: str) -> list[FieldError]:
    path = root
    for part in error.instance_path:
        path = join(path, part)
    if error.kind.name == "anyOf":
        picked = _union_errors(error, path, root)
        if picked:
            return picked
    extra, message = _message(error)
    return [FieldError(join(path, extra) if extra else path, message)]


def errors(schema: str, value: Any, root: str = "", *, many: bool = False) -> list[FieldError]:
    """Every problem of ``value`` (plain JSON data) as a ``schema`` of the spec (``many``: a list)."""
    found = {e for error in validator(schema, many).iter_errors(value) for e in _field_errors(error, root)}
    return sorted(found, key=lambda e: (e.field or "", e.message))


# Small values found valid, by schema and marshal bytes (equal bytes, equal JSON values): the
# same small bodies come again and again (an action's SUCCESS, an origin), and the validator's
# code, cold between two calls, costs more than the call's own work. Bounded; cleared when full.
_SMALL = 512
_MOST_VALID = 1024
_VALID: dict[tuple[str, bool, bytes], None] = {}


def prepare(schema: str, value: Any, root: str = "", *, many: bool = False) -> Any:
    """``value`` (models or plain data) as checked plain JSON data; raises :class:`ValidationError`.

    ``root`` names the value in messages (``orders``: ``orders[3].price.currency: required``).
    Data that is not plain JSON (models, datetimes, enums, Decimals...) is converted first, by
    ``_inputs.to_json``; plain data is checked and returned as it is, without a copy: a quick
    test (``_inputs.written``), then the validator, which meets every value (a small value
    found valid before is not checked again).
    """
    key = written(value)
    if key is None:
        value = to_json(value, root)
    memo = (schema, many, key) if key is not None and len(key) <= _SMALL else None
    if memo is not None and memo in _VALID:  # {"status": "SUCCESS"} again
        return value
    try:
        if validator(schema, many).is_valid(value):  # the common case, without collecting errors
            if memo is not None:
                if len(_VALID) >= _MOST_VALID:
                    _VALID.clear()
                _VALID[memo] = None
            return value
    except ValueError:  # a value the validator cannot read (bytes, a set...): to_json names it
        pass
    value = to_json(value, root)  # names what JSON cannot carry (NaN...) by its path
    found = errors(schema, value, root, many=many)
    if found:
        raise ValidationError(found)
    return value
