"""Client-side pacing to each operation's documented maximum Call Frequency.

The maxima come from the spec (``x-call-frequency`` in ``openapi3.yaml``): upsertOrders and
updateStoreCatalogItems 30/s, taxonomy 10/s, store 5/min, catalog configuration 1/min,
upsertReturns 1/min, upsertCarriers 1/h. One :class:`Pacer` is shared by every thread and task of
a client. A call of an operation allowed ``calls`` per ``seconds`` starts only while fewer than
``calls`` of its calls are in flight or were answered within the last ``seconds`` (widened by
``margin``). The server counts a call at some moment between its start and its answer, so
however late it counts one (a busy server, several calls in flight), it never sees more than
``calls`` in any window. An attempt that surely never reached the server (no connection) frees
its slot at once. A call that would have to wait longer than ``max_wait`` (or past its deadline)
fails at once with :class:`mc.PacingError` (``retry_after`` set; nothing was sent) instead of
blocking silently::

    client = mc.ConnectClient(pacing=mc.Pacing(max_wait=5))   # or pacing=False

Written here rather than taken from a rate-limiting library (pyrate-limiter, limits, aiolimiter):
those count starts, which the server does not see, and have no notion of a call in flight.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field

from ._clock import Clock
from ._errors import PacingError
from .spec import Operation, Rate


@dataclass(frozen=True)
class Pacing:
    """Pacing settings: ``rates`` overrides the spec's maxima for some operations."""

    max_wait: float = 90.0  # above a 1-per-minute slot (60 s + margin), under a 1-per-hour one
    margin: float = 0.02
    rates: Mapping[str, Rate] = field(default_factory=dict)


class Pacer:
    """Admits calls so that no operation exceeds its rate, as the server counts it.

    >>> from mirakl_connect._clock import SYSTEM_CLOCK
    >>> from mirakl_connect.spec import Rate, operations
    >>> pacer = Pacer(Pacing(margin=0, rates={"upsertOrders": Rate(1, 60)}), SYSTEM_CLOCK)
    >>> orders = operations()["upsertOrders"]
    >>> pacer.reserve(orders)           # 0: send now, then release once answered
    0.0
    >>> pacer.release(orders)
    >>> 59.9 < pacer.reserve(orders) <= 60   # the next slot: a minute after that answer
    True
    """

    def __init__(self, pacing: Pacing, clock: Clock) -> None:
        self.pacing, self.clock = pacing, clock
        self._in_flight: dict[str, int] = {}
        self._answered: dict[str, deque[float]] = {}  # answer times, oldest first
        self._lock = threading.Lock()

    def rate(self, operation: Operation | None) -> Rate | None:
        if operation is None:
            return None
        return self.pacing.rates.get(operation.operation_id, operation.max_rate)

    def reserve(self, operation: Operation | None) -> float:
        """0: send now (then :meth:`release` once answered); else seconds to wait before asking again."""
        rate = self.rate(operation)
        if rate is None or operation is None:
            return 0.0
        key, window = operation.operation_id, rate.seconds * (1 + self.pacing.margin)
        with self._lock:
            now = self.clock.monotonic()
            in_flight = self._in_flight.get(key, 0)
            answered = self._answered.get(key)
            if answered is None:
                answered = self._answered[key] = deque(maxlen=rate.calls)
            while answered and answered[0] <= now - window:  # oldest first: drop what no longer counts
                answered.popleft()
            if in_flight + len(answered) < rate.calls:
                self._in_flight[key] = in_flight + 1
                return 0.0
            # the time each of them stops counting: a call in flight, a window after now at the earliest
            frees = [t + window for t in answered] + [now + window] * in_flight
            wait = frees[in_flight + len(answered) - rate.calls] - now
        self.check_wait(key, rate, wait)
        return max(wait, 1e-3)

    def check_wait(self, key: str, rate: Rate, wait: float) -> None:
        """Raise :class:`PacingError` for a wait longer than this client may block."""
        if wait > self.pacing.max_wait:
            raise PacingError(
                f"{key} is limited to {rate.calls} call(s) per {rate.seconds:g} s: "
                f"the next slot is in {wait:.1f} s, over the {self.pacing.max_wait:g} s this client may wait",
                retry_after=wait,
                operation=key,
            )

    def release(self, operation: Operation | None, *, reached: bool = True) -> None:
        """A call admitted by :meth:`reserve` was answered (or failed): it counts from now on.

        ``reached=False``: it surely never reached the server (no connection); its slot is free.
        """
        rate = self.rate(operation)
        if rate is None or operation is None:
            return
        key = operation.operation_id
        with self._lock:
            self._in_flight[key] -= 1
            if reached:
                self._answered[key].append(self.clock.monotonic())  # made by reserve
