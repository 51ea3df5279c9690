"""``client.api``'s httpx clients send straight to the ConnectTransport, and keep what httpx's send does.

Against a real server on loopback (``hostile.Hostile``): cookies, hooks, ``elapsed``,
``default_encoding``, httpx's log line, a request built by hand, a closed client, and the requests
that still go through httpx's own ``send``.
"""

from __future__ import annotations

import asyncio
import datetime
import logging
import socket
from collections.abc import Callable
from typing import Any

import httpx
import mirakl_connect as mc
import pytest

from .hostile import TOKEN, Hostile, Raw, api_script, send
from .support import both, new_client

ACTION = "/v1/orders/actions/a-1"


def cookie_then_text(request: Raw, conn: socket.socket) -> None:
    """The first API answer sets a cookie; every answer is text with no charset (é in latin-1)."""
    headers = {"Content-Type": "text/plain"}
    if "cookie" not in request.headers:
        headers["Set-Cookie"] = "lb=node-7; Path=/"
    send(conn, 200, "caf\xe9".encode("latin-1"), headers)


def exchange(async_: bool, server: Hostile, **options: Any) -> list[httpx.Response]:
    """Two PUTs through ``client.api``'s httpx client; the client is closed afterwards."""
    client = new_client(async_, **server.client_options(**options))
    if isinstance(client, mc.ConnectClient):
        with client:
            http = client.api.get_httpx_client()
            return [http.put(ACTION, json={"status": "SUCCESS"}) for _ in range(2)]

    async def main() -> list[httpx.Response]:
        async with client:
            http = client.api.get_async_httpx_client()
            return [await http.put(ACTION, json={"status": "SUCCESS"}) for _ in range(2)]

    return asyncio.run(main())


def refuse(name: str) -> Callable[..., Any]:
    def send(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"{name} was called")

    return send


@both
def test_httpx_send_is_skipped_and_what_it_does_is_kept(
    async_: bool, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(httpx.Client, "send", refuse("httpx.Client.send"))
    monkeypatch.setattr(httpx.AsyncClient, "send", refuse("httpx.AsyncClient.send"))
    seen: list[str] = []

    def on_request(request: httpx.Request) -> None:
        seen.append(f"request {request.method} {request.url.path}")

    def on_response(response: httpx.Response) -> None:
        seen.append(f"response {response.status_code}")

    async def aon_request(request: httpx.Request) -> None:
        on_request(request)

    async def aon_response(response: httpx.Response) -> None:
        on_response(response)

    hooks = {"request": [aon_request], "response": [aon_response]} if async_ else None
    hooks = hooks or {"request": [on_request], "response": [on_response]}
    caplog.set_level(logging.INFO, logger="httpx")
    with Hostile(api_script(cookie_then_text)) as server:
        first, second = exchange(
            async_, server, httpx_args={"event_hooks": hooks, "default_encoding": "latin-1"}
        )
        api = [r for r in server.requests if r.path != "/oauth/token"]
    # the cookie the server set went back with the next request
    assert "cookie" not in api[0].headers and api[1].headers["cookie"] == "lb=node-7"
    assert api[1].authorization == f"Bearer {TOKEN}"
    for response in (first, second):
        assert response.text == "café"  # default_encoding
        assert isinstance(response.elapsed, datetime.timedelta) and response.elapsed.total_seconds() >= 0
        assert response.is_closed and response.request.headers["Authorization"] == "[redacted]"
    path = "/api/channel-platform" + ACTION
    assert seen == [f"request PUT {path}", "response 200"] * 2
    lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert lines == [f'HTTP Request: PUT {server.base_url}{ACTION} "HTTP/1.1 200 Whatever"'] * 2
    assert TOKEN not in caplog.text


def test_a_request_built_by_hand_gets_the_clients_timeout() -> None:
    with (
        Hostile(api_script(lambda request, conn: send(conn, 204))) as server,
        mc.ConnectClient(**server.client_options(timeout=7)) as client,
    ):
        request = httpx.Request("PUT", f"{server.base_url}{ACTION}", json={"status": "SUCCESS"})
        assert client.api.get_httpx_client().send(request).status_code == 204
    assert request.extensions["timeout"] == httpx.Timeout(7).as_dict()


@both
def test_a_closed_client_refuses_to_send(async_: bool) -> None:
    with Hostile(api_script(lambda request, conn: send(conn, 204))) as server:
        client = new_client(async_, **server.client_options())
        if isinstance(client, mc.ConnectClient):
            client.close()
            with pytest.raises(mc.ConfigurationError, match="this client is closed"):
                client.orders.update_action_status("a-1", "SUCCESS")
            with pytest.raises(mc.ConfigurationError, match="this client is closed"):
                client.api.get_httpx_client().put(ACTION, auth=httpx.BasicAuth("u", "p"))
        else:

            async def main() -> None:
                await client.close()
                with pytest.raises(mc.ConfigurationError, match="this client is closed"):
                    await client.orders.update_action_status("a-1", "SUCCESS")

            asyncio.run(main())
        assert server.requests == []


def test_a_request_with_its_own_auth_goes_through_httpx(monkeypatch: pytest.MonkeyPatch) -> None:
    """httpx runs the request's auth flow; the transport still puts the token on the attempt."""
    calls: list[object] = []
    original = httpx.Client.send

    def spy(self: httpx.Client, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        calls.append(kwargs.get("auth"))
        return original(self, request, **kwargs)

    monkeypatch.setattr(httpx.Client, "send", spy)
    with Hostile(api_script(lambda request, conn: send(conn, 204))) as server:
        with mc.ConnectClient(**server.client_options()) as client:
            http = client.api.get_httpx_client()
            http.put(ACTION, json={"status": "SUCCESS"})
            assert calls == []  # the usual request: straight to the transport
            basic = httpx.BasicAuth("user", "pass")
            assert http.put(ACTION, json={"status": "SUCCESS"}, auth=basic).status_code == 204
        assert calls == [basic]
        assert [r.authorization for r in server.requests[1:]] == [f"Bearer {TOKEN}"] * 2


def test_mounts_are_refused() -> None:
    """A mount would route requests past the transport: no token, no retries, no pacing."""
    with pytest.raises(mc.ConfigurationError, match="may not set mounts"):
        mc.ConnectClient("id", "secret", httpx_args={"mounts": {"all://": httpx.HTTPTransport()}})


def test_a_streamed_request_gets_the_answer_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(httpx.Client, "send", refuse("httpx.Client.send"))
    with (
        Hostile(api_script(lambda request, conn: send(conn, 200, {"id": "a-1"}))) as server,
        mc.ConnectClient(**server.client_options()) as client,
    ):
        http = client.api.get_httpx_client()
        with http.stream("PUT", ACTION, json={"status": "SUCCESS"}, follow_redirects=False) as response:
            assert response.is_stream_consumed and response.json() == {"id": "a-1"}
            assert b"".join(response.iter_bytes()) == b'{"id": "a-1"}'
        assert response.is_closed
