"""The asyncio twin of :func:`consume`: handlers run as tasks, the source's calls in a thread.

    summary = await mc.events.consume_async(SQSSource(queue_url), AsyncDispatcher(client),
                                            concurrency=32, on_poison=dead_letter)

Same rules as :mod:`._consume` (ack only what is settled, poison to the hook or left, FIFO
groups in order, visibility extended, graceful stop). ``on_poison`` may be ``async``.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import signal
import threading
from collections.abc import AsyncIterator, Awaitable
from typing import cast

from ._consume import OnPoison, backoff, extend_loop, poison_settled, refill
from ._dispatch import AsyncDispatcher
from ._flow import Summary, _Ledger
from ._outcome import Outcome, Result
from ._parse import EventParseError
from ._sources import LeasedSource, Message, Source

logger = logging.getLogger("mirakl_connect")


@contextlib.asynccontextmanager
async def _signals_stop(stop: asyncio.Event, install: bool) -> AsyncIterator[None]:
    loop = asyncio.get_running_loop()
    installed = []
    if install and threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGTERM, signal.SIGINT):
            try:
                loop.add_signal_handler(sig, stop.set)
                installed.append(sig)
            except (NotImplementedError, RuntimeError):  # not on this platform
                pass
    try:
        yield
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)


class AsyncConsumer:
    """:class:`Consumer` for an :class:`AsyncDispatcher`: ``await consumer.run()``; ``consumer.stop()``."""

    def __init__(
        self,
        source: Source,
        dispatcher: AsyncDispatcher,
        *,
        batch_size: int = 10,
        concurrency: int = 8,
        wait: float = 20.0,
        on_poison: OnPoison | None = None,
        stop: asyncio.Event | None = None,
        until_empty: bool = False,
        handle_signals: bool = False,
    ) -> None:
        if batch_size < 1 or concurrency < 1:
            raise ValueError("batch_size and concurrency must be at least 1")
        self.source, self.dispatcher = source, dispatcher
        self.batch_size, self.concurrency, self.wait = batch_size, concurrency, wait
        self.on_poison, self.until_empty, self.handle_signals = on_poison, until_empty, handle_signals
        self._stop = stop if stop is not None else asyncio.Event()
        self._failures = 0

    def stop(self) -> None:
        """Stop receiving; :meth:`run` returns once the messages in progress are settled."""
        self._stop.set()

    async def _poison(self, message: Message, result: Result) -> bool:
        if self.on_poison is None or not inspect.iscoroutinefunction(self.on_poison):
            return poison_settled(message, result, self.on_poison)
        assert isinstance(result.error, EventParseError)
        try:
            await cast(Awaitable[object], self.on_poison(message.body, result.error))
        except Exception:
            logger.exception("message %s: on_poison failed; left in the queue", message.id)
            return False
        return True

    async def _work(self, message: Message) -> tuple[Result | None, bool]:
        try:
            result = await self.dispatcher.handle(message.body)
        except Exception:
            logger.exception("message %s: dispatcher failed; left in the queue", message.id)
            return None, False
        if result.outcome is Outcome.POISON:
            return result, await self._poison(message, result)
        return result, result.done

    async def _flush(self, ledger: _Ledger, *, force: bool = False) -> None:
        acks = ledger.acks(force=force)
        if acks:
            try:
                await asyncio.to_thread(self.source.ack, acks)
            except Exception:
                ledger.acked(acks, ok=False)
            else:
                ledger.acked(acks, ok=True)

    async def _receive(self, ledger: _Ledger, busy: bool) -> list[Message] | None:
        """Receive what there is room for (in a thread); None after a failure (already waited for)."""
        room = self.concurrency - ledger.flow.count()
        if room < (refill(self.batch_size, self.concurrency) if busy else 1):
            return []
        try:
            wait = 0.0 if busy else self.wait
            received = await asyncio.to_thread(self.source.receive, min(self.batch_size, room), wait)
        except Exception:
            self._failures += 1
            logger.warning("receive failed (%d in a row)", self._failures, exc_info=True)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), backoff(self._failures))
            return None
        self._failures = 0
        return ledger.received(received)

    async def run(self) -> Summary:
        """Consume until stopped (or, with ``until_empty``, until the queue is drained)."""
        ledger = _Ledger(self.source, self.batch_size)
        running: dict[asyncio.Task[tuple[Result | None, bool]], Message] = {}
        extender_done = threading.Event()
        if isinstance(self.source, LeasedSource):
            args = (self.source, ledger.flow, extender_done)
            threading.Thread(target=extend_loop, args=args, daemon=True, name="mirakl-extend").start()

        def start(messages: list[Message]) -> None:
            for message in messages:
                running[asyncio.create_task(self._work(message))] = message

        self._failures = 0
        try:
            async with _signals_stop(self._stop, self.handle_signals):
                while True:
                    if self._stop.is_set():
                        ledger.stop()
                        if not running:
                            break
                    else:
                        started = await self._receive(ledger, busy=bool(running))
                        if started is None:
                            continue
                        if not started and not running and self.until_empty and not ledger.flow.count():
                            break
                        start(started)
                    if running:
                        finished, _ = await asyncio.wait(
                            running, timeout=1.0, return_when=asyncio.FIRST_COMPLETED
                        )
                        for task in finished:
                            start(ledger.settled(running.pop(task), *task.result()))
                    await self._flush(ledger, force=not running)
        finally:
            if running:  # cancelled: let what is in progress finish, keep its outcome
                await asyncio.wait(running)
                for task, message in list(running.items()):
                    ledger.settled(message, *task.result(), more=False)
            ledger.stop()
            await self._flush(ledger, force=True)
            extender_done.set()
        return ledger.summary


async def consume_async(
    source: Source,
    dispatcher: AsyncDispatcher,
    *,
    batch_size: int = 10,
    concurrency: int = 8,
    wait: float = 20.0,
    on_poison: OnPoison | None = None,
    stop: asyncio.Event | None = None,
    until_empty: bool = False,
    handle_signals: bool = False,
) -> Summary:
    """Run an :class:`AsyncConsumer`; returns its :class:`Summary`."""
    return await AsyncConsumer(
        source,
        dispatcher,
        batch_size=batch_size,
        concurrency=concurrency,
        wait=wait,
        on_poison=on_poison,
        stop=stop,
        until_empty=until_empty,
        handle_signals=handle_signals,
    ).run()
