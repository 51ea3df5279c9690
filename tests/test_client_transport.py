"""The transport against the sandbox: retries, Retry-After, caps, deadlines, uploads, 401 replays,
typed errors and pacing, for the blocking and the asyncio client (real HTTP on loopback).

The client and the sandbox share a fake clock: back-offs, Retry-After waits, token expiry and rate
limit windows pass at once.
"""

from __future__ import annotations

import asyncio
import email.utils
from typing import Any

import httpx
import mirakl_connect as mc
import pytest
from mirakl_connect_api.api.orders import upsert_orders
from mirakl_connect_api.models import OriginRequest, UpsertOrdersRequest
from mirakl_connect_sandbox import Fault

from .fakes import FakeClock
from .support import ORIGIN, both, call, order, report


def status_calls(sb: Any) -> int:
    return int(sb.counters.by_operation.get("updateActionStatus", 0))


@both
def test_retry_after_in_seconds_is_honoured(async_: bool, sb: Any, connect: Any, clock: FakeClock) -> None:
    sb.faults.set([Fault.rate_limited(retry_after=7, operation="updateActionStatus", times=1)])
    report(connect(async_=async_))
    assert 7 in clock.sleeps
    assert status_calls(sb) == 2 and sb.state.actions["a-1"]["status"] == "SUCCESS"


@both
def test_retry_after_as_http_date_is_honoured(async_: bool, sb: Any, connect: Any, clock: FakeClock) -> None:
    when = email.utils.formatdate(clock.time() + 30, usegmt=True)
    sb.faults.set([Fault.rate_limited(retry_after=when, operation="updateActionStatus", times=1)])
    report(connect(async_=async_))
    assert any(29 <= s <= 30 for s in clock.sleeps)


@both
def test_retry_after_over_the_cap_raises_instead_of_sleeping(
    async_: bool, sb: Any, connect: Any, clock: FakeClock
) -> None:
    sb.faults.set([Fault.rate_limited(retry_after=500, operation="updateActionStatus")])
    with pytest.raises(mc.RateLimitError) as raised:
        report(connect(async_=async_, retry=mc.RetryPolicy(max_retry_after=120)))
    assert raised.value.retry_after == 500 and raised.value.status_code == 429
    assert clock.slept == 0 and status_calls(sb) == 1


@both
def test_503_three_times_then_success(async_: bool, sb: Any, connect: Any, clock: FakeClock) -> None:
    sb.faults.set([Fault.status_code(503, operation="updateActionStatus", times=3)])
    report(connect(async_=async_))
    assert clock.sleeps == [0.5, 1.0, 2.0]  # exponential back-off (jitter off)
    assert status_calls(sb) == 4


@both
def test_the_deadline_bounds_the_whole_call(async_: bool, sb: Any, connect: Any, clock: FakeClock) -> None:
    sb.faults.set([Fault.status_code(502, operation="updateActionStatus")])
    policy = mc.RetryPolicy(max_attempts=50, backoff=1, jitter=False, deadline=10)
    with pytest.raises(mc.ServerError) as raised:
        report(connect(async_=async_, retry=policy))
    assert raised.value.status_code == 502
    assert clock.sleeps == [1, 2, 4] and clock.slept <= 10  # a wait of 8 more would pass the deadline


@both
def test_disconnects_are_retried_for_idempotent_operations(
    async_: bool, sb: Any, connect: Any, clock: FakeClock
) -> None:
    sb.faults.set([Fault.disconnect(operation="updateActionStatus", times=2)])
    report(connect(async_=async_))
    assert status_calls(sb) == 3 and len(clock.sleeps) == 2


@both
def test_connect_errors_are_retried_then_reported(async_: bool, connect: Any, clock: FakeClock) -> None:
    closed = httpx.URL("http://127.0.0.1:9/api/channel-platform")  # discard port: nothing listens
    with pytest.raises(mc.TransportError, match=r"ConnectError after 3 attempt") as raised:
        call(
            connect(
                async_=async_,
                token_url=str(closed.join("/oauth/token")),
                retry=mc.RetryPolicy(max_attempts=3, jitter=False),
            ),
            "orders",
            "update_action_status",
            "a-1",
            "SUCCESS",
        )
    assert isinstance(raised.value.__cause__, httpx.ConnectError)
    assert clock.sleeps == [0.5, 1.0]


@both
def test_non_iana_status_is_a_server_error_retried_like_5xx(async_: bool, sb: Any, connect: Any) -> None:
    sb.faults.set([Fault.status_code(520, operation="updateActionStatus")])
    with pytest.raises(mc.ServerError) as raised:
        report(connect(async_=async_, retry=mc.RetryPolicy(max_attempts=3)))
    assert raised.value.status_code == 520 and status_calls(sb) == 3  # retried, then given up
    sb.faults.set([Fault.status_code(520, operation="updateActionStatus", times=2)])
    call(
        connect(async_=async_), "orders", "update_action_status", "a-2", "SUCCESS"
    )  # a passing 520 costs nothing
    assert status_calls(sb) == 6


@both
def test_501_is_never_retried(async_: bool, sb: Any, connect: Any) -> None:
    sb.faults.set([Fault.status_code(501, operation="updateActionStatus")])
    with pytest.raises(mc.ServerError) as raised:
        report(connect(async_=async_))
    assert raised.value.status_code == 501 and status_calls(sb) == 1


@both
def test_401_refreshes_the_token_once_and_replays(async_: bool, sb: Any, connect: Any) -> None:
    sb.faults.set([Fault.revoke(operation="updateActionStatus", times=1)])
    report(connect(async_=async_))
    assert sb.counters.tokens_issued == 2 and status_calls(sb) == 2


@both
def test_a_second_401_is_an_authentication_error(async_: bool, sb: Any, connect: Any) -> None:
    sb.faults.set([Fault.revoke(operation="updateActionStatus", times=2)])
    with pytest.raises(mc.AuthenticationError) as raised:
        report(connect(async_=async_))
    assert raised.value.status_code == 401
    assert sb.counters.tokens_issued == 2 and status_calls(sb) == 2


@both
def test_bad_credentials_are_an_authentication_error_without_the_secret(
    async_: bool, sb: Any, connect: Any
) -> None:
    with pytest.raises(mc.AuthenticationError) as raised:
        report(connect(async_=async_, client_secret="wrong-s3cr3t"))
    assert raised.value.code == "invalid_client"
    assert "wrong-s3cr3t" not in str(raised.value) + repr(raised.value)
    assert raised.value.request is not None and b"s3cr3t" not in raised.value.request.content


@both
def test_token_endpoint_failures_are_retried(async_: bool, sb: Any, connect: Any) -> None:
    sb.faults.set([Fault.status_code(503, operation="token", times=2)])
    report(connect(async_=async_))
    assert sb.counters.tokens_issued == 1 and sb.counters.by_operation["token"] == 3


@both
def test_proactive_refresh_before_expiry(async_: bool, sb: Any, connect: Any, clock: FakeClock) -> None:
    client = connect(async_=async_)

    async def twice_async() -> None:
        async with client:
            await client.orders.update_action_status("a-1", "SUCCESS")
            clock.advance(3599 - 300 + 1)  # inside the leeway, before expiry
            await client.orders.update_action_status("a-2", "SUCCESS")

    if async_:
        asyncio.run(twice_async())
    else:
        client.orders.update_action_status("a-1", "SUCCESS")
        clock.advance(3599 - 300 + 1)
        client.orders.update_action_status("a-2", "SUCCESS")
    assert sb.counters.tokens_issued == 2
    assert status_calls(sb) == 2  # no 401 on the way


def test_upload_is_not_replayed_after_a_read_timeout(sb: Any, connect: Any, tmp_path: Any) -> None:
    sb.faults.set([Fault.slow(0.3, operation="uploadOrderDocument", times=1)])
    client = connect(timeout=httpx.Timeout(5, read=0.1))
    document = tmp_path / "label.pdf"
    document.write_bytes(b"%PDF-1.7 label")
    with pytest.raises(mc.TransportError, match="ReadTimeout after 1 attempt"):
        client.documents.upload(
            "O-1", document, channel_document_id="D-1", type="RETURN_LABEL", origin=ORIGIN
        )
    assert sb.counters.by_operation["uploadOrderDocument"] == 1


@both
def test_upload_is_replayed_after_429(async_: bool, sb: Any, connect: Any, clock: FakeClock) -> None:
    sb.faults.set([Fault.rate_limited(retry_after=2, operation="uploadOrderDocument", times=1)])
    client = connect(async_=async_)
    content = b"%PDF-1.7\r\n--+++\r\nlabel"
    args = ("O-1", content)
    kwargs = {"channel_document_id": "D-1", "type": "RETURN_LABEL", "origin": ORIGIN}
    if async_:

        async def main() -> None:
            async with client:
                await client.documents.upload(*args, **kwargs)

        asyncio.run(main())
    else:
        client.documents.upload(*args, **kwargs)
    assert sb.counters.by_operation["uploadOrderDocument"] == 2 and 2 in clock.sleeps
    assert sb.state.documents["D-1"].content == content


def test_generated_functions_get_the_same_wiring(sb: Any, connect: Any, clock: FakeClock) -> None:
    """``client.api`` is authenticated, retried and paced like the resource methods."""
    sb.faults.set([Fault.status_code(503, operation="upsertOrders", times=1)])
    client = connect()
    request = UpsertOrdersRequest.from_dict({"origin": ORIGIN, "orders": [order(1)]})
    assert isinstance(request.origin, OriginRequest)
    response = upsert_orders.sync_detailed(client=client.api, body=request)
    assert response.status_code == 204 and clock.sleeps == [0.5]
    assert ("acme", "s1", "O-1") in sb.state.orders


def test_pacing_keeps_a_burst_of_100_upserts_under_30_per_second(
    sb: Any, connect: Any, clock: FakeClock
) -> None:
    client = connect()
    started = clock.monotonic()
    sent = []
    for i in range(100):
        client.orders.upsert(ORIGIN, [order(i)])
        sent.append(clock.monotonic())
    assert sb.counters.rate_limited == 0 and len(sb.state.orders) == 100
    assert all(b - a >= 1.0 for a, b in zip(sent, sent[30:], strict=False))  # never 31 within a second
    assert 3.0 <= clock.monotonic() - started <= 3.5  # and no slower than needed


def test_without_pacing_the_same_burst_meets_the_rate_limit(sb: Any, connect: Any) -> None:
    """The control experiment: no pacing, no retries; the sandbox refuses the 31st call of the second."""
    client = connect(pacing=False, retry=mc.RetryPolicy.disabled())
    results = [client.orders.upsert(ORIGIN, [order(i)]) for i in range(31)]
    assert all(r.ok for r in results[:30])
    assert isinstance(results[30].error, mc.RateLimitError) and results[30].not_sent
    assert sb.counters.rate_limited == 1


def test_a_real_429_is_retried_after_its_retry_after(sb: Any, connect: Any, clock: FakeClock) -> None:
    client = connect(pacing=False)
    results = [client.orders.upsert(ORIGIN, [order(i)]) for i in range(31)]
    assert all(r.ok for r in results) and len(sb.state.orders) == 31
    assert sb.counters.rate_limited == 1 and clock.sleeps == [1]


def test_pacing_wait_over_the_bound_raises(sb: Any, connect: Any) -> None:
    client = connect(pacing=mc.Pacing(max_wait=5))
    client.carriers.upsert("acme", [{"channel_carrier_id": "ups", "name": "UPS"}])
    with pytest.raises(mc.PacingError, match="upsertCarriers is limited to 1 call") as raised:
        client.carriers.upsert("acme", [{"channel_carrier_id": "ups", "name": "UPS"}])
    assert raised.value.retry_after is not None and raised.value.retry_after > 3000
    assert sb.counters.by_operation["upsertCarriers"] == 1


def test_200_threads_on_an_expired_token_make_one_token_request(
    sb: Any, connect: Any, clock: FakeClock
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    client = connect(pacing=False)
    client.orders.update_action_status("warm-up", "SUCCESS")
    clock.advance(3600)  # the token has expired
    sb.faults.set([Fault.slow(0.2, operation="token", times=1)])  # every thread piles up behind the refresh
    with ThreadPoolExecutor(max_workers=200) as pool:
        list(pool.map(lambda i: client.orders.update_action_status(f"a-{i}", "SUCCESS"), range(200)))
    assert sb.counters.tokens_issued == 2
    assert len(sb.state.actions) == 201


def test_200_tasks_on_an_expired_token_make_one_token_request(
    sb: Any, connect: Any, clock: FakeClock
) -> None:
    client = connect(async_=True, pacing=False)

    async def main() -> None:
        async with client:
            await client.orders.update_action_status("warm-up", "SUCCESS")
            clock.advance(3600)
            sb.faults.set([Fault.slow(0.2, operation="token", times=1)])
            await asyncio.gather(
                *(client.orders.update_action_status(f"a-{i}", "SUCCESS") for i in range(200))
            )

    asyncio.run(main())
    assert sb.counters.tokens_issued == 2
    assert len(sb.state.actions) == 201
