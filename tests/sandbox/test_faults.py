"""Injected faults over real HTTP: statuses, Retry-After, disconnects, delays, revocations, seeds."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from mirakl_connect.sandbox import Fault, Sandbox, parse_fault, run

from .conftest import bearer, client, get_token

CARRIERS = {"carriers": [{"channel_carrier_id": "UPS", "name": "UPS"}]}
CARRIERS_PATH = "/v1/orders/channels/C1/carriers"


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
        run(
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
    with run(faults=[Fault.status_code(504, operation="token", times=1)]) as sandbox:
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
    from mirakl_connect.sandbox import Fault

    sandbox.faults.set([Fault.disconnect(operation="updateActionStatus", after=True, times=1)])
    with pytest.raises(httpx.RemoteProtocolError):
        api.put("/v1/orders/actions/a-1", json={"status": "SUCCESS"})
    assert sandbox.state.actions["a-1"]["status"] == "SUCCESS"
    again = api.put("/v1/orders/actions/a-1", json={"status": "SUCCESS"})
    assert again.status_code == 400 and again.json()["code"] == "ACTION_ALREADY_FINAL"


def test_after_does_not_apply_to_a_request_that_fails_on_its_own(api: Any, sandbox: Any) -> None:
    from mirakl_connect.sandbox import Fault

    sandbox.faults.set([Fault.status_code(503, operation="updateActionStatus", after=True)])
    refused = api.put("/v1/orders/actions/a-1", json={"status": "FAILED"})  # FAILED without errors
    assert refused.status_code == 400


def test_respond_replaces_the_answer(api: Any, sandbox: Any) -> None:
    from mirakl_connect.sandbox import Fault

    body = {"return_success": [], "return_errors": [], "extra": {"nested": [1]}}
    sandbox.faults.set([Fault.respond(200, body, operation="updateActionStatus", times=1)])
    answer = api.put("/v1/orders/actions/a-1", json={"status": "SUCCESS"})
    assert answer.status_code == 200 and answer.json() == body
    assert sandbox.state.actions["a-1"]["status"] == "SUCCESS"  # processed (after=True by default)


def test_after_in_the_spec_syntax() -> None:
    from mirakl_connect.sandbox import parse_fault

    fault = parse_fault("disconnect:after=1:operation=updateActionStatus")
    assert fault.kind == "disconnect" and fault.after and fault.operation == "updateActionStatus"
    with pytest.raises(ValueError, match="after=True applies to"):
        parse_fault("delay=1:after=1")
