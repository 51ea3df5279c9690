"""OAuth2 client-credentials authentication: one token for every call, refreshed before it expires.

    auth = mc.ClientCredentials("https://auth.mirakl.net/oauth/token", client_id, client_secret)
    httpx.Client(auth=auth).post(...)            # as an httpx.Auth, with plain httpx

- The token is fetched with a form POST (``grant_type=client_credentials``, ``client_id``,
  ``client_secret``), cached, and fetched again ``leeway`` seconds before it expires (a few
  minutes, never more than half its lifetime). ``expires_in`` is honoured however short; a
  missing one means Connect's 3599 s; an unusable one (0, negative, not a finite number) is an
  :class:`AuthenticationError`.
- One fetch for all waiters: threads wait on a lock, asyncio tasks on an asyncio lock; whoever
  gets it second finds the new token. A waiter waits no longer than its own call's deadline.
- On 401 the token is dropped only if it is still the one that request used, and the request is
  sent once more with a fresh token if its body can be replayed.

``ConnectClient`` does not use the httpx flows: its transport asks :meth:`ClientCredentials.token`
for a token right before each attempt goes on the wire (so that pacing and back-off waits never
send a stale one), and sends the token request itself, with the call's timeouts, retries and
deadline. Neither the secret nor a token ever appears in a log line, a repr, an exception, or an
object reachable from one.
"""

from __future__ import annotations

import logging
import math
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from ._clock import SYSTEM_CLOCK, Clock
from ._errors import REDACTED, AuthenticationError, error_from_response, parse_body, redacted_request
from ._retry import replayable

if TYPE_CHECKING:
    import asyncio

    from ._fleet import Fleet

FETCH = "fetch"  # see _fleet.Fleet.token_step
logger = logging.getLogger("mirakl_connect")

DEFAULT_LEEWAY = 300.0  # seconds before expiry at which a token is replaced
DEFAULT_TTL = 3599.0  # Connect's token lifetime, used when the answer has no expires_in
LOCK_LEASE = 30.0  # seconds a worker may hold the fleet's token-fetch lock


@dataclass(frozen=True)
class Token:
    """An access token (never shown) and when to replace it (monotonic seconds)."""

    value: str = field(repr=False)
    refresh_at: float

    @property
    def header(self) -> str:
        return f"Bearer {self.value}"


class ClientCredentials(httpx.Auth):
    """Bearer tokens from an OAuth2 client-credentials grant, refreshed before they expire."""

    def __init__(
        self,
        token_url: str,
        client_id: str,
        client_secret: str,
        *,
        clock: Clock = SYSTEM_CLOCK,
        leeway: float = DEFAULT_LEEWAY,
    ) -> None:
        self.token_url, self.client_id = token_url, client_id
        self._secret = client_secret
        self._clock, self._leeway = clock, leeway
        self._token: Token | None = None
        self._lock = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self.tokens_fetched = 0
        self.fleet: Fleet | None = None  # set by a client given ``shared=``: the token of a fleet of workers

    def __repr__(self) -> str:
        return f"ClientCredentials(token_url={self.token_url!r}, client_id={self.client_id!r})"

    # -- the core, shared by every way of sending ----------------------------------------------------
    def usable(self) -> Token | None:
        """The cached token while it is fresh, else None."""
        token = self._token
        return token if token is not None and self._clock.monotonic() < token.refresh_at else None

    def token_request(self, timeout: Any = None) -> httpx.Request:
        """The token request (its form holds the secret: never keep it on anything returned)."""
        form = {
            "grant_type": "client_credentials",
            "client_id": self.client_id,
            "client_secret": self._secret,
        }
        request = httpx.Request("POST", self.token_url, data=form, headers={"Accept": "application/json"})
        if timeout is not None:
            request.extensions["timeout"] = timeout
        return request

    def _clean(self, text: str) -> str:
        return text.replace(self._secret, REDACTED) if self._secret else text

    def accept(self, response: httpx.Response) -> Token:
        """The token of a token endpoint answer (read); raises :class:`AuthenticationError` or
        another :class:`APIError`, holding no body of the exchange (neither secret nor token)."""
        fetched_at = self._clock.monotonic()
        status = response.status_code
        if status != 200:
            code, _, _ = parse_body(response)
            cls = AuthenticationError if status in (400, 401) else None
            what = f"token endpoint refused client {self.client_id!r}: " if cls else "token endpoint: "
            error = error_from_response(
                response,
                retry_after=response.extensions.get("mirakl_connect.retry_after"),
                drop_body=True,
                cls=cls,
                prefix=what,
            )
            error.args = (self._clean(str(error)),)
            error.message, error.code = self._clean(error.message), code and self._clean(code)
            raise error
        try:
            body = response.json()
            value = body["access_token"]
            ttl = _lifetime(body.get("expires_in", None))
        except (ValueError, KeyError, TypeError, AttributeError) as problem:
            reason = str(problem) if isinstance(problem, _BadLifetime) else "no usable access_token"
            raise self._invalid(response, reason) from None
        if not isinstance(value, str) or not value:
            raise self._invalid(response, "an empty access_token")
        self._token = Token(value, refresh_at=fetched_at + ttl - min(self._leeway, ttl / 2))
        self.tokens_fetched += 1
        logger.info("fetched an access token for client %r (valid %.0f s)", self.client_id, ttl)
        return self._token

    @staticmethod
    def _invalid(response: httpx.Response, reason: str) -> AuthenticationError:
        error = error_from_response(response, drop_body=True, cls=AuthenticationError)
        assert isinstance(error, AuthenticationError)
        error.message = f"token endpoint answered 200 with {reason}"
        error.args = (f"200 error: {error.message} (POST {response.request.url.path})",)
        return error

    def invalidate(self, used: Token) -> None:
        """A request was refused with ``used``: drop it, unless another caller already replaced it
        (in this process, and in the fleet's store when there is one)."""
        if self._token is used:
            self._token = None
        if self.fleet is not None:
            self.fleet.drop(used.value)

    def _adopt(self, value: str, fresh_for: float) -> Token:
        """The fleet's token, fresh for ``fresh_for`` more seconds."""
        self._token = Token(value, refresh_at=self._clock.monotonic() + fresh_for)
        return self._token

    def _share(self, token: Token) -> Token:
        assert self.fleet is not None
        self.fleet.save(token.value, token.refresh_at - self._clock.monotonic())
        return token

    def token(
        self, fetch: Callable[[httpx.Request], httpx.Response], wait: float | None = None
    ) -> Token | None:
        """A fresh token: the cached one, the fleet's, or one fetched by ``fetch(token_request)``
        (one caller fetches, the others wait for it). None when ``wait`` seconds passed waiting."""
        token = self.usable()
        if token is not None:
            return token
        if not self._lock.acquire(timeout=-1 if wait is None else max(wait, 0.0)):
            return None
        try:
            if (token := self.usable()) is not None or self.fleet is None:
                return token or self.accept(fetch(self.token_request()))
            until = None if wait is None else time.monotonic() + wait
            while isinstance(step := self._join(until), float):  # another worker is fetching
                time.sleep(step)
            if not isinstance(step, str):  # the fleet's token, or None: waited too long
                return step
            try:
                return self._share(self.accept(fetch(self.token_request())))
            finally:
                self.fleet.unlock()
        finally:
            self._lock.release()

    async def atoken(
        self, fetch: Callable[[httpx.Request], Awaitable[httpx.Response]], wait: float | None = None
    ) -> Token | None:
        """See :meth:`token`."""
        import asyncio  # noqa: PLC0415 - the async client's, not `import mirakl_connect`'s

        token = self.usable()
        if token is not None:
            return token
        lock = self._async_lock()
        try:
            await asyncio.wait_for(lock.acquire(), wait)
        except TimeoutError:
            return None
        try:
            if (token := self.usable()) is not None or self.fleet is None:
                return token or self.accept(await fetch(self.token_request()))
            until = None if wait is None else time.monotonic() + wait
            while isinstance(step := self._join(until), float):  # another worker is fetching
                await asyncio.sleep(step)
            if not isinstance(step, str):  # the fleet's token, or None: waited too long
                return step
            try:
                return self._share(self.accept(await fetch(self.token_request())))
            finally:
                self.fleet.unlock()
        finally:
            lock.release()

    def _join(self, until: float | None) -> Token | str | float | None:
        """One look at the fleet: its token; ``FETCH`` (this process fetches); seconds to wait for
        the worker that fetches; or None when waiting longer would pass ``until``."""
        assert self.fleet is not None
        step = self.fleet.token_step(LOCK_LEASE)
        if isinstance(step, tuple):
            return self._adopt(*step)
        if isinstance(step, str):
            return FETCH
        if until is not None and time.monotonic() + step > until:
            return None
        return float(step)

    def _async_lock(self) -> asyncio.Lock:
        import asyncio  # noqa: PLC0415 - the async client's, not `import mirakl_connect`'s

        loop = asyncio.get_running_loop()
        lock = self._async_locks.get(loop)
        if lock is None:
            lock = self._async_locks[loop] = asyncio.Lock()
        return lock

    # -- as an httpx.Auth, for plain httpx clients --------------------------------------------------------
    def _fetched(self, response: httpx.Response) -> Token:
        try:
            return self.accept(response)
        finally:  # httpx keeps the token answer in the next response's history: empty it
            response.request = redacted_request(response.request, drop_body=True)
            response._content = b""

    def _should_replay(self, request: httpx.Request, response: httpx.Response) -> bool:
        if response.status_code != 401:
            return False
        if not replayable(request):
            logger.warning(
                "%s %s: token refused (401); the body cannot be sent again", request.method, request.url.path
            )
            return False
        logger.info(
            "%s %s: token refused (401), sending again with a new token", request.method, request.url.path
        )
        return True

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        timeout = request.extensions.get("timeout")
        for replay in (False, True):
            token = self.usable()
            if token is None:
                with self._lock:
                    token = self.usable()
                    if token is None:
                        answer = yield self.token_request(timeout)
                        answer.read()
                        token = self._fetched(answer)
            request.headers["Authorization"] = token.header
            response = yield request
            if replay or not self._should_replay(request, response):
                return
            self.invalidate(token)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        timeout = request.extensions.get("timeout")
        for replay in (False, True):
            token = self.usable()
            if token is None:
                async with self._async_lock():
                    token = self.usable()
                    if token is None:
                        answer = yield self.token_request(timeout)
                        await answer.aread()
                        token = self._fetched(answer)
            request.headers["Authorization"] = token.header
            response = yield request
            if replay or not self._should_replay(request, response):
                return
            self.invalidate(token)


class _BadLifetime(ValueError):
    pass


def _lifetime(value: Any) -> float:
    """Seconds a token lives, from ``expires_in``: missing → 3599; a finite number > 0; else raises.

    >>> _lifetime(None), _lifetime(2), _lifetime("60")
    (3599.0, 2.0, 60.0)
    >>> _lifetime(0)
    Traceback (most recent call last):
    mirakl_connect._auth._BadLifetime: an unusable expires_in (0)
    """
    if value is None:
        return DEFAULT_TTL
    seconds = math.nan
    if isinstance(value, int | float | str) and not isinstance(value, bool):
        try:
            seconds = float(value)
        except (ValueError, OverflowError):
            seconds = math.nan
    if not math.isfinite(seconds) or seconds <= 0:
        shown = (
            repr(value)
            if len(repr(value)) <= 20
            else f"{type(value).__name__}, {len(repr(value))} characters"
        )
        raise _BadLifetime(f"an unusable expires_in ({shown})")
    return seconds
