"""Injected faults over real HTTP: statuses, Retry-After, disconnects, delays, revocations, seeds."""

from __future__ import annotations

import json
import socket
from collections import Counter
from dataclasses import replace
from typing import Any

import httpx
import mirakl_connect as mc
import pytest
from mirakl_connect_sandbox import Fault, Sandbox, parse_fault
from mirakl_connect_sandbox._samples import ORIGIN, order, return_request

from .conftest import bearer, client, get_token

CARRIERS = {"carriers": [{"channel_carrier_id": "UPS", "name": "UPS"}]}
CARRIERS_PATH = "/v1/orders/channels/C1/carriers"
API_PATH = "/api/channel-platform"


def carriers(api: httpx.Client) -> httpx.Response:
    return api.post(CARRIERS_PATH, json=CARRIERS)


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_status_fault_answers_the_error_body(sandbox: Sandbox, api: httpx.Client, status: int) -> None:
    sandbox.faults.set([Fault.status_code(status, times=1)])
    response = carriers(api)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"code", "message"}
    assert "retry-after" not in response.headers
    assert sandbox.state.carriers == {}
    assert carriers(api).status_code == 204  # times=1: used up
    assert sandbox.counters.faults == {status: 1}
    assert sandbox.counters.rejected == 0


def test_520_is_not_json(sandbox: Sandbox, api: httpx.Client) -> None:
    sandbox.faults.add(Fault.status_code(520, times=1))
    response = carriers(api)
    assert response.status_code == 520
    assert response.headers["content-type"].startswith("text/html")
    with pytest.raises(json.JSONDecodeError):
        response.json()


@pytest.mark.parametrize(
    ("fault", "header"),
    [
        (Fault.rate_limited(retry_after=2), "2"),
        (Fault.rate_limited(retry_after=2.0), "2"),
        (Fault.rate_limited(retry_after=0.5), "0.5"),
        (Fault.rate_limited(retry_after="Wed, 21 Oct 2026 07:28:00 GMT"), "Wed, 21 Oct 2026 07:28:00 GMT"),
        (Fault.status_code(503, retry_after=30), "30"),
        (Fault.rate_limited(retry_after=None), None),
    ],
)
def test_retry_after_in_seconds_or_as_a_date(
    sandbox: Sandbox, api: httpx.Client, fault: Fault, header: str | None
) -> None:
    sandbox.faults.set([fault])
    response = carriers(api)
    assert response.status_code == fault.status
    assert response.headers.get("retry-after") == header
    if fault.status == 429:
        assert response.json()["code"] == "TOO_MANY_REQUESTS"
        assert sandbox.counters.rate_limited == 0  # a fault, not the rate limiter


def test_disconnect_closes_without_a_response(sandbox: Sandbox, api: httpx.Client) -> None:
    sandbox.faults.set([Fault.disconnect(times=1)])
    with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
        carriers(api)
    assert carriers(api).status_code == 204  # the client reconnects
    assert sandbox.counters.faults == {"disconnect": 1}


def test_delay_then_normal_answer(sandbox: Sandbox, api: httpx.Client) -> None:
    sandbox.faults.set([Fault.slow(0.2, times=2)])
    with pytest.raises(httpx.ReadTimeout):
        api.post(CARRIERS_PATH, json=CARRIERS, timeout=0.05)
    response = api.post(CARRIERS_PATH, json=CARRIERS, timeout=2)
    assert response.status_code == 204
    assert response.elapsed.total_seconds() >= 0.2
    assert sandbox.counters.faults == {"delay": 2}


def test_revoke_kills_the_token_in_use(sandbox: Sandbox, api: httpx.Client, http: httpx.Client) -> None:
    sandbox.faults.set([Fault.revoke(times=1)])
    first = carriers(api)
    assert first.status_code == 401
    assert first.json()["code"] == "UNAUTHORIZED"
    assert carriers(api).status_code == 401  # revoked for good, not just once
    api.headers.update(bearer(get_token(sandbox, http)))  # a new token works
    assert carriers(api).status_code == 204


def test_faults_can_target_one_operation_or_the_token_endpoint(
    sandbox: Sandbox, api: httpx.Client, http: httpx.Client
) -> None:
    sandbox.faults.set(
        [Fault.status_code(503, operation="upsertOrders"), Fault.status_code(502, operation="token", times=1)]
    )
    assert carriers(api).status_code == 204
    assert api.post("/v1/orders", json={}).status_code == 503
    form = {
        "grant_type": "client_credentials",
        "client_id": sandbox.client_id,
        "client_secret": sandbox.client_secret,
    }
    assert http.post(sandbox.token_url, data=form).status_code == 502
    assert http.post(sandbox.token_url, data=form).status_code == 200


def test_faults_come_before_auth_and_validation(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.faults.set([Fault.status_code(500, times=2)])
    assert http.post(f"{sandbox.base_url}/v1/orders", content=b"junk").status_code == 500
    assert http.get(f"{sandbox.base_url}/v1/nowhere").status_code == 500


def test_revoke_never_hits_the_token_endpoint(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.faults.set([Fault.revoke(times=1)])
    token = get_token(sandbox, http)  # not consumed by the token request
    assert (
        http.post(f"{sandbox.base_url}{CARRIERS_PATH}", json=CARRIERS, headers=bearer(token)).status_code
        == 401
    )


def test_a_scripted_sequence_is_consumed_in_order(sandbox: Sandbox, api: httpx.Client) -> None:
    sandbox.faults.set(
        [
            Fault.status_code(503, times=1),
            Fault.passthrough(times=1),
            Fault.rate_limited(retry_after=1, times=1),
        ]
    )
    assert [carriers(api).status_code for _ in range(4)] == [503, 204, 429, 204]
    assert sandbox.faults.pending == []
    assert sandbox.counters.faults == {503: 1, "pass": 1, 429: 1}
    sandbox.faults.add(Fault.status_code(500))
    assert carriers(api).status_code == 500
    sandbox.faults.clear()
    assert carriers(api).status_code == 204


def _faulted(seed: int, http: httpx.Client) -> list[int]:
    with (
        Sandbox(
            seed=seed,
            rate_limits=False,
            faults=[Fault.status_code(503, probability=0.3, operation="upsertCarriers")],
        ) as sandbox,
        client(base_url=sandbox.base_url) as api,
    ):
        api.headers.update(bearer(get_token(sandbox, http)))
        return [index for index in range(40) if carriers(api).status_code == 503]


def test_probability_draws_are_reproducible_with_a_seed(http: httpx.Client) -> None:
    first, again, other = _faulted(7, http), _faulted(7, http), _faulted(8, http)
    assert first == again
    assert first != other
    assert 2 <= len(first) <= 25


def test_faults_given_to_run(http: httpx.Client) -> None:
    with Sandbox(faults=[Fault.status_code(504, operation="token", times=1)]) as sandbox:
        form = {
            "grant_type": "client_credentials",
            "client_id": sandbox.client_id,
            "client_secret": sandbox.client_secret,
        }
        assert http.post(sandbox.token_url, data=form).status_code == 504


@pytest.mark.parametrize(
    ("spec", "fault"),
    [
        ("503:times=3", Fault.status_code(503, times=3)),
        (
            "429:retry_after=2:operation=upsertOrders",
            Fault.rate_limited(retry_after=2, operation="upsertOrders"),
        ),
        (
            "429:retry_after=Wed, 21 Oct 2026 07:28:00 GMT:times=1",
            Fault.rate_limited(retry_after="Wed, 21 Oct 2026 07:28:00 GMT", times=1),
        ),
        ("disconnect:probability=0.1", Fault.disconnect(probability=0.1)),
        ("delay=0.5", Fault.slow(0.5)),
        ("delay=0.5:operation=token", Fault.slow(0.5, operation="token")),
        ("revoke:times=1", Fault.revoke(times=1)),
        ("pass:times=2", Fault.passthrough(times=2)),
        ("520", Fault.status_code(520)),
    ],
)
def test_fault_spec_parser(spec: str, fault: Fault) -> None:
    assert parse_fault(spec) == fault
    assert Fault.parse(spec) == fault


@pytest.mark.parametrize(
    "spec", ["", "teapot", "503:times=x", "503:color=red", "delay=abc", "700", "503:probability=2"]
)
def test_bad_fault_specs_are_rejected(spec: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 (the messages vary)
        parse_fault(spec)


def test_fault_arguments_are_checked() -> None:
    with pytest.raises(ValueError, match="kind"):
        Fault("explode")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="status"):
        Fault("status")
    with pytest.raises(ValueError, match="probability"):
        Fault.disconnect(probability=1.5)
    with pytest.raises(TypeError):
        Sandbox(faults=["503"])  # type: ignore[list-item]


def test_after_processes_the_request_then_loses_the_answer(api: Any, sandbox: Any) -> None:
    """``after=True``: the state changes, but the client never hears of it."""
    from mirakl_connect_sandbox import Fault

    sandbox.faults.set([Fault.disconnect(operation="updateActionStatus", after=True, times=1)])
    with pytest.raises(httpx.RemoteProtocolError):
        api.put("/v1/orders/actions/a-1", json={"status": "SUCCESS"})
    assert sandbox.state.actions["a-1"]["status"] == "SUCCESS"
    again = api.put("/v1/orders/actions/a-1", json={"status": "SUCCESS"})
    assert again.status_code == 400 and again.json()["code"] == "ACTION_ALREADY_FINAL"


def test_after_does_not_apply_to_a_request_that_fails_on_its_own(api: Any, sandbox: Any) -> None:
    from mirakl_connect_sandbox import Fault

    sandbox.faults.set([Fault.status_code(503, operation="updateActionStatus", after=True, times=1)])
    refused = api.put("/v1/orders/actions/a-1", json={"status": "FAILED"})  # FAILED without errors
    assert refused.status_code == 400
    assert sandbox.counters.faults == {}  # not injected, not counted, not used up
    assert api.put("/v1/orders/actions/a-1", json={"status": "SUCCESS"}).status_code == 503
    assert sandbox.state.actions["a-1"] == {"status": "SUCCESS", "errors": []}
    assert sandbox.counters.faults == {"503:after": 1}
    assert sandbox.faults.pending == []


def test_respond_replaces_the_answer(api: Any, sandbox: Any) -> None:
    from mirakl_connect_sandbox import Fault

    body = {"return_success": [], "return_errors": [], "extra": {"nested": [1]}}
    sandbox.faults.set([Fault.respond(200, body, operation="updateActionStatus", times=1)])
    answer = api.put("/v1/orders/actions/a-1", json={"status": "SUCCESS"})
    assert answer.status_code == 200 and answer.json() == body
    assert sandbox.state.actions["a-1"]["status"] == "SUCCESS"  # processed (after=True by default)


def test_after_in_the_spec_syntax() -> None:
    from mirakl_connect_sandbox import parse_fault

    fault = parse_fault("disconnect:after=1:operation=updateActionStatus")
    assert fault.kind == "disconnect" and fault.after and fault.operation == "updateActionStatus"
    with pytest.raises(ValueError, match="after=True applies to"):
        parse_fault("delay=1:after=1")


# -- issue 9 item 16: faults that could never fire are refused ----------------------------------------


@pytest.mark.parametrize(
    ("make", "bad"),
    [
        (lambda: Fault.status_code(503, operation="upsertOrder"), "'upsertOrder'"),
        (lambda: Fault.disconnect(operation="tokens"), "'tokens'"),
        (lambda: parse_fault("503:operation=upsertOrder"), "'upsertOrder'"),
    ],
)
def test_a_fault_for_an_unknown_operation_is_refused(make: Any, bad: str) -> None:
    with pytest.raises(ValueError, match=f"unknown operation {bad}") as refused:
        make()
    assert "upsertOrders" in str(refused.value) or "token" in str(refused.value)  # what would do


@pytest.mark.parametrize(
    ("make", "bad"),
    [
        (lambda: Fault.rate_limited(retry_after="soon"), "'soon'"),
        (lambda: Fault.rate_limited(retry_after=-1), "-1"),
        (lambda: Fault.rate_limited(retry_after=float("inf")), "inf"),
        (lambda: Fault.disconnect(retry_after=2), "retry_after"),
        (lambda: parse_fault("429:retry_after=soon"), "'soon'"),
        (lambda: parse_fault("503:retry_after=-3"), "-3"),
        (lambda: parse_fault("429:retry_after=Wed, 99 Oct 2026 07:28:00 GMT"), "Wed, 99 Oct"),
        (lambda: parse_fault("disconnect:retry_after=1"), "retry_after"),
    ],
)
def test_a_bad_retry_after_is_refused(make: Any, bad: str) -> None:
    with pytest.raises(ValueError, match="retry_after") as refused:
        make()
    assert bad in str(refused.value)


def test_a_fault_is_checked_when_added(sandbox: Sandbox) -> None:
    with pytest.raises(ValueError, match="upsertOrder'"):
        sandbox.faults.add(Fault.status_code(503, operation="upsertOrder"))
    with pytest.raises(TypeError, match="Fault"):
        sandbox.faults.add("503:operation=upsertOrder")  # type: ignore[arg-type]
    assert sandbox.faults.pending == []


@pytest.mark.parametrize(("spec", "key"), [("503:foo=1", "foo"), ("disconnect:times=1:colour=red", "colour")])
def test_an_unknown_key_is_named(spec: str, key: str) -> None:
    with pytest.raises(ValueError, match=f"unknown key {key!r}"):
        parse_fault(spec)


@pytest.mark.parametrize(
    ("spec", "bad"),
    [("503:times=1.5", "times"), ("503:after=maybe", "after"), ("503:probability=", "probability")],
)
def test_bad_values_are_named(spec: str, bad: str) -> None:
    with pytest.raises(ValueError, match=bad):
        parse_fault(spec)


# -- faults for a soak test: truncated answers, revocation after the call, counts by kind -------------


def _raw_exchange(sandbox: Sandbox, token: str, path: str, payload: Any) -> tuple[bytes, bytes]:
    """Send one request on a raw socket; the status line and headers, and every byte after them."""
    body = json.dumps(payload).encode()
    request = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nAuthorization: Bearer {token}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=5) as raw:
        raw.sendall(request)
        answer = raw.makefile("rb").read()  # until the sandbox closes the connection
    head, _, rest = answer.partition(b"\r\n\r\n")
    return head, rest


def _header(head: bytes, name: str) -> str | None:
    for line in head.decode("latin-1").split("\r\n")[1:]:
        key, _, value = line.partition(":")
        if key.strip().lower() == name.lower():
            return value.strip()
    return None


def test_truncated_answer_falls_short_of_its_content_length(
    sandbox: Sandbox, api: httpx.Client, http: httpx.Client
) -> None:
    sandbox.faults.set([Fault.truncated(operation="upsertCarriers", times=1)])
    with pytest.raises(httpx.RemoteProtocolError, match="complete message body"):
        carriers(api)
    assert sandbox.state.carriers == {}  # before processing: nothing stored
    assert carriers(api).status_code == 204
    sandbox.faults.set([Fault.truncated(operation="upsertCarriers", times=1)])
    head, rest = _raw_exchange(sandbox, get_token(sandbox, http), API_PATH + CARRIERS_PATH, CARRIERS)
    assert head.startswith(b"HTTP/1.1 500 ")
    promised = int(_header(head, "Content-Length") or 0)
    assert 0 < len(rest) < promised
    assert sandbox.counters.faults == {"truncate": 2}


def test_truncated_after_processing_loses_the_real_answer(
    sandbox: Sandbox, api: httpx.Client, http: httpx.Client
) -> None:
    sandbox.faults.set([Fault.truncated(after=True, operation="updateActionStatus", times=1)])
    with pytest.raises(httpx.RemoteProtocolError):
        api.put("/v1/orders/actions/a-1", json={"status": "SUCCESS"})
    assert sandbox.state.actions["a-1"] == {"status": "SUCCESS", "errors": []}
    assert sandbox.counters.faults == {"truncate:after": 1}


def test_truncated_after_processing_cuts_the_real_body(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.faults.set([Fault.truncated(after=True, operation="upsertReturns", times=1)])
    payload = {"origin": ORIGIN, "returns": [return_request("O-1")]}  # no such order: a return error
    head, rest = _raw_exchange(sandbox, get_token(sandbox, http), API_PATH + "/v1/orders/returns", payload)
    assert head.startswith(b"HTTP/1.1 200 ")
    assert _header(head, "Content-Type") == "application/json"
    assert 0 < len(rest) < int(_header(head, "Content-Length") or 0)
    assert rest.startswith(b'{"return_errors":[{"channel_order_id":"O-1"'[: len(rest)])


def test_broken_chunk_ends_a_chunked_answer(sandbox: Sandbox, api: httpx.Client, http: httpx.Client) -> None:
    sandbox.faults.set([Fault.broken_chunk(operation="upsertCarriers", times=2)])
    with pytest.raises(httpx.RemoteProtocolError):
        carriers(api)
    head, rest = _raw_exchange(sandbox, get_token(sandbox, http), API_PATH + CARRIERS_PATH, CARRIERS)
    assert _header(head, "Transfer-Encoding") == "chunked"
    assert _header(head, "Content-Length") is None
    size, _, rest = rest.partition(b"\r\n")
    first = int(size, 16)
    assert rest[first : first + 2] == b"\r\n"  # a good first chunk...
    with pytest.raises(ValueError, match="invalid literal"):
        int(rest[first + 2 :].partition(b"\r\n")[0], 16)  # ...then a chunk whose size is not hex
    assert sandbox.state.carriers == {}
    assert sandbox.counters.faults == {"broken_chunk": 2}


def test_revoke_after_the_call_answers_it_then_kills_the_token(sandbox: Sandbox, api: httpx.Client) -> None:
    sandbox.faults.set([Fault.revoke(after=True, times=1)])
    assert carriers(api).status_code == 204
    assert sandbox.state.carriers["C1"] == CARRIERS["carriers"]
    assert carriers(api).status_code == 401
    assert sandbox.counters.faults == {"revoke:after": 1}


@pytest.mark.parametrize(
    ("spec", "fault"),
    [
        ("truncate", Fault.truncated()),
        ("truncate:after=1:operation=upsertOrders", Fault.truncated(after=True, operation="upsertOrders")),
        ("broken_chunk:probability=0.05", Fault.broken_chunk(probability=0.05)),
        ("revoke:after=1", Fault.revoke(after=True)),
        ("503:after", Fault.status_code(503, after=True)),
        ("disconnect:after=0", Fault.disconnect()),
    ],
)
def test_soak_faults_in_the_spec_syntax(spec: str, fault: Fault) -> None:
    assert parse_fault(spec) == fault


def test_every_fault_injected_is_counted_by_kind(sandbox: Sandbox, api: httpx.Client) -> None:
    scripted = [
        Fault.status_code(500, times=1),
        Fault.status_code(501, times=1),
        Fault.status_code(502, times=1),
        Fault.status_code(503, times=1),
        Fault.status_code(504, times=1),
        Fault.status_code(520, times=1),
        Fault.rate_limited(retry_after=1, times=1),
        Fault.disconnect(times=1),
        Fault.disconnect(after=True, times=1),
        Fault.truncated(times=1),
        Fault.truncated(after=True, times=1),
        Fault.broken_chunk(times=1),
        Fault.broken_chunk(after=True, times=1),
        Fault.slow(0.01, times=1),
        Fault.passthrough(times=1),
        Fault.status_code(503, after=True, times=1),
    ]
    sandbox.faults.set(scripted)
    statuses = []
    for _ in range(len(scripted)):
        try:
            statuses.append(carriers(api).status_code)
        except httpx.TransportError:
            statuses.append(0)
    assert statuses == [500, 501, 502, 503, 504, 520, 429, 0, 0, 0, 0, 0, 0, 204, 204, 503]
    assert sandbox.counters.faults == {
        500: 1, 501: 1, 502: 1, 503: 1, 504: 1, 520: 1, 429: 1,
        "disconnect": 1, "disconnect:after": 1, "truncate": 1, "truncate:after": 1,
        "broken_chunk": 1, "broken_chunk:after": 1, "delay": 1, "pass": 1, "503:after": 1,
    }  # fmt: skip
    sandbox.faults.set([Fault.revoke(times=1)])
    assert carriers(api).status_code == 401
    assert sandbox.counters.faults["revoke"] == 1
    assert sandbox.counters.rejected == 0  # faults are not the sandbox refusing a request


def _soak(sb: Sandbox, connect: Any, kinds: list[Fault]) -> None:
    """What a soak test does: faults on upsertOrders, each counted; the client retries through them.

    One batch at a time, so that the faults meet the requests in a known order: a client replays a
    request once after a 401, and two revocations in a row would fail it, as designed.
    """
    sb.faults.set([replace(fault, operation="upsertOrders", times=1) for fault in kinds])
    client = connect(retry=mc.RetryPolicy(max_attempts=len(kinds) + 2, jitter=False, deadline=None))
    result = client.orders.upsert(ORIGIN, [order(f"SOAK-{index}") for index in range(500)], concurrency=1)
    assert result.ok, (result.failed, result.error)
    assert len(sb.state.orders) == 500
    assert sb.counters.faults == Counter(fault.counter_key for fault in kinds)


def test_a_client_comes_through_statuses_disconnects_and_revocations(sb: Sandbox, connect: Any) -> None:
    kinds = [
        Fault.revoke(), Fault.status_code(500), Fault.status_code(502), Fault.revoke(after=True),
        Fault.status_code(503), Fault.status_code(504), Fault.rate_limited(retry_after=1),
        Fault.disconnect(), Fault.disconnect(after=True), Fault.status_code(503, after=True),
    ]  # fmt: skip
    _soak(sb, connect, kinds)


def test_a_client_comes_through_truncated_answers(sb: Sandbox, connect: Any) -> None:
    kinds = [
        Fault.truncated(),
        Fault.truncated(after=True),
        Fault.broken_chunk(),
        Fault.broken_chunk(after=True),
    ]
    _soak(sb, connect, kinds)
