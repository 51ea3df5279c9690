"""Client-side pacing to each operation's documented maximum Call Frequency.

The maxima come from the spec (``x-call-frequency`` in ``openapi3.yaml``): upsertOrders and
updateStoreCatalogItems 30/s, taxonomy 10/s, store 5/min, catalog configuration 1/min,
upsertReturns 1/min, upsertCarriers 1/h. One :class:`Pacer` is shared by every thread and task of
a client: at most ``calls`` requests start in any window of ``seconds`` (widened by ``margin``, so
that network jitter cannot push two windows' worth into one on the server's side). A call that
would have to wait longer than ``max_wait`` fails at once with :class:`mc.RateLimitError`
(``retry_after`` set) instead of blocking silently::

    client = mc.ConnectClient(pacing=mc.Pacing(max_wait=5))   # or pacing=False
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field

from ._clock import Clock
from ._errors import RateLimitError
from ._spec import Operation, Rate


@dataclass(frozen=True)
class Pacing:
    """Pacing settings: ``rates`` overrides the spec's maxima for some operations."""

    max_wait: float = 90.0  # above a 1-per-minute slot (60 s + margin), under a 1-per-hour one
    margin: float = 0.02
    rates: Mapping[str, Rate] = field(default_factory=dict)


class Pacer:
    """Reserves start times so that no operation exceeds its rate."""

    def __init__(self, pacing: Pacing, clock: Clock) -> None:
        self.pacing, self.clock = pacing, clock
        self._starts: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def rate(self, operation: Operation | None) -> Rate | None:
        if operation is None:
            return None
        return self.pacing.rates.get(operation.operation_id, operation.max_rate)

    def reserve(self, operation: Operation | None) -> float:
        """Seconds to wait before sending a request of ``operation`` (0: send now)."""
        rate = self.rate(operation)
        if rate is None or operation is None:
            return 0.0
        window = rate.seconds * (1 + self.pacing.margin)
        with self._lock:
            now = self.clock.monotonic()
            starts = self._starts.setdefault(operation.operation_id, deque(maxlen=rate.calls))
            start = now if len(starts) < rate.calls else max(now, starts[0] + window)
            wait = start - now
            if wait > self.pacing.max_wait:
                raise RateLimitError(
                    f"{operation.operation_id} is limited to {rate.calls} call(s) per {rate.seconds:g} s: "
                    f"the next slot is in {wait:.1f} s, over the {self.pacing.max_wait:g} s "
                    "this client may wait",
                    retry_after=wait,
                )
            starts.append(start)
        return wait
