"""Secret scan: a full flow at DEBUG, with a failing call of every kind, leaves no token and no
client secret in any log line, repr, message, or object reachable from what was returned or raised.

The flow runs against the sandbox (statuses, disconnects, revocations, cut answers, refused
credentials, pacing refusals, bad input) and a raw-socket server for what the sandbox cannot do
(redirects, an echoed form). Every token the client received is recorded as it arrives.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import Callable, Iterator
from typing import Any

import mirakl_connect as mc
import pytest
from mirakl_connect._api import ConnectAPI
from mirakl_connect._auth import ClientCredentials
from mirakl_connect_sandbox import Fault, Sandbox

from ..fakes import FakeClock
from ..hostile import SECRET, TOKEN, Hostile, Raw, leaks, send, token_answer
from ..support import ORIGIN, order

ORIGIN_DOC = {"channel_id": "acme", "channel_store_id": "s1"}
FAST = mc.RetryPolicy(max_attempts=3, backoff=0.01, max_backoff=0.02, jitter=False)


@pytest.fixture
def tokens(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every access token any client accepts during the test."""
    seen: list[str] = []
    accept = ClientCredentials.accept

    def recording(self: ClientCredentials, response: Any) -> Any:
        token = accept(self, response)
        seen.append(token.value)
        return token

    monkeypatch.setattr(ClientCredentials, "accept", recording)
    return seen


def outcomes(client: mc.ConnectClient, sb: Sandbox) -> Iterator[object]:
    """Run one call of every kind, each failing its own way; yield what came back or was raised."""
    calls: list[tuple[list[Fault], Callable[[], object]]] = [
        ([], lambda: client.orders.upsert(ORIGIN, [order(i) for i in range(3)])),
        ([Fault.respond(400, {"code": "INVALID_INPUT", "message": "refused"})],
         lambda: client.orders.upsert(ORIGIN, [order(i) for i in range(2)])),
        ([Fault.status_code(503)], lambda: client.orders.update_action_status("a-1", "SUCCESS")),
        ([Fault.status_code(520)], lambda: client.orders.update_action_status("a-2", "SUCCESS")),
        ([Fault.rate_limited(retry_after=10_000)], lambda: client.orders.update_action_status("a-3", "SUCCESS")),
        ([Fault.revoke()], lambda: client.orders.update_action_status("a-4", "SUCCESS")),
        ([Fault.disconnect()], lambda: client.orders.update_action_status("a-5", "SUCCESS")),
        ([Fault.truncated()], lambda: client.orders.update_action_status("a-6", "SUCCESS")),
        ([Fault.broken_chunk()], lambda: client.orders.update_action_status("a-7", "SUCCESS")),
        ([Fault.disconnect(after=True, times=1)], lambda: client.orders.update_action_status("a-8", "SUCCESS")),
        ([], lambda: client.documents.delete("NO-SUCH-DOC", ORIGIN_DOC)),
        ([Fault.status_code(429)], lambda: client.documents.upload(
            "O-1", b"%PDF-1.7 x", channel_document_id="D-1", type="RETURN_LABEL", origin=ORIGIN_DOC)),
        ([], lambda: client.carriers.upsert("acme", [{"channel_carrier_id": "ups", "name": "UPS"}])),
        ([], lambda: client.carriers.upsert("acme", [{"channel_carrier_id": "ups", "name": "UPS"}])),  # paced out
        ([], lambda: client.orders.update_action_status("..", "SUCCESS")),  # refused before sending
    ]  # fmt: skip
    for faults, run in calls:
        sb.faults.set(faults)
        try:
            yield run()
        except mc.ConnectError as error:
            yield error
    sb.faults.set([])


def scan(found: list[object], caplog: pytest.LogCaptureFixture, *secrets: str) -> None:
    """Logs, reprs and messages of everything; every attribute of results and exceptions (a client
    holds its secret by necessity: only its repr is checked)."""
    texts = [record.getMessage() for record in caplog.records]
    texts += [repr(obj) for obj in found] + [str(obj) for obj in found]
    assert not [t for t in texts if any(s in t for s in secrets)], "a secret in a log line, repr or message"
    clients = (mc.ConnectClient, mc.AsyncConnectClient, ClientCredentials, ConnectAPI)
    outcomes = [obj for obj in found if not isinstance(obj, clients)]
    assert not leaks(outcomes, *secrets), "a secret reachable from a result or an exception"


def test_a_full_flow_at_debug_leaks_nothing(tokens: list[str], caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    clock = FakeClock()
    with Sandbox(clock=clock, rate_limits=False) as sb:
        options = {
            "client_id": sb.client_id, "client_secret": sb.client_secret, "base_url": sb.base_url,
            "token_url": sb.token_url, "allow_insecure_http": True, "clock": clock, "retry": FAST,
            "pacing": mc.Pacing(max_wait=5),
        }  # fmt: skip
        with mc.ConnectClient(**options) as client:
            found = [client, client.auth, client.api, *outcomes(client, sb)]
        wrong = {**options, "client_secret": "not-" + sb.client_secret}
        with mc.ConnectClient(**wrong) as refused, pytest.raises(mc.AuthenticationError) as raised:
            refused.orders.update_action_status("a-9", "SUCCESS")
        found.append(raised.value)

        async def async_flow() -> list[object]:
            async with mc.AsyncConnectClient(**options) as aclient:
                sb.faults.set([Fault.revoke(times=1), Fault.status_code(503, times=1)])
                await aclient.orders.update_action_status("b-1", "SUCCESS")
                sb.faults.set([Fault.status_code(500)])
                try:
                    await aclient.orders.update_action_status("b-2", "SUCCESS")
                except mc.ServerError as error:
                    return [aclient, error]
            return [aclient]

        found += asyncio.run(async_flow())
    found += [failure.error for item in found if isinstance(item, mc.BulkResult) for failure in item.failed]
    kinds = {type(item).__name__ for item in found}
    assert {"BulkResult", "BadRequestError", "ServerError", "RateLimitError", "AuthenticationError"} <= kinds
    assert {"TransportError", "NotFoundError", "PacingError", "ValidationError"} <= kinds
    assert len(tokens) >= 3  # tokens were fetched, refreshed after revocations, and are all scanned for
    scan(found, caplog, sb.client_secret, *tokens)


def test_hostile_answers_leak_nothing(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    answers: list[Callable[[Raw, socket.socket], None]] = [
        lambda r, c: send(c, 307, b"", {"Location": "https://elsewhere.test/token"}),
        lambda r, c: send(c, 500, r.body),  # echoes the form, secret included
        lambda r, c: send(c, 400, {"error": "invalid_client", "error_description": SECRET}),
        lambda r, c: token_answer(c, expires_in=-1),
        lambda r, c: token_answer(c) if r.path == "/oauth/token" else send(c, 302, b"", {"Location": "/x"}),
        lambda r, c: (
            token_answer(c) if r.path == "/oauth/token" else send(c, 401, r.headers["authorization"])
        ),
    ]
    found: list[object] = []
    for answer in answers:
        with (
            Hostile(answer) as server,
            mc.ConnectClient(**server.client_options(retry=mc.RetryPolicy.disabled())) as c,
        ):
            try:
                c.orders.update_action_status("a-1", "SUCCESS")
            except mc.ConnectError as error:
                found.append(error)
    assert len(found) == len(answers)
    scan(found, caplog, SECRET, TOKEN)
