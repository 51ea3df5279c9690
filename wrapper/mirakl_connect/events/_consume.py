"""Consume a queue: receive in batches, dispatch, acknowledge what is settled, leave the rest.

    summary = mc.events.consume(SQSSource(queue_url), dispatcher, concurrency=8,
                                on_poison=dead_letter, handle_signals=True)

    consumer = mc.events.Consumer(source, dispatcher)       # the same, stoppable from elsewhere
    threading.Thread(target=consumer.run).start(); ...; consumer.stop()

The rules:

- A message is acknowledged (deleted) only once settled: its handler and its report went
  through (:attr:`Result.done`). A RETRY (transient failure) is left to come back after the
  queue's visibility timeout, and the dispatcher forgets its id, so the redelivery is handled.
- A poison message (:class:`EventParseError`) goes to ``on_poison(body, error)`` and is
  acknowledged once the hook returns. Without a hook, or if the hook raises, it is logged at
  ERROR and left in the queue, never dropped: the queue's redrive policy (dead-letter queue after
  ``maxReceiveCount``) is then where it ends up.
- At most ``concurrency`` messages are in hand; while some are in progress, a receive waits for
  half a batch of free slots (fewer, fuller calls). Messages of one FIFO group (SQS
  ``MessageGroupId``) are handled one at a time, in order; after a message of a group is left
  for redelivery, the ones behind it are released unhandled, so the group comes back in order.
- A :class:`LeasedSource` (SQS) gets its messages' visibility extended while they are in hand.
- ``stop()`` (or ``stop=`` event set, or SIGTERM/SIGINT with ``handle_signals=True``): no more
  receiving; messages in progress finish and are acknowledged; messages not started are
  released, never acknowledged. It takes effect after the current receive (at most ``wait`` s).
  A second Ctrl-C raises KeyboardInterrupt (what is in progress still finishes and is acked).
- The consumer does not crash: receive failures are logged and retried with back-off.

These rules are decided in one place, :mod:`._consuming` (the core, shared with the asyncio
twin); this module is the threaded shell that does what its steps say: receive, acknowledge,
wait, run handlers in a thread pool.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ALL_COMPLETED, FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from types import FrameType
from typing import Any

from . import _consuming as core
from ._consuming import _Consuming, keywords_of
from ._dispatch import Dispatcher
from ._flow import Summary, _Flow
from ._sources import LeasedSource, Message, Source
from ._steps import Steps

logger = logging.getLogger("mirakl_connect")


@contextlib.contextmanager
def signals_stop(stop: Callable[[], None], install: bool) -> Iterator[None]:
    """With ``install`` (and in the main thread), SIGTERM and SIGINT call ``stop`` while inside."""
    if not install or threading.current_thread() is not threading.main_thread():
        yield
        return

    signalled: list[int] = []

    def handler(signum: int, frame: FrameType | None) -> None:
        if signalled and signum == signal.SIGINT:  # Ctrl-C twice: stop now
            raise KeyboardInterrupt
        signalled.append(signum)
        logger.info("signal %s: stopping after the messages in progress", signal.Signals(signum).name)
        stop()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def extend_loop(source: LeasedSource, flow: _Flow, done: threading.Event) -> None:
    """Until ``done``: extend the visibility of messages held for half their timeout."""
    timeout = source.visibility_timeout
    while not done.wait(max(0.05, timeout / 4)):
        due = flow.due(timeout / 2)
        if due:
            try:
                source.extend(due, timeout)
            except Exception:
                logger.warning("could not extend the visibility of %d messages", len(due), exc_info=True)


@contextlib.contextmanager
def extending(source: Source, flow: _Flow) -> Iterator[None]:
    """While inside, a thread extends the visibility of what ``flow`` holds (a :class:`LeasedSource`)."""
    done = threading.Event()
    if isinstance(source, LeasedSource):
        args = (source, flow, done)
        threading.Thread(target=extend_loop, args=args, daemon=True, name="mirakl-extend").start()
    try:
        yield
    finally:
        done.set()


class Consumer(_Consuming[Dispatcher, threading.Event]):
    """A consumer of ``source`` for ``dispatcher``; :meth:`run` until :meth:`stop`. See the module doc.

    The keywords (``batch_size``, ``concurrency``, ``wait``, ``on_poison``, ``stop``,
    ``until_empty``, ``handle_signals``) are described under ``__init__``.
    """

    def _new_event(self) -> threading.Event:
        return threading.Event()

    def _do_work(self, step: core.WorkStep) -> object:
        if isinstance(step, core.Handle):
            return self.dispatcher.handle(step.body)
        return step.hook(step.body, step.error)

    def _work(self, message: Message) -> core.Done:
        for step in (steps := Steps(core.work(message, self.on_poison))):
            with steps.replying():
                steps.reply(self._do_work(step))
        return steps.result

    def _do(self, step: core.RunStep, pool: ThreadPoolExecutor, running: set[Future[core.Done]]) -> object:
        match step:
            case core.Receive(max_messages, wait_for):
                return self.source.receive(max_messages, wait_for)
            case core.Pause(seconds):
                self._stop.wait(seconds)
            case core.Start(messages):
                running.update(pool.submit(self._work, message) for message in messages)
            case core.Collect(timeout):
                until = FIRST_COMPLETED if timeout is not None else ALL_COMPLETED
                finished, _ = wait(running, timeout=timeout, return_when=until)
                running.difference_update(finished)
                return [future.result() for future in finished]
            case core.Ack(messages):
                self.source.ack(messages)
        return None

    def run(self) -> Summary:
        """Consume until stopped (or, with ``until_empty``, until the queue is drained)."""
        run, running = core.Run(self), set[Future[core.Done]]()
        with (
            ThreadPoolExecutor(self.concurrency, thread_name_prefix="mirakl-events") as pool,
            extending(self.source, run.ledger.flow),
            signals_stop(self.stop, self.handle_signals),
        ):
            for step in (steps := Steps(run.steps())):
                with steps.replying():
                    steps.reply(self._do(step, pool, running))
        return steps.result


@keywords_of(Consumer)
def consume(*args: Any, **kwargs: Any) -> Summary:
    """Run a :class:`Consumer` (see the module docstring for the rules); returns its :class:`Summary`.

    Takes what :class:`Consumer` takes: ``consume(source, dispatcher, concurrency=8, ...)``.
    """
    return Consumer(*args, **kwargs).run()
