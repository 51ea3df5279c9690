"""SQSSource with boto3 over real HTTP to moto's server on 127.0.0.1 (no patching), reporting to
the sandbox: the 50-message scenario, FIFO groups in order, visibility extended, receive failures.

The queues are filled before the consumer starts, so it need not long-poll (``wait=0``: the last,
empty receive returns at once) but where a message comes back later (the FIFO retry).
"""

from __future__ import annotations

import logging
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
    expected_status,
    fifty_messages,
    left_in,
    queue,
    send,
    shipping_handler,
    status,
)


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
        source, dispatcher, concurrency=8, wait=0, until_empty=True,
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
    # wait=2: message 4, left for a retry, comes back after the queue's 1 s; stopped once all are
    # done (``until_empty`` would long-poll an empty queue 2 s more)
    consumer = mc.events.Consumer(SQSSource(url, endpoint_url=endpoint), dispatcher, concurrency=6, wait=2)
    lock, active, done, retried = threading.Lock(), set[int](), list[int](), set[int]()

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
            if len(done) == 12:
                consumer.stop()

    summary = consumer.run()
    for group in range(3):
        assert [n for n in done if n % 3 == group] == list(range(group, 12, 3))
    assert summary.outcomes[Outcome.RETRY] == 1 and left_in(sqs, url) == 0
    assert len(sb.state.actions) == 12


def test_visibility_is_extended_for_long_handlers(sqs: Any, endpoint: str, sb: Any, connect: Any) -> None:
    url = queue(sqs, "slow", visibility=1)
    send(sqs, url, [action(1), action(2)])
    dispatcher = mc.events.Dispatcher(connect())
    calls: Counter[str] = Counter()
    shipping_handler(dispatcher, calls, delay=1.3)  # longer than the visibility timeout
    source = SQSSource(url, endpoint_url=endpoint)
    seen: list[Any] = []

    def another_worker() -> None:  # past the queue's 1 s, while the handlers run: nothing to take
        seen.extend(sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages", []))

    spy, ship, once = (
        threading.Timer(1.15, another_worker),
        dispatcher.handlers["CREATE_SHIPMENT"],
        threading.Lock(),
    )

    @dispatcher.on("CREATE_SHIPMENT")
    def spied(event: OrderActionEvent) -> None:  # the first handler starts the spy: after the receive
        with once:
            if spy.ident is None:
                spy.start()
        ship(event)

    summary = mc.events.consume(source, dispatcher, concurrency=2, wait=0, until_empty=True)
    spy.join()
    assert seen == []  # the consumer kept them invisible
    assert calls == {"a-1": 1, "a-2": 1} and summary.received == 2 and left_in(sqs, url) == 0


class StopOn(logging.Handler):
    """Calls ``stop`` when a record's message is ``message``."""

    def __init__(self, message: str, stop: Any) -> None:
        super().__init__()
        self.message, self.stop = message, stop

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage() == self.message:
            self.stop()


def test_receive_failures_do_not_crash_the_consumer(
    sqs: Any, endpoint: str, connect: Any, caplog: pytest.LogCaptureFixture
) -> None:
    source = SQSSource(endpoint + "/123456789012/missing", endpoint_url=endpoint, visibility_timeout=30)
    consumer = mc.events.Consumer(source, mc.events.Dispatcher(connect()), wait=1)
    logger, stop = logging.getLogger("mirakl_connect"), StopOn("receive failed (2 in a row)", consumer.stop)
    logger.addHandler(stop)  # the second failure comes after a 1 s pause
    safety = threading.Timer(10, consumer.stop)
    safety.start()
    try:
        summary = consumer.run()
    finally:
        safety.cancel()
        logger.removeHandler(stop)
    assert summary.received == 0
    assert [r.getMessage() for r in caplog.records if r.name == "mirakl_connect"][:2] == [
        "receive failed (1 in a row)",
        "receive failed (2 in a row)",
    ]
