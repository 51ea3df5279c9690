"""Fixtures for the sandbox tests: a running sandbox on a fake clock, an authenticated httpx client."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from mirakl_connect_sandbox import Sandbox

from ..fakes import FakeClock

START = 1772366400.0  # 2026-03-01T12:00:00Z, after the sample orders' dates
# httpx.Client() loads the CA bundle (~50 ms); the sandbox is plain HTTP, so share one context.
_TLS = ssl.create_default_context()


def client(**kw: Any) -> httpx.Client:
    """A new httpx client, cheap to create."""
    kw.setdefault("timeout", 5)
    return httpx.Client(verify=_TLS, **kw)


def request_token(sb: Sandbox, http: httpx.Client) -> httpx.Response:
    """The token endpoint's answer to the sandbox's own credentials."""
    data = {"grant_type": "client_credentials", "client_id": sb.client_id, "client_secret": sb.client_secret}
    return http.post(sb.token_url, data=data)


def get_token(sb: Sandbox, http: httpx.Client) -> str:
    response = request_token(sb, http)
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture(scope="session")
def http() -> Iterator[httpx.Client]:
    """A client for one-off calls (no base URL, no token)."""
    with client() as shared:
        yield shared


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def sandbox(clock: FakeClock) -> Iterator[Sandbox]:
    """A running sandbox on the fake clock, rate limits off (test_ratelimit.py turns them on)."""
    with Sandbox(clock=clock, rate_limits=False) as running:
        yield running


@pytest.fixture
def api(sandbox: Sandbox) -> Iterator[httpx.Client]:
    """A keep-alive client on ``sandbox.base_url`` with a valid bearer token."""
    with client(base_url=sandbox.base_url) as authenticated:
        authenticated.headers.update(bearer(get_token(sandbox, authenticated)))
        yield authenticated
