"""httpx transports that pace and retry, around the real one.

    routing = Routing(base_path="/api/channel-platform", policy=RetryPolicy(), pacer=Pacer(Pacing(), clock),
                      clock=clock, upload_write_timeout=120.0)
    httpx.Client(transport=ConnectTransport(httpx.HTTPTransport(), routing), auth=...)

The operation of each request is found from its method and URL (``_spec.match``), so requests
made through the generated functions (``client.api``) are paced and retried like the wrapper's.
The token request of the auth flow goes through here too: it is retried, never paced.
The decisions live in :class:`~._retry.Attempts` and :class:`~._pacing.Pacer`, shared by both twins.
"""

from __future__ import annotations

import httpx

from . import _spec
from ._clock import Clock
from ._pacing import Pacer
from ._retry import Attempts, RetryPolicy


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
            operation = _spec.match(request.method, path[len(self.base_path) :])
        if operation is not None and operation.content_type == "multipart/form-data":
            timeout = dict(request.extensions.get("timeout") or {})
            timeout["write"] = max(timeout.get("write") or 0.0, self.upload_write_timeout)
            request.extensions["timeout"] = timeout
        return Attempts(self.policy, self.clock, request, operation)

    def pace(self, attempts: Attempts) -> float:
        return self.pacer.reserve(attempts.operation) if self.pacer is not None else 0.0


class ConnectTransport(httpx.BaseTransport):
    """Pacing and retries around a synchronous httpx transport."""

    def __init__(self, wrapped: httpx.BaseTransport, routing: Routing) -> None:
        self.wrapped, self.router = wrapped, routing

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts = self.router.prepare(request)
        clock = self.router.clock
        while True:
            clock.sleep(self.router.pace(attempts))
            attempts.begin()
            try:
                response = self.wrapped.handle_request(request)
            except httpx.TransportError as error:
                clock.sleep(attempts.after_error(error))
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
            await clock.asleep(self.router.pace(attempts))
            attempts.begin()
            try:
                response = await self.wrapped.handle_async_request(request)
            except httpx.TransportError as error:
                await clock.asleep(attempts.after_error(error))
                continue
            delay = attempts.after_response(response)
            if delay is None:
                return response
            await response.aread()
            await response.aclose()
            await clock.asleep(delay)

    async def aclose(self) -> None:
        await self.wrapped.aclose()
