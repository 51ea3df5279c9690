"""Scripted and random failures: 5xx/429 answers, dropped connections, slow answers, revoked tokens.

    >>> sb.faults.set([Fault.status_code(503, times=2), Fault.rate_limited(retry_after=3)])  # doctest: +SKIP
    >>> sb.faults.add(Fault.disconnect(operation="upsertOrders", probability=0.1))  # doctest: +SKIP
    >>> parse_fault("429:retry_after=2:operation=upsertOrders")  # doctest: +NORMALIZE_WHITESPACE
    Fault(kind='status', status=429, retry_after=2, delay=0.0, operation='upsertOrders',
          probability=1.0, times=None, after=False, body=None)

For each request the :class:`FaultInjector` walks its list in order and applies the first fault whose
``operation`` matches, that has ``times`` left and that passes its ``probability`` roll. The rolls
come from ``random.Random(seed)``: the same seed and the same requests fault the same requests.
"""

from __future__ import annotations

import math
import random
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["status", "disconnect", "delay", "revoke", "pass", "respond"]
KINDS: tuple[Kind, ...] = ("status", "disconnect", "delay", "revoke", "pass", "respond")
TOKEN = "token"  # noqa: S105 (the ``operation`` name of the token endpoint, not a credential)


@dataclass(frozen=True)
class Fault:
    """One failure to inject. Build it with the class methods; it is immutable and reusable."""

    kind: Kind
    status: int | None = None  # kind "status": 429, 500, 502, 503, 504, 520...
    retry_after: float | str | None = None  # 429/503: seconds, or an HTTP date sent verbatim
    delay: float = 0.0  # kind "delay": seconds to wait before answering normally
    operation: str | None = None  # an operationId, "token", or None for every request
    probability: float = 1.0  # chance per matching request
    times: int | None = None  # requests it may affect; None = no limit
    after: bool = (
        False  # status/disconnect/respond: process the request first, then lose or replace the answer
    )
    body: Any = field(default=None, compare=False)  # kind "respond": the JSON body to answer

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; expected one of {', '.join(KINDS)}")
        if self.kind in ("status", "respond") and (self.status is None or not 100 <= self.status <= 599):
            raise ValueError("a status fault needs an HTTP status code between 100 and 599")
        if self.after and self.kind not in ("status", "disconnect", "respond"):
            raise ValueError("after=True applies to status, disconnect and respond faults")
        if not 0.0 <= self.probability <= 1.0:
            raise ValueError("probability must be between 0 and 1")
        if self.times is not None and self.times < 0:
            raise ValueError("times must be >= 0 or None")
        if self.delay < 0 or (isinstance(self.retry_after, float | int) and self.retry_after < 0):
            raise ValueError("delays must be >= 0")

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
        return self.status if self.kind == "status" and self.status is not None else self.kind


@dataclass
class _Slot:
    fault: Fault
    remaining: int | None = field(default=None)


class FaultInjector:
    """The sandbox's list of faults (``sb.faults``). Thread-safe."""

    def __init__(self, faults: Iterable[Fault] = (), *, seed: int | None = 0) -> None:
        self._lock = threading.Lock()
        self._random = random.Random(seed)  # noqa: S311 (reproducible test draws, not security)
        self._slots: list[_Slot] = []
        self.set(faults)

    def set(self, faults: Iterable[Fault]) -> None:
        """Replace the list (remaining ``times`` start afresh; the random sequence goes on)."""
        slots = [_Slot(_checked(fault), fault.times) for fault in faults]
        with self._lock:
            self._slots = slots

    def add(self, fault: Fault) -> None:
        """Append one fault after the others."""
        slot = _Slot(_checked(fault), fault.times)
        with self._lock:
            self._slots.append(slot)

    def clear(self) -> None:
        with self._lock:
            self._slots = []

    @property
    def pending(self) -> list[Fault]:
        """The faults that may still apply."""
        with self._lock:
            return [slot.fault for slot in self._slots if slot.remaining != 0]

    def pick(self, operation: str | None) -> Fault | None:
        """The fault for one request to ``operation`` (operationId, "token" or None), if any."""
        with self._lock:
            for slot in self._slots:
                fault = slot.fault
                if slot.remaining == 0 or not fault.matches(operation):
                    continue
                if fault.probability < 1.0 and self._random.random() >= fault.probability:
                    continue
                if slot.remaining is not None:
                    slot.remaining -= 1
                return fault
        return None

    def __repr__(self) -> str:
        return f"FaultInjector({self.pending!r})"


def _checked(fault: Fault) -> Fault:
    if not isinstance(fault, Fault):
        raise TypeError(f"expected a Fault, got {type(fault).__name__}")
    return fault


# -- textual SPEC, for the command line -------------------------------------------------------------

_KEYS = {"times", "probability", "operation", "retry_after", "delay", "status", "after"}
SPEC_HELP = """\
FAULT SPEC: HEAD[:key=value...]. HEAD is a status code (503, 429, 520...), disconnect, delay=SECONDS,
revoke or pass. Keys: times=N, probability=P, operation=OPERATION_ID|token, retry_after=SECONDS|HTTP-DATE
(429/503), after=1 (process the request, then fail: the answer is lost). Examples: 503:times=3
429:retry_after=2:operation=upsertOrders  disconnect:probability=0.1  delay=0.5  revoke:times=1
disconnect:after=1:operation=updateActionStatus"""


def parse_fault(spec: str) -> Fault:
    """Read a fault from the command line's SPEC syntax (see ``SPEC_HELP``)."""
    segments = _segments(spec.strip())
    if not segments or not segments[0]:
        raise ValueError(f"empty fault spec; {SPEC_HELP}")
    head, *options = segments
    kw: dict[str, Any] = {}
    name, _, value = head.partition("=")
    name = name.strip().lower()
    if name.isdigit():
        kw.update(kind="status", status=int(name))
    elif name in ("delay", "slow"):
        kw.update(kind="delay", delay=_number(value or "0", spec))
    elif name in ("disconnect", "revoke", "pass"):
        kw["kind"] = name
    else:
        raise ValueError(f"unknown fault {name!r} in {spec!r}; {SPEC_HELP}")
    for option in options:
        key, _, value = option.partition("=")
        read = _OPTIONS.get(key.strip())
        if read is None:
            raise ValueError(f"unknown key {key!r} in fault spec {spec!r}; {SPEC_HELP}")
        kw[key.strip()] = read(value.strip(), spec)
    return Fault(**kw)


def _segments(spec: str) -> list[str]:
    """Split on ':', gluing back pieces that are not ``key=value`` (the colons of an HTTP date)."""
    out: list[str] = []
    for piece in spec.split(":"):
        key = piece.partition("=")[0].strip()
        if out and not ("=" in piece and key in _KEYS):
            out[-1] += ":" + piece
        else:
            out.append(piece)
    return out


def _number(text: str, spec: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"expected a number, got {text!r} in fault spec {spec!r}") from None
    if not math.isfinite(value):
        raise ValueError(f"expected a finite number in fault spec {spec!r}")
    return value


def _retry_after(text: str) -> float | str:
    try:
        value = float(text)
    except ValueError:
        return text  # an HTTP date, sent verbatim
    return int(value) if value.is_integer() else value


_OPTIONS: dict[str, Any] = {
    "times": lambda value, spec: int(_number(value, spec)),
    "probability": _number,
    "operation": lambda value, spec: value or None,
    "delay": _number,
    "retry_after": lambda value, spec: _retry_after(value),
    "after": lambda value, spec: value.lower() in ("1", "true", "yes", ""),
}


def retry_after_header(value: float | str) -> str:
    """A Retry-After header value: whole seconds as an integer, else the number or text as given."""
    if isinstance(value, str):
        return value
    return str(int(value)) if float(value).is_integer() else str(value)
