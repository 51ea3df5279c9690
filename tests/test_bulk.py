"""Bulk sends keep several batches in flight, and still account for every item.

The overlap is shown without timing: a transport between the client and the sandbox holds the
first calls at a barrier that only opens when they are all in flight at once.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx
import mirakl_connect as mc
import pytest
from mirakl_connect._bulk import concurrency_for
from mirakl_connect_sandbox import Fault

from .support import ORIGIN, both, call, order


class HeldTransport(httpx.HTTPTransport):
    """Holds the first ``parties`` upsertOrders calls until all of them have arrived."""

    def __init__(self, parties: int) -> None:
        super().__init__()
        self.barrier = threading.Barrier(parties, timeout=10)
        self.released = False
        self.lock, self.in_flight, self.most = threading.Lock(), 0, 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/v1/orders"):
            with self.lock:
                self.in_flight += 1
                self.most = max(self.most, self.in_flight)
            try:
                if not self.released:
                    self.barrier.wait()
                    self.released = True
                return super().handle_request(request)
            finally:
                with self.lock:
                    self.in_flight -= 1
        return super().handle_request(request)


class AsyncHeldTransport(httpx.AsyncHTTPTransport):
    """The asyncio twin of :class:`HeldTransport`."""

    def __init__(self, parties: int) -> None:
        super().__init__()
        self.barrier = asyncio.Barrier(parties)
        self.released, self.in_flight, self.most = False, 0, 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/v1/orders"):
            self.in_flight += 1
            self.most = max(self.most, self.in_flight)
            try:
                if not self.released:
                    await asyncio.wait_for(self.barrier.wait(), 10)
                    self.released = True
                return await super().handle_async_request(request)
            finally:
                self.in_flight -= 1
        return await super().handle_async_request(request)


@both
def test_batches_are_sent_concurrently(async_: bool, sb: Any, connect: Any) -> None:
    held = AsyncHeldTransport(4) if async_ else HeldTransport(4)
    orders = [order(i) for i in range(1000)]
    result = call(
        connect(async_=async_, httpx_args={"transport": held}),
        "orders",
        "upsert",
        ORIGIN,
        orders,
        concurrency=4,
    )
    assert result.ok and result.calls == 10 and len(sb.state.orders) == 1000
    assert held.most == 4  # the first 4 met at the barrier: in flight together, and never more
    assert result.accepted == orders  # reported in the input order, whatever order the answers came in


@both
def test_isolation_and_accounting_hold_with_batches_in_flight(async_: bool, sb: Any, connect: Any) -> None:
    orders = [order(i) for i in range(1000)]
    bad = [5, 333, 334, 999]
    for i in bad:
        orders[i]["status"] = "NOT_A_STATUS"
    seen: list[mc.Progress] = []
    result = call(
        connect(async_=async_), "orders", "upsert", ORIGIN, orders, progress=seen.append, concurrency=8
    )
    assert [f.index for f in result.failed] == bad
    assert len(result.accepted) == 996 and len(sb.state.orders) == 996 and result.not_sent == []
    assert seen[-1].done == seen[-1].total == 1000 and len(seen) == result.calls


@both
def test_a_stop_with_batches_in_flight_reports_every_item(async_: bool, sb: Any, connect: Any) -> None:
    """The first non-400 error stops the run; the batches in flight still land or are reported."""
    sb.faults.set(
        [
            Fault.passthrough(operation="upsertOrders", times=2),
            Fault.status_code(503, operation="upsertOrders", times=1),
        ]
    )
    orders = [order(i) for i in range(2000)]
    client = connect(async_=async_, retry=mc.RetryPolicy.disabled())
    result = call(client, "orders", "upsert", ORIGIN, orders, concurrency=4)
    assert isinstance(result.error, mc.ServerError) and not result.ok
    assert len(result.not_sent) >= 100 and len(result.accepted) >= 200
    assert result.calls < 20  # nothing new starts after the error
    assert len(result.accepted) + len(result.not_sent) == 2000
    assert result.not_sent == sorted(result.not_sent, key=orders.index)  # in input order
    assert len(sb.state.orders) == len(result.accepted)


@both
def test_a_network_failure_after_retries_reports_what_was_not_sent(
    async_: bool, sb: Any, connect: Any
) -> None:
    sb.faults.set(
        [Fault.passthrough(operation="upsertOrders", times=1), Fault.disconnect(operation="upsertOrders")]
    )
    orders = [order(i) for i in range(250)]
    client = connect(async_=async_, retry=mc.RetryPolicy(max_attempts=2, jitter=False))
    result = call(client, "orders", "upsert", ORIGIN, orders, concurrency=1)
    assert isinstance(result.error, mc.TransportError)
    assert result.accepted == orders[:100] and result.not_sent == orders[100:]


def test_concurrency_defaults_to_8_and_never_exceeds_the_rate() -> None:
    assert concurrency_for("upsertOrders") == 8
    assert concurrency_for("upsertOrders", 1) == 1
    assert concurrency_for("upsertOrders", 100) == 30  # 30 a second
    assert concurrency_for("upsertReturns", 4) == concurrency_for("upsertReturns") == 1  # 1 a minute
    for wrong in (0, -1, True, 2.5, "2"):
        with pytest.raises(ValueError, match="concurrency"):
            concurrency_for("upsertOrders", wrong)  # type: ignore[arg-type]


def test_a_wrong_concurrency_is_refused_before_sending(sb: Any, connect: Any) -> None:
    with pytest.raises(ValueError, match="concurrency"):
        connect().orders.upsert(ORIGIN, [order(0)], concurrency=0)
    assert sb.counters.by_operation.get("upsertOrders", 0) == 0


@both
def test_calls_held_by_the_server_never_draw_a_429(async_: bool, sb: Any, connect: Any) -> None:
    """Pacing counts a call until its answer: however late the server counts it, no 429."""
    sb.faults.set([Fault.slow(0.02, operation="upsertOrders", probability=0.5)])
    orders = [order(i) for i in range(6000)]
    result = call(connect(async_=async_, retry=mc.RetryPolicy.disabled()), "orders", "upsert", ORIGIN, orders)
    assert result.ok and result.calls == 60
    assert sb.counters.rate_limited == 0 and len(sb.state.orders) == 6000
