"""Where messages come from: one small protocol, an in-memory queue and local files.

    source = MemorySource(visibility_timeout=30)          # a queue with redelivery, for tests and tools
    source.put(b'{"id": "01J", ...}', group="O-1")         # group: FIFO ordering, as SQS MessageGroupId
    source = FileSource("events.jsonl")                    # a JSONL file, or a folder of .json/.jsonl files
    source = SQSSource(queue_url)                          # the sqs extra (boto3)

A :class:`Source` has two methods: ``receive(max_messages, wait)`` returns up to ``max_messages``
:class:`Message` (waiting up to ``wait`` seconds for the first), ``ack(messages)`` deletes them
for good. A message not acknowledged comes back once its visibility timeout has passed. A
:class:`LeasedSource` also has ``visibility_timeout`` and ``extend(messages, seconds)``, which the
consumer calls for messages still in hand before they would come back.

Other queues fit in a few lines. Google Pub/Sub (``google-cloud-pubsub``, synchronous pull)::

    class PubSubSource:
        visibility_timeout = 60.0                      # the subscription's ack deadline

        def __init__(self, subscription: str) -> None:
            self.subscription, self.client = subscription, pubsub_v1.SubscriberClient()

        def receive(self, max_messages: int, wait: float) -> list[Message]:
            answer = self.client.pull(subscription=self.subscription, max_messages=max_messages,
                                      timeout=max(wait, 1.0))
            return [Message(body=m.message.data, receipt=m.ack_id, id=m.message.message_id,
                            group=m.message.ordering_key or None, receive_count=m.delivery_attempt or 1)
                    for m in answer.received_messages]

        def ack(self, messages: Sequence[Message]) -> None:
            self.client.acknowledge(subscription=self.subscription, ack_ids=[m.receipt for m in messages])

        def extend(self, messages: Sequence[Message], seconds: float) -> None:
            self.client.modify_ack_deadline(subscription=self.subscription, ack_deadline_seconds=int(seconds),
                                            ack_ids=[m.receipt for m in messages])

Azure Service Bus (``azure-servicebus``, peek-lock; sessions play the part of FIFO groups)::

    class ServiceBusSource:
        visibility_timeout = 60.0                      # the queue's lock duration

        def __init__(self, connection_string: str, queue: str) -> None:
            client = ServiceBusClient.from_connection_string(connection_string)
            self.receiver = client.get_queue_receiver(queue, receive_mode=ServiceBusReceiveMode.PEEK_LOCK)

        def receive(self, max_messages: int, wait: float) -> list[Message]:
            found = self.receiver.receive_messages(max_message_count=max_messages, max_wait_time=wait or None)
            return [Message(body=b"".join(m.body), receipt=m, id=m.message_id, group=m.session_id,
                            receive_count=m.delivery_count or 1) for m in found]

        def ack(self, messages: Sequence[Message]) -> None:
            for message in messages:
                self.receiver.complete_message(message.receipt)

        def extend(self, messages: Sequence[Message], seconds: float) -> None:
            for message in messages:
                self.receiver.renew_message_lock(message.receipt)
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable


@dataclass(frozen=True, eq=False)
class Message:
    """One received message. ``receipt``: what its source needs to acknowledge it (opaque)."""

    body: bytes | str
    receipt: object
    id: str = ""
    group: str | None = None
    """FIFO group (SQS MessageGroupId): messages of one group are handled in order, one at a time."""
    receive_count: int = 1


@runtime_checkable
class Source(Protocol):
    """Messages to receive and acknowledge (see the module docstring)."""

    def receive(self, max_messages: int, wait: float) -> Sequence[Message]: ...

    def ack(self, messages: Sequence[Message]) -> None: ...


@runtime_checkable
class LeasedSource(Source, Protocol):
    """A :class:`Source` whose messages come back after ``visibility_timeout`` unless extended."""

    visibility_timeout: float

    def extend(self, messages: Sequence[Message], seconds: float) -> None: ...


@dataclass(eq=False)
class _Entry:
    id: str
    body: bytes | str
    group: str | None
    key: int = 0
    visible_at: float = 0.0
    receipt: int = 0  # 0: not in flight; else the receipt of its current delivery
    receives: int = 0


@dataclass(frozen=True)
class _Receipt:
    entry: _Entry
    token: int


class MemorySource:
    """An in-memory queue with SQS semantics: redelivery after ``visibility_timeout``, FIFO groups.

    ``put(body, group=None)`` adds a message. A received message is invisible until acknowledged
    or until its visibility timeout passes; then it is delivered again (``receive_count`` grows).
    An acknowledgement from an expired delivery is ignored, like a stale SQS receipt handle.
    While a message of a group is in flight, later messages of that group are not delivered.
    Thread-safe. ``len(source)``: messages not yet acknowledged.
    """

    def __init__(
        self,
        messages: Iterable[bytes | str] = (),
        *,
        visibility_timeout: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.visibility_timeout = visibility_timeout
        self._clock = clock
        self._entries: dict[int, _Entry] = {}  # in arrival order
        self._in_flight: set[_Entry] = set()  # received and not acknowledged (some may have expired)
        self._ids = itertools.count(1)
        self._tokens = itertools.count(1)
        self._changed = threading.Condition()
        self.acked: list[str] = []
        """Ids of the messages acknowledged, in order."""
        for body in messages:
            self.put(body)

    def put(self, body: bytes | str, *, group: str | None = None, id: str | None = None) -> str:
        """Add a message; returns its id."""
        number = next(self._ids)
        entry = _Entry(id or f"m-{number}", body, group, key=number)
        with self._changed:
            self._entries[number] = entry
            self._changed.notify_all()
        return entry.id

    def _take(self, max_messages: int) -> list[Message]:
        now, taken = self._clock(), list[Message]()
        flying = {entry for entry in self._in_flight if entry.visible_at > now}
        busy = {entry.group for entry in flying}  # groups with a message in flight
        for entry in self._entries.values():
            if len(taken) >= max_messages:
                break
            if entry in flying or (entry.group is not None and entry.group in busy):
                continue
            self._in_flight.add(entry)
            entry.receipt, entry.visible_at = next(self._tokens), now + self.visibility_timeout
            entry.receives += 1
            receipt = _Receipt(entry, entry.receipt)
            taken.append(Message(entry.body, receipt, entry.id, entry.group, entry.receives))
        return taken

    def receive(self, max_messages: int, wait: float) -> list[Message]:
        """Up to ``max_messages`` visible messages, waiting up to ``wait`` seconds for the first."""
        deadline = time.monotonic() + wait
        with self._changed:
            while True:
                taken = self._take(max_messages)
                left = deadline - time.monotonic()
                if taken or left <= 0:
                    return taken
                self._changed.wait(min(left, 0.05))  # also wakes up when a timeout expires

    def _current(self, messages: Sequence[Message]) -> list[_Entry]:
        found = []
        for message in messages:
            receipt = message.receipt
            if isinstance(receipt, _Receipt) and receipt.entry.receipt == receipt.token:
                found.append(receipt.entry)
        return found

    def ack(self, messages: Sequence[Message]) -> None:
        """Delete these messages (a delivery that has expired since is ignored)."""
        with self._changed:
            for entry in self._current(messages):
                del self._entries[entry.key]
                self._in_flight.discard(entry)
                entry.receipt = -1  # no receipt matches it any more
                self.acked.append(entry.id)
            self._changed.notify_all()

    def extend(self, messages: Sequence[Message], seconds: float) -> None:
        """Keep these messages invisible ``seconds`` more from now."""
        with self._changed:
            now = self._clock()
            for entry in self._current(messages):
                if entry.visible_at > now:
                    entry.visible_at = now + seconds

    def __len__(self) -> int:
        with self._changed:
            return len(self._entries)


class FileSource(MemorySource):
    """The messages of a JSONL file (one per non-empty line), or of a folder's ``.json`` files
    (one per file) and ``.jsonl`` files, in name order. The files are read once and never changed;
    an unacknowledged message comes back after ``visibility_timeout``, as in a queue.
    Message ids are ``<file name>:<line>``.
    """

    def __init__(self, path: str | Path, *, visibility_timeout: float = 30.0) -> None:
        super().__init__(visibility_timeout=visibility_timeout)
        root = Path(path)
        files = (
            sorted(p for p in root.iterdir() if p.suffix in (".json", ".jsonl")) if root.is_dir() else [root]
        )
        for file in files:
            content = file.read_bytes()
            if file.suffix == ".json":
                self.put(content, id=file.name)
                continue
            for number, line in enumerate(content.splitlines(), 1):
                if line.strip():
                    self.put(line, id=f"{file.name}:{number}")
