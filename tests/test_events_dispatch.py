"""mc.events.Dispatcher and AsyncDispatcher against the sandbox: each handler's outcome reported
once (SUCCESS, FAILED with the handler's code, UNEXPECTED, ACTION_NOT_SUPPORTED), duplicates
dropped, facts unreported, transient report failures left for redelivery and handled again."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import mirakl_connect as mc
import pytest
from mirakl_connect.events import ActionFailed, Outcome, RetryLater
from mirakl_connect_api.models import OrderActionEvent, OrderShipmentCommandEvent
from mirakl_connect_sandbox import Fault

from .support import action, offer, status


class Twin:
    """Build and drive sync or async dispatchers; the async ones share one event loop."""

    def __init__(self, async_: bool, connect: Any) -> None:
        self.async_, self.connect = async_, connect
        self.loop = asyncio.new_event_loop() if async_ else None
        self.clients: list[Any] = []

    def dispatcher(self, **options: Any) -> Any:
        client = self.connect(async_=self.async_)
        self.clients.append(client)
        return (mc.events.AsyncDispatcher if self.async_ else mc.events.Dispatcher)(client, **options)

    def handle(self, dispatcher: Any, message: Any) -> mc.events.Result:
        if self.loop is None:
            return dispatcher.handle(message)  # type: ignore[no-any-return]
        return self.loop.run_until_complete(dispatcher.handle(message))  # type: ignore[no-any-return]

    def close(self) -> None:
        if self.loop is not None:
            for client in self.clients:
                self.loop.run_until_complete(client.close())
            self.loop.close()


@pytest.fixture(params=[False, True], ids=["sync", "async"])
def twin(request: pytest.FixtureRequest, connect: Any) -> Any:
    made = Twin(request.param, connect)
    yield made
    made.close()


def register(dispatcher: Any, calls: list[str]) -> None:
    @dispatcher.on("CREATE_SHIPMENT")
    def ship(event: OrderActionEvent) -> None:
        assert isinstance(event.data, OrderShipmentCommandEvent)
        calls.append(event.data.action_id)
        if event.data.channel_order_id == "O-2":
            raise ActionFailed("CARRIER_NOT_SUPPORTED", f"{event.data.carrier} does not serve this address")
        if event.data.channel_order_id == "O-3":
            raise KeyError("warehouse")

    async def cancel(event: OrderActionEvent) -> None:  # async handlers are awaited (AsyncDispatcher)
        calls.append(f"cancel {event.id}")

    dispatcher.on("CANCEL")(cancel if isinstance(dispatcher, mc.events.AsyncDispatcher) else calls.append)
    dispatcher.on("OFFER_UPSERT", "PRICE_STOCK_UPSERT")(lambda event: calls.append(event.data.product_id))


def test_outcomes_are_reported_once(
    twin: Twin, sb: Any, connect: Any, caplog: pytest.LogCaptureFixture
) -> None:
    calls: list[str] = []
    dispatcher = twin.dispatcher()
    register(dispatcher, calls)
    results = [
        twin.handle(dispatcher, m)
        for m in (action(1), action(2), action(3), action(1), action(4, "ACCEPT"), offer(5))
    ]
    assert [r.outcome for r in results] == [
        Outcome.REPORTED, Outcome.FAILED, Outcome.FAILED, Outcome.DUPLICATE, Outcome.FAILED, Outcome.HANDLED,
    ]  # fmt: skip
    assert status(sb, 1) == ("SUCCESS", [])
    assert status(sb, 2) == ("FAILED", ["CARRIER_NOT_SUPPORTED"])
    assert sb.state.actions["a-2"]["errors"][0]["message"] == "UPS does not serve this address"
    assert status(sb, 3) == ("FAILED", ["UNEXPECTED"])
    assert status(sb, 4) == ("FAILED", ["ACTION_NOT_SUPPORTED"])  # nobody handles ACCEPT
    assert calls == ["a-1", "a-2", "a-3", "P-5"]
    assert sb.counters.by_operation["updateActionStatus"] == 4
    # the unexpected error is logged with its traceback; the seller sees only its kind
    (record,) = [r for r in caplog.records if r.exc_info and r.name == "mirakl_connect"]
    assert "ev-3" in record.getMessage() and isinstance(record.exc_info[1], KeyError)  # type: ignore[index]
    assert sb.state.actions["a-3"]["errors"][0]["message"] == "the connector failed unexpectedly (KeyError)"
    assert results[1].errors[0].code == "CARRIER_NOT_SUPPORTED" and isinstance(results[2].error, KeyError)
    assert all(r.done for r in results) and results[0].event_id == "ev-1"


def test_unhandled_actions_fail_or_are_ignored_or_go_to_a_fallback(twin: Twin, sb: Any, connect: Any) -> None:
    ignoring = twin.dispatcher(unhandled="ignore")
    assert twin.handle(ignoring, action(1)).outcome is Outcome.IGNORED
    assert twin.handle(ignoring, offer(1)).outcome is Outcome.IGNORED
    seen: list[str] = []
    fallback = twin.dispatcher(unhandled=lambda event: seen.append(mc.events.kind_of(event)))
    assert twin.handle(fallback, action(2, "SPLIT_ORDER")).outcome is Outcome.REPORTED  # a newer action type
    assert (
        twin.handle(fallback, json.dumps({"id": "x", "type": "CARRIER_DELETED"})).outcome is Outcome.HANDLED
    )
    assert seen == ["SPLIT_ORDER", "CARRIER_DELETED"]
    assert status(sb, 1) is None and status(sb, 2) == ("SUCCESS", [])
    with pytest.raises(mc.ConfigurationError, match="unhandled: 'fail', 'ignore' or a handler"):
        mc.events.Dispatcher(connect(), unhandled="drop")  # type: ignore[arg-type]


def test_poison_is_returned_not_raised(twin: Twin, connect: Any) -> None:
    dispatcher = twin.dispatcher()
    result = twin.handle(
        dispatcher, b'{"id": "p", "time": "2026-11-20T08:30:00Z", "type": "CANCEL", "data": {}}'
    )
    assert result.outcome is Outcome.POISON and not result.done
    assert isinstance(result.error, mc.events.EventParseError) and result.error.raw.startswith(b'{"id": "p"')


def test_a_transient_report_failure_is_left_for_redelivery_then_handled(
    twin: Twin, sb: Any, connect: Any
) -> None:
    calls: list[str] = []
    dispatcher = twin.dispatcher()
    register(dispatcher, calls)
    sb.faults.set(
        [Fault.status_code(503, operation="updateActionStatus", times=5)]
    )  # all the client's attempts
    first = twin.handle(dispatcher, action(1))
    assert first.outcome is Outcome.RETRY and not first.done and isinstance(first.error, mc.ServerError)
    assert status(sb, 1) is None
    second = twin.handle(dispatcher, action(1))  # the redelivery: not a duplicate, handled again, reported
    assert second.outcome is Outcome.REPORTED and status(sb, 1) == ("SUCCESS", [])
    assert calls == ["a-1", "a-1"]
    assert twin.handle(dispatcher, action(1)).outcome is Outcome.DUPLICATE


def test_an_action_reported_by_an_earlier_delivery_counts_as_reported(
    twin: Twin, sb: Any, connect: Any
) -> None:
    """The report landed but its answer was lost, and the message came back: ACTION_ALREADY_FINAL."""
    dispatcher = twin.dispatcher(unhandled=lambda event: None)
    sb.faults.set([Fault.disconnect(operation="updateActionStatus", after=True, times=1)])
    assert twin.handle(dispatcher, action(1)).outcome is Outcome.REPORTED  # the client's replay saw it final
    restarted = twin.dispatcher(unhandled=lambda event: None)  # a new process: no memory of ev-1
    again = twin.handle(restarted, action(1))
    assert again.outcome is Outcome.REPORTED and again.already_final and again.done
    assert status(sb, 1) == ("SUCCESS", []) and sb.counters.by_operation["updateActionStatus"] == 3


def test_retry_later_and_refused_reports(twin: Twin, sb: Any, connect: Any) -> None:
    dispatcher = twin.dispatcher()
    attempts: list[int] = []

    @dispatcher.on("CREATE_SHIPMENT")
    def ship(event: OrderActionEvent) -> None:
        attempts.append(1)
        if len(attempts) == 1:
            raise RetryLater("channel down")

    assert twin.handle(dispatcher, action(1)).outcome is Outcome.RETRY and status(sb, 1) is None
    assert twin.handle(dispatcher, action(1)).outcome is Outcome.REPORTED and len(attempts) == 2
    sb.faults.set(
        [
            Fault.respond(
                404,
                {"code": "NOT_FOUND", "message": "Unknown or expired action"},
                operation="updateActionStatus",
                times=1,
            )
        ]
    )
    refused = twin.handle(dispatcher, action(2))
    assert refused.outcome is Outcome.REFUSED and refused.done and isinstance(refused.error, mc.NotFoundError)


def test_a_failing_fact_handler_is_left_for_redelivery(
    connect: Any, caplog: pytest.LogCaptureFixture
) -> None:
    dispatcher = mc.events.Dispatcher(connect())
    dispatcher.on("OFFER_UPSERT")(lambda event: 1 / 0)
    caplog.set_level(logging.ERROR, "mirakl_connect")
    result = dispatcher.handle(offer(1))
    assert result.outcome is Outcome.RETRY and isinstance(result.error, ZeroDivisionError)
    assert dispatcher.dedupe.first_time("offer-1")  # forgotten: the redelivery will be handled
    dispatcher.on("OFFER_UPSERT")(lambda event: (_ for _ in ()).throw(ActionFailed("OTHER", "no")))
    assert dispatcher.handle(offer(2)).outcome is Outcome.FAILED  # a fact: nothing to report


def test_an_injected_dedupe_store_is_used(connect: Any) -> None:
    class Store:
        def __init__(self) -> None:
            self.seen: set[str] = set()
            self.forgotten: list[str] = []

        def first_time(self, event_id: str) -> bool:
            new = event_id not in self.seen
            self.seen.add(event_id)
            return new

        def forget(self, event_id: str) -> None:
            self.forgotten.append(event_id)
            self.seen.discard(event_id)

    store = Store()
    dispatcher = mc.events.Dispatcher(connect(), dedupe=store, unhandled="ignore")
    dispatcher.on("OFFER_UPSERT")(lambda event: (_ for _ in ()).throw(RetryLater()))
    assert dispatcher.handle(action(1)).outcome is Outcome.IGNORED
    assert dispatcher.handle(action(1)).outcome is Outcome.DUPLICATE
    assert dispatcher.handle(offer(1)).outcome is Outcome.RETRY
    assert store.seen == {"ev-1"} and store.forgotten == ["offer-1"]
    with pytest.raises(mc.ConfigurationError, match=r"on\(\): give one or more action types"):
        dispatcher.on()
    with pytest.raises(mc.ValidationError, match="invalid ActionFailed: code: an ActionErrorCode"):
        ActionFailed("", "no code")
    with pytest.raises(mc.ValidationError, match="invalid ActionFailed: message: a string, not int"):
        ActionFailed("ORDER_IN_WRONG_STATE", 404)  # type: ignore[arg-type]
