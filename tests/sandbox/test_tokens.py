"""The token endpoint and the bearer check: OAuth errors, expiry on the fake clock, revocation."""

from __future__ import annotations

import base64
import json

import httpx
import pytest
from mirakl_connect_sandbox import Sandbox

from ..fakes import FakeClock
from .conftest import bearer, get_token, request_token

CARRIERS = {"carriers": [{"channel_carrier_id": "UPS", "name": "UPS"}]}


def carriers(http: httpx.Client, sandbox: Sandbox, headers: dict[str, str]) -> httpx.Response:
    return http.post(f"{sandbox.base_url}/v1/orders/channels/C1/carriers", json=CARRIERS, headers=headers)


def _b64json(text: str) -> dict[str, object]:
    return json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))  # type: ignore[no-any-return]


def test_token_is_issued_in_the_documented_shape(sandbox: Sandbox, http: httpx.Client) -> None:
    response = request_token(sandbox, http)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.headers["cache-control"] == "no-store"
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 3599
    assert body["target_app"] == ""
    assert body["resource_owner"] == ""
    header, payload, signature = body["access_token"].split(".")
    claims = _b64json(payload)
    assert _b64json(header) == {"alg": "HS256", "typ": "JWT"}
    assert claims["sub"] == sandbox.client_id
    assert claims["iat"] == int(sandbox.clock())
    assert claims["exp"] == claims["iat"] + 3599  # type: ignore[operator]
    assert claims["jti"]
    assert signature
    assert sandbox.counters.tokens_issued == 1
    assert sandbox.counters.by_operation["token"] == 1
    assert sandbox.counters.requests == 1


@pytest.mark.parametrize(
    ("form", "error"),
    [
        (
            {"grant_type": "client_credentials", "client_id": "ID", "client_secret": "wrong-secret-value"},
            "invalid_client",
        ),
        (
            {"grant_type": "client_credentials", "client_id": "other", "client_secret": "SECRET"},
            "invalid_client",
        ),
        ({"grant_type": "password", "client_id": "ID", "client_secret": "SECRET"}, "unsupported_grant_type"),
        ({"grant_type": "client_credentials", "client_id": "ID"}, "invalid_request"),
        ({}, "invalid_request"),
    ],
)
def test_bad_token_requests_get_oauth_errors_without_the_secret(
    http: httpx.Client, form: dict[str, str], error: str
) -> None:
    form = {k: v.replace("SECRET", "s3cret-from-the-test").replace("ID", "client-x") for k, v in form.items()}
    with Sandbox(client_id="client-x", client_secret="s3cret-from-the-test") as sandbox:
        response = http.post(sandbox.token_url, data=form)
        assert response.status_code == 401
        body = response.json()
        assert body["error"] == error
        assert body["error_description"]
        assert "s3cret" not in response.text
        assert "wrong-secret-value" not in response.text
        assert sandbox.counters.tokens_issued == 0
        assert sandbox.counters.unauthorized == 1


def test_token_endpoint_only_takes_post(sandbox: Sandbox, http: httpx.Client) -> None:
    response = http.get(sandbox.token_url)
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"


def test_generated_credentials_are_random() -> None:
    with Sandbox() as one, Sandbox() as two:
        assert one.client_id != two.client_id
        assert one.client_secret != two.client_secret
        assert len(one.client_secret) >= 32
        assert one.client_secret not in repr(one)


def test_valid_token_is_accepted(sandbox: Sandbox, http: httpx.Client) -> None:
    assert carriers(http, sandbox, bearer(get_token(sandbox, http))).status_code == 204


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer"},
        {"Authorization": "Basic dXNlcjpwYXNz"},
        {"Authorization": "Bearer not-a-jwt"},
        {"Authorization": "Bearer aaa.bbb.ccc"},
    ],
    ids=["missing", "empty", "basic", "malformed", "bad-signature"],
)
def test_missing_or_malformed_token_is_401(
    sandbox: Sandbox, http: httpx.Client, headers: dict[str, str]
) -> None:
    response = carriers(http, sandbox, headers)
    assert response.status_code == 401
    assert response.json()["code"] == "UNAUTHORIZED"
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert sandbox.state.carriers == {}
    assert sandbox.counters.unauthorized == 1


def test_token_of_another_sandbox_is_unknown(sandbox: Sandbox, http: httpx.Client) -> None:
    with Sandbox() as other:
        foreign = get_token(other, http)
    assert carriers(http, sandbox, bearer(foreign)).status_code == 401


def test_token_expires_on_the_clock(sandbox: Sandbox, http: httpx.Client, clock: FakeClock) -> None:
    token = get_token(sandbox, http)
    clock.advance(3598.5)
    assert carriers(http, sandbox, bearer(token)).status_code == 204
    clock.advance(0.5)
    response = carriers(http, sandbox, bearer(token))
    assert response.status_code == 401
    assert "expired" in response.json()["message"]
    assert carriers(http, sandbox, bearer(get_token(sandbox, http))).status_code == 204


def test_token_ttl_is_configurable(http: httpx.Client) -> None:
    clock = FakeClock()
    with Sandbox(clock=clock, token_ttl=10, rate_limits=False) as sandbox:
        response = request_token(sandbox, http)
        assert response.json()["expires_in"] == 10
        clock.advance(10)
        assert carriers(http, sandbox, bearer(response.json()["access_token"])).status_code == 401


def test_revoke_tokens_invalidates_every_issued_token(sandbox: Sandbox, http: httpx.Client) -> None:
    first, second = get_token(sandbox, http), get_token(sandbox, http)
    sandbox.revoke_tokens()
    for token in (first, second):
        response = carriers(http, sandbox, bearer(token))
        assert response.status_code == 401
        assert response.json()["code"] == "UNAUTHORIZED"
    assert carriers(http, sandbox, bearer(get_token(sandbox, http))).status_code == 204
