"""What the client did, counted while a command runs: calls, retries by cause, token fetches.

    tally = Tally()
    with tally.watching():                              # reads the client's INFO log records
        client = mc.ConnectClient(httpx_args=tally.httpx_args())
        before = tally.snapshot()
        client.orders.upsert(origin, orders)
        used = tally.snapshot() - before                # Counts(calls=3, retries={'503': 1}, tokens=1)

Calls are counted by an httpx request hook (one per API call, however many attempts it takes);
retries and token fetches from the lines the client logs at INFO on the ``mirakl_connect``
logger ("<operation>: HTTP 503, retrying in ...", "token refused (401), sending again",
"fetched an access token"). Nothing else is read: the same counts hold against the sandbox and
against Mirakl Connect itself.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx

LOGGER = "mirakl_connect"
TIMES, NONE = "\u00d7", "\u2013"  # the multiplication sign and the en dash of the tables
# exception names of the client's retry lines, as a reader would say them
_CAUSES = {
    "RemoteProtocolError": "dropped connection",
    "ReadError": "dropped connection",
    "WriteError": "dropped connection",
    "ConnectError": "no connection",
    "ReadTimeout": "timeout",
    "WriteTimeout": "timeout",
    "ConnectTimeout": "timeout",
    "PoolTimeout": "timeout",
}


@dataclass(frozen=True)
class Counts:
    """Calls made, retries by cause (``"503"``, ``"dropped connection"``, ``"401"``...), tokens fetched."""

    calls: int = 0
    retries: Counter[str] = field(default_factory=Counter)
    tokens: int = 0

    def __sub__(self, other: Counts) -> Counts:
        return Counts(self.calls - other.calls, self.retries - other.retries, self.tokens - other.tokens)

    def retries_text(self) -> str:
        """Each cause with its count (``503``, times sign, ``1``), or an en dash when there were none."""
        return ", ".join(f"{cause} {TIMES}{n}" for cause, n in sorted(self.retries.items())) or NONE


def cause_of(record: logging.LogRecord) -> str | None:
    """The cause of a retry the client logged (``"503"``, ``"dropped connection"``, ``"401"``), or None.

    >>> line = logging.LogRecord("mirakl_connect", logging.INFO, "", 0,
    ...     "%s: HTTP %d, retrying in %.2f s (attempt %d of %d)", ("upsertOrders", 503, 0.4, 2, 5), None)
    >>> cause_of(line)
    '503'
    """
    message = str(record.msg)
    if "token refused (401)" in message and "sending again" in message:
        return "401"
    if ", retrying in " not in message or not isinstance(record.args, tuple) or len(record.args) < 2:
        return None
    what = record.args[1]
    return str(what) if isinstance(what, int) else _CAUSES.get(str(what), str(what))


class _Handler(logging.Handler):
    def __init__(self, tally: Tally) -> None:
        super().__init__(logging.INFO)
        self.tally = tally

    def emit(self, record: logging.LogRecord) -> None:
        cause = cause_of(record)
        with self.tally.lock:
            if cause is not None:
                self.tally.retries[cause] += 1
            elif str(record.msg).startswith("fetched an access token"):
                self.tally.tokens += 1


class Tally:
    """Counts for one command run; thread-safe (bulk calls and event handlers run in threads)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.calls = 0
        self.tokens = 0
        self.retries: Counter[str] = Counter()

    def _request(self, request: httpx.Request) -> None:
        with self.lock:
            self.calls += 1

    def httpx_args(self) -> dict[str, Any]:
        """``httpx_args`` for a :class:`mc.ConnectClient` whose calls this tally counts."""
        return {"event_hooks": {"request": [self._request]}}

    def snapshot(self) -> Counts:
        with self.lock:
            return Counts(self.calls, Counter(self.retries), self.tokens)

    def watching(self) -> contextlib.AbstractContextManager[None]:
        """Read the client's log records while inside (its logger set to INFO, then restored)."""
        return logging_to(_Handler(self), logging.INFO)


@contextlib.contextmanager
def logging_to(handler: logging.Handler, level: int | None) -> Iterator[None]:
    """``handler`` on the client's logger while inside, the logger letting ``level`` records through
    (None: left as it is); then both as they were. ``with logging_to(ConsoleLog(...), logging.INFO):``
    """
    logger = logging.getLogger(LOGGER)
    saved = logger.level
    logger.addHandler(handler)
    if level is not None and logger.getEffectiveLevel() > level:
        logger.setLevel(level)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(saved)
