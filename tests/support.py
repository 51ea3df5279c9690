"""Helpers shared by the test modules; test modules import from here, never from each other.

Use::

    from .support import ORIGIN, both, call, order


    @both
    def test_upsert(async_: bool, sb: Any, connect: Any) -> None:
        result = call(connect(async_=async_), "orders", "upsert", ORIGIN, [order(i) for i in range(3)])
        assert result.ok

Other shared modules: ``fakes.py`` (FakeClock), ``hostile.py`` (a misbehaving server),
``redis_server.py``, and ``conftest.py`` (the fixtures: the sandbox, ``connect``, ``clock``, and
moto's SQS: ``endpoint``, ``sqs``).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import json
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import mirakl_connect as mc
import pytest
from click.testing import CliRunner, Result
from mirakl_connect.cli import app
from mirakl_connect.events import ActionFailed
from mirakl_connect_api.models import OrderActionEvent
from mirakl_connect_sandbox import Sandbox

Client = mc.ConnectClient | mc.AsyncConnectClient

# -- the blocking and the asyncio client ------------------------------------------------------------------
both = pytest.mark.parametrize("async_", [False, True], ids=["sync", "async"])
"""Run a test taking ``async_: bool`` with the blocking client, then with the asyncio client."""


def new_client(async_: bool, **options: Any) -> Client:
    """A new ``mc.ConnectClient`` or ``mc.AsyncConnectClient`` made with ``options``."""
    return (mc.AsyncConnectClient if async_ else mc.ConnectClient)(**options)


def call(
    client_or_factory: Client | Callable[[], Client], resource: str, method: str, *args: Any, **kwargs: Any
) -> Any:
    """``client.<resource>.<method>(*args, **kwargs)``; an asyncio client is awaited in a fresh event
    loop, inside ``async with`` (so closed afterwards). Given a factory (``lambda: new_client(...)``),
    a client is made with it and closed afterwards, the blocking one too."""
    made = not isinstance(client_or_factory, mc.ConnectClient | mc.AsyncConnectClient)
    client = client_or_factory() if made else client_or_factory  # type: ignore[operator]
    if isinstance(client, mc.ConnectClient):
        if made:
            with client:
                return getattr(getattr(client, resource), method)(*args, **kwargs)
        return getattr(getattr(client, resource), method)(*args, **kwargs)

    async def main() -> Any:
        async with client:
            return await getattr(getattr(client, resource), method)(*args, **kwargs)

    return asyncio.run(main())


def report(client_or_factory: Client | Callable[[], Client], outcome: str = "SUCCESS", **kwargs: Any) -> Any:
    """``call(..., "orders", "update_action_status", "a-1", outcome, **kwargs)``: action a-1's outcome."""
    return call(client_or_factory, "orders", "update_action_status", "a-1", outcome, **kwargs)


# -- payloads ----------------------------------------------------------------------------------------------
ORIGIN = {"channel_id": "acme", "channel_store_id": "s1"}
NOW = "2026-11-20T08:30:00Z"


def order(i: int, **changes: Any) -> dict[str, Any]:
    """A valid order ``O-<i>`` with one line ``O-<i>-1``; ``changes`` replace top-level fields."""
    line = {
        "channel_order_line_id": f"O-{i}-1", "can_cancel": True, "can_refund": True, "created_at": NOW, "updated_at": NOW,
        "price": {"amount": 10.0, "currency": "EUR"}, "total_shipping_price": {"amount": 4.5, "currency": "EUR"},
        "product": {"id": "SKU-1", "title": "Mug"}, "quantity": 1, "status": "AWAITING_SHIPMENT",
    }  # fmt: skip
    return {
        "channel_order_id": f"O-{i}", "channel_updated_at": NOW, "created_at": NOW, "status": "AWAITING_SHIPMENT",
        "fulfillment": {"type": "FULFILLED_BY_SELLER"}, "shipping_info": {}, "order_lines": [line], **changes,
    }  # fmt: skip


def ret(i: int, order_id: str) -> dict[str, Any]:
    """A valid return ``R-<i>`` of the first line of order ``order_id``."""
    return {
        "channel_return_id": f"R-{i}", "channel_order_id": order_id, "channel_updated_at": NOW, "created_at": NOW,
        "status": "REQUEST_INITIATED", "return_lines": [{"channel_order_line_id": f"{order_id}-1", "quantity": 1, "reason": "DAMAGED_ITEM"}],
    }  # fmt: skip


CAPABILITIES = {
    "offer_configuration": {"custom_attributes": [{"id": "COND", "type": "List", "labels": [{"locale": "en", "value": "Condition"}],
                            "configuration_modes": ["VARIABLE"], "requirement_level": "REQUIRED", "max_size": 1, "values": [{"id": "NEW"}]}]},
    "use_case_configurations": {"offer_creation": {"support": "SUPPORTED", "required": {"standard_attributes": ["ID"]}},
                                "offer_update": {"support": "UNSUPPORTED", "required": {}}},
}  # fmt: skip
"""A valid channel catalog configuration (``catalog.configure``)."""


# -- events ------------------------------------------------------------------------------------------------
def action(n: int, kind: str = "CREATE_SHIPMENT", *, event_id: str | None = None) -> bytes:
    """The queue message of an order action (``a-<n>``), as Connect would send it."""
    data: dict[str, Any] = {"action_id": f"a-{n}", "channel_id": "acme", "channel_order_id": f"O-{n}",
                            "channel_store_id": "s1"}  # fmt: skip
    if kind == "CREATE_SHIPMENT":
        data |= {"carrier": "UPS", "tracking_number": f"1Z{n}"}
    elif kind == "CANCEL":
        data["cancelations"] = []
    elif kind == "ACCEPT":
        data["order_lines"] = [{"channel_order_line_id": f"O-{n}-1", "accepted": True}]
    event = {"id": event_id or f"ev-{n}", "time": NOW, "type": kind, "data": data}
    return json.dumps(event).encode()


def offer(n: int) -> bytes:
    """The queue message of an offer fact (``offer-<n>``)."""
    price = {"action_type": "IGNORE"}
    data = {"channel_id": "acme", "store_id": "s1", "product_id": f"P-{n}", "use_case": "OFFER_UPDATE",
            "standard_price": price, "discount_price": price, "inventory": price, "stock": price}  # fmt: skip
    return json.dumps({"id": f"offer-{n}", "time": NOW, "type": "OFFER_UPSERT", "data": data}).encode()


def status(sb: Any, n: int) -> tuple[str, list[str]] | None:
    """What the sandbox recorded for action ``a-<n>``: (status, error codes)."""
    outcome = sb.state.actions.get(f"a-{n}")
    return None if outcome is None else (outcome["status"], [e["code"] for e in outcome["errors"]])


POISON = [b'{"id": "bad-1", "type": "CREATE_SHIPMENT", "time": "2026-11-20T08:30:00Z", "data": {"action_id": 7}}',
          b"not json at all"]  # fmt: skip


def fifty_messages() -> list[bytes]:
    """43 distinct actions, 5 of them delivered twice, and 2 poison messages, shuffled the same way each run."""
    messages = [action(n) for n in range(43)] + [action(n) for n in (3, 11, 20, 31, 42)] + POISON
    shuffled = sorted(range(50), key=lambda i: (i * 37) % 50)
    return [messages[i] for i in shuffled]


def shipping_handler(dispatcher: Any, calls: Counter[str], *, delay: float = 0.0) -> None:
    """Ship every action, counted in ``calls``; orders whose number is a multiple of 7 fail."""

    @dispatcher.on("CREATE_SHIPMENT")
    def ship(event: OrderActionEvent) -> None:
        calls[event.data.action_id] += 1  # type: ignore[union-attr]
        time.sleep(delay)
        if int(event.data.channel_order_id.split("-")[1]) % 7 == 0:  # type: ignore[union-attr]
            raise ActionFailed("ORDER_IN_WRONG_STATE", "already shipped")


def expected_status(n: int) -> tuple[str, list[str]]:
    """What ``shipping_handler`` reports for action ``a-<n>``."""
    return ("FAILED", ["ORDER_IN_WRONG_STATE"]) if n % 7 == 0 else ("SUCCESS", [])


def event_examples(vendor_events: dict[str, Any]) -> Iterator[Any]:
    """(event, example key, our schema name, example value)."""
    for name, hook in vendor_events["webhooks"].items():
        for content in hook["post"]["requestBody"]["content"].values():
            for key, example in content["examples"].items():
                yield name, key, name, example["value"]
    for name, schema in vendor_events["components"]["schemas"].items():
        for index, example in enumerate(schema.get("examples") or []):
            yield name, f"schema example {index}", name, example


def as_instants(value: Any) -> Any:
    """Replace date-time strings by the instant they denote."""
    if isinstance(value, dict):
        return {k: as_instants(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_instants(v) for v in value]
    if isinstance(value, str) and len(value) >= 20 and value[4:5] == "-" and value[10:11] == "T":
        return datetime.datetime.fromisoformat(value).timestamp()
    return value


# -- the command line --------------------------------------------------------------------------------------
def cli(*args: str, input: str | None = None) -> Result:
    """``mirakl-connect <args>`` run in this process with click's CliRunner, as printed to a pipe
    whatever the caller's terminal (no ``COLUMNS``: tables 100 wide)."""
    return CliRunner(env={"COLUMNS": None}).invoke(
        app(), list(args), input=input, catch_exceptions=False, prog_name="mirakl-connect"
    )


def settings(sb: Sandbox) -> list[str]:
    """The command line options that point a command at the sandbox ``sb``."""
    return ["--base-url", sb.base_url, "--token-url", sb.token_url, "--client-id", sb.client_id,
            "--client-secret", sb.client_secret, "--allow-insecure-http"]  # fmt: skip


def jsonl(path: Path, lines: list[Any]) -> Path:
    """Write ``lines`` (JSON values, or strings as they are) to ``path``, one a line."""
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines))
    return path


SHIPMENT = {"id": "01JD0000000000000000000001", "time": "2026-11-20T08:30:00+00:00", "type": "CREATE_SHIPMENT",
            "data": {"action_id": "a-1", "channel_id": "acme", "channel_order_id": "O-1", "channel_store_id": "s1",
                     "carrier": "ups", "new_field": 1, "items": [{"channel_order_line_id": "O-1-1", "id": "SKU-1", "quantity": 1}]}}  # fmt: skip

HANDLERS = """
from mirakl_connect.events import ActionFailed

def ship(event):
    if event.data.carrier != "ups":
        raise ActionFailed("CARRIER_NOT_SUPPORTED", "ups only")

handlers = {"CREATE_SHIPMENT": ship}
"""
"""A handlers module for ``events consume --handlers``: ships with ups only."""


# -- SQS (moto's server on loopback: the ``endpoint`` and ``sqs`` fixtures of conftest.py) -----------------
def queue(sqs: Any, name: str, *, fifo: bool = False, visibility: int = 30) -> str:
    """Create the queue ``name`` (``name.fifo`` if ``fifo``); its URL."""
    attributes = {"VisibilityTimeout": str(visibility)}
    if fifo:
        attributes |= {"FifoQueue": "true", "ContentBasedDeduplication": "true"}
    return str(
        sqs.create_queue(QueueName=name + (".fifo" if fifo else ""), Attributes=attributes)["QueueUrl"]
    )


def send(sqs: Any, url: str, bodies: list[bytes], groups: list[str] | None = None) -> None:
    """Send ``bodies`` to the queue ``url``, ten a batch (FIFO groups from ``groups``)."""
    for start in range(0, len(bodies), 10):
        entries = []
        for i, body in enumerate(bodies[start : start + 10], start):
            entry = {"Id": str(i), "MessageBody": body.decode()}
            if groups is not None:
                entry |= {"MessageGroupId": groups[i], "MessageDeduplicationId": f"d-{i}"}
            entries.append(entry)
        assert not sqs.send_message_batch(QueueUrl=url, Entries=entries).get("Failed")


def left_in(sqs: Any, url: str) -> int:
    """Messages still in the queue ``url``, visible or not."""
    names = ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"]
    attributes = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=names)["Attributes"]
    return sum(int(attributes[name]) for name in names)


# -- the sandbox's command line ----------------------------------------------------------------------------
@contextlib.contextmanager
def sandbox_cli(*args: str, lines: int) -> Iterator[dict[str, str]]:
    """``python -m mirakl_connect_sandbox <args>`` in a process of its own: the first ``lines`` lines it
    prints (``base URL:      http://...``) as a dict; then Ctrl-C, on which it must exit 0."""
    command = [sys.executable, "-m", "mirakl_connect_sandbox", *args]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        shown = dict(process.stdout.readline().split(":", 1) for _ in range(lines))
        yield {key: value.strip() for key, value in shown.items()}
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(5) == 0
        process.stdout.close()  # type: ignore[union-attr]
        process.stderr.close()  # type: ignore[union-attr]


# -- a fresh interpreter -----------------------------------------------------------------------------------
def python(code: str) -> str:
    """What ``python -c code`` prints, in a fresh interpreter (for what importing loads)."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
