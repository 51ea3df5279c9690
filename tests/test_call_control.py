"""Which operation a request is for, found from the path as sent (ids are percent-encoded)."""

from __future__ import annotations

import httpx
import mirakl_connect as mc
import pytest
from mirakl_connect._clock import SYSTEM_CLOCK
from mirakl_connect._retry import RetryPolicy
from mirakl_connect._transports import CallControl

BASE = "https://connect.example/api/channel-platform"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
ORIGIN = {"channel_id": "acme", "channel_store_id": "store-1"}


def control() -> CallControl:
    return CallControl(
        base_url=BASE, policy=RetryPolicy(), pacer=None, clock=SYSTEM_CLOCK, credentials=None,
        timeout=httpx.Timeout(30),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("method", "path", "operation", "idempotent"),
    [
        ("POST", "/v1/orders/ORDER%2F2026%2F1/documents", "uploadOrderDocument", False),
        ("PUT", "/v1/orders/actions/a%2Fb", "updateActionStatus", True),
        ("PUT", "/v1/orders/actions/plain", "updateActionStatus", True),
        ("PUT", "/v1/orders/actions/a%2Fb?x=1", "updateActionStatus", True),
    ],
)
def test_an_id_with_a_slash_is_one_segment(method: str, path: str, operation: str, idempotent: bool) -> None:
    attempts = control().start(httpx.Request(method, BASE + path))
    assert attempts.operation is not None and attempts.operation.operation_id == operation
    assert attempts.idempotent is idempotent


def test_an_upload_for_an_order_id_with_a_slash_is_not_sent_twice_after_a_lost_answer() -> None:
    """The upload is not idempotent: an attempt whose answer is lost is not sent again."""
    uploads: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "t0k3n", "expires_in": 3600})
        uploads.append(request.url.raw_path.decode())
        raise httpx.ReadError("connection reset after the request was sent")

    client = mc.ConnectClient(
        "id", "secret", base_url=BASE, token_url="https://auth.example/oauth/token",
        httpx_args={"transport": httpx.MockTransport(answer)}, retry=mc.RetryPolicy(backoff=0),
    )  # fmt: skip
    with client, pytest.raises(mc.TransportError, match="uploadOrderDocument: ReadError after 1 attempt"):
        client.documents.upload(
            "ORDER/2026/1", PDF, channel_document_id="d-1", type="CUSTOMER_INVOICE", origin=ORIGIN,
            filename="invoice.pdf",
        )  # fmt: skip
    assert uploads == ["/api/channel-platform/v1/orders/ORDER%2F2026%2F1/documents"]


@pytest.mark.parametrize("where", ["body", "header"])
def test_a_token_echoed_by_a_transport_that_reads_its_answers_is_redacted(where: str) -> None:
    """A MockTransport's answer comes with its body already read: the echo must not survive."""

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "t0k3n-ECHOED", "expires_in": 3600})
        sent = request.headers["Authorization"]
        if where == "body":
            return httpx.Response(500, json={"code": "OOPS", "message": f"you sent {sent}"})
        return httpx.Response(500, json={"code": "OOPS", "message": "no"}, headers={"X-Echo": sent})

    client = mc.ConnectClient(
        "id", "secret", base_url=BASE, token_url="https://auth.example/oauth/token",
        httpx_args={"transport": httpx.MockTransport(answer)}, retry=mc.RetryPolicy.disabled(),
    )  # fmt: skip
    with client, pytest.raises(mc.ServerError) as raised:
        client.orders.update_action_status("a-1", "SUCCESS")
    response = raised.value.response
    assert response is not None
    assert b"t0k3n-ECHOED" not in response.content and "t0k3n-ECHOED" not in str(response.headers)
    assert "t0k3n-ECHOED" not in str(raised.value)


def test_a_transport_answering_with_the_wrong_stream_kind_ends_in_a_transport_error() -> None:
    """A sync client given an async-only answer: our error, naming the call, not an AssertionError."""

    class AsyncOnly(httpx.AsyncByteStream):
        async def __aiter__(self):  # type: ignore[no-untyped-def]
            yield b"{}"

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "t0k3n", "expires_in": 3600})
        return httpx.Response(200, stream=AsyncOnly())

    client = mc.ConnectClient(
        "id", "secret", base_url=BASE, token_url="https://auth.example/oauth/token",
        httpx_args={"transport": httpx.MockTransport(answer)}, retry=mc.RetryPolicy.disabled(),
    )  # fmt: skip
    with client, pytest.raises(mc.TransportError, match="updateActionStatus: TypeError"):
        client.orders.update_action_status("a-1", "SUCCESS")
