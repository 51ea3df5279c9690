"""The consumers' bookkeeping, without threads or tasks: what is in hand, in which order, to ack.

    flow = _Flow()
    start = flow.admit(received)          # messages to start now; the rest wait behind their FIFO group
    start = flow.finish(message, ack)     # next message of its group, if any; ``ack`` queues it for ack
    flow.take_acks(), flow.due(30.0)      # to acknowledge now; held for 30 s without an extension

A message of a FIFO group starts only when the previous one of its group has finished. When one
ends without an ack (to be redelivered), the messages waiting behind it are not handled: they
are released, so that the queue delivers the group again in order.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ._outcome import Outcome, Result
from ._sources import LeasedSource, Message, Source

logger = logging.getLogger("mirakl_connect")


@dataclass
class Summary:
    """What a consumer did: deliveries received, outcomes, acknowledged, left for redelivery.

    ``left``: deliveries not acknowledged (RETRY, poison without a hook or whose hook failed,
    not started or not finished at stop, a failed acknowledgement); the queue delivers them again.
    ``poisoned``: poison messages given to ``on_poison`` (and acknowledged after it).
    """

    received: int = 0
    acked: int = 0
    left: int = 0
    poisoned: int = 0
    outcomes: Counter[Outcome] = field(default_factory=Counter)


class _Flow:
    """Messages received and not yet settled. Thread-safe (an extender thread reads it)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._running: set[Message] = set()
        self._waiting: dict[str, deque[Message]] = {}
        self._busy: set[str] = set()
        self._since: dict[Message, float] = {}  # received, or last extended
        self._acks: list[Message] = []
        self._acks_since = 0.0

    def count(self) -> int:
        with self._lock:
            return len(self._running) + sum(len(q) for q in self._waiting.values())

    def _start(self, message: Message) -> Message:
        self._running.add(message)
        if message.group is not None:
            self._busy.add(message.group)
        return message

    def admit(self, messages: Sequence[Message]) -> list[Message]:
        """Take received messages in hand; returns those to start now."""
        now, start = self._clock(), []
        with self._lock:
            for message in messages:
                self._since[message] = now
                group = message.group
                if group is not None and (group in self._busy or group in self._waiting):
                    self._waiting.setdefault(group, deque()).append(message)
                else:
                    start.append(self._start(message))
        return start

    def finish(self, message: Message, ack: bool) -> tuple[list[Message], list[Message]]:
        """``message`` is done; returns (messages to start now, messages released unhandled)."""
        with self._lock:
            self._running.discard(message)
            self._since.pop(message, None)
            if ack:
                if not self._acks:
                    self._acks_since = self._clock()
                self._acks.append(message)
            group = message.group
            if group is None:
                return [], []
            queue = self._waiting.get(group)
            if not ack:  # keep the group's order: what waited behind it goes back to the queue
                released = list(self._waiting.pop(group, ()))
                for other in released:
                    self._since.pop(other, None)
                self._busy.discard(group)
                return [], released
            if queue:
                following = queue.popleft()
                if not queue:
                    del self._waiting[group]
                return [self._start(following)], []
            self._busy.discard(group)
            return [], []

    def release_waiting(self) -> list[Message]:
        """Stop: the messages not started, released unhandled."""
        with self._lock:
            released = [m for queue in self._waiting.values() for m in queue]
            self._waiting.clear()
            for message in released:
                self._since.pop(message, None)
            return released

    def take_acks(self, *, batch: int = 10, max_delay: float = 0.5, force: bool = False) -> list[Message]:
        """Messages to acknowledge now: a full batch, the oldest waiting ``max_delay``, or ``force``."""
        with self._lock:
            if not self._acks:
                return []
            if not (force or len(self._acks) >= batch or self._clock() - self._acks_since >= max_delay):
                return []
            taken, self._acks = self._acks, []
            return taken

    def due(self, older_than: float) -> list[Message]:
        """Messages held ``older_than`` seconds since received or extended; counted as extended now."""
        now = self._clock()
        with self._lock:
            found = [m for m, since in self._since.items() if now - since >= older_than]
            for message in found:
                self._since[message] = now
            return found


def release(source: Source, messages: Sequence[Message]) -> None:
    """Make messages we will not handle visible again at once (when the source can)."""
    if messages and isinstance(source, LeasedSource):
        try:
            source.extend(messages, 0)
        except Exception:  # they come back after their visibility timeout anyway
            logger.warning("could not release %d messages early", len(messages), exc_info=True)


class _Ledger:
    """One consumer run: its :class:`_Flow`, its :class:`Summary`, and the source to release to."""

    def __init__(self, source: Source, batch_size: int) -> None:
        self.source, self.batch_size = source, batch_size
        self.flow, self.summary = _Flow(), Summary()

    def received(self, messages: Sequence[Message]) -> list[Message]:
        """Messages just received; returns those to start now."""
        self.summary.received += len(messages)
        return self.flow.admit(messages)

    def settled(
        self, message: Message, result: Result | None, ack: bool, *, more: bool = True
    ) -> list[Message]:
        """A message's work is over; returns what to start next (nothing unless ``more``)."""
        summary = self.summary
        if result is not None:
            summary.outcomes[result.outcome] += 1
            summary.poisoned += result.outcome is Outcome.POISON and ack
        summary.left += not ack
        following, released = self.flow.finish(message, ack)
        if not more:  # shutting down: what would come next in its group is not started
            released, following = released + following, []
        self.drop(released)
        return following

    def drop(self, messages: Sequence[Message]) -> None:
        """Messages released unhandled: they stay in the queue."""
        self.summary.left += len(messages)
        release(self.source, messages)

    def stop(self) -> None:
        self.drop(self.flow.release_waiting())

    def acks(self, *, force: bool) -> list[Message]:
        return self.flow.take_acks(batch=self.batch_size, force=force)

    def acked(self, messages: Sequence[Message], ok: bool) -> None:
        if ok:
            self.summary.acked += len(messages)
        else:
            logger.warning(
                "could not acknowledge %d messages; they will come back", len(messages), exc_info=True
            )
            self.summary.left += len(messages)
