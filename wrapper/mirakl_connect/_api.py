"""``client.api``: the generated client, wired to a ConnectClient's transport.

    from mirakl_connect_api.api.orders import upsert_orders
    response = upsert_orders.sync_detailed(client=client.api, body=...)    # paced, authenticated, retried

It is the generated ``AuthenticatedClient``, whose httpx client is the ConnectClient's own: the
token, pacing, retries, timeouts and deadline apply to every generated function. What would
silently lose them fails clearly instead: ``with_headers``, ``with_cookies`` and ``with_timeout``
(the generated versions build a new httpx client with no auth, no retries and no timeout), and
a sync call on an ``AsyncConnectClient``'s ``api`` (or the other way round).

Its httpx clients (:class:`HTTPClient`, :class:`AsyncHTTPClient`) join the generated functions'
paths (``/v1/orders``) to the base URL as text, so that httpx parses each request's URL once
instead of twice (about 15 µs a call, a fifth of this client's overhead over raw httpx);
anything else is httpx's own ``build_request``.
"""

from __future__ import annotations

import re
from typing import Any, NoReturn

import httpx
from mirakl_connect_api.client import AuthenticatedClient

from ._errors import ConfigurationError

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


class HTTPClient(httpx.Client):
    """``httpx.Client(base_url=...)`` for the generated functions (see the module docstring)."""

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        return super().build_request(method, _joined(self, url), **kwargs)


class AsyncHTTPClient(httpx.AsyncClient):
    """``httpx.AsyncClient(base_url=...)`` for the generated functions (see the module docstring)."""

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        return super().build_request(method, _joined(self, url), **kwargs)


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
