"""Scripted and random failures: 5xx/429 answers, dropped connections, answers cut short, slow
answers, revoked tokens; before the request is processed, or after (``after=True``: the request
is processed, then its answer is lost, cut or replaced).

    >>> faults = FaultInjector([Fault.status_code(503, times=2), Fault.rate_limited(retry_after=3)])
    >>> [faults.pick("upsertOrders").counter_key for _ in range(3)]  # sb.faults is one of these
    [503, 503, 429]
    >>> faults.set([Fault.disconnect(operation="upsertOrders", probability=0.5)])
    >>> faults.pick("token"), sum(faults.pick("upsertOrders") is not None for _ in range(1000))
    (None, 508)
    >>> parse_fault("429:retry_after=2:operation=upsertOrders")  # doctest: +NORMALIZE_WHITESPACE
    Fault(kind='status', status=429, retry_after=2, delay=0.0, operation='upsertOrders',
          probability=1.0, times=None, after=False, body=None)
    >>> parse_fault("truncate:after=1:probability=0.01").counter_key
    'truncate:after'

For each request the :class:`FaultInjector` walks its list in order and applies the first fault whose
``operation`` matches, that has ``times`` left and that passes its ``probability`` roll. The rolls
come from ``random.Random(seed)``: the same seed and the same requests fault the same requests.
A fault that could never fire (an operation the spec does not have, a ``Retry-After`` that is
neither seconds nor an HTTP date) is refused when it is built, so when it is parsed or added.
"""

from __future__ import annotations

import difflib
import email.utils
import functools
import math
import random
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, Protocol, TypeVar

from mirakl_connect import spec

from ._errors import SettingError

Kind = Literal["status", "disconnect", "delay", "revoke", "pass", "respond", "truncate", "broken_chunk"]
KINDS: tuple[Kind, ...] = (
    "status",
    "disconnect",
    "delay",
    "revoke",
    "pass",
    "respond",
    "truncate",
    "broken_chunk",
)
AFTER_KINDS: tuple[Kind, ...] = ("status", "disconnect", "respond", "revoke", "truncate", "broken_chunk")
TOKEN = "token"  # noqa: S105 (the ``operation`` name of the token endpoint, not a credential)


@dataclass(frozen=True)
class Fault:
    """One failure to inject. Build it with the class methods; it is immutable and reusable."""

    kind: Kind
    status: int | None = None  # kind "status": 429, 500, 502, 503, 504, 520...
    retry_after: float | str | None = None  # status faults: seconds, or an HTTP date sent verbatim
    delay: float = 0.0  # kind "delay": seconds to wait before answering normally
    operation: str | None = None  # an operationId, "token", or None for every request
    probability: float = 1.0  # chance per matching request
    times: int | None = None  # how many times it is injected; None = no limit
    after: bool = False  # process the request first, then lose, cut or replace its answer (AFTER_KINDS)
    body: Any = field(default=None, compare=False)  # kind "respond": the JSON body to answer

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise SettingError(f"unknown fault kind {self.kind!r}; expected one of {', '.join(KINDS)}")
        if self.kind in ("status", "respond") and (self.status is None or not 100 <= self.status <= 599):
            raise SettingError("a status fault needs an HTTP status code between 100 and 599")
        if self.after and self.kind not in AFTER_KINDS:
            raise SettingError(f"after=True applies to {', '.join(AFTER_KINDS)} faults, not to {self.kind}")
        if not 0.0 <= self.probability <= 1.0:
            raise SettingError(f"probability must be between 0 and 1, got {self.probability!r}")
        if self.times is not None and (not isinstance(self.times, int) or self.times < 0):
            raise SettingError(f"times must be a whole number >= 0 or None, got {self.times!r}")
        if not self.delay >= 0:  # NaN too
            raise SettingError(f"delay must be >= 0 seconds, got {self.delay!r}")
        _check_operation(self.operation)
        if self.retry_after is not None:
            if self.kind != "status":
                raise SettingError(f"retry_after applies to status faults (429, 503...), not to {self.kind}")
            _check_retry_after(self.retry_after)

    @classmethod
    def status_code(cls, code: int, **kw: Any) -> Fault:
        """Answer ``code`` with the API's Error body (520: a non-JSON page, like Cloudflare's)."""
        return cls("status", status=code, **kw)

    @classmethod
    def rate_limited(cls, retry_after: float | str | None = 1, **kw: Any) -> Fault:
        """429 with ``Retry-After`` (seconds, or an HTTP date)."""
        return cls("status", status=429, retry_after=retry_after, **kw)

    @classmethod
    def disconnect(cls, **kw: Any) -> Fault:
        """Close the connection without answering."""
        return cls("disconnect", **kw)

    @classmethod
    def slow(cls, seconds: float, **kw: Any) -> Fault:
        """Wait ``seconds``, then answer normally."""
        return cls("delay", delay=seconds, **kw)

    @classmethod
    def revoke(cls, **kw: Any) -> Fault:
        """Revoke the request's token and answer 401. Never applies to the token endpoint."""
        return cls("revoke", **kw)

    @classmethod
    def respond(cls, status: int, body: Any, **kw: Any) -> Fault:
        """Answer ``status`` with ``body`` (JSON) instead of the real answer; by default once the
        request has been processed (``after=True``), so the state changes as usual."""
        kw.setdefault("after", True)
        return cls("respond", status=status, body=body, **kw)

    @classmethod
    def truncated(cls, **kw: Any) -> Fault:
        """An answer cut short: its ``Content-Length`` is not met, the connection closes early.

        The answer cut is a 500 error body, or with ``after=True`` the real answer of the processed
        request (a 200 JSON body stands in for an answer that has none, such as a 204).
        """
        return cls("truncate", **kw)

    @classmethod
    def broken_chunk(cls, **kw: Any) -> Fault:
        """A chunked answer (``Transfer-Encoding: chunked``) whose second chunk is malformed.

        Which answer is sent: as :meth:`truncated`.
        """
        return cls("broken_chunk", **kw)

    @classmethod
    def passthrough(cls, **kw: Any) -> Fault:
        """Let the request through untouched (a step of a scripted sequence)."""
        return cls("pass", **kw)

    @classmethod
    def parse(cls, spec: str) -> Fault:
        return parse_fault(spec)

    def matches(self, operation: str | None) -> bool:
        if self.kind == "revoke" and operation == TOKEN:
            return False
        return self.operation is None or self.operation == operation

    @property
    def counter_key(self) -> str | int:
        """Its key in ``sb.counters.faults``: the status code of a status fault (``503``), else the
        kind (``"disconnect"``); with ``":after"`` when injected after processing (``"503:after"``)."""
        key: str | int = self.status if self.kind == "status" and self.status is not None else self.kind
        return f"{key}:after" if self.after else key


def _check_operation(operation: str | None) -> None:
    if operation is None or operation == TOKEN or operation in spec.operations():
        return
    known = sorted(spec.operations())
    close = difflib.get_close_matches(str(operation), known, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    raise SettingError(
        f"unknown operation {operation!r} for a fault: {hint}expected {TOKEN!r} or one of {', '.join(known)}"
    )


def _check_retry_after(value: float | str) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise SettingError(f"retry_after must be seconds or an HTTP date, got {value!r}")
    seconds: float
    if isinstance(value, str):
        try:
            seconds = float(value)
        except ValueError:
            try:
                email.utils.parsedate_to_datetime(value)
            except (TypeError, ValueError, IndexError):
                raise SettingError(
                    f"retry_after {value!r} is neither seconds nor an HTTP date "
                    "(such as 'Wed, 21 Oct 2026 07:28:00 GMT')"
                ) from None
            return
    else:
        seconds = value
    if not (math.isfinite(seconds) and seconds >= 0):
        raise SettingError(f"retry_after must be a finite number of seconds >= 0, got {value!r}")


class _Rule(Protocol):
    """What an injector needs of a fault (:class:`Fault`, :class:`EventFault`)."""

    @property
    def probability(self) -> float: ...

    @property
    def times(self) -> int | None: ...

    def matches(self, key: str | None, /) -> bool: ...


R = TypeVar("R", bound=_Rule)


@dataclass
class _Slot(Generic[R]):
    fault: R
    remaining: int | None = field(default=None)


class Injector(Generic[R]):
    """An ordered list of faults drawn from ``random.Random(seed)``. Thread-safe."""

    accepts: type[R]

    def __init__(self, faults: Iterable[R] = (), *, seed: int | str | None = 0) -> None:
        self._lock = threading.Lock()
        self._random = random.Random(seed)  # noqa: S311 (reproducible test draws, not security)
        self._slots: list[_Slot[R]] = []
        self.set(faults)

    def _checked(self, fault: R) -> R:
        if not isinstance(fault, self.accepts):
            raise SettingError(f"expected {self.accepts.__name__} objects, got {type(fault).__name__}")
        return fault

    def set(self, faults: Iterable[R]) -> None:
        """Replace the list (remaining ``times`` start afresh; the random sequence goes on)."""
        slots = [_Slot(self._checked(fault), fault.times) for fault in faults]
        with self._lock:
            self._slots = slots

    def add(self, fault: R) -> None:
        """Append one fault after the others."""
        slot = _Slot(self._checked(fault), fault.times)
        with self._lock:
            self._slots.append(slot)

    def clear(self) -> None:
        with self._lock:
            self._slots = []

    @property
    def pending(self) -> list[R]:
        """The faults that may still apply."""
        with self._lock:
            return [slot.fault for slot in self._slots if slot.remaining != 0]

    def pick(self, key: str | None) -> R | None:
        """The first fault that matches ``key``, has ``times`` left and passes its probability roll."""
        with self._lock:
            for slot in self._slots:
                fault = slot.fault
                if slot.remaining == 0 or not fault.matches(key):
                    continue
                if fault.probability < 1.0 and self._random.random() >= fault.probability:
                    continue
                if slot.remaining is not None:
                    slot.remaining -= 1
                return fault
        return None

    def give_back(self, fault: R) -> None:
        """Undo the ``times`` count of a picked fault that was not injected after all (an ``after``
        fault whose request failed on its own)."""
        with self._lock:
            for slot in self._slots:
                if slot.fault is fault and slot.remaining is not None and slot.remaining < (fault.times or 0):
                    slot.remaining += 1
                    return

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.pending!r})"


class FaultInjector(Injector[Fault]):
    """The sandbox's list of HTTP faults (``sb.faults``); ``pick(operation)`` takes an operationId,
    ``"token"`` or None (a path outside the API)."""

    accepts = Fault


# -- faults of event delivery ----------------------------------------------------------------------

EventKind = Literal["duplicate", "reorder"]
EVENT_KINDS: tuple[EventKind, ...] = ("duplicate", "reorder")


@functools.cache
def action_types() -> tuple[str, ...]:
    """The order action types of the spec (``OrderActionType``): ACCEPT, CREATE_SHIPMENT..."""
    return tuple(spec.document()["components"]["schemas"]["OrderActionType"]["enum"])


@dataclass(frozen=True)
class EventFault:
    """One failure of the queue the sandbox publishes its events to (``sb.events.faults``).

    Build it with :meth:`duplicate` or :meth:`reorder`; ``type``, ``probability`` and ``times``
    work as for :class:`Fault` (``type``: an action type such as ``"ACCEPT"``, None for all).
    """

    kind: EventKind
    type: str | None = None  # an action type, or None for every event
    probability: float = 1.0
    times: int | None = None
    copies: int = 1  # duplicate: extra deliveries of the message, each with the same event id
    by: int = 1  # reorder: how many messages published after it are delivered before it

    def __post_init__(self) -> None:
        if self.kind not in EVENT_KINDS:
            raise SettingError(f"unknown event fault {self.kind!r}; expected one of {', '.join(EVENT_KINDS)}")
        if not 0.0 <= self.probability <= 1.0:
            raise SettingError(f"probability must be between 0 and 1, got {self.probability!r}")
        if self.times is not None and (not isinstance(self.times, int) or self.times < 0):
            raise SettingError(f"times must be a whole number >= 0 or None, got {self.times!r}")
        for name in ("copies", "by"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise SettingError(f"{name} must be a whole number >= 1, got {value!r}")
        if self.type is not None and self.type not in action_types():
            close = difflib.get_close_matches(str(self.type), action_types(), n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            raise SettingError(
                f"unknown action type {self.type!r} for an event fault: {hint}"
                f"expected one of {', '.join(action_types())}"
            )

    @classmethod
    def duplicate(cls, copies: int = 1, **kw: Any) -> EventFault:
        """Deliver the message ``copies`` more times, right after it: the same event, the same id
        (a FIFO queue gets new deduplication ids for the copies, or it would drop them)."""
        return cls("duplicate", copies=copies, **kw)

    @classmethod
    def reorder(cls, by: int = 1, **kw: Any) -> EventFault:
        """Hold the message back until ``by`` later messages have been published (or until
        ``sb.events.flush()``, or the in-memory queue is read): they are delivered before it."""
        return cls("reorder", by=by, **kw)

    @classmethod
    def parse(cls, spec: str) -> EventFault:
        return parse_event_fault(spec)

    def matches(self, type: str | None, /) -> bool:
        return self.type is None or self.type == type


class EventFaultInjector(Injector[EventFault]):
    """The publisher's list of event faults (``sb.events.faults``); ``pick(type)`` takes the
    event's type (an action type such as ``"ACCEPT"``)."""

    accepts = EventFault


# -- textual SPEC, for the command line -------------------------------------------------------------

SPEC_HELP = """\
FAULT SPEC: HEAD[:key=value...]
  HEAD    a status code (429, 500-504, 520...): that answer, with the API's error body
          disconnect    close the connection without answering
          truncate      an answer whose Content-Length is not met: the connection closes early
          broken_chunk  a chunked answer whose second chunk is malformed
          revoke        revoke the request's token and answer 401
          delay=S       wait S seconds, then answer normally
          pass          no fault (a step in a scripted sequence)
  keys    times=N             how many times it is injected (default: no limit)
          probability=P       chance per matching request, drawn from --seed (default: 1)
          operation=ID        an operationId (upsertOrders...) or token (default: every request)
          retry_after=S|DATE  status faults: Retry-After in seconds or as an HTTP date
          after=1             process the request first, then fault: the answer is lost (disconnect),
                              cut (truncate, broken_chunk), replaced (status), or the token revoked
                              once the call is answered (revoke)
Faults are tried in order; the first that matches a request applies. Examples: 503:times=3
429:retry_after=2:operation=upsertOrders  disconnect:probability=0.1  delay=0.5  revoke:times=1
disconnect:after=1:operation=updateActionStatus  truncate:after=1:probability=0.01"""


def parse_fault(spec: str) -> Fault:
    """Read a fault from the command line's SPEC syntax (see ``SPEC_HELP``)."""
    segments = _segments(spec.strip())
    if not segments or not segments[0]:
        raise SettingError(f"empty fault spec\n{SPEC_HELP}")
    head, *options = segments
    kw: dict[str, Any] = {}
    name, _, value = head.partition("=")
    name = name.strip().lower()
    if name.isdigit():
        kw.update(kind="status", status=int(name))
    elif name in ("delay", "slow"):
        kw.update(kind="delay", delay=_read("delay", _number, value or "0", spec))
    elif name in ("disconnect", "revoke", "pass", "truncate", "broken_chunk"):
        kw["kind"] = name
    else:
        heads = "a status code (503...), disconnect, truncate, broken_chunk, revoke, delay=SECONDS or pass"
        raise SettingError(f"unknown fault {name!r} in {spec!r}: expected {heads}")
    for option in options:
        key, _, value = option.partition("=")
        key = key.strip()
        read = _OPTIONS.get(key)
        if read is None:
            raise SettingError(f"unknown key {key!r} in fault spec {spec!r}; keys: {', '.join(_OPTIONS)}")
        kw[key] = _read(key, read, value.strip(), spec)
    return Fault(**kw)


EVENT_SPEC_HELP = """\
EVENT FAULT SPEC: KIND[:key=value...]
  KIND    duplicate     deliver the message again, right after it (the same event id)
          reorder       hold the message back: later messages are delivered before it
  keys    copies=N            duplicate: how many extra deliveries (default: 1)
          by=N                reorder: how many later messages overtake it (default: 1)
          times=N             how many times it is injected (default: no limit)
          probability=P       chance per event, drawn from --seed (default: 1)
          type=ACTION         an action type (ACCEPT, CREATE_SHIPMENT...) (default: every event)
Examples: duplicate:probability=0.1  reorder:by=2:times=3  duplicate:copies=2:type=ACCEPT"""


def parse_event_fault(spec: str) -> EventFault:
    """Read an event fault from the command line's syntax (see ``EVENT_SPEC_HELP``).

    >>> parse_event_fault("duplicate:times=5:type=ACCEPT")
    EventFault(kind='duplicate', type='ACCEPT', probability=1.0, times=5, copies=1, by=1)
    """
    head, *options = _segments(spec.strip())
    kind = head.strip().lower()
    if kind not in EVENT_KINDS:
        raise SettingError(f"unknown event fault {kind!r} in {spec!r}: expected {' or '.join(EVENT_KINDS)}")
    kw: dict[str, Any] = {"kind": kind}
    for option in options:
        key, _, value = option.partition("=")
        key = key.strip()
        read = _EVENT_OPTIONS.get(key)
        if read is None:
            keys = ", ".join(_EVENT_OPTIONS)
            raise SettingError(f"unknown key {key!r} in event fault spec {spec!r}; keys: {keys}")
        kw[key] = _read(key, read, value.strip(), spec)
    return EventFault(**kw)


def _segments(spec: str) -> list[str]:
    """Split on ':', gluing back the pieces of an HTTP date: ``retry_after=Wed, 21 Oct 2026 07:28:00 GMT``."""
    out: list[str] = []
    for piece in spec.split(":"):
        if out and out[-1].partition("=")[0].strip() == "retry_after" and "=" not in piece:
            out[-1] += ":" + piece
        else:
            out.append(piece)
    return out


def _read(key: str, read: Any, value: str, spec: str) -> Any:
    try:
        return read(value)
    except ValueError as error:
        raise SettingError(f"bad {key}={value} in fault spec {spec!r}: {error}") from None


def _number(text: str) -> float:
    value = float(text)  # ValueError: "could not convert string to float: 'x'"
    if not math.isfinite(value):
        raise ValueError("expected a finite number")
    return value


def _whole(text: str) -> int:
    value = _number(text)
    if not value.is_integer():
        raise ValueError("expected a whole number")
    return int(value)


def _retry_after(text: str) -> float | str:
    try:
        value = float(text)
    except ValueError:
        return text  # an HTTP date, sent verbatim (checked by Fault)
    return int(value) if value.is_integer() else value


def _flag(text: str) -> bool:
    lowered = text.lower()
    if lowered in ("", "1", "true", "yes"):
        return True
    if lowered in ("0", "false", "no"):
        return False
    raise ValueError("expected 1 or 0")


_OPTIONS: dict[str, Any] = {
    "times": _whole,
    "probability": _number,
    "operation": lambda value: value or None,
    "retry_after": _retry_after,
    "after": _flag,
    "delay": _number,
}


_EVENT_OPTIONS: dict[str, Any] = {
    "copies": _whole,
    "by": _whole,
    "times": _whole,
    "probability": _number,
    "type": lambda value: value.upper() or None,
}


def retry_after_header(value: float | str) -> str:
    """A Retry-After header value: whole seconds as an integer, else the number or text as given."""
    if isinstance(value, str):
        return value
    return str(int(value)) if float(value).is_integer() else str(value)
