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
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from types import FrameType

from ._dispatch import Dispatcher
from ._flow import Summary, _Flow, _Ledger
from ._outcome import Outcome, Result
from ._parse import EventParseError
from ._sources import LeasedSource, Message, Source

logger = logging.getLogger("mirakl_connect")

OnPoison = Callable[[bytes | str, EventParseError], object]
"""Called with a poison message's body (as received) and its error; acknowledged once it returns."""


def backoff(failures: int) -> float:
    """Seconds to wait after ``failures`` receive failures in a row: 1, 2, 4... up to 30."""
    return float(min(30, 2 ** max(0, failures - 1)))


def refill(batch_size: int, concurrency: int) -> int:
    """Free slots worth a receive while messages are in progress: half a batch (fewer, fuller calls)."""
    return max(1, min(batch_size, concurrency) // 2)


def poison_settled(message: Message, result: Result, on_poison: OnPoison | None) -> bool:
    """Hand a poison message to the hook; True when it can be acknowledged."""
    error = result.error
    assert isinstance(error, EventParseError)
    if on_poison is None:
        logger.error(
            "message %s is not a valid event, left in the queue (no on_poison hook): %s", message.id, error
        )
        return False
    try:
        on_poison(message.body, error)
    except Exception:
        logger.exception("message %s: on_poison failed; left in the queue", message.id)
        return False
    return True


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


class Consumer:
    """A consumer of ``source`` for ``dispatcher``; :meth:`run` until :meth:`stop`. See the module doc.

    Args:
        batch_size: messages asked for per receive (SQS: at most 10).
        concurrency: messages in hand at once (handler threads).
        wait: long-poll seconds of a receive when nothing is in progress.
        on_poison: dead-letter hook for messages that are not valid events.
        stop: an event that stops the consumer when set (also :meth:`stop`).
        until_empty: return once a receive finds nothing and nothing is in progress.
        handle_signals: stop on SIGTERM/SIGINT (main thread only).
    """

    def __init__(
        self,
        source: Source,
        dispatcher: Dispatcher,
        *,
        batch_size: int = 10,
        concurrency: int = 8,
        wait: float = 20.0,
        on_poison: OnPoison | None = None,
        stop: threading.Event | None = None,
        until_empty: bool = False,
        handle_signals: bool = False,
    ) -> None:
        if batch_size < 1 or concurrency < 1:
            raise ValueError("batch_size and concurrency must be at least 1")
        self.source, self.dispatcher = source, dispatcher
        self.batch_size, self.concurrency, self.wait = batch_size, concurrency, wait
        self.on_poison, self.until_empty, self.handle_signals = on_poison, until_empty, handle_signals
        self._stop = stop if stop is not None else threading.Event()
        self._failures = 0

    def stop(self) -> None:
        """Stop receiving; :meth:`run` returns once the messages in progress are settled."""
        self._stop.set()

    def _work(self, message: Message) -> tuple[Result | None, bool]:
        try:
            result = self.dispatcher.handle(message.body)
        except Exception:  # handle() settles every message; this is a bug, not a message to lose
            logger.exception("message %s: dispatcher failed; left in the queue", message.id)
            return None, False
        if result.outcome is Outcome.POISON:
            return result, poison_settled(message, result, self.on_poison)
        return result, result.done

    def _flush(self, ledger: _Ledger, *, force: bool = False) -> None:
        acks = ledger.acks(force=force)
        if acks:
            try:
                self.source.ack(acks)
            except Exception:
                ledger.acked(acks, ok=False)
            else:
                ledger.acked(acks, ok=True)

    def _receive(self, ledger: _Ledger, busy: bool) -> list[Message] | None:
        """Receive what there is room for; None after a failure (already waited for)."""
        room = self.concurrency - ledger.flow.count()
        if room < (refill(self.batch_size, self.concurrency) if busy else 1):
            return []
        try:
            received = self.source.receive(min(self.batch_size, room), 0.0 if busy else self.wait)
        except Exception:
            self._failures += 1
            logger.warning("receive failed (%d in a row)", self._failures, exc_info=True)
            self._stop.wait(backoff(self._failures))
            return None
        self._failures = 0
        return ledger.received(received)

    def run(self) -> Summary:
        """Consume until stopped (or, with ``until_empty``, until the queue is drained)."""
        ledger = _Ledger(self.source, self.batch_size)
        running: dict[Future[tuple[Result | None, bool]], Message] = {}
        pool = ThreadPoolExecutor(self.concurrency, thread_name_prefix="mirakl-events")
        extender_done = threading.Event()
        if isinstance(self.source, LeasedSource):
            args = (self.source, ledger.flow, extender_done)
            threading.Thread(target=extend_loop, args=args, daemon=True, name="mirakl-extend").start()

        def start(messages: list[Message]) -> None:
            for message in messages:
                running[pool.submit(self._work, message)] = message

        self._failures = 0
        try:
            with signals_stop(self.stop, self.handle_signals):
                while True:
                    if self._stop.is_set():
                        ledger.stop()
                        if not running:
                            break
                    else:
                        started = self._receive(ledger, busy=bool(running))
                        if started is None:
                            continue
                        if not started and not running and self.until_empty and not ledger.flow.count():
                            break
                        start(started)
                    if running:
                        finished, _ = wait(running, timeout=1.0, return_when=FIRST_COMPLETED)
                        for future in finished:
                            start(ledger.settled(running.pop(future), *future.result()))
                    self._flush(ledger, force=not running)
        finally:
            pool.shutdown(wait=True)  # what is in progress finishes; its outcome is kept
            for future, message in list(running.items()):
                ledger.settled(message, *future.result(), more=False)
            ledger.stop()
            self._flush(ledger, force=True)
            extender_done.set()
        return ledger.summary


def consume(
    source: Source,
    dispatcher: Dispatcher,
    *,
    batch_size: int = 10,
    concurrency: int = 8,
    wait: float = 20.0,
    on_poison: OnPoison | None = None,
    stop: threading.Event | None = None,
    until_empty: bool = False,
    handle_signals: bool = False,
) -> Summary:
    """Run a :class:`Consumer` (see the module docstring for the rules); returns its :class:`Summary`."""
    return Consumer(
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
