"""Rate limits: the spec's maxima by default, sliding windows on the injected clock, 429 + Retry-After."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from mirakl_connect.spec import operations
from mirakl_connect_sandbox import Rate, Sandbox
from mirakl_connect_sandbox._samples import ORIGIN, order

from ..fakes import FakeClock
from .conftest import bearer, client, get_token

CARRIERS = {"carriers": [{"channel_carrier_id": "UPS", "name": "UPS"}]}
ONE_ORDER = {"origin": ORIGIN, "orders": [order("A")]}


@contextmanager
def limited(clock: FakeClock, **kw: Any) -> Iterator[tuple[Sandbox, httpx.Client]]:
    with Sandbox(clock=clock, **kw) as sandbox, client(base_url=sandbox.base_url) as api:
        api.headers.update(bearer(get_token(sandbox, api)))
        yield sandbox, api


def test_override_rate_gives_429_with_retry_after(clock: FakeClock) -> None:
    with limited(clock, rate_limits={"upsertOrders": Rate(2, 1.0)}) as (sandbox, api):
        assert api.post("/v1/orders", json=ONE_ORDER).status_code == 204
        clock.advance(0.3)
        assert api.post("/v1/orders", json=ONE_ORDER).status_code == 204
        refused = api.post("/v1/orders", json=ONE_ORDER)
        assert refused.status_code == 429
        assert refused.headers["retry-after"] == "1"
        assert refused.json()["code"] == "TOO_MANY_REQUESTS"
        assert sandbox.counters.rate_limited == 1
        assert sandbox.counters.rejected == 0
        clock.advance(0.7)  # the first call leaves the window
        assert api.post("/v1/orders", json=ONE_ORDER).status_code == 204
        assert api.post("/v1/orders", json=ONE_ORDER).status_code == 429
        clock.advance(0.3)
        assert api.post("/v1/orders", json=ONE_ORDER).status_code == 204
        # Other operations keep their documented maximum (1 per hour here).
        assert api.post("/v1/orders/channels/C1/carriers", json=CARRIERS).status_code == 204


def test_refused_calls_do_not_count(clock: FakeClock) -> None:
    with limited(clock, rate_limits={"upsertOrders": Rate(1, 1.0)}) as (sandbox, api):
        assert api.post("/v1/orders", json=ONE_ORDER).status_code == 204
        for _ in range(5):
            clock.advance(0.19)
            assert api.post("/v1/orders", json=ONE_ORDER).status_code == 429
        clock.advance(0.05)  # 1.0 s after the only accepted call
        assert api.post("/v1/orders", json=ONE_ORDER).status_code == 204
        assert sandbox.counters.rate_limited == 5


def test_documented_limit_of_the_spec_applies_by_default(clock: FakeClock) -> None:
    assert operations()["upsertCarriers"].max_rate == Rate(1, 3600.0)
    with limited(clock) as (sandbox, api):
        assert api.post("/v1/orders/channels/C1/carriers", json=CARRIERS).status_code == 204
        clock.advance(600)
        refused = api.post("/v1/orders/channels/C1/carriers", json=CARRIERS)
        assert refused.status_code == 429
        assert refused.headers["retry-after"] == "3000"
        assert sandbox.rate_limits["upsertCarriers"] == Rate(1, 3600.0)
        assert "updateActionStatus" not in sandbox.rate_limits  # "once per action": not numeric
        for index in range(20):
            assert api.put(f"/v1/orders/actions/A{index}", json={"status": "SUCCESS"}).status_code == 204


def test_calls_evenly_spaced_at_the_documented_rate_always_pass(clock: FakeClock) -> None:
    rate = operations()["upsertOrders"].max_rate
    assert rate is not None
    with limited(clock) as (sandbox, api):
        for _ in range(3 * rate.calls):
            assert api.post("/v1/orders", json=ONE_ORDER).status_code == 204
            clock.advance(rate.interval)
        assert sandbox.counters.rate_limited == 0
        # A burst of `calls` is allowed too, and one more is not.
        clock.advance(rate.seconds)
        statuses = [api.post("/v1/orders", json=ONE_ORDER).status_code for _ in range(rate.calls + 1)]
        assert statuses == [204] * rate.calls + [429]


def test_limits_are_per_operation(clock: FakeClock) -> None:
    with limited(clock, rate_limits={"upsertOrders": Rate(1, 60.0), "upsertCarriers": None}) as (_, api):
        assert api.post("/v1/orders", json=ONE_ORDER).status_code == 204
        assert api.post("/v1/orders", json=ONE_ORDER).status_code == 429
        for _ in range(3):  # None: unlimited
            assert api.post("/v1/orders/channels/C1/carriers", json=CARRIERS).status_code == 204


def test_limits_can_be_switched_off(clock: FakeClock) -> None:
    with limited(clock, rate_limits=False) as (sandbox, api):
        for _ in range(3):
            assert api.post("/v1/orders/channels/C1/carriers", json=CARRIERS).status_code == 204
        assert sandbox.rate_limits == {}


def test_invalid_calls_count_toward_the_limit(clock: FakeClock) -> None:
    with limited(clock, rate_limits={"upsertOrders": Rate(1, 1.0)}) as (_, api):
        assert api.post("/v1/orders", json={}).status_code == 400
        assert api.post("/v1/orders", json=ONE_ORDER).status_code == 429


def test_unknown_operation_in_overrides_is_an_error() -> None:
    with pytest.raises(ValueError, match="upsertOrder"):
        Sandbox(rate_limits={"upsertOrder": Rate(1, 1.0)}).__enter__()
