"""The transport's decisions, without a server: retry policy, Retry-After, pacing, settings, errors."""

from __future__ import annotations

import email.utils
import io
import random

import httpx
import mirakl_connect as mc
import pytest
from mirakl_connect import _config, spec
from mirakl_connect._errors import error_from_response, safe_copy
from mirakl_connect._pacing import Pacer
from mirakl_connect._retry import Attempts, parse_retry_after, replayable

from .fakes import FakeClock

ORDERS = spec.operations()["upsertOrders"]
UPLOAD = spec.operations()["uploadOrderDocument"]


def request(body: bytes = b"{}", method: str = "POST", path: str = "/v1/orders") -> httpx.Request:
    return httpx.Request(method, f"https://connect.test/api/channel-platform{path}", content=body)


# -- retry policy ------------------------------------------------------------------------------------
def test_backoff_doubles_up_to_the_cap_with_jitter_in_the_upper_half() -> None:
    policy = mc.RetryPolicy(backoff=0.5, max_backoff=3, rng=random.Random(7))
    for attempt, full in [(1, 0.5), (2, 1.0), (3, 2.0), (4, 3.0), (5, 3.0)]:
        wait = policy.backoff_for(attempt)
        assert full / 2 <= wait <= full
    assert mc.RetryPolicy(jitter=False).backoff_for(3) == 2.0


def test_disabled_policy_sends_once() -> None:
    assert mc.RetryPolicy.disabled().max_attempts == 1
    with pytest.raises(ValueError, match="at least 1"):
        mc.RetryPolicy(max_attempts=0)


@pytest.mark.parametrize(
    ("header", "expected"),
    [("7", 7.0), ("0.5", 0.5), ("-3", 0.0), ("", None), ("soon", None), (None, None)],
)
def test_retry_after_in_seconds(header: str | None, expected: float | None) -> None:
    assert parse_retry_after(header, now=1_800_000_000) == expected


def test_retry_after_as_http_date() -> None:
    now = 1_800_000_000.0
    assert parse_retry_after(email.utils.formatdate(now + 42, usegmt=True), now) == 42.0
    assert parse_retry_after(email.utils.formatdate(now - 42, usegmt=True), now) == 0.0


def attempts(
    policy: mc.RetryPolicy, clock: FakeClock, operation: spec.Operation | None = ORDERS, body: bytes = b"{}"
) -> Attempts:
    a = Attempts(policy, clock, request(body), operation)
    a.begin()
    return a


def test_statuses_retried_and_not() -> None:
    clock = FakeClock()
    policy = mc.RetryPolicy(jitter=False)
    for status in (408, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524, 529):
        assert attempts(policy, clock).after_response(httpx.Response(status)) == 0.5
    for status in (301, 400, 401, 403, 404, 405, 409, 410, 413, 415, 422, 501, 505, 599):
        assert attempts(policy, clock).after_response(httpx.Response(status)) is None


def test_retry_after_is_honoured_then_capped() -> None:
    clock = FakeClock()
    policy = mc.RetryPolicy(max_retry_after=120)
    answer = httpx.Response(429, headers={"Retry-After": "30"})
    assert attempts(policy, clock).after_response(answer) == 30
    too_long = httpx.Response(429, headers={"Retry-After": "121"})
    assert attempts(policy, clock).after_response(too_long) is None
    assert too_long.extensions["mirakl_connect.retry_after"] == 121


def test_attempts_and_deadline_bound_the_retries() -> None:
    clock = FakeClock()
    a = attempts(mc.RetryPolicy(max_attempts=3, jitter=False, deadline=None), clock)
    assert a.after_response(httpx.Response(503)) == 0.5
    a.begin()
    assert a.after_response(httpx.Response(503)) == 1.0
    a.begin()
    assert a.after_response(httpx.Response(503)) is None  # third and last
    b = attempts(mc.RetryPolicy(jitter=False, deadline=10), clock)
    clock.advance(9.8)
    assert b.after_response(httpx.Response(503)) is None  # 0.5 s more would pass the deadline


def test_upload_is_replayed_only_when_surely_not_processed() -> None:
    clock = FakeClock()
    policy = mc.RetryPolicy(jitter=False)
    cases = [(429, True), (503, True), (408, True), (521, True), (529, True)]
    cases += [(500, False), (502, False), (504, False), (520, False), (524, False)]
    for status, retried in cases:
        assert (attempts(policy, clock, UPLOAD).after_response(httpx.Response(status)) is not None) is retried
    assert attempts(policy, clock, UPLOAD).after_error(httpx.ConnectError("refused")) == 0.5
    with pytest.raises(
        mc.TransportError, match=r"uploadOrderDocument: ReadTimeout after 1 attempt\(s\)"
    ) as raised:
        attempts(policy, clock, UPLOAD).after_error(httpx.ReadTimeout("slow"))
    assert isinstance(raised.value.__cause__, httpx.ReadTimeout)
    assert attempts(policy, clock).after_error(httpx.ReadTimeout("slow")) == 0.5  # upsertOrders: idempotent


def test_a_body_that_cannot_be_read_again_is_not_replayed() -> None:
    streamed = httpx.Request("POST", "https://connect.test/v1/orders", content=iter([b"{}"]))
    assert not replayable(streamed)
    assert replayable(request())
    files = httpx.Request(
        "POST", "https://x.test/", files={"file": ("a.pdf", io.BytesIO(b"%PDF"), "application/pdf")}
    )
    assert replayable(files)


# -- pacing --------------------------------------------------------------------------------------
def admit(pacer: Pacer, operation: object, clock: FakeClock) -> float:
    """Ask until admitted, sleeping as told; the seconds waited."""
    waited = 0.0
    while (wait := pacer.reserve(operation)) > 0:  # type: ignore[arg-type]
        clock.sleep(wait)
        waited += wait
    return waited


def test_pacing_allows_a_window_then_spaces_calls_by_their_answers() -> None:
    clock = FakeClock()
    pacer = Pacer(mc.Pacing(margin=0.0), clock)
    for _ in range(30):
        assert pacer.reserve(ORDERS) == 0.0
        clock.advance(0.01)  # answered 10 ms after it was sent
        pacer.release(ORDERS)
    # the 31st waits until the first answer is a second old, not the first start
    assert pacer.reserve(ORDERS) == pytest.approx(0.01 + 1.0 - 0.30, abs=1e-6)
    clock.advance(0.5)
    assert pacer.reserve(ORDERS) == pytest.approx(0.21, abs=1e-6)
    assert pacer.reserve(spec.operations()["updateActionStatus"]) == 0.0  # no numeric limit
    assert pacer.reserve(None) == 0.0  # the token endpoint


def test_calls_in_flight_count_until_answered() -> None:
    """However late the server counts a call in flight, it is still in the window when it does."""
    clock = FakeClock()
    pacer = Pacer(mc.Pacing(margin=0.0, rates={"upsertOrders": mc.Rate(2, 1.0)}), clock)
    assert [pacer.reserve(ORDERS), pacer.reserve(ORDERS)] == [0.0, 0.0]
    clock.advance(5)  # both still in flight: a third must wait a window after an answer
    assert pacer.reserve(ORDERS) == pytest.approx(1.0)
    pacer.release(ORDERS)  # the first is answered now
    clock.advance(0.4)
    assert pacer.reserve(ORDERS) == pytest.approx(0.6, abs=1e-6)
    clock.advance(0.6)
    assert pacer.reserve(ORDERS) == 0.0  # one a second after its answer, the other still in flight
    assert pacer.reserve(ORDERS) == pytest.approx(1.0)


def test_threads_sharing_a_pacer_never_exceed_the_rate_as_answers_come() -> None:
    clock = FakeClock()
    pacer = Pacer(mc.Pacing(margin=0.0, rates={"upsertOrders": mc.Rate(3, 1.0)}), clock)
    started, answered = [], []
    for _ in range(12):
        admit(pacer, ORDERS, clock)
        started.append(clock.monotonic())
        clock.advance(0.2)
        pacer.release(ORDERS)
        answered.append(clock.monotonic())
    # any call starts a full window after the answer of the call three before it
    assert all(start >= answer + 1.0 - 1e-9 for answer, start in zip(answered, started[3:], strict=False))


def test_pacing_refuses_to_block_longer_than_allowed() -> None:
    clock = FakeClock()
    pacer = Pacer(mc.Pacing(max_wait=60), clock)
    carriers = spec.operations()["upsertCarriers"]  # 1 per hour
    assert pacer.reserve(carriers) == 0.0
    with pytest.raises(mc.PacingError, match="upsertCarriers is limited to 1 call") as raised:
        pacer.reserve(carriers)  # still in flight: an hour after its answer at the earliest
    assert raised.value.retry_after == pytest.approx(3600 * 1.02)
    assert not isinstance(raised.value, mc.APIError)  # no answer from the server: no status code
    pacer.release(carriers)
    clock.advance(100)
    with pytest.raises(mc.PacingError) as raised:
        pacer.reserve(carriers)
    assert raised.value.retry_after == pytest.approx(3600 * 1.02 - 100)


def test_pacing_rates_can_be_overridden() -> None:
    pacer = Pacer(mc.Pacing(margin=0.0, rates={"upsertOrders": mc.Rate(2, 1.0)}), FakeClock())
    assert [pacer.reserve(ORDERS) for _ in range(3)] == [0.0, 0.0, pytest.approx(1.0)]


# -- settings ------------------------------------------------------------------------------------------
def resolve(**overrides: object) -> _config.Settings:
    args: dict[str, object] = {
        "client_id": "id",
        "client_secret": "s3cr3t",
        "base_url": None,
        "token_url": None,
        "environment": None,
        "timeout": _config.DEFAULT_TIMEOUT,
        "retry": None,
        "pacing": True,
        "allow_insecure_http": False,
        "httpx_args": None,
        "clock": None,
    }
    return _config.resolve(**{**args, **overrides})  # type: ignore[arg-type]


def test_missing_credentials_name_the_environment_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MIRAKL_CONNECT_CLIENT_ID", raising=False)
    monkeypatch.delenv("MIRAKL_CONNECT_CLIENT_SECRET", raising=False)
    with pytest.raises(mc.ConfigurationError, match=r"missing client_secret.*MIRAKL_CONNECT_CLIENT_SECRET"):
        mc.ConnectClient(client_id="id")
    monkeypatch.setenv("MIRAKL_CONNECT_CLIENT_ID", "from-env")
    monkeypatch.setenv("MIRAKL_CONNECT_CLIENT_SECRET", "s3cr3t")
    assert mc.ConnectClient().client_id == "from-env"


def test_urls_default_to_production_then_env_then_arguments(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve().base_url == mc.environments.PRODUCTION.base_url
    assert resolve().token_url == "https://auth.mirakl.net/oauth/token"
    monkeypatch.setenv("MIRAKL_CONNECT_BASE_URL", "https://proxy.example/api/channel-platform")
    assert resolve().base_url == "https://proxy.example/api/channel-platform"
    # a URL variable beats environment= (see test_client_surface.py for each level)
    assert resolve(environment=mc.environments.TEST).base_url == "https://proxy.example/api/channel-platform"
    assert resolve(base_url="https://other.example/x/").base_url == "https://other.example/x"


@pytest.mark.parametrize(
    ("url", "allow", "error"),
    [
        ("http://127.0.0.1:8080/api", False, "not HTTPS"),
        ("http://connect.example/api", True, "only allowed to a loopback host"),
        ("ftp://connect.example/", True, "not an http"),
    ],
)
def test_plain_http_only_to_loopback_and_only_when_allowed(url: str, allow: bool, error: str) -> None:
    with pytest.raises(mc.ConfigurationError, match=error):
        resolve(base_url=url, allow_insecure_http=allow)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "[::1]", "127.8.9.10"])
def test_loopback_hosts(host: str) -> None:
    assert resolve(base_url=f"http://{host}:9/api", token_url=f"http://{host}:9/t", allow_insecure_http=True)


def test_timeouts_are_explicit_and_never_none() -> None:
    assert resolve().timeout == httpx.Timeout(30.0, connect=10.0)
    assert resolve(timeout=5).timeout == httpx.Timeout(5)
    with pytest.raises(mc.ConfigurationError, match="hang forever"):
        resolve(timeout=None)


def test_httpx_args_are_split_between_pool_and_client() -> None:
    settings = resolve(httpx_args={"verify": False, "http2": False, "headers": {"X-Trace": "1"}})
    assert settings.transport_args == {"verify": False, "http2": False}
    assert settings.client_args == {"headers": {"X-Trace": "1"}}
    with pytest.raises(mc.ConfigurationError, match="may not set auth, base_url"):
        resolve(httpx_args={"base_url": "x", "auth": None})


def test_no_secret_in_reprs() -> None:
    client = mc.ConnectClient("id", "s3cr3t-value")
    for text in (repr(client), repr(client.auth), repr(client._settings), repr(client.api)):
        assert "s3cr3t-value" not in text


# -- errors ------------------------------------------------------------------------------------------
def error_for(status: int, body: bytes, headers: dict[str, str] | None = None) -> mc.APIError:
    sent = httpx.Request(
        "PUT",
        "https://connect.test/api/channel-platform/v1/orders/actions/a1",
        headers={"Authorization": "Bearer tok3n"},
        content=b"{}",
    )
    return error_from_response(httpx.Response(status, content=body, headers=headers, request=sent))


def test_api_error_body_becomes_attributes() -> None:
    body = b'{"code": "INVALID_INPUT", "message": "bad", "errors": [{"field": "orders[0].status", "message": "required"}]}'
    error = error_for(400, body)
    assert isinstance(error, mc.BadRequestError)
    assert (error.status_code, error.code, error.message) == (400, "INVALID_INPUT", "bad")
    assert error.errors == [mc.FieldError("orders[0].status", "required")]
    assert (error.method, error.path) == ("PUT", "/api/channel-platform/v1/orders/actions/a1")
    assert (
        str(error)
        == "400 INVALID_INPUT: bad (PUT /api/channel-platform/v1/orders/actions/a1); orders[0].status: required"
    )


@pytest.mark.parametrize(
    ("status", "cls"),
    [(301, mc.RedirectError), (400, mc.BadRequestError), (401, mc.AuthenticationError), (403, mc.PermissionDeniedError),
     (404, mc.NotFoundError), (405, mc.ClientError), (409, mc.ConflictError), (410, mc.ClientError),
     (413, mc.ClientError), (415, mc.ClientError), (422, mc.UnprocessableEntityError), (429, mc.RateLimitError),
     (499, mc.ClientError), (500, mc.ServerError), (501, mc.ServerError), (503, mc.ServerError), (520, mc.ServerError),
     (561, mc.ServerError), (600, mc.ServerError), (199, mc.ServerError)],
)  # fmt: skip
def test_status_to_exception_class(status: int, cls: type[mc.APIError]) -> None:
    error = error_for(status, b"<html>Web server is returning an unknown error</html>")
    assert type(error) is cls and error.status_code == status
    assert isinstance(error, mc.ClientError) == (400 <= status < 500)  # a 4xx is never a ServerError
    assert "unknown error" in error.message or status == 301
    assert error.response is not None and b"unknown error" in error.response.content


def test_requests_kept_on_errors_are_redacted() -> None:
    error = error_for(404, b'{"code": "DATA_NOT_FOUND", "message": "no"}')
    assert error.request is not None
    assert error.request.headers["Authorization"] == "[redacted]"
    assert error.response is not None and error.response.request.headers["Authorization"] == "[redacted]"
    assert error.request.content == b"{}"
    form = httpx.Request("POST", "https://auth.test/oauth/token", data={"client_secret": "s3cr3t"})
    answered = safe_copy(httpx.Response(401, content=b'{"access_token": "t"}', request=form), drop_body=True)
    assert b"s3cr3t" not in answered.request.content
    assert answered.content == b""


def test_uploads_get_a_longer_write_timeout() -> None:
    from mirakl_connect._transports import CallControl

    control = CallControl(
        base_url="https://connect.test/api/channel-platform",
        policy=mc.RetryPolicy(),
        pacer=None,
        clock=FakeClock(),
        credentials=None,
        timeout=httpx.Timeout(30.0, connect=10.0),
        upload_write_timeout=120.0,
    )
    timeout = {"connect": 10.0, "read": 30.0, "write": 30.0, "pool": 30.0}
    upload = request(path="/v1/orders/O-1/documents")
    upload.extensions["timeout"] = dict(timeout)
    assert control.start(upload).operation == UPLOAD
    assert upload.extensions["timeout"] == {**timeout, "write": 120.0}
    orders = request()
    orders.extensions["timeout"] = dict(timeout)
    control.start(orders)
    assert orders.extensions["timeout"] == timeout
