"""Send many items in batches, and isolate the ones the API refuses.

    result = client.orders.upsert(origin, orders)       # 250 orders -> 3 calls of at most 100
    result.ok, len(result.accepted), result.failed[0].error.errors, result.not_sent

Some operations refuse a whole batch for one bad item (400). The batch is then split and sent
again: around the items the error names (``orders[3].price...``) when it names some, else in
halves; a single item that is refused is reported with the server's error. k bad items in n cost
O(k log n) calls. Any other error (404, 5xx after retries, network...) stops the run: what was
not sent is listed in ``not_sent``, with the error in ``error``. Nothing is dropped silently.

Operations allowed at least one call a second keep several batches in flight (``concurrency``,
default 8, never more than the operation's calls per second): one call at a time would leave a
bulk send far under the rate limit as soon as a call takes longer than 1/30 s. The client's
pacing counts a call until its answer, so the API never sees more than its limit, however many
are in flight (see ``_pacing``). Batches may then land in any order: an item given twice in one
send may end in either version (for orders, the API keeps the later ``channel_updated_at``);
``concurrency=1`` sends them one at a time, in order.
"""

from __future__ import annotations

import logging
import re
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from mirakl_connect_api.types import Response

from . import spec
from ._call import Call, Concurrently, Plan
from ._errors import APIError, BadRequestError, ConnectError, FieldError, ValidationError

logger = logging.getLogger("mirakl_connect")
R = TypeVar("R", bound="BulkResult")


DEFAULT_CONCURRENCY = 8


def concurrency_for(operation_id: str, concurrency: int | None = None) -> int:
    """How many batches of ``operation_id`` to keep in flight: ``concurrency`` (default 8), at most
    the operation's documented calls per second (1 for slower ones, whose pacing waits are long).

    >>> concurrency_for("upsertOrders"), concurrency_for("upsertOrders", 1)
    (8, 1)
    >>> concurrency_for("upsertReturns")
    1
    """
    if concurrency is not None and (
        isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1
    ):
        raise ValidationError(
            [FieldError("concurrency", f"expected a whole number, at least 1, not {concurrency!r}")]
        )
    wanted = DEFAULT_CONCURRENCY if concurrency is None else concurrency
    rate = spec.operations()[operation_id].max_rate
    if rate is None:
        return wanted
    return max(1, min(wanted, int(rate.calls / rate.seconds)))


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
    calls: int  # calls started so far (with batches in flight, ahead of done)


@dataclass
class Batches(Generic[R]):
    """How one operation's items are sent.

    ``call`` builds the call for a list of (plain JSON) items; ``list_name`` is the body's list
    (``orders``) used to read item indexes in the server's field errors; ``on_answer`` handles a
    2xx answer of a batch (default: all accepted); ``width``: batches in flight at once.
    """

    call: Callable[[list[Any]], Call]
    size: int
    list_name: str
    result: R
    on_answer: Callable[[Response[Any], list[int], R], None] | None = None
    width: int = 1

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
    unsent: list[int] = []
    accepted_at: list[int] = []
    in_flight = 0
    while queue or in_flight:
        starts: list[tuple[list[int], Call]] = []
        while queue and result.error is None and in_flight + len(starts) < batches.width:
            batch = queue.popleft()
            result.calls += 1
            starts.append((batch, batches.call([payloads[i] for i in batch])))
        in_flight += len(starts)
        batch, outcome = yield Concurrently(starts, batches.width)
        in_flight -= 1
        _settle(batches, items, batch, outcome, queue=queue, unsent=unsent, accepted_at=accepted_at)
        if result.error is not None:  # stopped: what is left will not be sent
            unsent.extend(i for rest in queue for i in rest)
            queue.clear()
        if progress is not None:
            accepted = len(result.accepted) + len(accepted_at)
            done = accepted + len(result.failed) + len(unsent)
            progress(Progress(done, len(items), accepted, len(result.failed), result.calls))
    # answers may come in any order: report in the input's
    result.accepted.extend(items[i] for i in sorted(accepted_at))
    result.failed.sort(key=lambda failure: failure.index)
    result.not_sent.extend(items[i] for i in sorted(unsent))
    if result.error is not None:
        logger.warning(
            "%s: stopped by %s; %d item(s) not sent",
            batches.list_name,
            type(result.error).__name__,
            len(unsent),
        )
    return result


def _settle(
    batches: Batches[R],
    items: list[Any],
    batch: list[int],
    outcome: Response[Any] | ConnectError,
    *,
    queue: deque[list[int]],
    unsent: list[int],
    accepted_at: list[int],
) -> None:
    """Record what became of one batch: accepted, split and queued again, failed or not sent."""
    result = batches.result
    if isinstance(outcome, BadRequestError):
        if len(batch) == 1:
            result.failed.append(ItemFailure(items[batch[0]], outcome, batch[0]))
            return
        named = batches.named(outcome, batch)
        if named and len(named) < len(batch):
            queue.appendleft([i for i in batch if i not in named])
            queue.extendleft([i] for i in reversed(named))
        else:
            half = len(batch) // 2
            queue.extendleft([batch[half:], batch[:half]])
        logger.info("%s: batch of %d refused (400), splitting it", batches.list_name, len(batch))
    elif isinstance(outcome, ConnectError):
        unsent.extend(batch)
        result.error = result.error or outcome  # the first error is the one that stopped the run
    elif batches.on_answer is None:
        accepted_at.extend(batch)
    else:
        batches.on_answer(outcome, batch, result)
