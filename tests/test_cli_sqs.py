"""``mirakl-connect events consume --sqs``: an SQS queue (moto's server on loopback) to the sandbox."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from mirakl_connect_sandbox import Sandbox

from .support import HANDLERS, SHIPMENT, cli, left_in, queue, send, settings


def test_consume_an_sqs_queue(
    sqs: Any, endpoint: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "sqs_handlers.py").write_text(HANDLERS)
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    url = queue(sqs, "cli-events")
    other = {**SHIPMENT, "id": "01JD0000000000000000000009", "data": {**SHIPMENT["data"], "action_id": "a-9"}}
    send(sqs, url, [json.dumps(SHIPMENT).encode(), json.dumps(other).encode(), json.dumps(SHIPMENT).encode()])
    with Sandbox() as sb:
        result = cli("events", "consume", "--sqs", url, "--sqs-endpoint-url", endpoint, "--until-empty",
                     "--wait", "0", "--handlers", "sqs_handlers:handlers", *settings(sb))  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "received 3 · handled 2 · duplicates 1" in result.stdout
    assert {key: value["status"] for key, value in sb.state.actions.items()} == {
        "a-1": "SUCCESS",
        "a-9": "SUCCESS",
    }  # type: ignore[index]
    assert left_in(sqs, url) == 0
