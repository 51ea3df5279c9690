"""httpx transports that pace and retry, around the real one.

    routing = Routing(base_path="/api/channel-platform", policy=RetryPolicy(), pacer=Pacer(Pacing(), clock),
                      clock=clock, upload_write_timeout=120.0)
    httpx.Client(transport=ConnectTransport(httpx.HTTPTransport(), routing), auth=...)

The operation of each request is found from its method and URL (``spec.match``), so requests
made through the generated functions (``client.api``) are paced and retried like the wrapper's.
The token request of the auth flow goes through here too: it is retried, never paced.
The decisions live in :class:`~._retry.Attempts` and :class:`~._pacing.Pacer`, shared by both twins.

:class:`HTTPClient` and :class:`AsyncHTTPClient` are the httpx clients of ``ConnectClient`` and
``AsyncConnectClient``: httpx's own, with a cheaper ``base_url`` merge (see :class:`_BaseURLJoin`).
"""

from __future__ import annotations

import re
from typing import Any

import httpx

from . import spec
from ._clock import Clock
from ._pacing import Pacer
from ._retry import Attempts, RetryPolicy

# A relative URL that needs no quoting: one leading "/", then unreserved and sub-delimiter characters,
# ":@/?" and %XX escapes (what the generated functions build, path parameters being quoted).
_PLAIN_RELATIVE = re.compile(r"/(?!/)(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*")


class _BaseURLJoin:
    """The base URL joined with a relative ``/path?query`` in one parse; None: leave it to httpx.

    The same URL as httpx's ``Client._merge_url`` (the base URL's path, then ``url`` without its
    leading ``/``), which parses it twice (``url`` alone, then the joined URL again): about 20 us
    a call, the largest part of what the client adds to a raw httpx call (see BENCHMARKS.md).
    Only for a ``url`` that needs no quoting, so that quoting the whole cannot differ from
    quoting the parts; anything else (absolute URLs, ``//host``, fragments, spaces, a base URL
    with a query...) takes httpx's way. ``_merge_url`` is private to httpx but unchanged from
    0.25 to 0.28; were it renamed, the override would go unused and nothing else would change.
    """

    def __init__(self) -> None:
        self._memo: tuple[httpx.URL | None, str | None] = (None, None)  # (base URL, its prefix)

    def __call__(self, base: httpx.URL, url: httpx.URL | str) -> httpx.URL | None:
        if type(url) is not str or not _PLAIN_RELATIVE.fullmatch(url):
            return None
        known, prefix = self._memo
        if base is not known:
            prefix = str(base)
            if not prefix.endswith("/") or base.query or base.fragment or not base.is_absolute_url:
                prefix = None
            self._memo = (base, prefix)
        if prefix is None:
            return None
        try:
            return httpx.URL(prefix + url[1:])
        except httpx.InvalidURL:  # too long: httpx's way raises its own error
            return None


class HTTPClient(httpx.Client):
    """``httpx.Client``, with a faster ``base_url`` merge (see :class:`_BaseURLJoin`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._join = _BaseURLJoin()

    def _merge_url(self, url: httpx.URL | str) -> httpx.URL:
        return self._join(self.base_url, url) or super()._merge_url(url)


class AsyncHTTPClient(httpx.AsyncClient):
    """``httpx.AsyncClient``, with a faster ``base_url`` merge (see :class:`_BaseURLJoin`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._join = _BaseURLJoin()

    def _merge_url(self, url: httpx.URL | str) -> httpx.URL:
        return self._join(self.base_url, url) or super()._merge_url(url)


class Routing:
    """What the twins share: the operation of a request, its timeouts, its pacing, its attempts."""

    def __init__(
        self,
        *,
        base_path: str,
        policy: RetryPolicy,
        pacer: Pacer | None,
        clock: Clock,
        upload_write_timeout: float,
    ) -> None:
        self.base_path = base_path.rstrip("/")
        self.policy, self.pacer, self.clock = policy, pacer, clock
        self.upload_write_timeout = upload_write_timeout

    def prepare(self, request: httpx.Request) -> Attempts:
        path = request.url.path
        operation = None
        if path.startswith(self.base_path):
            operation = spec.match(request.method, path[len(self.base_path) :])
        if operation is not None and operation.content_type == "multipart/form-data":
            timeout = dict(request.extensions.get("timeout") or {})
            timeout["write"] = max(timeout.get("write") or 0.0, self.upload_write_timeout)
            request.extensions["timeout"] = timeout
        return Attempts(self.policy, self.clock, request, operation)

    def pace(self, attempts: Attempts) -> float:
        """0: send now (then :meth:`answered`); else seconds to wait before asking again."""
        return self.pacer.reserve(attempts.operation) if self.pacer is not None else 0.0

    def answered(self, attempts: Attempts) -> None:
        if self.pacer is not None:
            self.pacer.release(attempts.operation)


class ConnectTransport(httpx.BaseTransport):
    """Pacing and retries around a synchronous httpx transport."""

    def __init__(self, wrapped: httpx.BaseTransport, routing: Routing) -> None:
        self.wrapped, self.router = wrapped, routing

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts = self.router.prepare(request)
        clock = self.router.clock
        while True:
            while (wait := self.router.pace(attempts)) > 0:
                clock.sleep(wait)
            attempts.begin()
            failed: httpx.TransportError | None = None
            try:
                response = self.wrapped.handle_request(request)
            except httpx.TransportError as error:
                failed = error
            finally:  # answered, failed or cancelled: it no longer counts as in flight
                self.router.answered(attempts)
            if failed is not None:
                clock.sleep(attempts.after_error(failed))
                continue
            delay = attempts.after_response(response)
            if delay is None:
                return response
            response.read()
            response.close()
            clock.sleep(delay)

    def close(self) -> None:
        self.wrapped.close()


class AsyncConnectTransport(httpx.AsyncBaseTransport):
    """Pacing and retries around an asynchronous httpx transport."""

    def __init__(self, wrapped: httpx.AsyncBaseTransport, routing: Routing) -> None:
        self.wrapped, self.router = wrapped, routing

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts = self.router.prepare(request)
        clock = self.router.clock
        while True:
            while (wait := self.router.pace(attempts)) > 0:
                await clock.asleep(wait)
            attempts.begin()
            failed: httpx.TransportError | None = None
            try:
                response = await self.wrapped.handle_async_request(request)
            except httpx.TransportError as error:
                failed = error
            finally:  # answered, failed or cancelled: it no longer counts as in flight
                self.router.answered(attempts)
            if failed is not None:
                await clock.asleep(attempts.after_error(failed))
                continue
            delay = attempts.after_response(response)
            if delay is None:
                return response
            await response.aread()
            await response.aclose()
            await clock.asleep(delay)

    async def aclose(self) -> None:
        await self.wrapped.aclose()
