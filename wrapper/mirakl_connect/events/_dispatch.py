"""Route each event to its handler and report the outcome of order actions to Connect.

    dispatcher = mc.events.Dispatcher(client)            # AsyncDispatcher(async_client): same, awaited

    @dispatcher.on("CREATE_SHIPMENT")
    def ship(event: OrderActionEvent) -> None:
        channel.ship(event.data.channel_order_id, event.data.carrier, event.data.tracking_number)

    dispatcher.on("OFFER_UPSERT", "PRICE_STOCK_UPSERT")(push_offer)

    result = dispatcher.handle(message_body)             # -> Result: .outcome, .done, .error

For an order action the handler's return reports SUCCESS; :class:`ActionFailed` reports FAILED
with its code; any other exception reports FAILED ``UNEXPECTED`` (logged with its traceback on
``mirakl_connect``); :class:`RetryLater` reports nothing. An action nobody handles is reported
FAILED ``ACTION_NOT_SUPPORTED`` (``unhandled="fail"``), left alone (``"ignore"``), or given to a
fallback handler (``unhandled=callable``). Facts (catalog, store events) need no report.

Duplicates (same envelope ``id``) are dropped by ``dedupe`` (a :class:`DedupeStore`); an id
whose handling ends in RETRY is forgotten so that the redelivery is handled. A report that finds
the action already final (``ACTION_ALREADY_FINAL``: an earlier delivery reported it) counts as
reported. ``handle`` never raises for a message: everything ends in a :class:`Result`.

Both twins run one core (``_Core.steps``), a generator that yields the two things that block —
run the handler, send the report — and receives their results or exceptions (driven by
:class:`~._steps.Steps`).
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, Literal, TypeVar

from mirakl_connect_api.models import ActionError, ActionErrorCode, OrderActionEvent

from .._errors import (
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConnectError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TransportError,
)
from ._dedupe import DedupeStore, Deduplicator
from ._outcome import ActionFailed, Outcome, Result, RetryLater
from ._parse import Body, Event, EventParseError, UnknownEvent, id_of, kind_of, parse
from ._steps import Steps

if TYPE_CHECKING:
    from .._client import AsyncConnectClient, ConnectClient

logger = logging.getLogger("mirakl_connect")

Handler = Callable[..., object]
"""A handler: called with the parsed event; for :class:`AsyncDispatcher` it may be ``async``."""
H = TypeVar("H", bound=Handler)
Unhandled = Literal["fail", "ignore"] | Handler

# Report failures that a later attempt may get through: leave the message for redelivery.
_TRANSIENT = (TransportError, ServerError, RateLimitError, AuthenticationError, PermissionDeniedError)


@dataclass(frozen=True)
class _Run:
    handler: Handler
    event: Event | UnknownEvent


@dataclass(frozen=True)
class _Report:
    event: OrderActionEvent
    errors: list[ActionError] | None


_Step = _Run | _Report
Deciding = Generator[_Step, object, Result]  # the core: yields steps, returns the result


class _Core:
    """What both twins share: handlers, dedupe, and the decisions of :meth:`steps`."""

    def __init__(self, dedupe: DedupeStore | None, unhandled: Unhandled) -> None:
        if not callable(unhandled) and unhandled not in ("fail", "ignore"):
            raise ConfigurationError(f"unhandled: 'fail', 'ignore' or a handler, not {unhandled!r}")
        self.dedupe: DedupeStore = dedupe if dedupe is not None else Deduplicator()
        self.unhandled = unhandled
        self.handlers: dict[str, Handler] = {}

    def on(self, *kinds: str) -> Callable[[H], H]:
        """Register the decorated function for these action types or event kinds."""
        if not kinds or not all(isinstance(kind, str) and kind for kind in kinds):
            raise ConfigurationError(
                "on(): give one or more action types or event kinds, e.g. on('CREATE_SHIPMENT')"
            )

        def register(handler: H) -> H:
            for kind in kinds:
                self.handlers[str(kind)] = handler
            return handler

        return register

    def steps(self, body: Body) -> Deciding:
        try:
            event = parse(body)
        except EventParseError as error:
            return Result(Outcome.POISON, error=error)
        event_id = id_of(event)
        if event_id is not None and not self.dedupe.first_time(event_id):
            logger.info("event %s (%s): already taken on, dropped", event_id, kind_of(event))
            return Result(Outcome.DUPLICATE, event)
        try:
            result = yield from self._handle(event)
        except BaseException:  # the consumer is going down (KeyboardInterrupt...): let it be redelivered
            if event_id is not None:
                self.dedupe.forget(event_id)
            raise
        if result.outcome is Outcome.RETRY and event_id is not None:
            self.dedupe.forget(event_id)
        return result

    def _handler(self, event: Event | UnknownEvent) -> Handler | None:
        handler = self.handlers.get(kind_of(event))
        if handler is None and callable(self.unhandled):
            return self.unhandled
        return handler

    def _handle(self, event: Event | UnknownEvent) -> Deciding:
        action = isinstance(event, OrderActionEvent)
        handler = self._handler(event)
        if handler is None:
            if action and self.unhandled == "fail":
                message = f"this connector does not handle {kind_of(event)} actions"
                errors = [ActionError(code=ActionErrorCode.ACTION_NOT_SUPPORTED, message=message)]
                return (yield from self._report(event, errors))
            return Result(Outcome.IGNORED, event)
        try:
            yield _Run(handler, event)
        except Exception as error:
            settled = self._failure(event, error)
            if isinstance(settled, Result):
                return settled
            return (yield from self._report(event, settled, error))
        if isinstance(event, OrderActionEvent):
            return (yield from self._report(event, None))
        return Result(Outcome.HANDLED, event)

    def _failure(self, event: Event | UnknownEvent, error: Exception) -> Result | list[ActionError]:
        """What a handler's exception means: a settled result, or the errors to report FAILED with."""
        where = f"event {event.id} ({kind_of(event)})"
        action = isinstance(event, OrderActionEvent)
        if isinstance(error, RetryLater):
            logger.info("%s: handler asks to retry later: %s", where, error)
            return Result(Outcome.RETRY, event, error)
        if isinstance(error, ActionFailed):
            if action:
                return error.errors
            logger.warning("%s: %s (a fact: nothing to report)", where, error)
            return Result(Outcome.FAILED, event, error)
        if not action:  # nobody would hear of it: leave it to redelivery (and the queue's DLQ)
            logger.exception("%s: handler failed; left for redelivery", where)
            return Result(Outcome.RETRY, event, error)
        logger.exception("%s: handler failed; reporting UNEXPECTED", where)
        message = f"the connector failed unexpectedly ({type(error).__name__})"
        return [ActionError(code=ActionErrorCode.UNEXPECTED, message=message)]

    def _report(
        self, event: Event | UnknownEvent, errors: list[ActionError] | None, cause: Exception | None = None
    ) -> Deciding:
        assert isinstance(event, OrderActionEvent)
        outcome = Outcome.FAILED if errors else Outcome.REPORTED
        kept = tuple(errors or ())
        where = f"event {event.id} ({event.type_})"
        try:
            yield _Report(event, errors)
        except BadRequestError as error:
            if error.code == "ACTION_ALREADY_FINAL":
                logger.info("%s: action already final; counted as reported", where)
                return Result(outcome, event, cause, kept, already_final=True)
            logger.error("%s: report refused: %s", where, error)  # noqa: TRY400 - the API's answer says all
            return Result(Outcome.REFUSED, event, error, kept)
        except _TRANSIENT as error:
            logger.warning("%s: report not sent, left for redelivery: %s", where, error)
            return Result(Outcome.RETRY, event, error, kept)
        except ConnectError as error:  # 404 (unknown or expired action), a refused error message...
            logger.error("%s: report refused: %s", where, error)  # noqa: TRY400 - as above
            return Result(Outcome.REFUSED, event, error, kept)
        except Exception as error:
            logger.exception("%s: report failed; left for redelivery", where)
            return Result(Outcome.RETRY, event, error, kept)
        return Result(outcome, event, cause, kept)


C = TypeVar("C", "ConnectClient", "AsyncConnectClient")


class _Dispatching(Generic[C]):
    """What both dispatchers are: a client to report with, and the core (handlers, dedupe)."""

    def __init__(
        self, client: C, *, dedupe: DedupeStore | None = None, unhandled: Unhandled = "fail"
    ) -> None:
        self.client: C = client
        self._core = _Core(dedupe, unhandled)
        self.dedupe = self._core.dedupe

    def on(self, *kinds: str) -> Callable[[H], H]:
        """``@dispatcher.on("CREATE_SHIPMENT")``, or ``dispatcher.on("OFFER_UPSERT")(fn)``."""
        return self._core.on(*kinds)

    @property
    def handlers(self) -> dict[str, Handler]:
        return self._core.handlers


class Dispatcher(_Dispatching["ConnectClient"]):
    """Parse, de-duplicate, handle and report, for a :class:`~mirakl_connect.ConnectClient`.

    Args:
        client: reports go through ``client.orders.report``.
        dedupe: a :class:`DedupeStore`; default an in-process :class:`Deduplicator`.
        unhandled: for an order action without a handler: ``"fail"`` (report FAILED
            ``ACTION_NOT_SUPPORTED``), ``"ignore"`` (report nothing), or a fallback handler (also
            given facts and unknown events nobody handles).
    """

    def _run(self, step: _Step) -> object:
        if isinstance(step, _Run):
            return step.handler(step.event)
        self.client.orders.report(step.event, errors=step.errors)
        return None

    def handle(self, message: Body) -> Result:
        """Handle one queue message (bytes, str or decoded mapping); never raises for a bad one."""
        for step in (steps := Steps(self._core.steps(message))):
            with steps.replying():
                steps.reply(self._run(step))
        return steps.result


class AsyncDispatcher(_Dispatching["AsyncConnectClient"]):
    """:class:`Dispatcher` for an :class:`~mirakl_connect.AsyncConnectClient`: ``await handle(...)``.

    Handlers may be ``async def`` (awaited) or plain functions (called in the event loop: keep
    them quick, or hand blocking work to ``asyncio.to_thread``).
    """

    async def _run(self, step: _Step) -> object:
        if isinstance(step, _Run):
            value = step.handler(step.event)
            return await value if inspect.isawaitable(value) else value
        await self.client.orders.report(step.event, errors=step.errors)
        return None

    async def handle(self, message: Body) -> Result:
        for step in (steps := Steps(self._core.steps(message))):
            with steps.replying():
                steps.reply(await self._run(step))
        return steps.result
