"""The sandbox itself: a local Channel Platform API on 127.0.0.1, started and stopped from Python.

>>> import mirakl_connect as mc
>>> with Sandbox(faults=[Fault.status_code(503, times=1, operation="updateActionStatus")]) as sb:
...     with mc.ConnectClient(client_id=sb.client_id, client_secret=sb.client_secret,
...                           base_url=sb.base_url, token_url=sb.token_url,
...                           allow_insecure_http=True, retry=mc.RetryPolicy(backoff=0.01)) as client:
...         client.orders.update_action_status("A-1", "SUCCESS")  # a 503, then retried
...     sb.counters.faults, sb.state.actions
(Counter({503: 1}), {'A-1': {'status': 'SUCCESS', 'errors': []}})
"""

from __future__ import annotations

import errno
import logging
import secrets
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from types import TracebackType

from mirakl_connect.events import MemorySource
from mirakl_connect.spec import Rate

from ._dispatch import TOKEN_PATH, Dispatcher
from ._errors import LifecycleError
from ._events import EventPublisher
from ._faults import EventFault, Fault, FaultInjector
from ._operations import Operations
from ._ratelimit import RateLimiter, limits_for
from ._server import HttpServer
from ._sinks import EventSink
from ._state import Counters, SandboxState
from ._tokens import TokenIssuer
from ._validation import BASE_PATH

logger = logging.getLogger("mirakl_connect_sandbox")


class Sandbox:
    """A fake Mirakl Connect Channel Platform API: ``with Sandbox(...) as sb:`` (or start/stop).

    Args:
        seed: seeds the random draws: faults with a ``probability``, and the choices of
            :attr:`events` (orders, lines, numbers, ids) and of its event faults.
        faults: the initial fault list (see :class:`Fault`); change it any time via :attr:`faults`.
        rate_limits: ``True`` for the spec's documented maxima, ``False`` for none, or
            ``{operationId: Rate | None}`` overriding some operations (the others keep the maximum).
        token_ttl: access token lifetime, in seconds of ``clock``.
        client_id, client_secret: the one accepted client; random when not given.
        port: 0 picks a free port.
        clock: wall-clock seconds (default ``time.time``) for token expiry, rate limits and dates.
        require_known_actions: updateActionStatus answers 404 for an action id not declared with
            ``sb.state.add_action`` or emitted by ``sb.events`` (by default any id is accepted once).
        event_sink: where :attr:`events` publishes: None for an in-memory queue
            (``sb.events.source``), a JSONL file path, an SQS queue URL (the ``sqs`` extra), a
            ``mirakl_connect.events.MemorySource`` or an ``EventSink``.
        auto_events: action types emitted for each order upsertOrders stores for the first time:
            True for ACCEPT then CREATE_SHIPMENT, a list of types, or False (default) for none.
        event_faults: the initial event faults (:class:`EventFault`): duplicates, reordering.

    Attributes:
        state, counters, faults: what it stores, what it counted, the HTTP faults to inject.
        events: the :class:`EventPublisher` of seller actions: ``sb.events.emit("ACCEPT")``.
    """

    def __init__(
        self,
        *,
        seed: int | None = 0,
        faults: Iterable[Fault] | None = None,
        rate_limits: bool | Mapping[str, Rate | None] = True,
        token_ttl: float = 3599,
        client_id: str | None = None,
        client_secret: str | None = None,
        port: int = 0,
        clock: Callable[[], float] | None = None,
        require_known_actions: bool = False,
        host: str = "127.0.0.1",
        event_sink: EventSink | MemorySource | str | Path | None = None,
        auto_events: bool | str | Iterable[str] = False,
        event_faults: Iterable[EventFault] | None = None,
    ) -> None:
        self.client_id = client_id or f"sandbox-{secrets.token_hex(4)}"
        self.client_secret = client_secret or secrets.token_urlsafe(32)
        self.clock: Callable[[], float] = clock or time.time
        self.state = SandboxState()
        self.counters = Counters()
        self.faults = FaultInjector(faults or (), seed=seed)
        self.rate_limits: dict[str, Rate] = limits_for(rate_limits)
        self.require_known_actions = require_known_actions
        self.events = EventPublisher(
            self.state,
            self.counters,
            seed=seed,
            clock=self.clock,
            sink=event_sink,
            faults=event_faults or (),
            auto=auto_events,
            host_url=self._host_url,
        )
        self._tokens = TokenIssuer(self.client_id, self.client_secret, ttl=token_ttl, clock=self.clock)
        self._host = host
        self._port = port
        self._server: HttpServer | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()

    def __repr__(self) -> str:
        where = self.base_url if self._server else "stopped"
        return f"<Sandbox {where} client_id={self.client_id!r}>"

    # -- lifecycle --------------------------------------------------------------------------------

    def start(self) -> Sandbox:
        """Listen and serve in a background thread; returns self."""
        if self._server is not None:
            raise LifecycleError("the sandbox is already running")
        self._stopping.clear()
        try:
            server = HttpServer((self._host, self._port))
        except OSError as error:
            reason = "it is already in use" if error.errno == errno.EADDRINUSE else error.strerror
            where = f"{self._host} port {self._port}"
            raise OSError(error.errno, f"cannot listen on {where}: {reason or error}") from None
        try:
            server.app = Dispatcher(
                f"http://{self._host}:{server.server_address[1]}",
                tokens=self._tokens,
                faults=self.faults,
                limiter=RateLimiter(self.rate_limits, clock=self.clock),
                operations=Operations(
                    self.state,
                    clock=self.clock,
                    require_known_actions=self.require_known_actions,
                    on_new_orders=self.events.orders_stored,
                ),
                counters=self.counters,
                stopping=self._stopping,
                downloads=self.events.download,
            )
        except BaseException:
            server.server_close()
            raise
        self._server = server
        self._thread = threading.Thread(target=server.serve, name="mirakl-sandbox", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, close every connection; idempotent."""
        server, thread = self._server, self._thread
        if server is None:
            return
        self._stopping.set()  # cuts "delay" faults short
        server.close()
        if thread is not None:
            thread.join()
        server.server_close()
        self._server = self._thread = None
        try:
            self.events.close()  # what a reorder fault holds back is delivered; a file sink is closed
        except Exception:
            logger.exception("sandbox: could not deliver the events held back")

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- addresses, tokens ----------------------------------------------------------------------------

    @property
    def port(self) -> int:
        if self._server is None:
            raise LifecycleError("the sandbox is not running; use `with Sandbox(...) as sb:` or call start()")
        return int(self._server.server_address[1])

    def _host_url(self) -> str | None:
        server = self._server
        return None if server is None else f"http://{self._host}:{server.server_address[1]}"

    @property
    def base_url(self) -> str:
        """The API's server URL; the spec's paths are relative to it."""
        return f"http://{self._host}:{self.port}{BASE_PATH}"

    @property
    def token_url(self) -> str:
        return f"http://{self._host}:{self.port}{TOKEN_PATH}"

    @property
    def token_ttl(self) -> float:
        return self._tokens.ttl

    def revoke_tokens(self) -> None:
        """Invalidate every token issued so far: their next use gets 401."""
        self._tokens.revoke_all()
