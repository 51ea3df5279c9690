"""The asyncio twin of :func:`consume`: handlers run as tasks, the source's calls in a thread.

    summary = await mc.events.consume_async(SQSSource(queue_url), AsyncDispatcher(client),
                                            concurrency=32, on_poison=dead_letter)

Same rules as :mod:`._consume` (ack only what is settled, poison to the hook or left, FIFO
groups in order, visibility extended, graceful stop): the same core (:mod:`._consuming`), and
this shell awaits its steps. ``on_poison`` may be ``async``.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import signal
import threading
from collections.abc import AsyncIterator
from typing import Any

from . import _consuming as core
from ._consume import extending
from ._consuming import _Consuming, keywords_of
from ._dispatch import AsyncDispatcher
from ._flow import Summary
from ._sources import Message
from ._steps import Steps


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


class AsyncConsumer(_Consuming[AsyncDispatcher, asyncio.Event]):
    """:class:`Consumer` for an :class:`AsyncDispatcher`: ``await consumer.run()``; ``consumer.stop()``.

    The same keywords as :class:`Consumer` (``stop``: an :class:`asyncio.Event`).
    """

    def _new_event(self) -> asyncio.Event:
        return asyncio.Event()

    async def _do_work(self, step: core.WorkStep) -> object:
        if isinstance(step, core.Handle):
            return await self.dispatcher.handle(step.body)
        value = step.hook(step.body, step.error)
        return await value if inspect.isawaitable(value) else value

    async def _work(self, message: Message) -> core.Done:
        for step in (steps := Steps(core.work(message, self.on_poison))):
            with steps.replying():
                steps.reply(await self._do_work(step))
        return steps.result

    async def _do(self, step: core.RunStep, running: set[asyncio.Task[core.Done]]) -> object:
        match step:
            case core.Receive(max_messages, wait):
                return await asyncio.to_thread(self.source.receive, max_messages, wait)
            case core.Pause(seconds):
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stop.wait(), seconds)
            case core.Start(messages):
                running.update(asyncio.create_task(self._work(message)) for message in messages)
            case core.Collect(timeout) if running:
                until = asyncio.FIRST_COMPLETED if timeout is not None else asyncio.ALL_COMPLETED
                finished, _ = await asyncio.wait(running, timeout=timeout, return_when=until)
                running.difference_update(finished)
                return [task.result() for task in finished]
            case core.Collect():
                return []
            case core.Ack(messages):
                await asyncio.to_thread(self.source.ack, messages)
        return None

    async def run(self) -> Summary:
        """Consume until stopped (or, with ``until_empty``, until the queue is drained)."""
        run, running = core.Run(self), set[asyncio.Task[core.Done]]()
        with extending(self.source, run.ledger.flow):
            async with _signals_stop(self._stop, self.handle_signals):
                for step in (steps := Steps(run.steps())):
                    with steps.replying():
                        steps.reply(await self._do(step, running))
        return steps.result


@keywords_of(AsyncConsumer)
async def consume_async(*args: Any, **kwargs: Any) -> Summary:
    """Run an :class:`AsyncConsumer`; returns its :class:`Summary`.

    Takes what :class:`AsyncConsumer` takes: ``await consume_async(source, dispatcher, concurrency=32, ...)``.
    """
    return await AsyncConsumer(*args, **kwargs).run()
