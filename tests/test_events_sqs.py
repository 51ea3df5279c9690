"""SQSSource with boto3 over real HTTP to moto's server on 127.0.0.1 (no patching), reporting to
the sandbox: the 50-message scenario, FIFO groups in order, visibility extended, receive failures."""

from __future__ import annotations

import threading
import time
from collections import Counter
from typing import Any

import mirakl_connect as mc
import pytest
from mirakl_connect.events import Outcome, RetryLater, SQSSource
from mirakl_connect_api.models import OrderActionEvent

from .support import (
    POISON,
    action,
    endpoint,
    expected_status,
    fifty_messages,
    left_in,
    queue,
    send,
    shipping_handler,
    sqs,
    status,
)

boto3 = pytest.importorskip("boto3")
moto_server = pytest.importorskip("moto.server")

__all__ = ["endpoint", "sqs"]  # fixtures


def test_fifty_messages_through_sqs(sqs: Any, endpoint: str, sb: Any, connect: Any) -> None:
    url = queue(sqs, "scenario")
    send(sqs, url, fifty_messages())
    source = SQSSource(url, endpoint_url=endpoint)
    assert source.visibility_timeout == 30 and not source.fifo
    dispatcher = mc.events.Dispatcher(connect())
    calls: Counter[str] = Counter()
    shipping_handler(dispatcher, calls, delay=0.01)
    poisoned: list[bytes | str] = []
    summary = mc.events.consume(
        source, dispatcher, concurrency=8, wait=1, until_empty=True,
        on_poison=lambda body, error: poisoned.append(body),
    )  # fmt: skip
    assert calls == Counter({f"a-{n}": 1 for n in range(43)})
    assert all(status(sb, n) == expected_status(n) for n in range(43)) and len(sb.state.actions) == 43
    assert sb.counters.by_operation["updateActionStatus"] == 43
    assert sorted(poisoned) == sorted(p.decode() for p in POISON)  # SQS bodies are text
    assert left_in(sqs, url) == 0
    assert summary.acked == summary.received == 50 and summary.outcomes[Outcome.DUPLICATE] == 5


def test_fifo_groups_in_order_with_a_retry(sqs: Any, endpoint: str, sb: Any, connect: Any) -> None:
    url = queue(sqs, "orders", fifo=True, visibility=1)
    send(sqs, url, [action(n) for n in range(12)], groups=[f"O-{n % 3}" for n in range(12)])
    dispatcher = mc.events.Dispatcher(connect())
    lock, active, done, retried = threading.Lock(), set[str](), list[int](), set[int]()

    @dispatcher.on("CREATE_SHIPMENT")
    def ship(event: OrderActionEvent) -> None:
        n = int(event.data.channel_order_id.split("-")[1])  # type: ignore[union-attr]
        with lock:
            assert n % 3 not in active
            active.add(n % 3)
        time.sleep(0.01)
        with lock:
            active.discard(n % 3)
            if n == 4 and not retried:
                retried.add(n)
                raise RetryLater("channel busy")
            done.append(n)

    summary = mc.events.consume(
        SQSSource(url, endpoint_url=endpoint), dispatcher, concurrency=6, wait=2, until_empty=True
    )
    for group in range(3):
        assert [n for n in done if n % 3 == group] == list(range(group, 12, 3))
    assert summary.outcomes[Outcome.RETRY] == 1 and left_in(sqs, url) == 0
    assert len(sb.state.actions) == 12


def test_visibility_is_extended_for_long_handlers(sqs: Any, endpoint: str, sb: Any, connect: Any) -> None:
    url = queue(sqs, "slow", visibility=1)
    send(sqs, url, [action(1), action(2)])
    dispatcher = mc.events.Dispatcher(connect())
    calls: Counter[str] = Counter()
    shipping_handler(dispatcher, calls, delay=2.5)  # longer than the visibility timeout
    source = SQSSource(url, endpoint_url=endpoint)
    summary = mc.events.consume(source, dispatcher, concurrency=2, wait=1, until_empty=True)
    assert calls == {"a-1": 1, "a-2": 1} and summary.received == 2 and left_in(sqs, url) == 0


def test_receive_failures_do_not_crash_the_consumer(
    sqs: Any, endpoint: str, connect: Any, caplog: pytest.LogCaptureFixture
) -> None:
    source = SQSSource(endpoint + "/123456789012/missing", endpoint_url=endpoint, visibility_timeout=30)
    consumer = mc.events.Consumer(source, mc.events.Dispatcher(connect()), wait=1)
    threading.Timer(1.5, consumer.stop).start()
    summary = consumer.run()
    assert summary.received == 0
    assert [r.getMessage() for r in caplog.records if r.name == "mirakl_connect"][:2] == [
        "receive failed (1 in a row)",
        "receive failed (2 in a row)",
    ]
