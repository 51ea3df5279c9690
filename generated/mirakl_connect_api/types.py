"""Shared types of the generated package, and its forward-compatibility rules.

Mirakl adds enum values, fields and variants to this API without notice. The models generated
from ``openapi3.yaml`` therefore never fail on such additions:

- Enums are :class:`OpenStrEnum`: an unknown value becomes a member that keeps its exact string,
  is written back unchanged, and is logged once (logger ``mirakl_connect_api``)::

      >>> from mirakl_connect_api.models import OrderStatus
      >>> status = OrderStatus("ON_HOLD")          # not in the spec (yet)
      >>> status.value, is_known(status), is_known(OrderStatus.SHIPPED)
      ('ON_HOLD', False, True)

- Unknown fields are kept in ``model.additional_properties`` and written back by ``to_dict()``.
- A ``oneOf`` value takes the member that fits best (fewest unknown values); a value that fits
  none is kept verbatim (a plain ``dict``/``str``...) and written back as it came.

:func:`collect_unrecognised` reports everything of that kind met while parsing.
This module is generated from ``scripts/templates/types.py.jinja``: edit that, not this file.
"""

from __future__ import annotations

import datetime
import logging
import re
import threading
from collections.abc import Callable, Iterator, Mapping, MutableMapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from enum import StrEnum
from http import HTTPStatus
from io import BytesIO
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

import httpx
from attrs import define, field

logger = logging.getLogger("mirakl_connect_api")


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint.

    ``status_code`` is an :class:`http.HTTPStatus` when the code is registered with IANA, else
    the plain ``int`` (Mirakl's edge may answer 499 or 520). ``http_response`` is the httpx
    response it was built from (request, headers and body, for error reports).
    """

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    http_response: httpx.Response | None = None


def read_file(value: object) -> File:
    """A file part as a model reads it: bytes, or the ``(name, payload, type)`` that
    :meth:`File.to_tuple` writes, so that ``from_dict(to_dict(x))`` works.

    >>> read_file(b"%PDF").payload.read(), read_file(("a.pdf", BytesIO(b"x"), "application/pdf")).file_name
    (b'%PDF', 'a.pdf')
    """
    if isinstance(value, File):
        return value
    if isinstance(value, tuple) and len(value) == 3:
        name, payload, mime_type = value
        return File(payload=payload, file_name=name, mime_type=mime_type)
    if isinstance(value, bytes | bytearray):
        return File(payload=BytesIO(bytes(value)))
    raise TypeError(f"a file part must be bytes or (name, payload, type), not {type(value).__name__}")


class Timestamp(datetime.datetime):
    """A date-time read from a document, which writes back exactly as it was read.

    RFC 3339 allows spellings that ``datetime.isoformat()`` does not give back: a lower-case
    ``t`` or ``z``, ``Z`` for UTC, more than 6 fractional digits. A value read keeps its text
    (``.text``); a value made or changed in Python has none and is written in ISO format.
    """

    text: str | None = None


_TOO_FINE = re.compile(r"(\.\d{6})\d+")


def parse_datetime(text: str) -> datetime.datetime:
    """An RFC 3339 date-time (any fraction of a second, any case), keeping its text.

    >>> value = parse_datetime("2024-01-02T03:04:05.123456789z")
    >>> value.microsecond, format_datetime(value)
    (123456, '2024-01-02T03:04:05.123456789z')
    """
    parsed = datetime.datetime.fromisoformat(_TOO_FINE.sub(r"\1", text.upper()))
    value = Timestamp(
        parsed.year, parsed.month, parsed.day, parsed.hour, parsed.minute, parsed.second,
        parsed.microsecond, parsed.tzinfo, fold=parsed.fold,
    )  # fmt: skip
    value.text = text
    return value


def format_datetime(value: datetime.datetime) -> str:
    """The text of a date-time: as it was read, else ``isoformat()``."""
    text = value.text if type(value) is Timestamp else None
    return text if text is not None else value.isoformat()


_STATUSES: dict[int, HTTPStatus] = {status.value: status for status in HTTPStatus}


def status_of(code: int) -> HTTPStatus | int:
    """``HTTPStatus(code)`` when IANA knows the code, else ``code`` itself (never raises).

    A dict lookup: calling the enum runs its Python machinery on each answer.
    """
    return _STATUSES.get(code, code)


_PLAIN_SEGMENT = re.compile(r"[A-Za-z0-9\-._~]+")


def path_segment(value: Any) -> str:
    """``value`` as one segment of a URL path: percent-encoded, ``/`` included (``A%2F1``).

    Ids made only of unreserved characters (most of them) are used as they are.
    """
    text = str(value)
    return text if _PLAIN_SEGMENT.fullmatch(text) else quote(text, safe="")


@define
class Unrecognised:
    """What a parse met that this version of the package does not know.

    ``enum_values``: ``(enum class name, value)``; ``fields``: unknown keys (``Model.key``);
    ``values``: values kept verbatim because they fit no member of a ``oneOf`` (``where``).
    """

    enum_values: list[tuple[str, str]] = field(factory=list)
    fields: list[str] = field(factory=list)
    values: list[str] = field(factory=list)

    @property
    def count(self) -> int:
        return len(self.enum_values) + len(self.fields) + len(self.values)

    def __bool__(self) -> bool:
        return self.count > 0

    def merge(self, other: Unrecognised) -> None:
        self.enum_values.extend(other.enum_values)
        self.fields.extend(other.fields)
        self.values.extend(other.values)


# The report of the parse under way (None: nobody is listening, so unknown enum values are logged).
_report: ContextVar[Unrecognised | None] = ContextVar("mirakl_connect_api_unrecognised", default=None)
# Class name a discriminating envelope says the next union value is (see prefer_variant).
_preferred: ContextVar[str | None] = ContextVar("mirakl_connect_api_preferred", default=None)
_announced: set[tuple[str, str]] = set()
_announced_lock = threading.Lock()
_unknown_members: dict[tuple[type, str], Any] = {}


@contextmanager
def collect_unrecognised() -> Iterator[Unrecognised]:
    """Collect (instead of logging) what the parses inside the block do not know::

    with collect_unrecognised() as report:
        event = OrderActionEvent.from_dict(payload)
    if report:
        print(report.enum_values, report.fields, report.values)
    """
    report = Unrecognised()
    token = _report.set(report)
    try:
        yield report
    finally:
        _report.reset(token)


def _announce_enum_value(cls_name: str, value: str) -> None:
    key = (cls_name, value)
    with _announced_lock:
        if key in _announced:
            return
        _announced.add(key)
    logger.warning("%s: value %r is not in the spec; kept as is", cls_name, value)


def note_unknown_fields(model: str, keys: Iterator[str] | Sequence[str] | Any) -> None:
    """Called by ``from_dict`` with the keys it kept in ``additional_properties``."""
    report = _report.get()
    if report is not None:
        report.fields.extend(f"{model}.{key}" for key in keys)


class OpenStrEnum(StrEnum):
    """A ``StrEnum`` that accepts values it does not know (see the module docstring)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        key = (cls, value)
        member = _unknown_members.get(key)
        if member is None:
            member = str.__new__(cls, value)
            member._name_ = value
            member._value_ = value
            member = _unknown_members.setdefault(key, member)
        report = _report.get()
        if report is None:
            _announce_enum_value(cls.__name__, value)
        else:
            report.enum_values.append((cls.__name__, value))
        return member

    def __str__(self) -> str:
        return str(self.value)


def is_known(value: object) -> bool:
    """False for an enum value that is not in the spec this package was generated from.

    >>> is_known(OrderStatus.SHIPPED), is_known(OrderStatus("ON_HOLD"))
    (True, False)

    Any other value (a model, a string...) counts as known.
    """
    if isinstance(value, OpenStrEnum):
        return type(value)._value2member_map_.get(value._value_) is value
    return True


_PARSE_ERRORS = (TypeError, ValueError, AttributeError, KeyError)


@contextmanager
def prefer_variant(class_name: str | None) -> Iterator[None]:
    """Make the next :func:`parse_union` pick the member of class ``class_name`` if it parses.

    Used where an envelope names its payload (``OrderActionEvent.type`` → ``data``): members that
    look alike (CLOSE_RETURN and ACKNOWLEDGE_RETURN_RECEPTION payloads) are then told apart.
    """
    token = _preferred.set(class_name)
    try:
        yield
    finally:
        _preferred.reset(token)


def parse_union(data: object, members: Sequence[Callable[[object], Any]], where: str) -> Any:
    """Parse ``data`` as the ``oneOf`` member that fits it best.

    Each member parser is tried in order; the first that parses with nothing unrecognised wins,
    else the one with the fewest unrecognised values (see :class:`Unrecognised`). A member named
    by :func:`prefer_variant` wins whenever it parses. Data that no member parses is returned
    unchanged and reported as a value of ``where``.
    """
    outer = _report.get()
    preferred = _preferred.get()
    best: tuple[tuple[bool, int], Any, Unrecognised] | None = None
    for member in members:
        trial = Unrecognised()
        token = _report.set(trial)
        inner = _preferred.set(None)  # the hint is for this union only, not for nested ones
        try:
            value = member(data)
        except _PARSE_ERRORS:
            continue
        finally:
            _preferred.reset(inner)
            _report.reset(token)
        rank = (type(value).__name__ != preferred, trial.count)
        if rank == (preferred is None, 0) or (preferred is not None and not rank[0] and not trial):
            return value
        if best is None or rank < best[0]:
            best = (rank, value, trial)
    if best is None:
        chosen, trial = data, Unrecognised(values=[where])
        if outer is None:
            logger.warning("%s: value fits none of the known variants; kept as is", where)
    else:
        chosen, trial = best[1], best[2]
        if outer is None:
            for cls_name, enum_value in trial.enum_values:
                _announce_enum_value(cls_name, enum_value)
    if outer is not None:
        outer.merge(trial)
    return chosen


def accept(*types: type) -> Callable[[object], object]:
    """Member parser for a JSON scalar ``oneOf`` member (``bool`` is never a number)."""

    def check(data: object) -> object:
        if isinstance(data, bool) and bool not in types:
            raise TypeError()
        if not isinstance(data, types):
            raise TypeError()
        return data

    return check


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "OpenStrEnum",
    "RequestFiles",
    "Response",
    "Unrecognised",
    "Unset",
    "collect_unrecognised",
    "is_known",
    "parse_union",
    "prefer_variant",
    "status_of",
]
