"""Time as the client sees it: one object for reading clocks and for sleeping.

Token expiry, retry back-off, deadlines and pacing all go through a :class:`Clock`, so that tests
swap in a fake one and never wait real seconds::

    client = mc.ConnectClient(..., clock=my_fake_clock)
"""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    """What the client needs from time."""

    def monotonic(self) -> float:
        """Seconds from an arbitrary origin, never going back (expiry, deadlines, pacing)."""

    def time(self) -> float:
        """Wall-clock seconds since the epoch (to read ``Retry-After`` HTTP dates)."""

    def sleep(self, seconds: float) -> None: ...

    async def asleep(self, seconds: float) -> None: ...


class SystemClock:
    """The real clocks."""

    def monotonic(self) -> float:
        return time.monotonic()

    def time(self) -> float:
        return time.time()

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        if seconds > 0:
            import asyncio  # noqa: PLC0415 - the async client's, not `import mirakl_connect`'s

            await asyncio.sleep(seconds)

    def __repr__(self) -> str:
        return "SystemClock()"


SYSTEM_CLOCK = SystemClock()
