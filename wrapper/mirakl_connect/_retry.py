"""When to send a request again, and after how long.

    client = mc.ConnectClient(retry=mc.RetryPolicy(max_attempts=8, deadline=300))
    client = mc.ConnectClient(retry=mc.RetryPolicy.disabled())

Retried: 429 (after ``Retry-After``, seconds or HTTP date, up to ``max_retry_after``), 408, 500,
502, 503, 504, 520-524 and 529 (never 501 or 505, which say the request will never work),
network errors and broken answers (a body cut short), with exponential back-off and jitter,
within ``max_attempts`` and an overall ``deadline`` that bounds the whole call: token fetch,
pacing and back-off waits, every attempt and reading the answer.

One rule says which attempts the server may have processed: an attempt that was sent and got no
answer, a broken one, or an error status other than those that say "not done" (408, 429, 503,
521, 522, 523, 529) may have been; one refused before it was sent (no connection) surely was not.
The document upload, marked ``x-idempotent: false`` in the spec, is sent again only after an
attempt that surely was not processed; and an answer such as ``ACTION_ALREADY_FINAL`` or a 404 on
delete means success only when an earlier attempt may have been processed (``landed_earlier``).

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

from ._checks import expect, number, status_codes, whole_number
from ._clock import Clock
from ._errors import TransportError
from .spec import Operation

logger = logging.getLogger("mirakl_connect")

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524, 529})
# Answers that say the server did not process the request.
NOT_PROCESSED_STATUSES = frozenset({408, 429, 503, 521, 522, 523, 529})
# Failures before the request could be sent.
NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
ATTEMPTS = "mirakl_connect.attempts"  # response extension: how many attempts were made
LANDED_EARLIER = (
    "mirakl_connect.landed_earlier"  # response extension: an earlier attempt may have been processed
)
RETRY_AFTER = "mirakl_connect.retry_after"  # response extension: the Retry-After, in seconds


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

    def __post_init__(self) -> None:  # a wrong field raises mc.ConfigurationError naming it
        whole_number("RetryPolicy.max_attempts", self.max_attempts, minimum=1)
        for name in ("backoff", "max_backoff", "max_retry_after"):
            number(f"RetryPolicy.{name}", getattr(self, name))
        if self.deadline is not None:
            number("RetryPolicy.deadline", self.deadline, above=True)
        expect("RetryPolicy.jitter", self.jitter, bool, "True or False")
        status_codes("RetryPolicy.retry_statuses", self.retry_statuses)

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


def surely_not_processed(outcome: httpx.Response | BaseException) -> bool:
    """Whether an attempt that ended so was surely not processed by the server."""
    if isinstance(outcome, httpx.Response):
        return outcome.status_code in NOT_PROCESSED_STATUSES or outcome.status_code == 401
    return isinstance(outcome, NOT_SENT_ERRORS)


class Attempts:
    """The attempts of one request: after each, whether and when to try again.

    ``deadline_at`` (monotonic seconds) is shared by the calls that serve one call (its token
    request): the deadline bounds the whole call.
    """

    def __init__(
        self,
        policy: RetryPolicy,
        clock: Clock,
        request: httpx.Request,
        operation: Operation | None,
        *,
        deadline_at: float | None = None,
        name: str | None = None,
    ) -> None:
        self.policy, self.clock, self.request, self.operation = policy, clock, request, operation
        self.name = name or (operation.operation_id if operation else f"{request.method} {request.url.path}")
        self.idempotent = operation.idempotent if operation else True
        self.replayable = replayable(request)
        self.started = self.sent = clock.monotonic()
        if deadline_at is None and policy.deadline is not None:
            deadline_at = self.started + policy.deadline
        self.deadline_at = deadline_at
        self.number = 0
        self.landed_earlier = False  # an attempt before the current one may have been processed
        self.replayed = False  # sent again once after a 401, with a new token
        self.sent_token: str | None = None  # the access token on the current attempt (to redact echoes)

    def remaining(self) -> float | None:
        """Seconds left before the deadline (None: no deadline)."""
        return None if self.deadline_at is None else self.deadline_at - self.clock.monotonic()

    def expired(self, doing: str) -> TransportError:
        """The error for a call whose deadline passed while ``doing`` something."""
        logger.warning("%s: deadline passed %s after %d attempt(s)", self.name, doing, self.number)
        return TransportError(
            f"{self.name}: the {self.policy.deadline:g} s deadline passed {doing} "
            f"(after {self.number} attempt(s))",
            method=self.request.method,
            path=self.request.url.path,
        )

    def timeouts(self) -> dict[str, float | None]:
        """The request's httpx timeouts for the next attempt, none longer than the time left."""
        given: dict[str, float | None] = self.request.extensions.get("timeout") or {}
        left = self.remaining()
        if left is None:
            return given
        left = max(left, 1e-3)
        for value in given.values():
            if value is None or value > left:
                break
        else:
            if given:
                return given  # the usual case: the deadline is further away than every timeout
        return {k: left if v is None else min(v, left) for k, v in given.items()} or dict.fromkeys(
            ("connect", "read", "write", "pool"), left
        )

    def begin(self) -> None:
        self.number += 1
        self.sent = self.clock.monotonic()
        self.request.extensions["timeout"] = self.timeouts()

    def _elapsed_ms(self) -> float:
        return (self.clock.monotonic() - self.sent) * 1000

    def _can_wait(self, delay: float) -> bool:
        left = self.remaining()
        return left is None or delay < left

    def _more(self) -> bool:
        return self.number < self.policy.max_attempts and self.replayable

    def _may_resend(self, outcome: httpx.Response | BaseException) -> bool:
        return self.idempotent or surely_not_processed(outcome)

    def _settle(self, outcome: httpx.Response | BaseException) -> None:
        """This attempt is over and another follows: remember whether it may have been processed."""
        self.landed_earlier = self.landed_earlier or not surely_not_processed(outcome)

    def after_response(self, response: httpx.Response) -> float | None:
        """Seconds to wait before sending again, or None: ``response`` is the answer."""
        status = response.status_code
        header = response.headers.get("Retry-After") if status >= 400 else None  # 429, 503...
        retry_after = parse_retry_after(header, self.clock.time()) if header else None
        if retry_after is not None:
            response.extensions[RETRY_AFTER] = retry_after
        response.extensions[ATTEMPTS] = self.number
        response.extensions[LANDED_EARLIER] = self.landed_earlier
        retryable = status in self.policy.retry_statuses and self._may_resend(response)
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
        self._settle(response)
        return delay

    def after_error(self, error: Exception) -> float:
        """Seconds to wait before sending again; raises :class:`TransportError` when giving up.

        ``error`` is an httpx transport error, or any other failure of the wrapped transport (an
        h11 error when an uploaded file changes size...), which is never retried.
        """
        delay = self.policy.backoff_for(self.number)
        kind = type(error).__name__
        logger.debug("%s -> %s (attempt %d, %.0f ms)", self.name, kind, self.number, self._elapsed_ms())
        retryable = isinstance(error, httpx.TransportError) and self._may_resend(error)
        if retryable and self._more() and self._can_wait(delay):
            logger.info(
                "%s: %s, retrying in %.2f s (attempt %d of %d)",
                self.name,
                kind,
                delay,
                self.number + 1,
                self.policy.max_attempts,
            )
            self._settle(error)
            return delay
        logger.warning("%s: giving up after %d attempt(s): %s", self.name, self.number, kind)
        detail = str(error) or "no detail"
        raise TransportError(
            f"{self.name}: {kind} after {self.number} attempt(s): {detail}",
            method=self.request.method,
            path=self.request.url.path,
        ) from error
