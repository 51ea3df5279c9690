"""Send many items in batches, and isolate the ones the API refuses.

    result = client.orders.upsert(origin, orders)       # 250 orders -> 3 calls of at most 100
    result.ok, len(result.accepted), result.failed[0].error.errors, result.not_sent

Some operations refuse a whole batch for one bad item (400). The batch is then split and sent
again: around the items the error names (``orders[3].price...``) when it names some, else in
halves; a single item that is refused is reported with the server's error. k bad items in n cost
O(k log n) calls. Any other error (404, 5xx after retries, network...) stops the run: what was
not sent is listed in ``not_sent``, with the error in ``error``. Nothing is dropped silently.
"""

from __future__ import annotations

import logging
import re
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from mirakl_connect_api.types import Response

from ._call import Call, Plan
from ._errors import APIError, BadRequestError, ConnectError

logger = logging.getLogger("mirakl_connect")
R = TypeVar("R", bound="BulkResult")


@dataclass
class ItemFailure:
    """An item the API refused: ``error`` is the server's own answer for it."""

    item: Any
    error: Any  # an APIError (a refused batch of one), or the API's per-item error (returns)
    index: int  # position in the input


@dataclass
class BulkResult:
    """What became of every item: accepted, failed (with the error), or not sent."""

    accepted: list[Any] = field(default_factory=list)
    failed: list[ItemFailure] = field(default_factory=list)
    not_sent: list[Any] = field(default_factory=list)
    calls: int = 0
    error: ConnectError | None = None  # the error that stopped the run, if one did

    @property
    def ok(self) -> bool:
        """True when every item was accepted."""
        return not self.failed and not self.not_sent

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(accepted={len(self.accepted)}, failed={len(self.failed)}, "
            f"not_sent={len(self.not_sent)}, calls={self.calls})"
        )


@dataclass(frozen=True)
class Progress:
    """Passed to a ``progress`` callback after each call."""

    done: int  # items accepted, failed or not sent so far
    total: int
    accepted: int
    failed: int
    calls: int


@dataclass
class Batches(Generic[R]):
    """How one operation's items are sent.

    ``call`` builds the call for a list of (plain JSON) items; ``list_name`` is the body's list
    (``orders``) used to read item indexes in the server's field errors; ``on_answer`` handles a
    2xx answer of a batch (default: all accepted).
    """

    call: Callable[[list[Any]], Call]
    size: int
    list_name: str
    result: R
    on_answer: Callable[[Response[Any], list[int], R], None] | None = None

    def named(self, error: APIError, batch: list[int]) -> list[int]:
        """The items of ``batch`` that the error's field paths name (batch-relative indexes)."""
        pattern = re.compile(rf"(?:^|[.\[]){re.escape(self.list_name)}(?:\[(\d+)\]|\.(\d+))")
        found = set()
        for item in error.errors:
            match = pattern.search(item.field or "")
            if match and int(match[1] or match[2]) < len(batch):
                found.add(batch[int(match[1] or match[2])])
        return sorted(found)


def chunks(indexes: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(indexes), size):
        yield indexes[start : start + size]


def send(
    batches: Batches[R],
    items: list[Any],
    payloads: list[Any],
    progress: Callable[[Progress], None] | None = None,
) -> Plan[R]:
    """The plan that sends ``payloads`` (``items`` as given, for the report) in batches."""
    result = batches.result
    queue: deque[list[int]] = deque(chunks(list(range(len(items))), batches.size))
    while queue:
        batch = queue.popleft()
        result.calls += 1
        try:
            response = yield batches.call([payloads[i] for i in batch])
        except BadRequestError as error:
            if len(batch) == 1:
                result.failed.append(ItemFailure(items[batch[0]], error, batch[0]))
            else:
                named = batches.named(error, batch)
                if named and len(named) < len(batch):
                    queue.appendleft([i for i in batch if i not in named])
                    queue.extendleft([i] for i in reversed(named))
                else:
                    half = len(batch) // 2
                    queue.extendleft([batch[half:], batch[:half]])
                logger.info("%s: batch of %d refused (400), splitting it", batches.list_name, len(batch))
        except ConnectError as error:
            result.error = error
            left = sorted(batch + [i for rest in queue for i in rest])
            result.not_sent.extend(items[i] for i in left)
            logger.warning(
                "%s: stopped by %s; %d item(s) not sent", batches.list_name, type(error).__name__, len(left)
            )
            queue.clear()
        else:
            if batches.on_answer is None:
                result.accepted.extend(items[i] for i in batch)
            else:
                batches.on_answer(response, batch, result)
        if progress is not None:
            done = len(result.accepted) + len(result.failed) + len(result.not_sent)
            progress(Progress(done, len(items), len(result.accepted), len(result.failed), result.calls))
    return result
