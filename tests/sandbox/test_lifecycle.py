"""Starting and stopping: no leaked thread or socket; the ``python -m mirakl_connect.sandbox`` CLI."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import sys
import threading
import time

import httpx
import pytest
from mirakl_connect.sandbox import Fault, Sandbox, run
from mirakl_connect.sandbox.__main__ import main

from .conftest import bearer, client, get_token


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc")
def test_start_stop_twenty_times_leaks_nothing(http: httpx.Client) -> None:
    with run() as warm_up:  # first use: imports, compiled validators, the shared client's pool
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
    with run() as probe:
        port = probe.port
    with run(port=port) as sandbox:
        assert sandbox.port == port
        assert http.post(sandbox.token_url, data={}).status_code == 401


def test_requests_are_logged_without_headers(
    sandbox: Sandbox, api: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="mirakl_connect.sandbox"):
        api.post(
            "/v1/orders/channels/C1/carriers", json={"carriers": [{"channel_carrier_id": "X", "name": "X"}]}
        )
    text = caplog.text
    assert "POST /api/channel-platform/v1/orders/channels/C1/carriers" in text
    assert "204" in text
    token = api.headers["Authorization"].split()[1]
    assert token not in text
    assert sandbox.client_secret not in text


def test_protocol_errors_get_a_json_body(sandbox: Sandbox, http: httpx.Client) -> None:
    response = http.request("BREW", sandbox.base_url + "/v1/orders")
    assert response.status_code == 501
    assert response.json()["code"] == "NOT_IMPLEMENTED"


def test_cli_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mirakl_connect.sandbox", "--help"], capture_output=True, text=True, check=True
    )
    for option in (
        "--port",
        "--seed",
        "--fault",
        "--no-rate-limits",
        "--token-ttl",
        "--client-id",
        "--client-secret",
    ):
        assert option in result.stdout
    assert "503:times=3" in result.stdout


def test_cli_rejects_a_bad_fault_spec(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--fault", "teapot"])
    assert exit_info.value.code == 2
    assert "unknown fault" in capsys.readouterr().err


def test_cli_serves_until_interrupted(http: httpx.Client) -> None:
    command = [
        sys.executable, "-m", "mirakl_connect.sandbox",
        "--client-id", "cli-client", "--client-secret", "cli-secret",
        "--fault", "503:times=1:operation=token", "pass:times=1:operation=token",
    ]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        lines = dict(process.stdout.readline().split(":", 1) for _ in range(4))
        urls = {key: value.strip() for key, value in lines.items()}
        assert urls["client id"] == "cli-client"
        assert urls["client secret"] == "cli-secret"
        form = {"grant_type": "client_credentials", "client_id": "cli-client", "client_secret": "cli-secret"}
        assert http.post(urls["token URL"], data=form).status_code == 503
        assert http.post(urls["token URL"], data=form).status_code == 200
        assert urls["base URL"].endswith("/api/channel-platform")
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(5) == 0
        process.stdout.close()  # type: ignore[union-attr]
        process.stderr.close()  # type: ignore[union-attr]


def test_mc_sandbox_is_there_on_first_use_or_names_the_extra() -> None:
    code = "import mirakl_connect as mc; print(mc.sandbox.run.__name__)"
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "run"
    without = "import sys; sys.modules['openapi_core'] = None; " + code
    missing = subprocess.run([sys.executable, "-c", without], check=False, capture_output=True, text=True)
    assert missing.returncode == 1
    assert "needs the sandbox extra: pip install 'mirakl-connect[sandbox]'" in missing.stderr
