"""Drop the events Connect delivers more than once (at-least-once delivery), by envelope ``id``.

    >>> dedupe = Deduplicator(capacity=100_000)
    >>> dedupe.first_time("01JD"), dedupe.first_time("01JD")
    (True, False)
    >>> dedupe.forget("01JD")        # its handling failed for now: let the redelivery through
    >>> dedupe.first_time("01JD")
    True

A :class:`~mirakl_connect.events.Dispatcher` takes any :class:`DedupeStore`: this in-process one
by default, or a store shared by several worker processes (Redis...) with the same two methods.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

from ._parse import Event, UnknownEvent


@runtime_checkable
class DedupeStore(Protocol):
    """Where a dispatcher remembers the events it has taken on.

    ``first_time(event_id)`` records the id and says whether it was new (atomically: two
    workers given the same id at once get one True). ``forget(event_id)`` undoes that, after a
    handling that failed for now, so that the redelivery of the message is handled again.
    """

    def first_time(self, event_id: str) -> bool: ...

    def forget(self, event_id: str) -> None: ...


def _id(event: str | Event | UnknownEvent | Mapping[str, Any]) -> object:
    if isinstance(event, str):
        return event
    return event.get("id") if isinstance(event, Mapping) else event.id


class Deduplicator:
    """Remembers the ids of the last ``capacity`` events, in this process. Thread-safe.

    ``first_time`` takes an id, or an event (parsed or a mapping) whose ``id`` it reads; an event
    without an id is always new (there is nothing to recognise it by).
    """

    def __init__(self, capacity: int = 100_000) -> None:
        self.capacity = capacity
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def first_time(self, event: str | Event | UnknownEvent | Mapping[str, Any]) -> bool:
        event_id = _id(event)
        if not isinstance(event_id, str) or not event_id:
            return True
        with self._lock:
            if event_id in self._seen:
                self._seen.move_to_end(event_id)
                return False
            self._seen[event_id] = None
            if len(self._seen) > self.capacity:
                self._seen.popitem(last=False)
            return True

    def forget(self, event: str | Event | UnknownEvent | Mapping[str, Any]) -> None:
        event_id = _id(event)
        if isinstance(event_id, str):
            with self._lock:
                self._seen.pop(event_id, None)

    def __len__(self) -> int:
        return len(self._seen)
