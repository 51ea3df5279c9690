"""mc.events.consume over local sources, reporting to the sandbox: ack only what is settled,
duplicates and poison handled, FIFO groups in order, visibility extended, graceful stop."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import mirakl_connect as mc
import pytest
from mirakl_connect.events import ActionFailed, MemorySource, Outcome, RetryLater
from mirakl_connect_api.models import OrderActionEvent

from .support import POISON, action, expected_status, fifty_messages, offer, shipping_handler, status


def test_fifty_messages_with_duplicates_and_poison(sb: Any, connect: Any) -> None:
    source = MemorySource(fifty_messages())
    dispatcher = mc.events.Dispatcher(connect())
    calls: Counter[str] = Counter()
    shipping_handler(dispatcher, calls, delay=0.01)
    poisoned: list[tuple[bytes | str, mc.events.EventParseError]] = []
    summary = mc.events.consume(
        source, dispatcher, concurrency=8, wait=0.05, until_empty=True,
        on_poison=lambda body, error: poisoned.append((body, error)),
    )  # fmt: skip
    assert calls == Counter({f"a-{n}": 1 for n in range(43)})  # each distinct action handled once
    assert all(status(sb, n) == expected_status(n) for n in range(43))
    assert len(sb.state.actions) == 43 and sb.counters.by_operation["updateActionStatus"] == 43
    assert sorted(body for body, _ in poisoned) == sorted(POISON)  # exactly as received
    errors = {body: [str(e) for e in error.errors] for body, error in poisoned}
    assert errors[POISON[0]][0] == "data.action_id: expected string"
    assert errors[POISON[1]][0].startswith("not JSON")
    assert len(source) == 0 and len(source.acked) == 50
    assert summary.outcomes == {
        Outcome.REPORTED: 36,
        Outcome.FAILED: 7,
        Outcome.DUPLICATE: 5,
        Outcome.POISON: 2,
    }
    assert (summary.received, summary.acked, summary.left, summary.poisoned) == (50, 50, 0, 2)


def test_a_consumer_stopped_mid_batch_and_restarted_loses_nothing_and_reports_nothing_twice(
    sb: Any, connect: Any
) -> None:
    source = MemorySource([action(n) for n in range(30)], visibility_timeout=60)
    calls: Counter[str] = Counter()
    first = mc.events.Dispatcher(connect())
    shipping_handler(first, calls, delay=0.02)
    consumer = mc.events.Consumer(source, first, concurrency=4, batch_size=10, wait=0.05)
    handler = first.handlers["CREATE_SHIPMENT"]

    def stop_after_six(event: OrderActionEvent) -> None:
        try:
            handler(event)
        finally:
            if sum(calls.values()) >= 6:
                consumer.stop()

    first.on("CREATE_SHIPMENT")(stop_after_six)
    summary = consumer.run()
    handled = sum(calls.values())
    assert 6 <= handled < 30  # stopped: what was in progress finished, the rest was never started
    assert summary.acked == handled == len(sb.state.actions) and len(source) == 30 - handled
    # restarted, as a new process (no memory of what the first one saw): the rest, and only the rest
    second = mc.events.Dispatcher(connect())
    shipping_handler(second, calls)
    mc.events.consume(source, second, wait=0.05, until_empty=True)
    assert calls == Counter({f"a-{n}": 1 for n in range(30)}) and len(source) == 0
    assert sb.counters.by_operation["updateActionStatus"] == 30
    assert all(status(sb, n) == expected_status(n) for n in range(30))


def test_sigterm_stops_gracefully(sb: Any, connect: Any) -> None:
    source = MemorySource([action(n) for n in range(20)])
    dispatcher = mc.events.Dispatcher(connect())
    calls: Counter[str] = Counter()

    @dispatcher.on("CREATE_SHIPMENT")
    def ship(event: OrderActionEvent) -> None:
        calls[event.id] += 1
        if len(calls) == 3:
            os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(0.02)

    previous = signal.getsignal(signal.SIGTERM)
    summary = mc.events.consume(source, dispatcher, concurrency=2, wait=0.05, handle_signals=True)
    assert signal.getsignal(signal.SIGTERM) is previous  # restored
    assert 3 <= summary.acked == len(calls) == len(sb.state.actions) < 20 and len(source) == 20 - len(calls)


def test_fifo_groups_are_handled_in_order_one_at_a_time(sb: Any, connect: Any) -> None:
    source = MemorySource(visibility_timeout=0.15)  # the retried message is back after 0.15 s
    for n in range(24):
        source.put(action(n), group=f"order-{n % 3}")  # three groups, interleaved
    dispatcher = mc.events.Dispatcher(connect())
    lock, active, done, refused = threading.Lock(), set[str](), list[tuple[str, int]](), set[int]()

    @dispatcher.on("CREATE_SHIPMENT")
    def ship(event: OrderActionEvent) -> None:
        n = int(event.data.channel_order_id.split("-")[1])  # type: ignore[union-attr]
        group = f"order-{n % 3}"
        with lock:
            assert group not in active, "two messages of one group at once"
            active.add(group)
        time.sleep(0.01)
        with lock:
            active.discard(group)
            if n == 4 and n not in refused:  # once: the redelivery goes through
                refused.add(n)
                raise RetryLater("not yet")
            done.append((group, n))

    summary = mc.events.consume(source, dispatcher, concurrency=6, wait=0.25, until_empty=True)
    for g in range(3):
        assert [n for group, n in done if group == f"order-{g}"] == list(range(g, 24, 3))
    assert len(source) == 0 and summary.outcomes[Outcome.RETRY] == 1
    assert (
        summary.received == summary.acked + summary.left and summary.acked == 24
    )  # the retried one came back


def test_poison_without_a_hook_stays_in_the_queue(connect: Any, caplog: pytest.LogCaptureFixture) -> None:
    now = [0.0]
    source = MemorySource([POISON[1], offer(1)], clock=lambda: now[0])
    dispatcher = mc.events.Dispatcher(connect())
    summary = mc.events.consume(source, dispatcher, wait=0.05, until_empty=True)
    assert source.acked == ["m-2"] and len(source) == 1  # the offer went, the poison stayed
    assert summary.outcomes == {Outcome.POISON: 1, Outcome.IGNORED: 1} and summary.left == 1
    assert any(r.levelno == logging.ERROR and "m-1" in r.getMessage() for r in caplog.records)

    def failing_hook(body: bytes | str, error: mc.events.EventParseError) -> None:
        raise OSError("dead-letter store down")

    now[0] = 31.0  # its visibility timeout has passed: it comes back
    assert (
        mc.events.consume(source, dispatcher, wait=0.05, until_empty=True, on_poison=failing_hook).left == 1
    )
    assert len(source) == 1  # a hook that fails does not let it go either


def test_long_handlers_keep_their_messages_invisible(sb: Any, connect: Any) -> None:
    source = MemorySource([action(1), action(2)], visibility_timeout=0.2)
    dispatcher = mc.events.Dispatcher(connect())
    calls: Counter[str] = Counter()
    shipping_handler(dispatcher, calls, delay=0.4)  # unextended, their receipts expire at 0.2 s
    summary = mc.events.consume(source, dispatcher, concurrency=2, wait=0.05, until_empty=True)
    assert calls == {"a-1": 1, "a-2": 1} and len(source) == 0 and summary.acked == 2


def test_memory_source_redelivers_what_is_not_acknowledged() -> None:
    now = [0.0]
    source = MemorySource([b"a", b"b", b"c"], visibility_timeout=10, clock=lambda: now[0])
    first = source.receive(2, 0)
    assert [m.body for m in first] == [b"a", b"b"] and [m.body for m in source.receive(5, 0)] == [b"c"]
    source.ack(first[:1])
    now[0] = 11.0  # b and c come back; the expired receipt of b no longer acknowledges it
    again = source.receive(5, 0)
    assert [(m.body, m.receive_count) for m in again] == [(b"b", 2), (b"c", 2)]
    source.ack(first[1:])
    assert len(source) == 2
    source.ack(again)
    assert len(source) == 0 and source.acked == ["m-1", "m-2", "m-3"]
    assert isinstance(source, mc.events.LeasedSource)


def test_file_source_reads_jsonl_and_json_files(tmp_path: Path, sb: Any, connect: Any) -> None:
    (tmp_path / "a.jsonl").write_bytes(action(1) + b"\n\n" + action(2) + b"\n")
    (tmp_path / "b.json").write_bytes(json.dumps(json.loads(action(3)), indent=2).encode())
    (tmp_path / "notes.txt").write_text("ignored")
    source = mc.events.FileSource(tmp_path)
    assert [m.id for m in source.receive(10, 0)] == ["a.jsonl:1", "a.jsonl:3", "b.json"]
    dispatcher = mc.events.Dispatcher(connect(), unhandled=lambda event: None)
    summary = mc.events.consume(
        mc.events.FileSource(tmp_path / "a.jsonl"), dispatcher, wait=0.05, until_empty=True
    )
    assert summary.acked == 2 and [status(sb, n) for n in (1, 2)] == [("SUCCESS", [])] * 2


def test_async_consumer(sb: Any, connect: Any) -> None:
    source = MemorySource(fifty_messages())
    handled: Counter[str] = Counter()
    poisoned: list[bytes | str] = []

    async def main() -> mc.events.Summary:
        async with connect(async_=True) as client:
            dispatcher = mc.events.AsyncDispatcher(client)

            @dispatcher.on("CREATE_SHIPMENT")
            async def ship(event: OrderActionEvent) -> None:
                handled[event.id] += 1
                await asyncio.sleep(0.005)
                if int(event.id.split("-")[1]) % 7 == 0:
                    raise ActionFailed("ORDER_IN_WRONG_STATE", "already shipped")

            async def dead_letter(body: bytes | str, error: mc.events.EventParseError) -> None:
                poisoned.append(body)

            return await mc.events.consume_async(
                source, dispatcher, concurrency=16, wait=0.05, until_empty=True, on_poison=dead_letter
            )

    summary = asyncio.run(main())
    assert handled == Counter({f"ev-{n}": 1 for n in range(43)}) and sorted(poisoned) == sorted(POISON)
    assert all(status(sb, n) == expected_status(n) for n in range(43)) and len(sb.state.actions) == 43
    assert len(source) == 0 and summary.acked == 50 and summary.outcomes[Outcome.DUPLICATE] == 5


def test_flow_starts_a_group_in_order_and_releases_behind_a_failure() -> None:
    from mirakl_connect.events._flow import _Flow

    a1, a2, a3, b1, c1 = (
        mc.events.Message(b"", None, name, name[0]) for name in ("a1", "a2", "a3", "b1", "c1")
    )
    flow = _Flow()
    assert flow.admit([a1, a2, b1, a3]) == [a1, b1] and flow.count() == 4
    assert flow.finish(a1, True) == ([a2], [])
    assert flow.finish(a2, False) == ([], [a3])  # a3 must not overtake a2, which comes back later
    assert flow.finish(b1, True) == ([], []) and flow.count() == 0
    assert flow.take_acks(batch=10, max_delay=60) == [] and flow.take_acks(force=True) == [a1, b1]
    assert flow.admit([c1]) == [c1] and flow.due(0.0) == [c1] and flow.release_waiting() == []
