"""Where the sandbox's events go: an in-memory queue (the default), a JSONL file, or an SQS queue.

    >>> sink = sink_for(None)  # Sandbox(event_sink=None): an in-memory queue
    >>> sink.send([Outgoing('{"id": "01J", "type": "ACCEPT"}', id="01J", group="O-1")])
    >>> [(m.id, m.group, m.body) for m in sink.source().receive(10, 0)]
    [('01J', 'O-1', '{"id": "01J", "type": "ACCEPT"}')]

``sink_for`` reads ``Sandbox(event_sink=...)``: None for a new in-memory queue; a
:class:`mirakl_connect.events.MemorySource` to use that one; an ``http(s)://`` URL for an SQS
queue (the ``sqs`` extra: boto3; a URL outside ``amazonaws.com``, such as a local moto or
LocalStack, is also its endpoint); any other string or path for a JSONL file (appended to, one
message a line); or an object with the :class:`EventSink` methods. Each sink's ``source()`` is a
:class:`mirakl_connect.events.Source` that reads what it was sent.
"""

from __future__ import annotations

import importlib
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol, runtime_checkable
from urllib.parse import urlsplit

from mirakl_connect.events import FileSource, MemorySource, Message, Source, SQSSource

from ._errors import SettingError, SinkError

_SQS_BATCH = 10


@dataclass(frozen=True)
class Outgoing:
    """One message to deliver."""

    body: str
    id: str = ""  # the event's id; the message id of the in-memory queue
    group: str | None = None  # the order's id: the FIFO group (SQS MessageGroupId)
    deduplication_id: str | None = None  # SQS FIFO MessageDeduplicationId (default: ``id``)


@runtime_checkable
class EventSink(Protocol):
    """Where events are delivered: ``send`` them, in order; ``source()`` reads them back."""

    def send(self, messages: Sequence[Outgoing]) -> None: ...

    def source(self) -> Source: ...

    def close(self) -> None: ...


class EventQueue(MemorySource):
    """The sandbox's default in-memory queue: a :class:`~mirakl_connect.events.MemorySource` that
    first releases the messages a reorder fault holds back, whenever it is read."""

    before_receive: Callable[[], None] | None = None

    def receive(self, max_messages: int, wait: float) -> list[Message]:
        if self.before_receive is not None:
            self.before_receive()
        return super().receive(max_messages, wait)


class MemorySink:
    """Puts each message in a :class:`~mirakl_connect.events.MemorySource` (group: the order's id)."""

    def __init__(self, queue: MemorySource | None = None) -> None:
        self.queue = queue if queue is not None else EventQueue()

    def send(self, messages: Sequence[Outgoing]) -> None:
        for message in messages:
            self.queue.put(message.body, group=message.group, id=message.id or None)

    def source(self) -> MemorySource:
        return self.queue

    def close(self) -> None:
        pass

    def __repr__(self) -> str:
        return f"MemorySink({len(self.queue)} messages)"


class FileSink:
    """Appends each message to a JSONL file, one a line (flushed at once); ``source()`` reads the
    file as it is then, as a :class:`~mirakl_connect.events.FileSource`."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._file: IO[str] | None = None
        self._lock = threading.Lock()

    def send(self, messages: Sequence[Outgoing]) -> None:
        with self._lock:
            if self._file is None:
                self._file = self.path.open("a", encoding="utf-8")
            self._file.write("".join(f"{message.body}\n" for message in messages))
            self._file.flush()

    def source(self) -> FileSource:
        return FileSource(self.path)

    def close(self) -> None:
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None

    def __repr__(self) -> str:
        return f"FileSink({str(self.path)!r})"


def _region(queue_url: str) -> str | None:
    found = re.match(r"https://sqs\.([a-z0-9-]+)\.amazonaws\.com", queue_url)
    return found.group(1) if found else None


class SQSSink:
    """Sends each message to an SQS queue (``SendMessageBatch``, 10 a call); for a FIFO queue
    (``.fifo``) with ``MessageGroupId`` the order's id and ``MessageDeduplicationId`` the event's
    id (a duplicate fault's copies get their own, or SQS would drop them).

    Args:
        queue_url: the queue's URL. Outside ``amazonaws.com`` (moto, LocalStack), its scheme and
            host are the endpoint, unless ``endpoint_url`` is given.
        client: a boto3 SQS client; default one built from boto3's usual credentials chain.
    """

    def __init__(
        self,
        queue_url: str,
        *,
        client: object | None = None,
        region_name: str | None = None,
        endpoint_url: str | None = None,
    ) -> None:
        self.queue_url = queue_url
        self.fifo = urlsplit(queue_url).path.endswith(".fifo")
        self.client: Any = client if client is not None else self._client(region_name, endpoint_url)

    def _client(self, region_name: str | None, endpoint_url: str | None) -> Any:
        try:
            boto3 = importlib.import_module("boto3")
        except ImportError:
            raise ImportError("an SQS event sink needs boto3: pip install 'mirakl-connect[sqs]'") from None
        parts = urlsplit(self.queue_url)
        if endpoint_url is None and not (parts.hostname or "").endswith(".amazonaws.com"):
            endpoint_url = f"{parts.scheme}://{parts.netloc}"
        session = boto3.session.Session()
        region = region_name or _region(self.queue_url) or session.region_name or "us-east-1"
        return session.client("sqs", region_name=region, endpoint_url=endpoint_url)

    def send(self, messages: Sequence[Outgoing]) -> None:
        for start in range(0, len(messages), _SQS_BATCH):
            chunk = messages[start : start + _SQS_BATCH]
            entries = []
            for index, message in enumerate(chunk):
                entry: dict[str, str] = {"Id": str(index), "MessageBody": message.body}
                if self.fifo:
                    entry["MessageGroupId"] = message.group or "events"
                    entry["MessageDeduplicationId"] = message.deduplication_id or message.id or str(index)
                entries.append(entry)
            answer = self.client.send_message_batch(QueueUrl=self.queue_url, Entries=entries)
            failed = answer.get("Failed") or []
            if failed:
                codes = ", ".join(sorted({str(failure.get("Code")) for failure in failed}))
                raise SinkError(f"SQS refused {len(failed)} of {len(chunk)} messages: {codes}")

    def source(self) -> SQSSource:
        return SQSSource(self.queue_url, client=self.client)

    def close(self) -> None:
        pass

    def __repr__(self) -> str:
        return f"SQSSink({self.queue_url!r})"


def sink_for(target: object) -> EventSink:
    """The sink that ``Sandbox(event_sink=target)`` names (see the module docstring)."""
    if target is None:
        return MemorySink()
    if isinstance(target, MemorySource):
        return MemorySink(target)
    if isinstance(target, str) and target.startswith(("http://", "https://")):
        return SQSSink(target)
    if isinstance(target, str | Path):
        return FileSink(target)
    if isinstance(target, EventSink):
        return target
    raise SettingError(
        "event_sink: None (in memory), a MemorySource, an SQS queue URL, a file path or an EventSink, "
        f"not {type(target).__name__}"
    )
