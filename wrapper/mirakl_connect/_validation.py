"""Check request data against the spec before sending it, naming each bad field.

    >>> prepare("OriginRequest", {"channel_id": "acme", "channel_store_id": 7}, "origin")
    Traceback (most recent call last):
    mirakl_connect._errors.ValidationError: invalid request: origin.channel_store_id: expected string

The schemas are the spec's (``openapi3.yaml``), checked by jsonschema-rs: required properties,
types, lengths, patterns, limits, item counts and formats (a date-time needs a UTC offset).
Two things are relaxed on purpose, so that a client can send what Connect added after this
release: enum values (any string goes) and the ``oneOf`` variants of unions (a value must fit
one of them, discriminator value aside). Messages never repeat the value they refuse.

jsonschema-rs (Rust) rather than jsonschema: it checks a 100-order batch in about 0.3 ms, against
about 130 ms, which is what makes checking every request affordable.
"""

from __future__ import annotations

from typing import Any

from . import spec
from ._errors import FieldError, ValidationError
from ._inputs import join, to_json

_FORMATS = {"date-time": "an RFC 3339 date-time with a time zone, e.g. 2026-11-02T09:00:00Z"}


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
        "anyOf": "fits none of the allowed shapes",
    }
    if kind == "required":
        return str(details.get("property")).strip('"'), "required"
    return None, messages.get(kind, kind)


def errors(schema: str, value: Any, root: str = "", *, many: bool = False) -> list[FieldError]:
    """Every problem of ``value`` (plain JSON data) as a ``schema`` of the spec (``many``: a list)."""
    found = []
    for error in validator(schema, many).iter_errors(value):
        path = root
        for part in error.instance_path:
            path = join(path, part)
        extra, message = _message(error)
        found.append(FieldError(join(path, extra) if extra else path, message))
    return sorted(found, key=lambda e: (e.field or "", e.message))


def prepare(schema: str, value: Any, root: str = "", *, many: bool = False) -> Any:
    """``value`` (models or plain data) as checked plain JSON data; raises :class:`ValidationError`.

    Plain data is checked as it is (the validator meets every value); anything else (models,
    datetimes, enums, Decimal...) is converted first, by ``_inputs.to_json``.
    """
    try:
        if validator(schema, many).is_valid(value):  # the common case, without collecting errors
            return value
        found = errors(schema, value, root, many=many)
    except ValueError:  # a value that is not JSON: convert, then check
        value = to_json(value, root)
        found = errors(schema, value, root, many=many)
    if found:
        raise ValidationError(found)
    return value
