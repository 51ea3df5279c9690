"""``client.api``: the generated client, wired to a ConnectClient's transport.

    from mirakl_connect_api.api.orders import upsert_orders
    response = upsert_orders.sync_detailed(client=client.api, body=...)    # paced, authenticated, retried

It is the generated ``AuthenticatedClient``, whose httpx client is the ConnectClient's own: the
token, pacing, retries, timeouts and deadline apply to every generated function. What would
silently lose them fails clearly instead: ``with_headers``, ``with_cookies`` and ``with_timeout``
(the generated versions build a new httpx client with no auth, no retries and no timeout), and
a sync call on an ``AsyncConnectClient``'s ``api`` (or the other way round).

Its httpx clients (:class:`HTTPClient`, :class:`AsyncHTTPClient`) are httpx's, with two shortcuts
written here because httpx has no setting for them (each is about a call's worth of work that
this client would otherwise do twice):

- ``build_request`` joins the generated functions' paths (``/v1/orders``) to the base URL as
  text, so that httpx parses each request's URL once instead of twice; anything else is httpx's
  own ``build_request``.
- ``send`` hands the request straight to the :class:`~._transports.ConnectTransport`, which
  already does what ``httpx.Client.send`` wraps around a transport: the auth (the token is put on
  each attempt), the redirects (never followed: a 3xx is a ``RedirectError``) and the reading of
  the body (bounded, within the deadline; so ``stream=True`` gives an answer already read). What
  ``send`` does besides is kept: the event hooks, the cookies a server sets, ``elapsed``,
  ``default_encoding``, the timeout of a request built by hand and httpx's ``HTTP Request:`` log
  line. A request sent with its own ``auth=`` or ``follow_redirects=`` (or on a client whose
  ``auth`` or ``follow_redirects`` was set since) goes through httpx's ``send``. With the server
  in another process, skipping those layers saves about 100 µs a call, the caches being cold
  between calls (``benchmarks/bench_overhead.py``: 1.06x raw httpx before, 1.02x after).

A closed client refuses to send with a :class:`ConfigurationError` (httpx's is a ``RuntimeError``).
"""

from __future__ import annotations

import datetime
import logging
import re
import time
from collections.abc import Mapping
from typing import Any, NoReturn

import httpx
from mirakl_connect_api.client import AuthenticatedClient

from ._errors import ConfigurationError
from ._transports import AsyncConnectTransport, ConnectTransport

_MANAGED = "the token, pacing, retries and timeouts of the ConnectClient"


# "/", then characters a path may hold as they are (RFC 3986 pchar), "%" escapes included
_QUOTED_PATH = re.compile(r"/[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*")


def _joined(client: httpx.Client | httpx.AsyncClient, url: httpx.URL | str) -> httpx.URL | str:
    """``url`` joined to the client's base URL when it is a path that needs no quoting
    (``/v1/orders/A%2F1``, as the generated functions write them): the URL httpx's base-URL merge
    gives, without parsing the base URL again; else ``url``, left to httpx (httpx < 0.28 quotes a
    ``%`` of the base URL again when the rest of the URL needs quoting)."""
    if not isinstance(url, str) or url[1:2] == "/" or _QUOTED_PATH.fullmatch(url) is None:
        return url
    base = client.base_url
    cached = client.__dict__.get("_joined_root")
    if cached is None or cached[0] is not base:  # first use, or base_url was set again
        cached = client.__dict__["_joined_root"] = (base, str(base).rstrip("/"))
    return cached[1] + url


_httpx_logger = logging.getLogger("httpx")  # where httpx's send logs each request
_DEFAULT = httpx.USE_CLIENT_DEFAULT


def _direct_for(client: HTTPClient | AsyncHTTPClient, options: Mapping[str, Any]) -> Any:
    """The transport to hand a request to, or None for httpx's own send (a request with its own
    ``auth`` or ``follow_redirects``); a closed client refuses."""
    if client.is_closed:
        raise ConfigurationError(
            "this client is closed: make a new ConnectClient (or use it in a with block)"
        )
    follow = options.get("follow_redirects", _DEFAULT)
    if options.get("auth", _DEFAULT) is not _DEFAULT or client.auth is not None:
        return None
    if not (follow is _DEFAULT or follow is False) or client.follow_redirects:
        return None
    return client._direct


def _timed(client: HTTPClient | AsyncHTTPClient, request: httpx.Request) -> httpx.Request:
    if "timeout" not in request.extensions:  # built by hand, not by build_request
        request.extensions["timeout"] = client.timeout.as_dict()
    return request


def _received(client: HTTPClient | AsyncHTTPClient, response: httpx.Response, start: float) -> httpx.Response:
    """The answer (read by the transport), finished as httpx's send finishes one."""
    response.elapsed = datetime.timedelta(seconds=time.perf_counter() - start)
    if "set-cookie" in response.headers:  # the jar reads Set-Cookie only
        client.cookies.extract_cookies(response)
    response.default_encoding = client._encoding
    if _httpx_logger.isEnabledFor(logging.INFO):
        request = response.request
        _httpx_logger.info(
            'HTTP Request: %s %s "%s %d %s"',
            request.method,
            request.url,
            response.http_version,
            response.status_code,
            response.reason_phrase,
        )
    return response


class HTTPClient(httpx.Client):
    """``httpx.Client(base_url=...)`` for the generated functions (see the module docstring)."""

    _direct: ConnectTransport | None  # None: httpx's own send only
    _encoding: Any  # default_encoding: a name, or a callable that guesses it from the bytes

    def __init__(self, *, transport: httpx.BaseTransport | None = None, **kwargs: Any) -> None:
        super().__init__(transport=transport, **kwargs)
        self._direct = transport if isinstance(transport, ConnectTransport) else None
        self._encoding = kwargs.get("default_encoding", "utf-8")

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        return super().build_request(method, _joined(self, url), **kwargs)

    def send(self, request: httpx.Request, **options: Any) -> httpx.Response:
        transport: ConnectTransport | None = _direct_for(self, options)
        if transport is None:
            return super().send(request, **options)
        hooks = self.event_hooks
        for hook in hooks["request"]:
            hook(request)
        start = time.perf_counter()
        response = _received(self, transport.handle_request(_timed(self, request)), start)
        for hook in hooks["response"]:
            hook(response)
        return response


class AsyncHTTPClient(httpx.AsyncClient):
    """``httpx.AsyncClient(base_url=...)`` for the generated functions (see the module docstring)."""

    _direct: AsyncConnectTransport | None
    _encoding: Any

    def __init__(self, *, transport: httpx.AsyncBaseTransport | None = None, **kwargs: Any) -> None:
        super().__init__(transport=transport, **kwargs)
        self._direct = transport if isinstance(transport, AsyncConnectTransport) else None
        self._encoding = kwargs.get("default_encoding", "utf-8")

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        return super().build_request(method, _joined(self, url), **kwargs)

    async def send(self, request: httpx.Request, **options: Any) -> httpx.Response:
        transport: AsyncConnectTransport | None = _direct_for(self, options)
        if transport is None:
            return await super().send(request, **options)
        hooks = self.event_hooks
        for hook in hooks["request"]:
            await hook(request)
        start = time.perf_counter()
        response = _received(self, await transport.handle_async_request(_timed(self, request)), start)
        for hook in hooks["response"]:
            await hook(response)
        return response


class ConnectAPI(AuthenticatedClient):
    """The generated client of a ConnectClient (see the module docstring)."""

    def __init__(self, base_url: str) -> None:
        # the token is put on each attempt by the transport; this client never sends one itself
        super().__init__(base_url=base_url, token="", raise_on_unexpected_status=False)

    def _derived(self, what: str) -> NoReturn:
        raise ConfigurationError(
            f"client.api.{what}() would build an httpx client without {_MANAGED}; "
            "pass httpx_args= to the ConnectClient instead"
        )

    def with_headers(self, headers: dict[str, str]) -> NoReturn:
        self._derived("with_headers")

    def with_cookies(self, cookies: dict[str, str]) -> NoReturn:
        self._derived("with_cookies")

    def with_timeout(self, timeout: httpx.Timeout) -> NoReturn:
        self._derived("with_timeout")

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            raise ConfigurationError(
                "this is an AsyncConnectClient's api: call the generated asyncio/asyncio_detailed functions"
            )
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            raise ConfigurationError(
                "this is a ConnectClient's api: call the generated sync/sync_detailed functions, "
                "or use an AsyncConnectClient"
            )
        return self._async_client

    def __repr__(self) -> str:
        return f"ConnectAPI(base_url={self._base_url!r})"

    def __getstate__(self) -> Any:  # pragma: no cover - a live connection is not copied
        raise ConfigurationError("client.api cannot be copied or pickled")
