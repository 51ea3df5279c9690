"""client.orders against the sandbox: bulk upserts with isolation, validation before sending,
action outcomes with idempotent replays, reports on events, anonymization dates."""

from __future__ import annotations

import datetime
from typing import Any

import mirakl_connect as mc
import pytest
from mirakl_connect_api.models import OrderActionEvent, OrderRequest, OriginRequest
from mirakl_connect_sandbox import Fault

from .fakes import FakeClock
from .support import ORIGIN, both, call, order, report


@both
def test_250_orders_take_3_calls(async_: bool, sb: Any, connect: Any) -> None:
    result = call(connect(async_=async_), "orders", "upsert", ORIGIN, [order(i) for i in range(250)])
    assert result.ok and len(result.accepted) == 250 and result.calls == 3
    assert sb.counters.by_operation["upsertOrders"] == 3 and len(sb.state.orders) == 250


@both
def test_3_bad_orders_in_100_are_isolated_and_97_stored(async_: bool, sb: Any, connect: Any) -> None:
    orders = [order(i) for i in range(100)]
    for i in (3, 50, 77):
        orders[i]["status"] = "NOT_A_STATUS"  # a value the client lets through (new values are allowed)
    result = call(connect(async_=async_), "orders", "upsert", ORIGIN, orders)
    assert len(sb.state.orders) == 97 and len(result.accepted) == 97
    assert [f.index for f in result.failed] == [3, 50, 77]
    for failure in result.failed:
        assert failure.item is orders[failure.index]
        assert isinstance(failure.error, mc.BadRequestError)
        assert [e.field for e in failure.error.errors] == ["orders[0].status"]
    assert not result.ok and result.not_sent == [] and result.calls <= 6


def test_isolation_by_halves_when_the_error_names_no_item(
    sb: Any, connect: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """k bad in n cost O(k log n) calls even when the server's error does not say which."""
    orders = [order(i) for i in range(64)]
    orders[10]["status"] = orders[40]["status"] = "NOT_A_STATUS"
    sb.faults.set([])
    client = connect()
    # strip the field paths from the 400s so that only bisection can find the bad orders
    original = mc.BadRequestError.__init__

    def nameless(self: Any, message: str, **kwargs: Any) -> None:
        kwargs["errors"] = []
        original(self, message, **kwargs)

    with monkeypatch.context() as patched:
        patched.setattr(mc.BadRequestError, "__init__", nameless)
        result = client.orders.upsert(ORIGIN, orders)
    assert [f.index for f in result.failed] == [10, 40] and len(result.accepted) == 62
    assert result.calls <= 2 * 2 * 6 + 1  # k * 2 * log2(n) + 1


def test_models_are_accepted_as_well_as_dicts(sb: Any, connect: Any) -> None:
    models = [OrderRequest.from_dict(order(i)) for i in range(3)]
    result = connect().orders.upsert(OriginRequest.from_dict(ORIGIN), models)
    assert result.ok and result.accepted == models and len(sb.state.orders) == 3


def test_bad_input_is_refused_before_anything_is_sent(sb: Any, connect: Any) -> None:
    client = connect()
    orders = [order(i) for i in range(5)]
    del orders[3]["order_lines"][0]["price"]["currency"]
    orders[1]["created_at"] = datetime.datetime(2026, 11, 2, 9, 0)  # naive
    orders[2]["channel_order_id"] = 42
    orders[4]["shipping_info"]["shipping_deadline"] = "2026-11-02T09:00:00"  # no offset
    with pytest.raises(mc.ValidationError) as raised:
        client.orders.upsert(ORIGIN, orders)
    assert [str(e) for e in raised.value.errors] == [
        "orders[1].created_at: naive date-time: give it a time zone (the API speaks UTC)",
    ]
    orders[1]["created_at"] = datetime.datetime(2026, 11, 2, 9, 0, tzinfo=datetime.UTC)
    with pytest.raises(mc.ValidationError) as raised:
        client.orders.upsert(ORIGIN, orders)
    assert [str(e) for e in raised.value.errors] == [
        "orders[2].channel_order_id: expected string",
        "orders[3].order_lines[0].price.currency: required",
        "orders[4].shipping_info.shipping_deadline: not an RFC 3339 date-time with a time zone, e.g. 2026-11-02T09:00:00Z",
    ]
    with pytest.raises(mc.ValidationError, match=r"origin\.channel_store_id: required"):
        client.orders.upsert({"channel_id": "acme"}, orders[:1])
    assert sb.counters.requests == 0  # not even a token request


def test_an_error_other_than_400_stops_the_run_and_reports_what_was_not_sent(sb: Any, connect: Any) -> None:
    sb.faults.set(
        [
            Fault.passthrough(operation="upsertOrders", times=1),
            Fault.status_code(404, operation="upsertOrders"),
        ]
    )
    orders = [order(i) for i in range(250)]
    result = connect().orders.upsert(ORIGIN, orders, concurrency=1)
    assert isinstance(result.error, mc.NotFoundError)
    assert len(result.accepted) == 100 and result.not_sent == orders[100:] and result.calls == 2
    assert not result.ok


def test_progress_is_reported_after_each_call(sb: Any, connect: Any) -> None:
    seen: list[mc.Progress] = []
    connect().orders.upsert(ORIGIN, [order(i) for i in range(250)], progress=seen.append, concurrency=1)
    assert [(p.done, p.total, p.calls) for p in seen] == [(100, 250, 1), (200, 250, 2), (250, 250, 3)]


@both
def test_action_status_success_and_failure(async_: bool, sb: Any, connect: Any) -> None:
    report(connect(async_=async_))
    errors = [{"code": "ORDER_IN_WRONG_STATE", "message": "already shipped"}]
    call(connect(async_=async_), "orders", "update_action_status", "a-2", "FAILED", errors)
    assert sb.state.actions["a-1"]["status"] == "SUCCESS"
    assert sb.state.actions["a-2"]["errors"] == errors
    with pytest.raises(mc.ValidationError, match="errors: required when status is FAILED"):
        call(connect(async_=async_), "orders", "update_action_status", "a-3", "FAILED")


@both
def test_action_already_final_after_a_replay_means_success(async_: bool, sb: Any, connect: Any) -> None:
    """The first attempt was processed but its answer lost: the replay's ACTION_ALREADY_FINAL is success."""
    sb.faults.set([Fault.disconnect(operation="updateActionStatus", after=True, times=1)])
    report(connect(async_=async_))
    assert sb.counters.by_operation["updateActionStatus"] == 2
    with pytest.raises(mc.BadRequestError) as raised:  # without a replay it is a real error
        report(connect(async_=async_))
    assert raised.value.code == "ACTION_ALREADY_FINAL"


@both
def test_report_on_events_and_ids(async_: bool, sb: Any, connect: Any) -> None:
    payload = {
        "id": "01J", "time": "2026-11-20T08:30:00Z", "type": "CANCEL",
        "data": {"action_id": "a-ev", "channel_id": "acme", "channel_order_id": "O-1", "channel_store_id": "s1", "cancelations": []},
    }  # fmt: skip
    call(connect(async_=async_), "orders", "report", OrderActionEvent.from_dict(payload))
    call(connect(async_=async_), "orders", "report", mc.events.parse({**payload, "data": {**payload["data"], "action_id": "a-raw"}}), errors=[{"code": "OTHER", "message": "no"}])  # fmt: skip
    call(connect(async_=async_), "orders", "report", "a-id")
    assert sb.state.actions["a-ev"]["status"] == "SUCCESS" and sb.state.actions["a-raw"]["status"] == "FAILED"
    assert sb.state.actions["a-id"]["status"] == "SUCCESS"
    with pytest.raises(mc.ValidationError, match="say what went wrong"):
        call(connect(async_=async_), "orders", "report", "a-x", ok=False)
    with pytest.raises(mc.ValidationError, match="no action_id"):
        call(connect(async_=async_), "orders", "report", {"id": "e", "type": "OFFER_UPSERT", "data": {}})


@both
def test_anonymize_batch_isolates_the_bad_items(
    async_: bool, sb: Any, connect: Any, clock: FakeClock
) -> None:
    call(connect(async_=async_), "orders", "upsert", ORIGIN, [order(i) for i in range(5)])
    future = datetime.datetime.fromtimestamp(clock.time() + 86400 * 30, tz=datetime.UTC)
    past = datetime.datetime.fromtimestamp(clock.time() - 86400, tz=datetime.UTC)
    items = [
        {"channel_id": "acme", "channel_order_id": f"O-{i}", "anonymize_after": future} for i in range(5)
    ]
    items[1]["channel_order_id"] = "UNKNOWN"
    items[3]["anonymize_after"] = past
    result = call(connect(async_=async_), "orders", "update_anonymize_after", items)
    assert [f.index for f in result.failed] == [1, 3] and len(result.accepted) == 3
    assert result.failed[0].error.errors[0].field == "orders[0].channel_order_id"
    assert sorted(k[1] for k in sb.state.anonymize_after) == ["O-0", "O-2", "O-4"]


def test_status_must_be_a_string(sb: Any, connect: Any) -> None:
    with pytest.raises(mc.ValidationError, match="status: expected a non-empty string"):
        connect().orders.update_action_status("a-1", None)  # type: ignore[arg-type]
    assert sb.counters.requests == 0
