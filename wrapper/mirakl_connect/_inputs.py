"""What users pass in, turned into plain JSON data before anything else happens.

Every method accepts generated models or plain data (dicts, lists, str, numbers, bools, None),
with conveniences inside plain data: aware ``datetime`` (sent in ISO 8601), ``date``, enums,
``Decimal``, tuples and nested models::

    >>> from datetime import UTC, datetime
    >>> from mirakl_connect_api.models import OrderStatus
    >>> to_json({"created_at": datetime(2026, 11, 2, 9, 0, tzinfo=UTC), "status": OrderStatus.SHIPPED})
    {'created_at': '2026-11-02T09:00:00+00:00', 'status': 'SHIPPED'}

A naive ``datetime`` is refused: the API speaks UTC and guessing a zone loses orders.
Plain data is checked in one pass and used as is; only data that needs converting is copied.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from ._errors import FieldError, ValidationError

_SCALARS = (str, int, float, bool, type(None))


def join(path: str, key: str | int) -> str:
    """``orders`` + 3 → ``orders[3]``; ``orders[3]`` + ``price`` → ``orders[3].price``."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _is_plain(value: Any) -> bool:
    kind = type(value)
    if kind is dict:
        return all(type(k) is str and _is_plain(v) for k, v in value.items())
    if kind is list:
        return all(_is_plain(v) for v in value)
    return kind in _SCALARS and not isinstance(value, enum.Enum)


def _convert(value: Any, path: str, errors: list[FieldError]) -> Any:  # noqa: PLR0911 - one case per kind
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, _SCALARS):
        return value
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            errors.append(FieldError(path, "naive date-time: give it a time zone (the API speaks UTC)"))
            return None
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and hasattr(value, "additional_properties"):  # a generated model
        return _convert(to_dict(), path, errors)
    if isinstance(value, Mapping):
        return {str(k): _convert(v, join(path, str(k)), errors) for k, v in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, bytes | bytearray):
        return [_convert(v, join(path, i), errors) for i, v in enumerate(value)]
    errors.append(FieldError(path, f"{type(value).__name__} cannot be sent as JSON"))
    return None


def to_json(value: Any, path: str = "") -> Any:
    """``value`` as plain JSON data; raises :class:`ValidationError` naming each bad field."""
    if _is_plain(value):
        return value
    errors: list[FieldError] = []
    converted = _convert(value, path, errors)
    if errors:
        raise ValidationError(errors)
    return converted


def items_to_json(items: Any, path: str) -> list[Any]:
    """A list input (``orders``, ``returns``...) as plain JSON items, each checked."""
    if isinstance(items, str | bytes | Mapping) or not hasattr(items, "__iter__"):
        raise ValidationError([FieldError(path, "expected a list")])
    data = to_json(list(items), path)
    assert isinstance(data, list)
    return data
