"""ConnectClient and AsyncConnectClient: settings, auth, pacing and retries around the generated client.

    with mc.ConnectClient() as client:                    # credentials from MIRAKL_CONNECT_CLIENT_ID/_SECRET
        client.orders.update_action_status(action_id, "SUCCESS")
        upsert_orders.sync_detailed(client=client.api, body=...)   # generated functions, same wiring

    async with mc.AsyncConnectClient(environment=mc.environments.TEST) as client:
        await client.orders.update_action_status(action_id, "SUCCESS")

Both build the same pieces (see ``_config``): a :class:`~._auth.ClientCredentials` auth, a
:class:`~._transports.Routing` (operation lookup, pacing, retries) and an httpx client whose
transport paces and retries; ``client.api`` is the generated ``AuthenticatedClient`` using it.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx
from mirakl_connect_api.client import AuthenticatedClient

from . import _config, environments
from ._auth import ClientCredentials
from ._call import Plan, arun, run
from ._clock import Clock
from ._pacing import Pacer, Pacing
from ._resources import (
    AsyncCarriers,
    AsyncCatalog,
    AsyncDocuments,
    AsyncOrders,
    AsyncReturns,
    AsyncStores,
    AsyncTaxonomy,
    Carriers,
    Catalog,
    Documents,
    Orders,
    Returns,
    Stores,
    Taxonomy,
)
from ._retry import RetryPolicy
from ._transports import AsyncConnectTransport, AsyncHTTPClient, ConnectTransport, HTTPClient, Routing

T = TypeVar("T")


class _BaseClient:
    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        *,
        base_url: str | None = None,
        token_url: str | None = None,
        environment: environments.Environment | None = None,
        timeout: httpx.Timeout | float = _config.DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        pacing: bool | Pacing = True,
        allow_insecure_http: bool = False,
        httpx_args: Mapping[str, Any] | None = None,
        clock: Clock | None = None,
    ) -> None:
        self._settings = settings = _config.resolve(
            client_id=client_id,
            client_secret=client_secret,
            base_url=base_url,
            token_url=token_url,
            environment=environment,
            timeout=timeout,
            retry=retry,
            pacing=pacing,
            allow_insecure_http=allow_insecure_http,
            httpx_args=httpx_args,
            clock=clock,
        )
        self.auth = ClientCredentials(
            settings.token_url, settings.client_id, settings.client_secret, clock=settings.clock
        )
        self._routing = Routing(
            base_path=settings.base_path,
            policy=settings.retry,
            pacer=Pacer(settings.pacing, settings.clock) if settings.pacing else None,
            clock=settings.clock,
            upload_write_timeout=_config.UPLOAD_WRITE_TIMEOUT,
        )
        self.api = AuthenticatedClient(base_url=settings.base_url, token="", raise_on_unexpected_status=False)

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def client_id(self) -> str:
        return self._settings.client_id

    def _httpx_kwargs(self) -> dict[str, Any]:
        return {
            "base_url": self._settings.base_url,
            "auth": self.auth,
            "timeout": self._settings.timeout,
            **self._settings.client_args,
        }

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, client_id={self.client_id!r})"


class ConnectClient(_BaseClient):
    """Blocking client. Thread-safe: share one per process (tokens and pacing are shared too)."""

    def __init__(
        self, client_id: str | None = None, client_secret: str | None = None, **options: Any
    ) -> None:
        super().__init__(client_id, client_secret, **options)
        wrapped = self._settings.transport or httpx.HTTPTransport(**self._settings.transport_args)
        self._http = HTTPClient(transport=ConnectTransport(wrapped, self._routing), **self._httpx_kwargs())
        self.api.set_httpx_client(self._http)
        self.orders = Orders(self)
        self.documents = Documents(self)
        self.returns = Returns(self)
        self.carriers = Carriers(self)
        self.stores = Stores(self)
        self.catalog = Catalog(self)
        self.taxonomy = Taxonomy(self)

    def _run(self, plan: Plan[T]) -> T:
        return run(plan, self.api)

    def close(self) -> None:
        """Close the connections (also done by ``with``)."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncConnectClient(_BaseClient):
    """asyncio client: the same surface as :class:`ConnectClient`, each method awaitable."""

    def __init__(
        self, client_id: str | None = None, client_secret: str | None = None, **options: Any
    ) -> None:
        super().__init__(client_id, client_secret, **options)
        wrapped = self._settings.transport or httpx.AsyncHTTPTransport(**self._settings.transport_args)
        self._http = AsyncHTTPClient(
            transport=AsyncConnectTransport(wrapped, self._routing), **self._httpx_kwargs()
        )
        self.api.set_async_httpx_client(self._http)
        self.orders = AsyncOrders(self)
        self.documents = AsyncDocuments(self)
        self.returns = AsyncReturns(self)
        self.carriers = AsyncCarriers(self)
        self.stores = AsyncStores(self)
        self.catalog = AsyncCatalog(self)
        self.taxonomy = AsyncTaxonomy(self)

    async def _run(self, plan: Plan[T]) -> T:
        return await arun(plan, self.api)

    async def close(self) -> None:
        """Close the connections (also done by ``async with``)."""
        await self._http.aclose()

    aclose = close

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
