"""OAuth2 client-credentials authentication, as an ``httpx.Auth``.

    auth = mc.ClientCredentials("https://auth.mirakl.net/oauth/token", client_id, client_secret)
    httpx.Client(auth=auth).post(...)            # what ConnectClient does for you

- The token is fetched with a form POST (``grant_type=client_credentials``, ``client_id``,
  ``client_secret``), cached, and fetched again ``leeway`` seconds before it expires (a few
  minutes, never more than half its lifetime).
- One fetch for all waiters: threads wait on a lock, asyncio tasks on an asyncio lock; whoever
  gets it second finds the new token.
- On 401 the token is dropped only if it is still the one that request used; the request is sent
  once more with a fresh token if its body can be replayed. A second 401 is returned as is.
- The token request is yielded from the flow (``response = yield request``, as in httpx's own
  auth classes), so it goes through the client's transport and is retried like any call.

Neither the secret nor a token ever appears in a log line, a repr or an exception.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import weakref
from collections.abc import AsyncGenerator, Generator
from dataclasses import dataclass, field

import httpx

from ._clock import SYSTEM_CLOCK, Clock
from ._errors import AuthenticationError, error_from_response, parse_body, redact
from ._retry import replayable

logger = logging.getLogger("mirakl_connect")

DEFAULT_LEEWAY = 300.0  # seconds before expiry at which a token is replaced
DEFAULT_TTL = 3599.0  # Connect's token lifetime, used when the answer has no expires_in


@dataclass(frozen=True)
class _Token:
    value: str = field(repr=False)
    refresh_at: float  # monotonic seconds


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
        self._token: _Token | None = None
        self._lock = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self.tokens_fetched = 0

    def __repr__(self) -> str:
        return f"ClientCredentials(token_url={self.token_url!r}, client_id={self.client_id!r})"

    # -- the core, shared by both flows ------------------------------------------------------------
    def _usable(self) -> _Token | None:
        token = self._token
        return token if token is not None and self._clock.monotonic() < token.refresh_at else None

    def _token_request(self) -> httpx.Request:
        form = {
            "grant_type": "client_credentials",
            "client_id": self.client_id,
            "client_secret": self._secret,
        }
        return httpx.Request("POST", self.token_url, data=form, headers={"Accept": "application/json"})

    def _accept(self, response: httpx.Response) -> _Token:
        """The token of a token endpoint answer; raises :class:`AuthenticationError` or an API error."""
        fetched_at = self._clock.monotonic()
        redact(response, drop_body=True)  # the form body holds the secret
        if response.status_code in (400, 401):
            code, message, _ = parse_body(response)
            raise AuthenticationError(
                f"token endpoint refused client {self.client_id!r}: {message}",
                status_code=response.status_code,
                code=code,
                response=response,
            )
        if response.status_code != 200:
            raise error_from_response(
                response, retry_after=response.extensions.get("mirakl_connect.retry_after")
            )
        try:
            body = response.json()
            value, ttl = body["access_token"], float(body.get("expires_in") or DEFAULT_TTL)
        except (ValueError, KeyError, TypeError):
            raise AuthenticationError(
                "token endpoint answered 200 without a usable access_token",
                status_code=200,
                response=response,
            ) from None
        if not isinstance(value, str) or not value:
            raise AuthenticationError(
                "token endpoint answered an empty access_token", status_code=200, response=response
            )
        self._token = _Token(value, refresh_at=fetched_at + ttl - min(self._leeway, ttl / 2))
        self.tokens_fetched += 1
        logger.info("fetched an access token for client %r (valid %.0f s)", self.client_id, ttl)
        return self._token

    def _drop(self, used: _Token) -> None:
        if self._token is used:
            self._token = None

    @staticmethod
    def _authorize(request: httpx.Request, token: _Token) -> httpx.Request:
        request.headers["Authorization"] = f"Bearer {token.value}"
        return request

    @staticmethod
    def _should_replay(request: httpx.Request, response: httpx.Response) -> bool:
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

    # -- the flows -------------------------------------------------------------------------------
    def _fetch(self) -> Generator[httpx.Request, httpx.Response, _Token]:
        response = yield self._token_request()
        response.read()
        return self._accept(response)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._usable()
        if token is None:
            with self._lock:
                token = self._usable() or (yield from self._fetch())
        response = yield self._authorize(request, token)
        if self._should_replay(request, response):
            with self._lock:
                self._drop(token)
                token = self._usable() or (yield from self._fetch())
            yield self._authorize(request, token)

    def _async_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        lock = self._async_locks.get(loop)
        if lock is None:
            lock = self._async_locks[loop] = asyncio.Lock()
        return lock

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = self._usable()
        if token is None:
            async with self._async_lock():
                token = self._usable()
                if token is None:
                    answer = yield self._token_request()
                    await answer.aread()
                    token = self._accept(answer)
        response = yield self._authorize(request, token)
        if self._should_replay(request, response):
            async with self._async_lock():
                self._drop(token)
                token = self._usable()
                if token is None:
                    answer = yield self._token_request()
                    await answer.aread()
                    token = self._accept(answer)
            yield self._authorize(request, token)
