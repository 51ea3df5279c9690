"""Test doubles shared by the client tests."""

from __future__ import annotations

import asyncio
import threading


class FakeClock:
    """A mirakl_connect Clock whose sleeps return at once and move time forward.

    ``sleeps`` records every wait the client asked for; ``advance`` moves time by hand.
    Both clocks (monotonic and wall) move together.
    """

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self._now = start
        self._origin = start
        self._lock = threading.Lock()
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        with self._lock:
            return self._now - self._origin

    def time(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += seconds

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            with self._lock:
                self.sleeps.append(seconds)
                self._now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)

    @property
    def slept(self) -> float:
        return sum(self.sleeps)

    def __call__(self) -> float:  # as the sandbox's clock (wall seconds)
        return self.time()
