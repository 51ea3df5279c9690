"""The consumers' one core, driven by hand (no threads, no tasks, no queue), and the two shells
that run it: the same decisions, the same summary, one list of keywords."""

from __future__ import annotations

import asyncio
import inspect
import pydoc
import threading
from collections.abc import Generator, Iterable
from typing import Any

import mirakl_connect as mc
import pytest
from mirakl_connect.events import Consumer, MemorySource, Message, Outcome, Result
from mirakl_connect.events import _consuming as core
from mirakl_connect.events._steps import Steps

from .support import POISON, offer


def quiet_dispatcher() -> mc.events.Dispatcher:
    """A dispatcher that never reports: facts only (no client call)."""
    return mc.events.Dispatcher(None, unhandled="ignore")  # type: ignore[arg-type]


def messages(*names: str, group: str | None = None) -> list[Message]:
    return [Message(b"{}", None, name, group) for name in names]


def test_a_failed_receive_backs_off_1_2_4_seconds_and_a_stop_ends_the_run() -> None:
    consumer = Consumer(MemorySource(), quiet_dispatcher(), wait=5)
    steps = core.Run(consumer).steps()
    assert next(steps) == core.Receive(8, 5.0)  # room for ``concurrency`` messages
    for seconds in (1.0, 2.0, 4.0):
        assert steps.throw(OSError("queue down")) == core.Pause(seconds)
        assert steps.send(None) == core.Receive(8, 5.0)
    assert steps.send([]) == core.Receive(8, 5.0)  # a success resets the count
    assert steps.throw(OSError("queue down")) == core.Pause(1.0)
    consumer.stop()
    assert steps.send(None) == core.Collect(None)  # stopping: whatever is still in hand
    with pytest.raises(StopIteration) as done:
        steps.send([])
    assert done.value.value == mc.events.Summary()


def test_while_busy_a_receive_waits_for_half_a_batch_of_free_slots() -> None:
    consumer = Consumer(MemorySource(), quiet_dispatcher(), concurrency=4, wait=5)
    run = core.Run(consumer)
    run.ledger.flow._clock = lambda: 0.0  # acks go in full batches or when forced, never by age
    steps = run.steps()
    m1, m2, m3, m4, m5 = messages("m1", "m2", "m3", "m4", "m5")
    assert next(steps) == core.Receive(4, 5.0)
    assert steps.send([m1, m2, m3, m4]) == core.Start([m1, m2, m3, m4])
    assert steps.send(None) == core.Collect(1.0)
    handled = Result(Outcome.HANDLED)
    assert steps.send([(m1, handled, True)]) == core.Collect(1.0)  # one free slot: not worth a call
    assert steps.send([(m2, handled, True)]) == core.Receive(2, 0.0)  # two: ask, without waiting
    assert steps.send([m5]) == core.Start([m5])
    consumer.stop()
    assert steps.send(None) == core.Collect(1.0)  # stopped: no receive, what runs finishes
    assert steps.send([(m3, handled, True), (m4, handled, False), (m5, handled, True)]) == core.Ack(
        [m1, m2, m3, m5]
    )
    assert steps.send(None) == core.Collect(None)
    with pytest.raises(StopIteration) as done:
        steps.send([])
    summary = done.value.value
    assert (summary.received, summary.acked, summary.left) == (5, 4, 1)


def drive(steps: Steps[Any, Any], answers: Iterable[object], seen: list[object]) -> None:
    """Do each step by giving the next answer (an exception: raised at that step); ``seen`` gets the steps."""
    answer_of = iter(answers)
    for step in steps:
        seen.append(step)
        with steps.replying():
            answer = next(answer_of, None)
            if isinstance(answer, BaseException):
                raise answer
            steps.reply(answer)


def test_going_down_mid_run_still_collects_and_acks_what_is_in_hand() -> None:
    consumer = Consumer(MemorySource(), quiet_dispatcher(), wait=0)
    a1, a2, a3 = messages("a1", "a2", "a3", group="order-1")
    seen: list[object] = []
    answers = [[a1, a2, a3], None, KeyboardInterrupt(), [(a1, Result(Outcome.HANDLED), True)]]
    with pytest.raises(KeyboardInterrupt):
        drive(Steps(core.Run(consumer).steps()), answers, seen)
    # one of a group at a time; a Ctrl-C during the wait; a1 still collected and acked, a2 and a3 released
    assert seen == [
        core.Receive(8, 0.0),
        core.Start([a1]),
        core.Collect(1.0),
        core.Collect(None),
        core.Ack([a1]),
    ]


def work(message: Message, on_poison: Any, answers: list[Any]) -> tuple[list[object], core.Done]:
    """Drive ``core.work`` with these answers: (the steps it took, what it returned)."""
    steps, seen = Steps(core.work(message, on_poison)), list[object]()
    drive(steps, answers, seen)
    return seen, steps.result


def test_a_poison_message_is_acked_only_once_its_hook_took_it() -> None:
    (message,) = messages("p")
    poison = quiet_dispatcher().handle(POISON[1])
    assert poison.outcome is Outcome.POISON

    def hook(body: bytes | str, error: mc.events.EventParseError) -> None: ...

    assert work(message, None, [poison]) == ([core.Handle(b"{}")], (message, poison, False))
    hooked = core.Hook(hook, b"{}", poison.error)  # type: ignore[arg-type]
    assert work(message, hook, [poison, None]) == ([core.Handle(b"{}"), hooked], (message, poison, True))
    assert work(message, hook, [poison, OSError("dead-letter store down")])[1] == (message, poison, False)
    assert work(message, hook, [RuntimeError("a bug")])[1] == (message, None, False)  # left in the queue


def test_steps_throws_what_a_step_raised_into_the_core() -> None:
    def decisions() -> Generator[str, object, str]:
        try:
            answer = yield "ask"
        except ValueError as error:
            answer = f"recovered from {error}"
        finally:
            yield "clean up"
        return str(answer)

    steps, seen = Steps(decisions()), []
    for step in steps:
        seen.append(step)
        with steps.replying():
            if step == "ask":
                raise ValueError("no")
    assert seen == ["ask", "clean up"] and steps.result == "recovered from no"


def test_consume_and_consume_async_take_their_consumers_keywords() -> None:
    shared = inspect.signature(mc.events.Consumer).parameters
    assert inspect.signature(mc.events.consume).parameters == shared
    assert list(inspect.signature(mc.events.consume_async).parameters) == list(shared)
    assert list(shared)[2:] == [
        "batch_size", "concurrency", "wait", "on_poison", "stop", "until_empty", "handle_signals",
    ]  # fmt: skip
    assert inspect.iscoroutinefunction(mc.events.consume_async)
    with pytest.raises(TypeError, match="bogus"):
        mc.events.consume(MemorySource(), quiet_dispatcher(), bogus=1)  # type: ignore[call-arg]
    with pytest.raises(mc.ConfigurationError, match="concurrency: a whole number, at least 1, not 0"):
        mc.events.AsyncConsumer(MemorySource(), mc.events.AsyncDispatcher(None), concurrency=0)  # type: ignore[arg-type]
    with pytest.raises(mc.ConfigurationError, match=r"batch_size: a whole number, at least 1, not 2\.5"):
        mc.events.Consumer(MemorySource(), quiet_dispatcher(), batch_size=2.5)  # type: ignore[arg-type]


def test_help_shows_each_consumers_own_classes() -> None:
    """Not the core's type variables (``AnyDispatcher``, ``AnyEvent``)."""
    for shown, dispatcher, event in (
        (mc.events.Consumer, "Dispatcher", "threading.Event"),
        (mc.events.consume, "Dispatcher", "threading.Event"),
        (mc.events.AsyncConsumer, "AsyncDispatcher", "asyncio.Event"),
        (mc.events.consume_async, "AsyncDispatcher", "asyncio.Event"),
    ):
        parameters = inspect.signature(shown).parameters
        assert parameters["dispatcher"].annotation == dispatcher, shown
        assert parameters["stop"].annotation == f"{event} | None", shown
        shown_doc = pydoc.render_doc(shown)
        assert "AnyDispatcher" not in shown_doc and "AnyEvent" not in shown_doc, shown

    class Mine(mc.events.Consumer):  # a subclass keeps the shell's, or shows its own __init__
        pass

    class Own(mc.events.Consumer):
        def __init__(self, queue_url: str) -> None:
            pass

    assert inspect.signature(Mine) == inspect.signature(mc.events.Consumer)
    assert list(inspect.signature(Own).parameters) == ["queue_url"]


def test_the_twins_come_to_the_same_summary() -> None:
    bodies = [offer(n) for n in range(12)] + [offer(3), *POISON]
    poisoned: list[bytes | str] = []

    def consumed(source: MemorySource) -> mc.events.Summary:
        return mc.events.consume(
            source,
            quiet_dispatcher(),
            concurrency=3,
            wait=0,
            until_empty=True,
            on_poison=lambda body, error: poisoned.append(body),
        )

    async def consumed_async(source: MemorySource) -> mc.events.Summary:
        async def dead_letter(body: bytes | str, error: mc.events.EventParseError) -> None:
            poisoned.append(body)

        dispatcher = mc.events.AsyncDispatcher(None, unhandled="ignore")  # type: ignore[arg-type]
        return await mc.events.consume_async(
            source,
            dispatcher,
            concurrency=3,
            wait=0,
            until_empty=True,
            on_poison=dead_letter,
            stop=asyncio.Event(),
        )

    sync_source, async_source = MemorySource(bodies), MemorySource(bodies)
    summaries = consumed(sync_source), asyncio.run(consumed_async(async_source))
    assert summaries[0] == summaries[1]
    assert summaries[0].outcomes == {Outcome.IGNORED: 12, Outcome.DUPLICATE: 1, Outcome.POISON: 2}
    assert len(sync_source) == len(async_source) == 0 and sorted(poisoned) == sorted(POISON * 2)


def test_a_stop_event_from_elsewhere_stops_the_sync_shell() -> None:
    stop = threading.Event()
    stop.set()
    summary = mc.events.consume(MemorySource([offer(1)]), quiet_dispatcher(), stop=stop)
    assert summary.received == 0


def test_a_cancelled_async_consumer_finishes_and_acks_what_it_started() -> None:
    source = MemorySource([offer(n) for n in range(10)])
    started = asyncio.Event()
    dispatcher = mc.events.AsyncDispatcher(None)  # type: ignore[arg-type]

    @dispatcher.on("OFFER_UPSERT")
    async def slow(event: object) -> None:
        started.set()
        await asyncio.sleep(0.05)

    async def main() -> None:
        run = asyncio.create_task(mc.events.consume_async(source, dispatcher, concurrency=2, wait=0))
        await started.wait()
        run.cancel()
        with pytest.raises(asyncio.CancelledError):
            await run

    asyncio.run(main())
    # the two in hand finished and were acked; the rest were never started
    assert sorted(source.acked) == ["m-1", "m-2"] and len(source) == 8
