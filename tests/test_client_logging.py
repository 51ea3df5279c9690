"""Logging: one DEBUG line per attempt, INFO on token refresh and retries, WARNING when giving up;
and never a secret or a token, at any level, in any repr or exception."""

from __future__ import annotations

import logging
from typing import Any

import mirakl_connect as mc
import pytest
from mirakl_connect_sandbox import Fault

from .support import ORIGIN


def test_attempts_retries_and_giving_up_are_logged(
    sb: Any, connect: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="mirakl_connect")
    sb.faults.set([Fault.status_code(503, operation="updateActionStatus", times=1)])
    client = connect(retry=mc.RetryPolicy(max_attempts=2, jitter=False))
    client.orders.update_action_status("a-1", "SUCCESS")
    sb.faults.set([Fault.status_code(502, operation="updateActionStatus")])
    with pytest.raises(mc.ServerError):
        client.orders.update_action_status("a-2", "SUCCESS")
    lines = [(r.levelname, r.getMessage()) for r in caplog.records if r.name == "mirakl_connect"]
    assert ("INFO", f"fetched an access token for client {sb.client_id!r} (valid 3599 s)") in lines
    debug = [m for level, m in lines if level == "DEBUG"]
    assert debug[0].startswith("token request -> 200 (attempt 1, ")
    assert "updateActionStatus -> 503 (attempt 1, " in debug[1] and debug[1].endswith(", next in 0.50 s")
    assert debug[2].startswith("updateActionStatus -> 204 (attempt 2, ")
    assert ("INFO", "updateActionStatus: HTTP 503, retrying in 0.50 s (attempt 2 of 2)") in lines
    assert ("WARNING", "updateActionStatus: giving up after 2 attempt(s): HTTP 502") in lines
    assert (
        sum(1 for level, m in lines if level == "DEBUG" and "updateActionStatus ->" in m) == 4
    )  # one per attempt


def test_no_secret_or_token_anywhere(
    sb: Any, connect: Any, caplog: pytest.LogCaptureFixture, tmp_path: Any
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx, httpcore
    sb.faults.set(
        [
            Fault.revoke(operation="updateActionStatus", times=1),
            Fault.status_code(503, operation="upsertOrders", times=1),
        ]
    )
    client = connect()
    texts = [repr(client), repr(client.auth), repr(client.api), str(client.__dict__.keys())]
    client.orders.update_action_status("a-1", "SUCCESS")  # 401, refresh, replay
    tokens = {client.auth._token.value}
    client.orders.upsert(ORIGIN, [])
    (tmp_path / "x.csv").write_text("a,b\n1,2\n")
    client.documents.upload(
        "O-1", tmp_path / "x.csv", channel_document_id="D", type="CUSTOMER_INVOICE", origin=ORIGIN
    )
    errors: list[BaseException] = []
    for action in (
        lambda: client.orders.update_action_status("a-1", "SUCCESS"),  # ACTION_ALREADY_FINAL
        lambda: client.documents.delete("missing", ORIGIN),  # 404
        lambda: client.orders.upsert(ORIGIN, [{"channel_order_id": 1}]),  # ValidationError
    ):
        try:
            action()
        except mc.ConnectError as error:
            errors.append(error)
    assert len(errors) == 3
    bad = mc.ConnectClient(
        sb.client_id,
        "wrong-secret-xyz",
        base_url=sb.base_url,
        token_url=sb.token_url,
        allow_insecure_http=True,
    )
    with bad, pytest.raises(mc.AuthenticationError) as refused:
        bad.orders.update_action_status("a-9", "SUCCESS")
    errors.append(refused.value)
    texts += [str(e) for e in errors] + [repr(e) for e in errors]
    texts += [
        repr(getattr(e, "request", None)) + str(getattr(getattr(e, "request", None), "headers", ""))
        for e in errors
    ]
    texts.append(caplog.text)
    everything = "\n".join(texts)
    for secret in (sb.client_secret, "wrong-secret-xyz", *tokens):
        assert secret not in everything
    assert "Bearer" not in caplog.text
