"""ConnectClient and AsyncConnectClient: settings, auth, pacing and retries around the generated client.

    with mc.ConnectClient() as client:                    # credentials from MIRAKL_CONNECT_CLIENT_ID/_SECRET
        client.orders.update_action_status(action_id, "SUCCESS")
        upsert_orders.sync_detailed(client=client.api, body=...)   # generated functions, same wiring

    async with mc.AsyncConnectClient(environment=mc.environments.TEST) as client:
        await client.orders.update_action_status(action_id, "SUCCESS")

Both build the same pieces (see ``_config``): a :class:`~._auth.ClientCredentials` token source, a
:class:`~._transports.CallControl` (operation lookup, pacing, token, retries, deadline) and an httpx
client whose transport does all of that for each attempt; ``client.api`` is the generated
``AuthenticatedClient`` using it (see ``_api``). The settings are the arguments of
``_BaseClient.__init__``, which the twins inherit; each twin builds its httpx client and its
resources in ``_connect``.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx

from . import _config, environments
from ._api import AsyncHTTPClient, ConnectAPI, HTTPClient
from ._auth import ClientCredentials
from ._call import Plan, arun, run
from ._clock import Clock
from ._errors import ConfigurationError
from ._fleet import RedisStore
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
from ._transports import AsyncConnectTransport, CallControl, ConnectTransport

T = TypeVar("T")


class _BaseClient:
    """What the two clients share: settings, token source, call control and ``api``."""

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
        shared: RedisStore | None = None,
    ) -> None:
        """Build a client. Nothing is sent before the first call.

        A setting left to None comes from its environment variable, when set and not empty; the
        two URLs then from the environment (``environment=``, else ``MIRAKL_CONNECT_ENVIRONMENT``),
        and last from production. So: argument > variable > environment > production.

        Args:
            client_id: OAuth2 client id. Default: ``MIRAKL_CONNECT_CLIENT_ID``.
            client_secret: OAuth2 client secret; never logged nor shown. Default:
                ``MIRAKL_CONNECT_CLIENT_SECRET``.
            base_url: The API root, e.g. ``https://miraklconnect.com/api/channel-platform``.
                Default: ``MIRAKL_CONNECT_BASE_URL``, else the environment's.
            token_url: The OAuth2 token endpoint. Default: ``MIRAKL_CONNECT_TOKEN_URL``, else the
                environment's.
            environment: :data:`mc.environments.PRODUCTION` or :data:`~mc.environments.TEST`: the
                default URLs. Default: ``MIRAKL_CONNECT_ENVIRONMENT`` (``production`` or ``test``),
                else production.
            timeout: Seconds (a number > 0) or an ``httpx.Timeout`` for each attempt. Default: 30 s,
                10 s to connect; a document upload gets 120 s to send. Never "no timeout".
            retry: When and how often to try again (:class:`mc.RetryPolicy`);
                ``mc.RetryPolicy.disabled()`` sends each request once. Default: ``RetryPolicy()``.
            pacing: Keep each operation under its documented Call Frequency: True, False, or an
                :class:`mc.Pacing` (``max_wait``, ``rates``).
            allow_insecure_http: Allow plain ``http://`` URLs, to a loopback host only (a local
                sandbox).
            httpx_args: More ``httpx.Client`` arguments: ``proxy``, ``verify``, ``limits``,
                ``transport``, ``headers``, ``event_hooks``... (not ``base_url``, ``auth``,
                ``timeout``, ``follow_redirects``, ``mounts``).
            clock: Time source (:class:`mc.Clock`), for tests. Default: the system clock.
            shared: A :class:`mc.RedisStore` shared by the worker processes of a fleet on this
                credential: pacing windows and the token become the fleet's (the ``redis`` extra).
                Default: none, everything in this process.

        Raises:
            mc.ConfigurationError: A setting is missing or wrong; the message names it (or the
                environment variable it came from).
        """
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
        pacer = Pacer(settings.pacing, settings.clock) if settings.pacing else None
        if shared is not None and not isinstance(shared, RedisStore):
            raise ConfigurationError(f"shared must be a mc.RedisStore, not {type(shared).__name__}")
        if shared is not None:
            fleet = shared.for_client(
                settings.client_id, settings.client_secret, settings.token_url, settings.base_url
            )
            self.auth.fleet = fleet
            pacer = fleet.pacer(settings.pacing, settings.clock) if settings.pacing else None
        self._control = CallControl(
            base_url=settings.base_url,
            policy=settings.retry,
            pacer=pacer,
            clock=settings.clock,
            credentials=self.auth,
            timeout=settings.timeout,
            upload_write_timeout=_config.UPLOAD_WRITE_TIMEOUT,
        )
        self.api = ConnectAPI(base_url=settings.base_url)
        self._connect()

    def _connect(self) -> None:
        """Build the httpx client (given to ``self.api``) and the resource namespaces."""
        raise NotImplementedError

    @property
    def base_url(self) -> str:
        """The API root this client calls."""
        return self._settings.base_url

    @property
    def client_id(self) -> str:
        """The OAuth2 client id (the secret is never shown)."""
        return self._settings.client_id

    def _httpx_kwargs(self) -> dict[str, Any]:
        return {
            "base_url": self._settings.base_url,
            "timeout": self._settings.timeout,
            **self._settings.client_args,
        }

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, client_id={self.client_id!r})"


class ConnectClient(_BaseClient):
    """Blocking client of Mirakl Connect. Thread-safe: share one per process (tokens and pacing too).

        with mc.ConnectClient(environment=mc.environments.TEST) as client:
            result = client.orders.upsert({"channel_id": "acme", "channel_store_id": "s1"}, orders)

    The settings (``client_id``, ``client_secret``, ``base_url``, ``token_url``, ``environment``,
    ``timeout``, ``retry``, ``pacing``, ``allow_insecure_http``, ``httpx_args``, ``clock``,
    ``shared``) are described under ``__init__``.

    Attributes:
        orders (Orders): Orders, seller action outcomes (``report``), anonymization dates.
        documents (Documents): Order documents: upload, delete.
        returns (Returns): Returns.
        carriers (Carriers): The channel's carriers.
        stores (Stores): Store business information.
        catalog (Catalog): Catalog capabilities and store catalog item statuses.
        taxonomy (Taxonomy): Product types and taxonomy rules.
        api (ConnectAPI): The generated ``AuthenticatedClient``, for the ``mirakl_connect_api.api``
            functions, with the same token, pacing, retries and timeouts.
        auth (ClientCredentials): The token source (an ``httpx.Auth``).
    """

    def _connect(self) -> None:
        wrapped = self._settings.transport or httpx.HTTPTransport(**self._settings.transport_args)
        self._http = HTTPClient(transport=ConnectTransport(wrapped, self._control), **self._httpx_kwargs())
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
    """asyncio client of Mirakl Connect: the surface of :class:`ConnectClient`, each method awaited.

        async with mc.AsyncConnectClient(environment=mc.environments.TEST) as client:
            result = await client.orders.upsert({"channel_id": "acme", "channel_store_id": "s1"}, orders)

    The settings are those of :class:`ConnectClient` (see ``__init__``). Use it from one event loop.

    Attributes:
        orders (AsyncOrders), documents (AsyncDocuments), returns (AsyncReturns),
        carriers (AsyncCarriers), stores (AsyncStores), catalog (AsyncCatalog),
        taxonomy (AsyncTaxonomy): As on :class:`ConnectClient`; their methods are coroutines.
        api (ConnectAPI): The generated client, for the ``asyncio``/``asyncio_detailed`` functions.
        auth (ClientCredentials): The token source (an ``httpx.Auth``).
    """

    def _connect(self) -> None:
        wrapped = self._settings.transport or httpx.AsyncHTTPTransport(**self._settings.transport_args)
        self._http = AsyncHTTPClient(
            transport=AsyncConnectTransport(wrapped, self._control), **self._httpx_kwargs()
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
        """Awaited: close the connections (also done by ``async with``)."""
        await self._http.aclose()

    aclose = close

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
