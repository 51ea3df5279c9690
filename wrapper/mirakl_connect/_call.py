"""One core for sync and async: resource methods are *plans* that the two clients drive.

A plan is a generator that yields :class:`Call` objects (a generated endpoint module and its
arguments) and receives the generated ``Response`` of each, or has the API error thrown into it::

    def update_status(action_id, body):
        try:
            yield Call(update_action_status, action_id=action_id, body=body)
        except BadRequestError as error:
            ...

    run(update_status(...), api)            # ConnectClient: sync_detailed
    await arun(update_status(...), api)     # AsyncConnectClient: asyncio_detailed

So batching, bisecting and replay rules are written once; only sending differs. A plan that
keeps several calls in flight (bulk sends) yields :class:`Concurrently` instead: the sync driver
runs the calls on a small thread pool, the async one as tasks, and each sends the outcomes back
one at a time, so the plan itself never needs a lock.
"""

from __future__ import annotations

import asyncio
from collections.abc import Generator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from types import ModuleType
from typing import Any, TypeVar

from mirakl_connect_api.client import AuthenticatedClient
from mirakl_connect_api.types import Response

from ._errors import APIError, ConnectError, ServerError, error_from_response

T = TypeVar("T")


class Call:
    """A call to a generated endpoint (``mirakl_connect_api.api.<tag>.<operation>``)."""

    __slots__ = ("endpoint", "kwargs")

    def __init__(self, endpoint: ModuleType, /, **kwargs: Any) -> None:
        self.endpoint, self.kwargs = endpoint, kwargs

    def __repr__(self) -> str:
        return f"Call({self.endpoint.__name__.rsplit('.', 1)[-1]})"


class Concurrently:
    """Yielded by a plan: start ``calls`` now, each with a key, and keep at most ``width`` in flight.

    The plan is sent back ``(key, outcome)`` of the first call in flight to finish, ``outcome``
    being its ``Response`` or the :class:`ConnectError` it ended with (never thrown). With
    ``width=1`` the drivers make the call at once, in the plan's own thread or task::

        key, outcome = yield Concurrently([(0, call_a), (1, call_b)], width=2)
    """

    __slots__ = ("calls", "width")

    def __init__(self, calls: list[tuple[Any, Call]], width: int) -> None:
        self.calls, self.width = calls, width


Outcome = Response[Any] | ConnectError
Plan = Generator[Call | Concurrently, Any, T]


class JSONBody:
    """A request body already checked and in JSON form, handed to a generated function.

    The generated code only calls ``body.to_dict()``; passing checked data this way saves
    building models from dicts just to turn them back into dicts.
    """

    __slots__ = ("data",)

    def __init__(self, data: Any) -> None:
        self.data = data

    def to_dict(self) -> Any:
        return self.data

    def __repr__(self) -> str:
        return "JSONBody(...)"


def body(data: Any) -> Any:
    """``data`` as the ``body`` argument of a generated function (typed ``Any`` on purpose)."""
    return JSONBody(data)


def attempts(response: Response[Any] | APIError) -> int:
    """How many times the transport sent the request (more than 1: it was retried)."""
    http = response.http_response if isinstance(response, Response) else response.response
    return int(http.extensions.get("mirakl_connect.attempts", 1)) if http is not None else 1


def landed_earlier(outcome: Response[Any] | APIError) -> bool:
    """Whether an earlier attempt of this call may have been processed by the server.

    An answer such as ``ACTION_ALREADY_FINAL`` or a 404 on delete then means that attempt did
    what was asked: the call succeeded.
    """
    return attempts(outcome) > 1


def check(response: Response[Any]) -> Response[Any]:
    """The response if it is a success; else raise the API error it carries."""
    if response.status_code < 300:
        return response
    if response.http_response is None:  # only happens with a hand-made Response
        raise ServerError(f"HTTP {int(response.status_code)}", status_code=int(response.status_code))
    raise error_from_response(
        response.http_response,
        retry_after=response.http_response.extensions.get("mirakl_connect.retry_after"),
    )


def outcome(call: Call, api: AuthenticatedClient) -> Outcome:
    """The checked response of ``call``, or the error it ended with."""
    try:
        return check(call.endpoint.sync_detailed(client=api, **call.kwargs))
    except ConnectError as error:
        return error


async def aoutcome(call: Call, api: AuthenticatedClient) -> Outcome:
    """See :func:`outcome`."""
    try:
        return check(await call.endpoint.asyncio_detailed(client=api, **call.kwargs))
    except ConnectError as error:
        return error


def _advance(plan: Plan[T], result: Outcome) -> Call | Concurrently:
    """Hand one call's outcome to the plan: the response sent in, or the error thrown in."""
    return plan.throw(result) if isinstance(result, ConnectError) else plan.send(result)


def _first(in_flight: dict[Any, Any], done: set[Any]) -> Any:
    """Of the finished calls, the one started first (so that runs are reproducible)."""
    return next(future for future in in_flight if future in done)


def run(plan: Plan[T], api: AuthenticatedClient) -> T:
    """Drive a plan with blocking calls (a thread pool for :class:`Concurrently` steps)."""
    in_flight: dict[Future[Outcome], Any] = {}
    pool: ThreadPoolExecutor | None = None
    try:
        step = next(plan)
        while True:
            if isinstance(step, Call):
                step = _advance(plan, outcome(step, api))
                continue
            if step.width == 1:
                [(key, call)] = step.calls
                step = plan.send((key, outcome(call, api)))
                continue
            pool = pool or ThreadPoolExecutor(step.width, thread_name_prefix="mirakl_connect")
            for key, call in step.calls:
                in_flight[pool.submit(outcome, call, api)] = key
            done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            future = _first(in_flight, done)
            step = plan.send((in_flight.pop(future), future.result()))
    except StopIteration as finished:
        return finished.value  # type: ignore[no-any-return]
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


async def arun(plan: Plan[T], api: AuthenticatedClient) -> T:
    """Drive a plan with asyncio calls (tasks for :class:`Concurrently` steps)."""
    in_flight: dict[asyncio.Task[Outcome], Any] = {}
    try:
        step = next(plan)
        while True:
            if isinstance(step, Call):
                step = _advance(plan, await aoutcome(step, api))
                continue
            if step.width == 1:
                [(key, call)] = step.calls
                step = plan.send((key, await aoutcome(call, api)))
                continue
            for key, call in step.calls:
                in_flight[asyncio.ensure_future(aoutcome(call, api))] = key
            done, _ = await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)
            task = _first(in_flight, done)
            step = plan.send((in_flight.pop(task), task.result()))
    except StopIteration as finished:
        return finished.value  # type: ignore[no-any-return]
    finally:
        for task in in_flight:
            task.cancel()
        await asyncio.gather(*in_flight, return_exceptions=True)
