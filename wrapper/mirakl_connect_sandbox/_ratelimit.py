"""Per client and operation sliding-window rate limits, at the spec's documented maxima.

    >>> from mirakl_connect.spec import Rate
    >>> now = [100.0]
    >>> limiter = RateLimiter({"upsertOrders": Rate(2, 1.0)}, clock=lambda: now[0])
    >>> limiter.acquire("client", "upsertOrders"), limiter.acquire("client", "upsertOrders")
    (None, None)
    >>> limiter.acquire("client", "upsertOrders")  # a third call within the same second: wait 1 s
    1
    >>> now[0] += 1.0
    >>> limiter.acquire("client", "upsertOrders"), limiter.acquire("other client", "upsertOrders")
    (None, None)

A call is refused when it would make more than ``calls`` accepted calls within the last ``seconds``;
refused calls do not count. A client spacing its calls exactly ``seconds / calls`` apart is therefore
never refused. Written by hand (a deque per key) because the limit must follow an injected clock and
a rate-limiting library would bring its own notion of time and storage for twenty lines of logic.
"""

from __future__ import annotations

import math
import threading
from collections import deque
from collections.abc import Callable, Mapping

from mirakl_connect.spec import Rate, operations

from ._errors import SettingError

# A call made exactly ``seconds`` ago is out of the window, give or take this much: clock readings
# near 1.8e9 s have a resolution of ~2e-7 s, and a client's schedule accumulates rounding and jitter.
_EPSILON = 1e-3


def limits_for(rate_limits: bool | Mapping[str, Rate | None]) -> dict[str, Rate]:
    """The limit of each operation: the spec's maxima, none, or the maxima with some overridden."""
    if rate_limits is False:
        return {}
    documented = {op_id: op.max_rate for op_id, op in operations().items() if op.max_rate is not None}
    if rate_limits is True:
        return documented
    unknown = sorted(set(rate_limits) - set(operations()))
    if unknown:
        raise SettingError(f"rate_limits names unknown operations: {', '.join(unknown)}")
    merged: dict[str, Rate | None] = {**documented, **rate_limits}
    return {op_id: rate for op_id, rate in merged.items() if rate is not None}


class RateLimiter:
    """Sliding windows keyed by ``(client_id, operationId)``. Thread-safe."""

    def __init__(self, limits: Mapping[str, Rate], *, clock: Callable[[], float]) -> None:
        self.limits = dict(limits)
        self._clock = clock
        self._lock = threading.Lock()
        self._windows: dict[tuple[str, str], deque[float]] = {}

    def acquire(self, client_id: str, operation: str) -> int | None:
        """Count one call; ``None`` if allowed, else the whole seconds to wait (Retry-After, >= 1)."""
        rate = self.limits.get(operation)
        if rate is None:
            return None
        now = self._clock()
        with self._lock:
            window = self._windows.setdefault((client_id, operation), deque())
            horizon = now - rate.seconds + _EPSILON
            while window and window[0] <= horizon:
                window.popleft()
            if len(window) >= rate.calls:
                # The oldest call leaving the window frees a slot.
                wait = window[len(window) - rate.calls] + rate.seconds - now
                return max(1, math.ceil(wait - _EPSILON))
            window.append(now)
            return None
