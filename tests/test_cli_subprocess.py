"""The installed ``mirakl-connect`` console script, as a newcomer runs it: ``mirakl-connect demo``
in its own process (under 30 s, exit 0, its summary), and a consumer stopped by Ctrl-C."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from mirakl_connect.cli._tally import TIMES
from mirakl_connect_sandbox import Sandbox

from .support import HANDLERS, SHIPMENT, jsonl


def console_script() -> str:
    """The ``mirakl-connect`` script installed next to this Python (``[project.scripts]``)."""
    script = Path(sys.executable).parent / ("mirakl-connect.exe" if os.name == "nt" else "mirakl-connect")
    assert script.exists(), (
        f"{script}: install the package (pip install -e .) so that its console script exists"
    )
    return str(script)


def environment(**extra: str) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("MIRAKL_CONNECT_", "COLUMNS"))}
    return clean | extra


def test_mirakl_connect_demo_from_the_console_script() -> None:
    started = time.monotonic()
    done = subprocess.run(
        [console_script(), "demo"], check=False, capture_output=True, text=True, timeout=60, env=environment()
    )
    elapsed = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    assert elapsed < 30
    out = done.stdout
    assert out.startswith("A connector's day against the sandbox at http://127.0.0.1:")
    for step, calls_retries in (("orders", rf"9\s+503 {TIMES}1"), ("order actions", rf"6\s+dropped connection {TIMES}1"),
                                ("label", rf"2\s+429 {TIMES}1"), ("catalog items", rf"1\s+520 {TIMES}1"),
                                ("anonymization", rf"3\s+401 {TIMES}\d")):  # fmt: skip
        assert re.search(rf"^{step}\s+{calls_retries}\s", out, re.M), f"{step}:\n{out}"
    assert re.search(r"^orders\s+.*\s247\s+3\s+0\s+\d+\.\d s$", out, re.M)
    assert (
        f"faults injected: 429 {TIMES}1, 503 {TIMES}1, 520 {TIMES}1, disconnect:after {TIMES}1, revoke {TIMES}1"
        in out
    )
    assert "actions 6 (5 SUCCESS, 1 FAILED)" in out
    assert re.search(r"^done in \d+\.\d s$", out, re.M)


@pytest.mark.skipif(os.name == "nt", reason="SIGINT to a child process")
def test_consumer_stops_gracefully_on_ctrl_c(tmp_path: Path) -> None:
    (tmp_path / "my_handlers.py").write_text(HANDLERS)
    events = jsonl(tmp_path / "events.jsonl", [SHIPMENT])
    with Sandbox() as sb:
        settings = environment(
            MIRAKL_CONNECT_BASE_URL=sb.base_url, MIRAKL_CONNECT_TOKEN_URL=sb.token_url,
            MIRAKL_CONNECT_CLIENT_ID=sb.client_id, MIRAKL_CONNECT_CLIENT_SECRET=sb.client_secret,
            MIRAKL_CONNECT_ALLOW_INSECURE_HTTP="1",
        )  # fmt: skip
        command = [console_script(), "events", "consume", "--file", str(events), "--forever", "--wait", "0.2",
                   "--handlers", "my_handlers:handlers"]  # fmt: skip
        child = subprocess.Popen(command, cwd=tmp_path, env=settings, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True)  # fmt: skip
        try:
            deadline = time.monotonic() + 20
            while sb.state.actions.get("a-1") is None and time.monotonic() < deadline:  # handled and reported
                time.sleep(0.05)
            child.send_signal(signal.SIGINT)
            out, err = child.communicate(timeout=20)
        finally:
            child.kill()
    assert sb.state.actions["a-1"] == {"status": "SUCCESS", "errors": []}
    assert child.returncode == 0, err
    assert "received 1 · handled 1" in out and "acknowledged 1 · left in the queue 0" in out
    assert json.loads(events.read_text()) == SHIPMENT  # a file source never changes the file
