"""Starting and stopping: no leaked thread or socket; the ``python -m mirakl_connect_sandbox`` CLI."""

from __future__ import annotations

import ast
import contextlib
import importlib
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import mirakl_connect as mc
import mirakl_connect_sandbox
import pytest
from mirakl_connect import events as mc_events
from mirakl_connect import spec
from mirakl_connect_sandbox import (
    Fault,
    LifecycleError,
    NothingToEmit,
    Outgoing,
    Sandbox,
    SettingError,
    SinkError,
    SQSSink,
)
from mirakl_connect_sandbox.__main__ import main

from ..support import sandbox_cli
from .conftest import bearer, client, get_token


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc")
def test_start_stop_twenty_times_leaks_nothing(http: httpx.Client) -> None:
    with Sandbox() as warm_up:  # first use: imports, compiled validators, the shared client's pool
        get_token(warm_up, http)
    threads, fds = threading.active_count(), _open_fds()
    for index in range(20):
        sandbox = Sandbox(faults=[Fault.slow(5, operation="upsertCarriers")] if index % 5 == 0 else None)
        sandbox.start()
        with client(base_url=sandbox.base_url) as api:
            api.headers.update(bearer(get_token(sandbox, api)))
            assert api.put("/v1/orders/actions/A", json={"status": "SUCCESS"}).status_code == 204
            if index % 5 == 0:  # stopping cuts a pending delay short
                stuck = threading.Thread(target=_ignore_errors, args=(api, "/v1/orders/channels/C/carriers"))
                stuck.start()
                time.sleep(0.02)
            sandbox.stop()  # with the client's keep-alive connection still open
            if index % 5 == 0:
                stuck.join(2)
        sandbox.stop()  # idempotent
    assert threading.active_count() == threads
    assert _open_fds() == fds


def _ignore_errors(api: httpx.Client, path: str) -> None:
    with contextlib.suppress(httpx.HTTPError):  # the sandbox stops under it
        api.post(path, json={"carriers": [{"channel_carrier_id": "A", "name": "A"}]})


def test_addresses_need_a_running_sandbox() -> None:
    sandbox = Sandbox()
    with pytest.raises(RuntimeError, match="not running"):
        _ = sandbox.base_url
    with sandbox:
        assert sandbox.base_url.startswith("http://127.0.0.1:")
        assert sandbox.base_url.endswith("/api/channel-platform")
        assert sandbox.token_url == sandbox.base_url.replace("/api/channel-platform", "/oauth/token")
        with pytest.raises(RuntimeError, match="already running"):
            sandbox.start()
    with sandbox:  # restartable; state kept
        assert sandbox.port > 0


def test_fixed_port(http: httpx.Client) -> None:
    with Sandbox() as probe:
        port = probe.port
    with Sandbox(port=port) as sandbox:
        assert sandbox.port == port
        assert http.post(sandbox.token_url, data={}).status_code == 401


def test_requests_are_logged_without_headers(
    sandbox: Sandbox, api: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="mirakl_connect_sandbox"):
        api.post(
            "/v1/orders/channels/C1/carriers", json={"carriers": [{"channel_carrier_id": "X", "name": "X"}]}
        )
    text = caplog.text
    assert "POST /api/channel-platform/v1/orders/channels/C1/carriers" in text
    assert "204" in text
    token = api.headers["Authorization"].split()[1]
    assert token not in text
    assert sandbox.client_secret not in text


@pytest.mark.parametrize("method", ["TRACE", "BREW", "CONNECT", "PATCH"])
def test_unknown_methods_get_405_with_the_allowed_ones(
    sandbox: Sandbox, http: httpx.Client, method: str
) -> None:
    """Issue 9 item 16: a method no operation uses is 405 (with Allow), as for any other, not 501."""
    response = http.request(method, sandbox.base_url + "/v1/orders")
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"
    assert response.json()["code"] == "METHOD_NOT_ALLOWED"
    token = http.request(method, sandbox.token_url)
    assert token.status_code == 405
    assert token.headers["allow"] == "POST"
    assert http.request(method, sandbox.base_url + "/v1/nowhere").status_code == 404
    assert sandbox.counters.rejected == 3


def test_methods_are_case_sensitive(sandbox: Sandbox) -> None:
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=5) as raw:
        raw.sendall(b"post /api/channel-platform/v1/orders HTTP/1.1\r\nConnection: close\r\n\r\n")
        answer = raw.makefile("rb").read()
    assert answer.startswith(b"HTTP/1.1 405 ")
    assert b"\r\nAllow: POST\r\n" in answer


def test_protocol_errors_get_a_json_body(sandbox: Sandbox) -> None:
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=5) as raw:
        raw.sendall(b"GET / extra HTTP/1.1\r\n\r\n")
        answer = raw.makefile("rb").read()
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400 ")
    assert json.loads(body)["code"] == "BAD_REQUEST"


def _busy_port() -> socket.socket:
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    return taken


def test_a_busy_port_is_an_os_error_and_leaks_nothing() -> None:
    with _busy_port() as taken:
        port = taken.getsockname()[1]
        threads, fds = threading.active_count(), _open_fds()
        sandbox = Sandbox(port=port)
        with pytest.raises(OSError, match="in use"):
            sandbox.start()
        assert threading.active_count() == threads
        assert _open_fds() == fds
        sandbox.stop()  # nothing to stop: no error


def test_cli_on_a_busy_port_says_so_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 9 item 16: no AttributeError traceback, a one-line error and a non-zero exit code
    (``python -m mirakl_connect_sandbox`` exits with what ``main`` returns)."""
    handlers = {stop: signal.getsignal(stop) for stop in (signal.SIGINT, signal.SIGTERM)}
    try:
        with _busy_port() as taken:
            port = taken.getsockname()[1]
            code = main(["--port", str(port)])  # an exception here would be the traceback
    finally:  # main() sets its own, to stop serving
        for stop, handler in handlers.items():
            signal.signal(stop, handler)
    out, err = capsys.readouterr()
    assert code == 1
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert f"port {port}" in lines[0]
    assert "already in use" in lines[0]


def test_cli_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for option in (
        "--port",
        "--seed",
        "--fault",
        "--no-rate-limits",
        "--token-ttl",
        "--client-id",
        "--client-secret",
    ):
        assert option in out
    assert "503:times=3" in out


def test_cli_rejects_a_bad_fault_spec(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--fault", "teapot"])
    assert exit_info.value.code == 2
    assert "unknown fault" in capsys.readouterr().err


def test_cli_serves_until_interrupted(http: httpx.Client) -> None:
    """``python -m mirakl_connect_sandbox`` in a process of its own (which also shows that the package
    imports on its own), stopped by Ctrl-C."""
    options = ["--client-id", "cli-client", "--client-secret", "cli-secret",
               "--fault", "503:times=1:operation=token", "pass:times=1:operation=token"]  # fmt: skip
    with sandbox_cli(*options, lines=4) as urls:
        assert urls["client id"] == "cli-client"
        assert urls["client secret"] == "cli-secret"
        form = {"grant_type": "client_credentials", "client_id": "cli-client", "client_secret": "cli-secret"}
        assert http.post(urls["token URL"], data=form).status_code == 503
        assert http.post(urls["token URL"], data=form).status_code == 200
        assert urls["base URL"].endswith("/api/channel-platform")


def test_the_sandbox_is_its_own_package_and_names_its_extra() -> None:
    assert mirakl_connect_sandbox.Sandbox.__name__ == "Sandbox"  # imported on its own: see above
    code = "import mirakl_connect as mc, mirakl_connect_sandbox as s; print(s.Sandbox.__name__)"
    without = "import sys; sys.modules['openapi_core'] = None; " + code
    missing = subprocess.run([sys.executable, "-c", without], check=False, capture_output=True, text=True)
    assert missing.returncode == 1
    assert "needs the sandbox extra: pip install 'mirakl-connect[sandbox]'" in missing.stderr
    import mirakl_connect as mc

    assert not hasattr(mc, "sandbox")
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("mirakl_connect.sandbox")


def test_the_sandbox_uses_only_public_modules_of_the_client() -> None:
    """No ``mirakl_connect._private`` import: what it shares with the client is ``spec``, names (its
    errors are ``ConnectError``s), and the public event sources (what its events are read with)."""
    package = Path(mirakl_connect_sandbox.__file__).parent
    imported = set()
    for source in package.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.update(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
    ours = {name for name in imported if name.split(".")[0] == "mirakl_connect"}
    assert ours, "the sandbox should use mirakl_connect.spec"
    assert not [name for name in ours if any(part.startswith("_") for part in name.split(".")[1:])]
    assert ours <= {
        "mirakl_connect.spec",
        "mirakl_connect.FieldError",
        "mirakl_connect.ConnectError",
        *(f"mirakl_connect.spec.{n}" for n in dir(spec)),
        *(f"mirakl_connect.events.{n}" for n in mc_events.__all__),
    }


def test_what_the_sandbox_raises_is_a_connect_error_and_the_builtin_it_was() -> None:
    """Each is a ``mirakl_connect.ConnectError`` and still what a caller may already catch."""

    class RefusingSQS:  # SQS answering SendMessageBatch with a failed entry
        def send_message_batch(self, **request: object) -> dict[str, object]:
            return {"Failed": [{"Id": "0", "Code": "InvalidMessageContents"}]}

    refused: list[tuple[BaseException, type[BaseException], type[BaseException]]] = []

    def expect(cls: type[BaseException], builtin: type[BaseException], make: object) -> None:
        with pytest.raises(cls) as raised:
            make()  # type: ignore[operator]
        refused.append((raised.value, mc.ConnectError, builtin))

    expect(SettingError, ValueError, lambda: Fault("lost"))
    expect(SettingError, TypeError, lambda: Fault.status_code(429, retry_after=[1]))
    expect(SettingError, ValueError, lambda: Sandbox(rate_limits={"upsertOrder": None}))
    expect(SettingError, TypeError, lambda: Sandbox(event_sink=42))
    expect(LifecycleError, RuntimeError, lambda: Sandbox().port)
    sink = SQSSink("https://sqs.eu-west-1.amazonaws.com/1/events", client=RefusingSQS())
    expect(SinkError, RuntimeError, lambda: sink.send([Outgoing("{}", id="e1")]))
    with Sandbox() as sb:
        expect(NothingToEmit, LookupError, lambda: sb.events.emit("ACCEPT"))
        expect(SettingError, ValueError, lambda: sb.events.emit("SHIP"))
    assert all(isinstance(error, base) and isinstance(error, builtin) for error, base, builtin in refused)
