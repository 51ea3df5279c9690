"""Plans, as both clients drive them: every step resumes the plan with ``(key, outcome)``.

A plan yields ``Send(calls)`` (start these, then wait) or ``Wait()`` (start nothing, wait); the
outcome of a call, response or error, always comes back as a value. The endpoint here is a fake
module whose ``sync_detailed`` / ``asyncio_detailed`` answer by the call's arguments.
"""

from __future__ import annotations

import asyncio
import threading
from http import HTTPStatus
from types import ModuleType
from typing import Any

import mirakl_connect as mc
import pytest
from mirakl_connect._bulk import Batches, BulkResult, Progress, send
from mirakl_connect._call import Call, Plan, Send, Wait, arun, outcome_of, response_of, run
from mirakl_connect._errors import FieldError
from mirakl_connect_api.types import Response

from .support import both

API: Any = object()  # the fake endpoint never uses the client


def ok(answer: Any = None) -> Response[Any]:
    return Response(status_code=HTTPStatus.OK, content=b"", headers={}, parsed=answer)


class Fake:
    """A fake generated endpoint: ``fake.call(answer, after=event)`` is a ``Call`` of it.

    ``answer``: a response to return (default: a 200) or a ConnectError to raise; ``after``: an
    event to wait for first. It keeps who called it, and how many calls are running.
    """

    def __init__(self) -> None:
        self.endpoint = ModuleType("fake_operation")
        self.endpoint.sync_detailed = self.sync_detailed  # type: ignore[attr-defined]
        self.endpoint.asyncio_detailed = self.asyncio_detailed  # type: ignore[attr-defined]
        self.calls: list[Any] = []
        self.threads: list[int] = []
        self.tasks: list[asyncio.Task[Any] | None] = []
        self.running = 0

    def call(self, answer: Any = None, **gates: Any) -> Call:
        return Call(self.endpoint, answer=ok() if answer is None else answer, **gates)

    def sync_detailed(self, *, client: Any, answer: Any, after: Any = None) -> Any:
        self.calls.append(answer)
        self.threads.append(threading.get_ident())
        self.running += 1
        try:
            if after is not None:
                assert after.wait(5)
            return self._answer(answer)
        finally:
            self.running -= 1

    async def asyncio_detailed(self, *, client: Any, answer: Any, after: Any = None) -> Any:
        self.calls.append(answer)
        self.tasks.append(asyncio.current_task())
        self.running += 1
        try:
            if after is not None:
                await asyncio.wait_for(after.wait(), 5)
            return self._answer(answer)
        finally:
            self.running -= 1

    @staticmethod
    def _answer(answer: Any) -> Any:
        if isinstance(answer, Exception):
            raise answer
        return answer


def drive(plan: Plan[Any], async_: bool) -> Any:
    """Run ``plan`` as ConnectClient (``run``) or AsyncConnectClient (``arun``) would."""
    return asyncio.run(arun(plan, API)) if async_ else run(plan, API)


def event(async_: bool) -> Any:
    return asyncio.Event() if async_ else threading.Event()


@both
def test_outcomes_come_back_as_values_never_thrown(async_: bool) -> None:
    fake = Fake()
    refused = mc.BadRequestError("refused", status_code=400)
    lost = mc.TransportError("connection reset")

    def plan() -> Plan[dict[str, Any]]:
        seen = {}
        key, outcome = yield Send(
            [("ok", fake.call()), ("400", fake.call(refused)), ("lost", fake.call(lost))]
        )
        seen[key] = outcome
        for _ in range(2):
            key, outcome = yield Wait()
            seen[key] = outcome
        return seen

    seen = drive(plan(), async_)
    assert seen["400"] is refused and seen["lost"] is lost
    assert isinstance(seen["ok"], Response) and seen["ok"].status_code == 200


@both
def test_wait_starts_nothing_and_resumes_with_a_call_in_flight(async_: bool) -> None:
    fake = Fake()
    gate = event(async_)

    def plan() -> Plan[list[Any]]:
        first, _ = yield Send([("held", fake.call(after=gate)), ("quick", fake.call())])
        gate.set()  # "held" may finish now
        second, _ = yield Wait()
        return [first, second]

    assert drive(plan(), async_) == ["quick", "held"] and len(fake.calls) == 2


@both
def test_a_wait_with_nothing_in_flight_is_a_mistake_of_the_plan(async_: bool) -> None:
    cleaned: list[bool] = []

    def plan() -> Plan[None]:
        try:
            yield Wait()
        finally:
            cleaned.append(True)  # the driver closes a plan it stops

    with pytest.raises(RuntimeError, match=r"Wait\(\) with no call in flight"):
        drive(plan(), async_)
    assert cleaned == [True]
    with pytest.raises(ValueError, match=r"yield Wait\(\)"):
        Send([])


@both
def test_one_call_plans_read_an_outcome_or_have_the_error_raised_in_them(async_: bool) -> None:
    fake = Fake()
    missing = mc.NotFoundError("gone", status_code=404)

    def tolerant() -> Plan[str]:
        outcome = yield from outcome_of(fake.call(missing))
        return "already deleted" if isinstance(outcome, mc.NotFoundError) else "deleted"

    def strict() -> Plan[str]:
        try:
            yield from response_of(fake.call(missing))
        except mc.NotFoundError as error:  # raised here, in the plan
            return f"caught {error.status_code}"
        return "no error"

    def unguarded() -> Plan[Response[Any]]:
        return (yield from response_of(fake.call(missing)))

    assert drive(tolerant(), async_) == "already deleted"
    assert drive(strict(), async_) == "caught 404"
    with pytest.raises(mc.NotFoundError):
        drive(unguarded(), async_)
    assert drive(response_of(fake.call()), async_).status_code == 200


def test_the_only_call_in_flight_is_made_in_the_plans_own_thread() -> None:
    fake = Fake()

    def plan() -> Plan[None]:
        yield from response_of(fake.call())  # alone: made here
        yield Send([(0, fake.call()), (1, fake.call())])  # two: on the pool
        yield Wait()

    run(plan(), API)
    here = threading.get_ident()
    assert fake.threads[0] == here and here not in fake.threads[1:]


def test_the_only_call_in_flight_is_awaited_in_the_plans_own_task() -> None:
    fake = Fake()

    def plan() -> Plan[None]:
        yield from response_of(fake.call())
        yield Send([(0, fake.call()), (1, fake.call())])
        yield Wait()

    async def main() -> asyncio.Task[Any] | None:
        await arun(plan(), API)
        return asyncio.current_task()

    here = asyncio.run(main())
    assert fake.tasks[0] is here and here not in fake.tasks[1:]


@both
def test_no_call_is_left_running_when_a_plan_ends_early(async_: bool) -> None:
    fake = Fake()
    gate = event(async_)

    def plan() -> Plan[str]:
        yield Send([("quick", fake.call()), ("held", fake.call(after=gate))])
        gate.set()  # the held call may finish (sync driver) or is cancelled (async driver)
        return "done early"

    assert drive(plan(), async_) == "done early" and fake.running == 0


# -- the bulk plan, step by step -------------------------------------------------------------------------
def test_the_bulk_plan_keeps_width_calls_in_flight_then_waits_for_the_last() -> None:
    fake = Fake()
    batches = Batches(lambda batch: fake.call(), 2, "orders", BulkResult, width=2)
    items = [f"o{i}" for i in range(6)]
    plan = send(batches, items, items)
    step = next(plan)
    assert isinstance(step, Send) and [key for key, _ in step.calls] == [[0, 1], [2, 3]]
    step = plan.send(([2, 3], ok()))  # answers in any order
    assert isinstance(step, Send) and [key for key, _ in step.calls] == [[4, 5]]
    step = plan.send(([4, 5], ok()))
    assert isinstance(step, Wait)  # nothing left to start: wait for [0, 1]
    with pytest.raises(StopIteration) as finished:
        plan.send(([0, 1], ok()))
    result = finished.value.value
    assert result.ok and result.accepted == items and result.calls == 3  # in the input's order


@both
def test_the_bulk_plan_isolates_refused_items_with_either_driver(async_: bool) -> None:
    """A fake API that refuses any batch holding o7 (naming it) or o13 (naming nothing)."""
    fake = Fake()

    def call(batch: list[str]) -> Call:
        if "o7" in batch:
            named = [FieldError(f"orders[{batch.index('o7')}].price", "bad")]
            return fake.call(mc.BadRequestError("refused", status_code=400, errors=named))
        if "o13" in batch:
            return fake.call(mc.BadRequestError("refused", status_code=400))
        return fake.call()

    items = [f"o{i}" for i in range(40)]
    seen: list[Progress] = []
    result = drive(send(Batches(call, 10, "orders", BulkResult, width=3), items, items, seen.append), async_)
    assert [f.item for f in result.failed] == ["o7", "o13"] and result.not_sent == []
    assert result.accepted == [i for i in items if i not in ("o7", "o13")]  # in the input's order
    assert len(seen) == result.calls == len(fake.calls) and seen[-1].done == seen[-1].total == 40
    assert [p.done for p in seen] == sorted(p.done for p in seen)


@both
def test_the_bulk_plan_stops_at_the_first_error_and_lists_what_was_not_sent(async_: bool) -> None:
    fake = Fake()
    down = mc.ServerError("down", status_code=503)
    items = list(range(10))
    batches = Batches(lambda batch: fake.call(down if batch[0] == 2 else None), 2, "orders", BulkResult)
    result = drive(send(batches, items, items), async_)
    assert result.error is down and result.accepted == [0, 1] and result.not_sent == list(range(2, 10))
    assert result.calls == 2
