"""What users pass in, turned into plain JSON data before anything else happens.

Every method accepts generated models or plain data (dicts, lists, str, numbers, bools, None),
with conveniences inside plain data: aware ``datetime`` (sent in ISO 8601), ``date``, enums,
``Decimal``, tuples and nested models::

    >>> from datetime import UTC, datetime
    >>> from decimal import Decimal
    >>> from mirakl_connect_api.models import OrderStatus
    >>> to_json({"created_at": datetime(2026, 11, 2, 9, 0, tzinfo=UTC), "status": OrderStatus.SHIPPED})
    {'created_at': '2026-11-02T09:00:00+00:00', 'status': 'SHIPPED'}
    >>> to_json([Decimal("19.99"), Decimal("5.00")])
    [19.99, 5]

A ``Decimal`` is sent as a JSON number: a whole one as an integer (exact at any size), any other
as the nearest float, which keeps its digits exactly up to 15 significant digits (any amount
in cents below 10 000 billion); JSON readers, the API's included, read numbers as floats anyway.

Refused, each named by its JSON path: a naive ``datetime`` (the API speaks UTC and guessing a
zone loses orders), NaN and infinities (JSON has none), strings with lone surrogates (not
UTF-8), data that contains itself, and values JSON has no form for (bytes, sets...).
Plain data is checked in one pass and used as is; only data that needs converting is copied.
"""

from __future__ import annotations

import datetime
import enum
import marshal
import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from ._errors import FieldError, ValidationError

_CYCLE = "contains itself (a circular reference)"
_LONE_SURROGATE = re.compile(rb"\xed[\xa0-\xbf]")  # U+D800-DFFF as marshal writes them (surrogatepass)


def join(path: str, key: str | int) -> str:
    """``orders`` + 3 → ``orders[3]``; ``orders[3]`` + ``price`` → ``orders[3].price``."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def is_model(value: Any) -> bool:
    """Whether ``value`` is a generated model (``mirakl_connect_api.models``)."""
    return callable(getattr(value, "to_dict", None)) and hasattr(value, "additional_properties")


def _utf8(text: str) -> bool:
    """Whether ``text`` can be sent as UTF-8 (no lone surrogate); O(1) for ASCII text."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _is_plain(value: Any) -> bool:  # noqa: PLR0911, PLR0912 - inline leaf checks are the point
    """Whether ``value`` is JSON as it is: exact dict (str keys), list, str, int, float, bool, None;
    finite floats, UTF-8 strings.

    Called on every request body, so written for speed: leaves are checked inline, only
    containers recurse (a 100-order body takes about as long as ``json.dumps`` of it).
    Data that contains itself recurses without end: the caller catches ``RecursionError``.
    """
    kind = type(value)
    if kind is dict:
        for key in value:
            if type(key) is not str or not (key.isascii() or _utf8(key)):
                return False
        children: Iterable[Any] = value.values()
    elif kind is list:
        children = value
    elif kind is str:
        return _utf8(value)
    elif kind is float:
        return bool(value - value == 0.0)  # false for NaN and infinities
    else:
        return kind is int or kind is bool or value is None
    for child in children:
        kind = type(child)
        if kind is str:
            if not child.isascii() and not _utf8(child):
                return False
        elif kind is float:
            if child - child != 0.0:
                return False
        elif kind is not int and kind is not bool and child is not None and not _is_plain(child):
            return False
    return True


def written(value: Any) -> bytes | None:
    """A quick test, at C speed, that checked ``value`` can be sent as it is (no copy, no walk):
    ``value`` as ``marshal`` writes it, else None.

    Equal bytes mean equal JSON values (exact built-in types only, floats bit for bit, ``True``
    apart from ``1``): a key for what is known of a value, such as its validation.

    ``marshal`` (format 2) writes exact built-in types only: a Decimal, an enum, a datetime, a
    model, a ``str`` subclass... raise, and so does data that contains itself (format 2 keeps no
    references: it goes too deep). In what it writes, a lone surrogate shows as UTF-8 ``ED A0-BF``
    and a NaN or infinity as a float (``g`` and 8 little-endian bytes) whose exponent bits are all
    set. The other built-in values it writes that JSON cannot carry (bytes, sets, non-string
    keys) the validator refuses. None may be a false alarm (such bytes inside another value):
    :func:`to_json` then looks closer.

    >>> written({"amount": 10.5, "tags": ["a"]}) is not None, written({"amount": Decimal("10.5")})
    (True, None)
    >>> written([float("nan")]), written(["caf\\udce9"])
    (None, None)
    """
    try:
        data = marshal.dumps(value, 2)
    except Exception:  # whatever marshal refuses, to_json looks at
        return None
    # the byte tests first (C, no regex or loop for the usual small body: cold, those cost more)
    if b"\xed" in data and _LONE_SURROGATE.search(data) is not None:
        return None
    if (b"\x7f" in data or b"\xff" in data) and not _finite(data):
        return None
    return data


def _finite(written: bytes) -> bool:
    """No NaN or infinity in ``marshal.dumps(..., 2)`` output: no ``g`` + 6 bytes + ``F0-FF`` +
    ``7F|FF`` (the top 12 bits of an IEEE double: sign, then an exponent of all ones)."""
    for top in (0x7F, 0xFF):
        at = written.find(top, 8)
        while at != -1:
            if written[at - 1] >= 0xF0 and written[at - 8] == 0x67:  # b"g"
                return False
            at = written.find(top, at + 1)
    return True


def _number(value: float | Decimal, path: str, errors: list[FieldError]) -> int | float | None:
    """A float or a Decimal as a JSON number (see the module docstring), or None and an error."""
    finite = value.is_finite() if isinstance(value, Decimal) else value - value == 0.0
    if not finite:
        errors.append(FieldError(path, "not a finite number"))
        return None
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return int(value)
    return float(value)


def _convert(value: Any, path: str, errors: list[FieldError], active: set[int]) -> Any:  # noqa: PLR0911, PLR0912 - one case per kind
    if isinstance(value, enum.Enum):
        return _convert(value.value, path, errors, active)
    if isinstance(value, bool | None):
        return value
    if isinstance(value, str):
        if not _utf8(value):
            errors.append(FieldError(path, "not valid Unicode (a lone surrogate)"))
            return None
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float | Decimal):
        return _number(value, path, errors)
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            errors.append(FieldError(path, "naive date-time: give it a time zone (the API speaks UTC)"))
            return None
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if is_model(value):
        return _convert(value.to_dict(), path, errors, active)
    if isinstance(value, Mapping | Sequence) and not isinstance(value, bytes | bytearray | memoryview):
        if id(value) in active:
            errors.append(FieldError(path, _CYCLE))
            return None
        active.add(id(value))
        try:
            if isinstance(value, Mapping):
                out = {}
                for key, item in value.items():
                    # a key: an enum by its value, a number as text (as json does)
                    name = _convert(key, path, errors, active)
                    name = name if isinstance(name, str) else str(name)
                    out[name] = _convert(item, join(path, name), errors, active)
                return out
            return [_convert(item, join(path, i), errors, active) for i, item in enumerate(value)]
        finally:
            active.discard(id(value))
    errors.append(FieldError(path, f"{type(value).__name__} cannot be sent as JSON"))
    return None


def to_json(value: Any, path: str = "") -> Any:
    """``value`` as plain JSON data; raises :class:`ValidationError` naming each bad field.

    Plain data is returned as it is (the same object), after one pass that checks it.
    """
    try:
        if _is_plain(value):
            return value
    except RecursionError:  # data that contains itself, or absurdly deep: _convert says which
        pass
    errors: list[FieldError] = []
    try:
        converted = _convert(value, path, errors, set())
    except RecursionError:
        raise ValidationError([FieldError(path or None, "nested too deeply")]) from None
    if errors:
        raise ValidationError(errors)
    return converted


def _kind(value: Any) -> str:
    return "None" if value is None else f"a {type(value).__name__}"


def items(value: Any, name: str) -> list[Any]:
    """A list argument (``orders``, ``carriers``...) as a list: any iterable (a list, a tuple, a
    generator...) except a string, bytes, a mapping or a model, which are single values.

    >>> items((n for n in "ab"), "orders")
    ['a', 'b']
    >>> items({"channel_order_id": "O-1"}, "orders")
    Traceback (most recent call last):
    mirakl_connect._errors.ValidationError: invalid request: orders: expected a list, not a dict
    """
    if (
        isinstance(value, str | bytes | bytearray | memoryview | Mapping)
        or is_model(value)
        or not isinstance(value, Iterable)
    ):
        raise ValidationError([FieldError(name, f"expected a list, not {_kind(value)}")])
    return list(value)
