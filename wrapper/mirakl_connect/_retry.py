"""When to send a request again, and after how long.

    client = mc.ConnectClient(retry=mc.RetryPolicy(max_attempts=8, deadline=300))
    client = mc.ConnectClient(retry=mc.RetryPolicy.disabled())

Retried: 429 (after ``Retry-After``, seconds or HTTP date, up to ``max_retry_after``), 408, 500,
502, 503, 504 and network errors, with exponential back-off and jitter, within ``max_attempts``
and an overall ``deadline``. An operation the spec marks ``x-idempotent: false`` (the document
upload) is sent again only when the server surely did not process it: the connection failed
before anything was sent, or the answer was 429 or 503.

:class:`Attempts` holds the decisions; the sync and async transports only send and sleep.
Written here rather than with stamina/tenacity because the decision depends on the HTTP answer
(Retry-After, cap, per-operation idempotency) and must drive both an httpx transport and its
async twin with an injectable clock; those libraries retry *calls* on exceptions.
"""

from __future__ import annotations

import email.utils
import logging
import random
from dataclasses import dataclass, field

import httpx

from ._clock import Clock
from ._errors import TransportError
from .spec import Operation

logger = logging.getLogger("mirakl_connect")

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Answers that prove the server did not process the request.
NOT_PROCESSED_STATUSES = frozenset({429, 503})
NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try.

    ``backoff`` is the first wait, doubled at each attempt up to ``max_backoff``; with ``jitter``
    each wait is drawn between half and all of it. ``deadline`` bounds the whole call, waits
    included. A ``Retry-After`` longer than ``max_retry_after`` is not waited for: the call fails
    with :class:`mc.RateLimitError` carrying ``retry_after``.
    """

    max_attempts: int = 5
    backoff: float = 0.5
    max_backoff: float = 30.0
    jitter: bool = True
    deadline: float | None = 120.0
    max_retry_after: float = 120.0
    retry_statuses: frozenset[int] = RETRY_STATUSES
    rng: random.Random = field(default_factory=random.Random, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")

    @classmethod
    def disabled(cls) -> RetryPolicy:
        """Send each request once."""
        return cls(max_attempts=1)

    def backoff_for(self, attempt: int) -> float:
        """The wait after failed attempt number ``attempt`` (1-based)."""
        wait = min(self.max_backoff, self.backoff * 2 ** (attempt - 1))
        return self.rng.uniform(wait / 2, wait) if self.jitter else wait


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - now)


def replayable(request: httpx.Request) -> bool:
    """Whether the request body can be sent again (bytes, or multipart with seekable files)."""
    stream = request.stream
    if isinstance(stream, httpx.ByteStream):
        return True
    fields = getattr(stream, "fields", None)  # httpx's multipart stream
    if fields is not None:
        files = [getattr(f, "file", None) for f in fields]
        return all(
            f is None or isinstance(f, str | bytes) or (hasattr(f, "seekable") and f.seekable())
            for f in files
        )
    return False


class Attempts:
    """The attempts of one request: after each, whether and when to try again."""

    def __init__(
        self, policy: RetryPolicy, clock: Clock, request: httpx.Request, operation: Operation | None
    ) -> None:
        self.policy, self.clock, self.request, self.operation = policy, clock, request, operation
        self.name = operation.operation_id if operation else f"{request.method} {request.url.path}"
        self.idempotent = operation.idempotent if operation else True
        self.replayable = replayable(request)
        self.started = self.sent = clock.monotonic()
        self.number = 0

    def begin(self) -> None:
        self.number += 1
        self.sent = self.clock.monotonic()

    def _elapsed_ms(self) -> float:
        return (self.clock.monotonic() - self.sent) * 1000

    def _can_wait(self, delay: float) -> bool:
        deadline = self.policy.deadline
        return deadline is None or self.clock.monotonic() - self.started + delay <= deadline

    def _more(self) -> bool:
        return self.number < self.policy.max_attempts and self.replayable

    def after_response(self, response: httpx.Response) -> float | None:
        """Seconds to wait before sending again, or None: ``response`` is the answer."""
        status = response.status_code
        header = response.headers.get("Retry-After")
        retry_after = parse_retry_after(header, self.clock.time()) if header else None
        if retry_after is not None:
            response.extensions["mirakl_connect.retry_after"] = retry_after
        response.extensions["mirakl_connect.attempts"] = self.number
        retryable = status in self.policy.retry_statuses and (
            self.idempotent or status in NOT_PROCESSED_STATUSES
        )
        delay = 0.0
        if retryable:
            delay = retry_after if retry_after is not None else self.policy.backoff_for(self.number)
        if logger.isEnabledFor(logging.DEBUG):
            after = f", next in {delay:.2f} s" if retryable and self._more() else ""
            logger.debug(
                "%s -> %s (attempt %d, %.0f ms)%s", self.name, status, self.number, self._elapsed_ms(), after
            )
        if not retryable:
            return None
        if retry_after is not None and retry_after > self.policy.max_retry_after:
            logger.warning(
                "%s: giving up, server asks to wait %.0f s (cap %.0f s)",
                self.name,
                retry_after,
                self.policy.max_retry_after,
            )
            return None
        if not self._more() or not self._can_wait(delay):
            logger.warning("%s: giving up after %d attempt(s): HTTP %d", self.name, self.number, status)
            return None
        logger.info(
            "%s: HTTP %d, retrying in %.2f s (attempt %d of %d)",
            self.name,
            status,
            delay,
            self.number + 1,
            self.policy.max_attempts,
        )
        return delay

    def after_error(self, error: httpx.TransportError) -> float:
        """Seconds to wait before sending again; raises :class:`TransportError` when giving up."""
        delay = self.policy.backoff_for(self.number)
        kind = type(error).__name__
        logger.debug("%s -> %s (attempt %d, %.0f ms)", self.name, kind, self.number, self._elapsed_ms())
        retryable = self.idempotent or isinstance(error, NOT_SENT_ERRORS)
        if retryable and self._more() and self._can_wait(delay):
            logger.info(
                "%s: %s, retrying in %.2f s (attempt %d of %d)",
                self.name,
                kind,
                delay,
                self.number + 1,
                self.policy.max_attempts,
            )
            return delay
        logger.warning("%s: giving up after %d attempt(s): %s", self.name, self.number, kind)
        raise TransportError(
            f"{self.name}: {kind} after {self.number} attempt(s): {error}",
            method=self.request.method,
            path=self.request.url.path,
        ) from error
