"""The client against servers that misbehave (issue 9, items 1-10): a raw-socket server on loopback
(``tests/hostile.py``) where the sandbox cannot produce the fault. Every failure is a typed
``mc.ConnectError``; no token nor secret is reachable from anything returned or raised.
"""

from __future__ import annotations

import asyncio
import io
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import mirakl_connect as mc
import pytest
from mirakl_connect_api.api.orders import update_action_status as generated_update_action_status
from mirakl_connect_api.models import ActionStatus, UpdateActionRequest

from .fakes import FakeClock
from .hostile import SECRET, TOKEN, Close, Hostile, Raw, api_script, leaks, ok, send, token_answer
from .support import ORIGIN, both, call, new_client, order, report

FAST = mc.RetryPolicy(backoff=0.01, max_backoff=0.02, jitter=False)
API = "/api/channel-platform"


def in_turn(*answers: Callable[[Raw, socket.socket], None]) -> Callable[[Raw, socket.socket], None]:
    """API answers one after the other; the last one repeats."""
    queue = list(answers)

    def answer(request: Raw, conn: socket.socket) -> None:
        (queue.pop(0) if len(queue) > 1 else queue[0])(request, conn)

    return api_script(answer)


def status(code: int, body: Any = b"", **headers: str) -> Callable[[Raw, socket.socket], None]:
    return lambda request, conn: send(conn, code, body, headers)


def drop(request: Raw, conn: socket.socket) -> None:
    """Read the request, then close without a word (the answer is lost)."""
    raise Close


def api_requests(server: Hostile) -> int:
    return sum(1 for p in server.paths() if p.startswith(API))


# -- 1. the token request has timeouts, retries and a deadline ----------------------------------------
@both
def test_a_silent_token_endpoint_ends_in_a_transport_error(async_: bool) -> None:
    stop = threading.Event()

    def script(request: Raw, conn: socket.socket) -> None:
        stop.wait(10)  # accepts, reads, never answers

    with Hostile(script) as server:
        options = server.client_options(timeout=0.1, retry=mc.RetryPolicy(max_attempts=2, backoff=0.01))
        with pytest.raises(mc.TransportError, match=r"token request: ReadTimeout after 2 attempt") as raised:
            report(lambda: new_client(async_, **options))
        stop.set()
    assert server.paths() == ["/oauth/token", "/oauth/token"]
    assert not leaks(raised.value, SECRET)


def test_callers_waiting_for_a_silent_token_endpoint_are_not_held_forever() -> None:
    stop = threading.Event()
    with Hostile(lambda request, conn: stop.wait(10)) as server:
        client = mc.ConnectClient(**server.client_options(timeout=0.1, retry=mc.RetryPolicy.disabled()))
        errors: list[BaseException] = []

        def report() -> None:
            try:
                client.orders.update_action_status("a-1", "SUCCESS")
            except mc.ConnectError as error:
                errors.append(error)

        threads = [threading.Thread(target=report) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=10)
        stop.set()
        client.close()
    assert len(errors) == 3 and all(isinstance(e, mc.TransportError) for e in errors)


# -- 2. nothing reachable from an error or a result holds a secret ----------------------------------------
SECRET_CASES = {
    "html 500": in_turn(status(500, "<html><body>Bad gateway</body></html>", **{"Content-Type": "text/html"})),
    "redirect": in_turn(status(302, b"", Location="https://elsewhere.test/steal")),
    "401 twice": in_turn(status(401, {"code": "UNAUTHORIZED", "message": "no"})),
    "500 echoing the bearer": in_turn(lambda r, c: send(c, 500, f"bad {r.authorization}", {"X-Echo": str(r.authorization)})),
    "bad expires_in": lambda r, c: token_answer(c, expires_in="soon"),
    "token redirect": lambda r, c: send(c, 307, b"", {"Location": "https://elsewhere.test/token"}),
    "token 500 echoing the form": lambda r, c: send(c, 500, r.body),
    "token 401 echoing the secret": lambda r, c: send(c, 401, {"error": "invalid_client", "error_description": f"bad secret {SECRET}"}),
}  # fmt: skip


@both
@pytest.mark.parametrize("case", list(SECRET_CASES))
def test_no_secret_is_reachable_from_what_is_raised(async_: bool, case: str) -> None:
    with Hostile(SECRET_CASES[case]) as server:
        options = server.client_options(retry=mc.RetryPolicy.disabled())
        with pytest.raises(mc.APIError) as raised:
            report(lambda: new_client(async_, **options))
    error = raised.value
    assert not leaks(error, SECRET, TOKEN), error
    assert error.response is not None and error.response.history == [] and error.response.next_request is None


def test_a_redirect_says_where_and_is_not_followed() -> None:
    with Hostile(in_turn(status(302, b"", Location="https://elsewhere.test/steal"))) as server:  # noqa: SIM117 - the server must outlive the call
        with pytest.raises(
            mc.RedirectError, match=r"redirected to https://elsewhere\.test/steal, not followed"
        ) as raised:
            report(server.clients(False))
    assert raised.value.location == "https://elsewhere.test/steal" and api_requests(server) == 1


def test_no_secret_is_reachable_from_what_is_returned() -> None:
    with Hostile(in_turn(ok)) as server, mc.ConnectClient(**server.client_options()) as client:
        response = generated_update_action_status.sync_detailed(
            "a-1", client=client.api, body=UpdateActionRequest(status=ActionStatus.SUCCESS)
        )
        assert response.status_code == 204
        assert not leaks(response, SECRET, TOKEN)
        assert server.requests[-1].authorization == f"Bearer {TOKEN}"  # it was sent, and forgotten


# -- 3. credentials never cross origins -------------------------------------------------------------------
def test_following_redirects_is_refused() -> None:
    with pytest.raises(mc.ConfigurationError, match="follow_redirects"):
        mc.ConnectClient("id", "secret", httpx_args={"follow_redirects": True})


def test_a_redirect_followed_by_hand_carries_no_credentials_elsewhere() -> None:
    with Hostile(in_turn(ok)) as elsewhere:
        target = f"{elsewhere.origin}/steal"
        with Hostile(in_turn(status(307, b"", Location=target))) as server:  # noqa: SIM117 - the server must outlive the call
            with mc.ConnectClient(**server.client_options()) as client:
                http = client.api.get_httpx_client()
                with pytest.raises(
                    mc.ConfigurationError, match=r"sends credentials to http://127\.0\.0\.1 only"
                ):
                    http.put(
                        f"{API}/v1/orders/actions/a-1", json={"status": "SUCCESS"}, follow_redirects=True
                    )
    assert elsewhere.requests == []


@both
def test_a_redirecting_token_endpoint_gets_no_second_chance(async_: bool) -> None:
    with Hostile(in_turn(ok)) as elsewhere:
        script = lambda r, c: send(c, 307, b"", {"Location": f"{elsewhere.origin}/oauth/token"})  # noqa: E731
        with Hostile(script) as server, pytest.raises(mc.RedirectError, match="token endpoint: redirected"):
            report(server.clients(async_))
    assert elsewhere.requests == []


# -- 4. expires_in --------------------------------------------------------------------------------------
BAD_LIFETIMES = [b"0", b"-5", b"NaN", b"Infinity", b"1" + b"0" * 400, b'"soon"', b"true", b"[]", b"{}", b'""']


@both
@pytest.mark.parametrize("value", BAD_LIFETIMES, ids=lambda v: v.decode()[:12])
def test_an_unusable_expires_in_is_an_authentication_error(async_: bool, value: bytes) -> None:
    def script(request: Raw, conn: socket.socket) -> None:
        send(conn, 200, b'{"access_token": "' + TOKEN.encode() + b'", "expires_in": ' + value + b"}")

    with (
        Hostile(script) as server,
        pytest.raises(mc.AuthenticationError, match="unusable expires_in") as raised,
    ):
        report(server.clients(async_))
    assert not leaks(raised.value, SECRET, TOKEN) and api_requests(server) == 0


def test_a_short_lifetime_is_honoured() -> None:
    clock = FakeClock()
    script = api_script(ok)
    with (
        Hostile(
            lambda r, c: token_answer(c, expires_in=2) if r.path == "/oauth/token" else script(r, c)
        ) as server,
        mc.ConnectClient(**server.client_options(clock=clock)) as client,
    ):
        client.orders.update_action_status("a-1", "SUCCESS")
        clock.advance(0.5)
        client.orders.update_action_status("a-2", "SUCCESS")  # still fresh
        clock.advance(1.0)  # past half its life: replaced before it expires
        client.orders.update_action_status("a-3", "SUCCESS")
    assert server.paths().count("/oauth/token") == 2 and client.auth.tokens_fetched == 2


# -- 5. the token goes on the request right before it is sent -------------------------------------------
@both
def test_pacing_waits_never_send_a_stale_token(async_: bool) -> None:
    from mirakl_connect_sandbox import Sandbox

    clock = FakeClock()
    with Sandbox(clock=clock, token_ttl=2, rate_limits=False) as sb:
        options = {
            "client_id": sb.client_id, "client_secret": sb.client_secret, "base_url": sb.base_url,
            "token_url": sb.token_url, "allow_insecure_http": True, "clock": clock,
            "pacing": mc.Pacing(rates={"updateActionStatus": mc.Rate(10, 1.0)}),
        }  # fmt: skip

        def report_all(client: mc.ConnectClient) -> None:
            with client:
                for i in range(60):
                    client.orders.update_action_status(f"a-{i}", "SUCCESS")

        async def areport_all() -> None:
            async with mc.AsyncConnectClient(**options) as client:

                async def worker(first: int) -> None:  # 4 tasks: the fake clock adds up their waits
                    for i in range(first, 60, 4):
                        await client.orders.update_action_status(f"a-{i}", "SUCCESS")

                await asyncio.gather(*(worker(first) for first in range(4)))

        if async_:
            asyncio.run(areport_all())
        else:
            report_all(mc.ConnectClient(**options))
        assert sb.counters.unauthorized == 0  # not one attempt went out with an expired token
        assert sb.counters.tokens_issued >= 3 and sb.counters.by_operation["updateActionStatus"] == 60


# -- 6. the deadline bounds the whole call -------------------------------------------------------------
def slow(seconds: float, then: Callable[[Raw, socket.socket], None]) -> Callable[[Raw, socket.socket], None]:
    def answer(request: Raw, conn: socket.socket) -> None:
        time.sleep(seconds)
        then(request, conn)

    return answer


def trickle(request: Raw, conn: socket.socket) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n")
    for _ in range(1000):
        conn.sendall(b"x")
        time.sleep(0.05)


DEADLINE = (
    0.15  # without it, each case would run for seconds: 20 attempts and their backoffs, or 50 s of body
)
DEADLINE_CASES = {
    "slow 503s": in_turn(slow(0.05, status(503))),
    "slow token then 503s": lambda r, c: slow(0.08, lambda _, conn: token_answer(conn))(r, c) if r.path == "/oauth/token" else slow(0.04, status(503))(r, c),
    "trickled body": api_script(trickle),
}  # fmt: skip


@both
@pytest.mark.parametrize("case", list(DEADLINE_CASES))
def test_the_deadline_bounds_the_whole_call(async_: bool, case: str) -> None:
    policy = mc.RetryPolicy(max_attempts=20, backoff=0.05, jitter=False, deadline=DEADLINE)
    with Hostile(DEADLINE_CASES[case]) as server:
        started = time.monotonic()
        with pytest.raises(mc.ConnectError) as raised:
            report(server.clients(async_, retry=policy, timeout=2))
        elapsed = time.monotonic() - started
    assert isinstance(raised.value, mc.TransportError | mc.ServerError)
    assert elapsed < DEADLINE + 1.0, f"{case}: {elapsed:.2f} s for a {DEADLINE} s deadline"


def test_trickled_headers_are_bounded_by_the_deadline_in_async() -> None:
    def headers_trickle(request: Raw, conn: socket.socket) -> None:
        for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"y" * 200:
            conn.sendall(bytes([byte]))
            time.sleep(0.05)

    policy = mc.RetryPolicy(deadline=0.2)  # the headers would take 11 s
    with Hostile(api_script(headers_trickle)) as server:
        started = time.monotonic()
        with pytest.raises(mc.TransportError, match="deadline passed"):
            report(server.clients(True, retry=policy, timeout=2))
    assert time.monotonic() - started < 0.2 + 1.0


# -- 7. bodies: unparsable, empty, truncated, huge ------------------------------------------------------
def origin_doc() -> dict[str, str]:
    return {"channel_id": "acme", "channel_store_id": "s1"}


SINGLE_CALLS: dict[str, tuple[str, tuple[Any, ...], dict[str, Any]]] = {
    "action status": ("orders.update_action_status", ("a-1", "SUCCESS"), {}),
    "document delete": ("documents.delete", ("DOC-1", origin_doc()), {}),
    "document upload": ("documents.upload", ("O-1", b"%PDF-1.7 label"), {"channel_document_id": "D-1", "type": "RETURN_LABEL", "origin": origin_doc()}),
    "carriers": ("carriers.upsert", ("acme", [{"channel_carrier_id": "ups", "name": "UPS"}]), {}),
    "store": ("stores.upsert_business_information", ("acme", "s1", {"currency": "EUR", "updated_at": "2026-11-20T08:30:00Z"}), {}),
    "catalog configuration": ("catalog.configure", ("acme", {"use_case_configurations": {"offer_creation": {"support": "UNSUPPORTED", "required": {}}, "offer_update": {"support": "UNSUPPORTED", "required": {}}}}), {}),
    "product type": ("taxonomy.upsert_product_type", ("acme", "phones", {"labels": [{"locale": "en", "value": "Phones"}], "embedded_attributes": []}), {}),
    "rule": ("taxonomy.create_rule", ("acme", {"id": "r1", "when": {"isSet": {"attribute": "b"}}, "then": {"all": []}}), {}),
}  # fmt: skip
BAD_BODIES = {
    400: (b"<html><body>400 Bad Request</body></html>", mc.BadRequestError),
    401: (b"<html>Unauthorized</html>", mc.AuthenticationError),
    404: (b"", mc.NotFoundError),
    409: (b"{}", mc.ConflictError),
    422: (b"[]", mc.UnprocessableEntityError),
    500: (b"{}", mc.ServerError),
    503: (b'{"code": 5}', mc.ServerError),
}


@pytest.mark.parametrize("case", list(SINGLE_CALLS))
@pytest.mark.parametrize("code", list(BAD_BODIES))
def test_an_unparsable_error_body_still_gives_the_right_error(case: str, code: int) -> None:
    path, args, kwargs = SINGLE_CALLS[case]
    body, cls = BAD_BODIES[code]
    with Hostile(in_turn(status(code, body, **{"Content-Type": "text/html"}))) as server:  # noqa: SIM117 - the server must outlive the call
        with pytest.raises(cls) as raised:
            call(
                server.clients(False, retry=mc.RetryPolicy.disabled(), pacing=False),
                *path.split("."),
                *args,
                **kwargs,
            )
    assert type(raised.value) is cls and raised.value.status_code == code
    assert raised.value.response is not None and raised.value.response.content == body


@both
def test_an_unparsable_answer_to_returns_leaves_every_return_failed_not_lost(async_: bool) -> None:
    returns = [{"channel_return_id": "R-1", "channel_order_id": "O-1", "channel_updated_at": "2026-11-20T08:30:00Z",
                "created_at": "2026-11-20T08:30:00Z", "status": "REQUEST_INITIATED",
                "return_lines": [{"channel_order_line_id": "O-1-1", "quantity": 1, "reason": "DAMAGED_ITEM"}]}]  # fmt: skip
    with Hostile(in_turn(status(200, b"<html>maintenance</html>"))) as server:
        result = call(server.clients(async_, pacing=False), "returns", "upsert", ORIGIN, returns)
    assert not result.ok and [f.index for f in result.failed] == [0] and result.accepted == []


def cut_short(code: int) -> Callable[[Raw, socket.socket], None]:
    def answer(request: Raw, conn: socket.socket) -> None:
        conn.sendall(f"HTTP/1.1 {code} X\r\nContent-Length: 100\r\n\r\nshort".encode())
        raise Close

    return answer


def broken_chunk(request: Raw, conn: socket.socket) -> None:
    conn.sendall(
        b"HTTP/1.1 204 No Content\r\n\r\n"[:0]
        + b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\nZZ\r\n"
    )
    raise Close


@both
@pytest.mark.parametrize(
    "fault", [cut_short(503), cut_short(200), broken_chunk], ids=["503 cut", "200 cut", "chunk"]
)
def test_a_broken_body_is_a_network_fault_and_is_retried(async_: bool, fault: Any) -> None:
    with Hostile(in_turn(fault, ok)) as server:
        report(server.clients(async_, retry=FAST))
    assert api_requests(server) == 2
    with (
        Hostile(in_turn(fault)) as server,
        pytest.raises(mc.TransportError, match="after 3 attempt") as raised,
    ):
        report(server.clients(async_, retry=mc.RetryPolicy(max_attempts=3, backoff=0.01)))
    assert isinstance(raised.value.__cause__, httpx.TransportError)


@both
def test_a_huge_error_body_is_not_read_whole(async_: bool) -> None:
    sent = [0]

    def huge(request: Raw, conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 500 Oops\r\nContent-Length: 209715200\r\n\r\n")
        chunk = b"<html>" + b"x" * 65530
        try:
            while sent[0] < 200 * 2**20:
                conn.sendall(chunk)
                sent[0] += len(chunk)
        except OSError:
            raise Close from None

    with Hostile(api_script(huge)) as server, pytest.raises(mc.ServerError) as raised:
        report(server.clients(async_, retry=mc.RetryPolicy.disabled()))
    assert (
        raised.value.response is not None
        and len(raised.value.response.content) <= mc._errors.MAX_ERROR_BODY + 65536
    )
    assert sent[0] < 50 * 2**20  # the client hung up long before 200 MB


# -- 9. "success after a replay" only when an earlier attempt may have landed ---------------------------------
FINAL = status(400, {"code": "ACTION_ALREADY_FINAL", "message": "already final"})


def report_failed(server: Hostile, async_: bool) -> None:
    """Report action a-1 FAILED (an outcome that can be final already) through ``server``."""
    report(server.clients(async_, retry=FAST), "FAILED", errors=[{"code": "UNEXPECTED", "message": "x"}])


@both
def test_already_final_after_a_lost_answer_means_success(async_: bool) -> None:
    with Hostile(in_turn(drop, FINAL)) as server:
        report_failed(server, async_)
    assert api_requests(server) == 2


@both
@pytest.mark.parametrize("first", [status(429, b"", **{"Retry-After": "0"}), status(503)], ids=["429", "503"])
def test_already_final_after_an_answer_that_was_not_processed_is_an_error(async_: bool, first: Any) -> None:
    with (
        Hostile(in_turn(first, FINAL)) as server,
        pytest.raises(mc.BadRequestError, match="ACTION_ALREADY_FINAL"),
    ):
        report_failed(server, async_)


@both
def test_404_on_delete_after_a_503_is_not_found(async_: bool) -> None:
    gone = status(404, {"code": "DATA_NOT_FOUND", "message": "no such document"})
    with Hostile(in_turn(status(503), gone)) as server, pytest.raises(mc.NotFoundError):
        call(server.clients(async_, retry=FAST), "documents", "delete", "NEVER-EXISTED", origin_doc())
    with Hostile(in_turn(drop, gone)) as server:  # the first attempt may have deleted it
        call(server.clients(async_, retry=FAST), "documents", "delete", "DOC-1", origin_doc())


@both
def test_an_upload_is_sent_again_only_when_surely_not_processed(async_: bool) -> None:
    args = ("O-1", b"%PDF-1.7 label")
    kwargs = {"channel_document_id": "D-1", "type": "RETURN_LABEL", "origin": origin_doc()}
    with Hostile(in_turn(status(429, b"", **{"Retry-After": "0"}), ok)) as server:
        call(server.clients(async_, retry=FAST), "documents", "upload", *args, **kwargs)
    assert api_requests(server) == 2
    with Hostile(in_turn(drop, ok)) as server, pytest.raises(mc.TransportError):
        call(server.clients(async_, retry=FAST), "documents", "upload", *args, **kwargs)
    assert api_requests(server) == 1


# -- 10. pacing after a lost attempt ----------------------------------------------------------------------
class RefuseOnce(httpx.BaseTransport):
    """The first connection is refused (nothing reaches the server), the rest go through."""

    def __init__(self) -> None:
        self.real, self.refused = httpx.HTTPTransport(), 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not self.refused and "/carriers" in request.url.path:
            self.refused += 1
            raise httpx.ConnectError("connection refused")
        return self.real.handle_request(request)

    def close(self) -> None:
        self.real.close()


def test_an_attempt_that_never_reached_the_server_frees_its_pacing_slot(sb: Any, connect: Any) -> None:
    transport = RefuseOnce()
    client = connect(httpx_args={"transport": transport}, pacing=mc.Pacing(max_wait=5))
    client.carriers.upsert("acme", [{"channel_carrier_id": "ups", "name": "UPS"}])
    assert transport.refused == 1 and sb.state.carriers["acme"] == [
        {"channel_carrier_id": "ups", "name": "UPS"}
    ]


def test_a_pacing_refusal_is_not_a_429() -> None:
    with Hostile(in_turn(drop)) as server:  # noqa: SIM117 - the server must outlive the call
        with pytest.raises(mc.PacingError, match="upsertCarriers is limited to 1 call") as raised:
            call(
                server.clients(False, retry=FAST),
                "carriers",
                "upsert",
                "acme",
                [{"channel_carrier_id": "ups", "name": "UPS"}],
            )
    assert raised.value.retry_after > 3000 and not isinstance(raised.value, mc.APIError)
    assert api_requests(server) == 1


# -- 13. a file that changes while it is uploaded ---------------------------------------------------------
def test_a_file_growing_during_its_upload_is_a_typed_error(tmp_path: Path) -> None:
    path = tmp_path / "label.pdf"
    path.write_bytes(b"%PDF-1.7 " + b"x" * 1000)

    class Growing(io.FileIO):
        def read(self, size: int = -1) -> bytes:
            with path.open("ab") as more:  # another process appends while we send
                more.write(b"y" * 5000)
            return super().read(size)

    with (
        Hostile(in_turn(ok)) as server,
        Growing(str(path), "rb") as file,
        pytest.raises(mc.ConnectError) as raised,
    ):
        call(
            server.clients(False, retry=FAST),
            "documents",
            "upload",
            "O-1",
            file,
            channel_document_id="D-1",
            type="RETURN_LABEL",
            origin=origin_doc(),
        )
    assert isinstance(raised.value, mc.TransportError)


# -- the sandbox's token: a bulk run through a server that is slow to answer ------------------------------------
def test_orders_through_a_hostile_server_lose_nothing() -> None:
    with Hostile(in_turn(cut_short(503), drop, status(520, "<html>cf</html>"), ok)) as server:
        result = call(
            server.clients(False, retry=FAST, pacing=False),
            "orders",
            "upsert",
            ORIGIN,
            [order(i) for i in range(3)],
            concurrency=1,
        )
    assert result.ok and len(result.accepted) == 3
