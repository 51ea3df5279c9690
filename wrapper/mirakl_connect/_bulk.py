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

Inside: :class:`Batches` holds an operation's settings (frozen); :func:`send` is the plan (see
``_call``), and keeps one run's state in a ``_RunState``: batches queued, calls in flight, and
what became of each item. Each answer is settled there, then reported in the input's order.
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
from ._call import Call, Outcome, Plan, Send, Wait
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


OnAnswer = Callable[[Response[Any], list[Any], R], dict[int, Any]]


@dataclass(frozen=True)
class Batches(Generic[R]):
    """How one operation's items are sent: settings, the same for the whole run.

    ``call`` builds the call for a list of at most ``size`` (plain JSON) items; ``list_name`` is
    the body's list, whose item indexes the server's field errors name (``orders[3].price``);
    ``result``: the class of the result; ``width``: batches in flight at once. ``on_answer`` reads
    a batch's 2xx answer when it says more than "all accepted": given the response, the payloads
    sent and the result, it returns the items refused (position in the batch -> the API's error)::

        Batches(lambda batch: Call(upsert_orders, body=body({"orders": batch})), 100, "orders",
                BulkResult, width=8)
    """

    call: Callable[[list[Any]], Call]
    size: int
    list_name: str
    result: type[R]
    on_answer: OnAnswer[R] | None = None
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
    run = _RunState(batches, items, payloads)
    while run.queue or run.in_flight:
        starts = run.starts()
        batch, outcome = yield Send(starts) if starts else Wait()
        run.settle(batch, outcome)
        if progress is not None:
            progress(run.progress())
    return run.finish()


class _RunState(Generic[R]):
    """One run of :func:`send`: the batches queued and in flight, and what became of each item.

    Items are known by their index in the input; batches are lists of indexes.
    """

    __slots__ = ("accepted", "batches", "in_flight", "items", "payloads", "queue", "result", "unsent")

    def __init__(self, batches: Batches[R], items: list[Any], payloads: list[Any]) -> None:
        self.batches, self.items, self.payloads = batches, items, payloads
        self.result = batches.result()
        self.queue: deque[list[int]] = deque(chunks(list(range(len(items))), batches.size))
        self.in_flight = 0
        self.accepted: list[int] = []  # in the order of the answers
        self.unsent: list[int] = []

    def starts(self) -> list[tuple[list[int], Call]]:
        """The batches to start now, with their calls: up to ``width`` in flight, none once stopped."""
        starts = []
        while self.queue and self.result.error is None and self.in_flight < self.batches.width:
            batch = self.queue.popleft()
            starts.append((batch, self.batches.call([self.payloads[i] for i in batch])))
            self.in_flight += 1
            self.result.calls += 1
        return starts

    def settle(self, batch: list[int], outcome: Outcome) -> None:
        """Record what became of one batch: accepted, split and queued again, failed or not sent."""
        self.in_flight -= 1
        if isinstance(outcome, BadRequestError):
            self._refused(batch, outcome)
        elif isinstance(outcome, ConnectError):
            self.unsent.extend(batch)
            self.result.error = self.result.error or outcome  # the first error stops the run
        elif self.batches.on_answer is None:
            self.accepted.extend(batch)
        else:
            refused = self.batches.on_answer(outcome, [self.payloads[i] for i in batch], self.result)
            for at, i in enumerate(batch):
                if at in refused:
                    self.result.failed.append(ItemFailure(self.items[i], refused[at], i))
                else:
                    self.accepted.append(i)
        if self.result.error is not None:  # stopped: what is queued will not be sent
            self.unsent.extend(i for rest in self.queue for i in rest)
            self.queue.clear()

    def _refused(self, batch: list[int], error: BadRequestError) -> None:
        """A 400: one item failed, or the batch is split around the items named (else in halves)."""
        if len(batch) == 1:
            self.result.failed.append(ItemFailure(self.items[batch[0]], error, batch[0]))
            return
        named = self.batches.named(error, batch)
        if named and len(named) < len(batch):
            self.queue.appendleft([i for i in batch if i not in named])
            self.queue.extendleft([i] for i in reversed(named))
        else:
            half = len(batch) // 2
            self.queue.extendleft([batch[half:], batch[:half]])
        logger.info("%s: batch of %d refused (400), splitting it", self.batches.list_name, len(batch))

    def progress(self) -> Progress:
        failed = len(self.result.failed)
        done = len(self.accepted) + failed + len(self.unsent)
        return Progress(done, len(self.items), len(self.accepted), failed, self.result.calls)

    def finish(self) -> R:
        """The result, items in the input's order (answers may come in any order)."""
        result = self.result
        result.accepted.extend(self.items[i] for i in sorted(self.accepted))
        result.failed.sort(key=lambda failure: failure.index)
        result.not_sent.extend(self.items[i] for i in sorted(self.unsent))
        if result.error is not None:
            logger.warning(
                "%s: stopped by %s; %d item(s) not sent",
                self.batches.list_name,
                type(result.error).__name__,
                len(self.unsent),
            )
        return result
