"""One core for sync and async: resource methods are *plans* that the two clients drive.

A plan is a generator. It yields steps, and each step resumes it with ``(key, outcome)``: the key
it gave a call, and the call's ``Response`` or the :class:`ConnectError` it ended with, as a value
(nothing is ever thrown into a plan). There are two steps:

- :class:`Send` ``([(key, Call), ...])``: start these calls, then wait for one in flight to finish;
- :class:`Wait` ``()``: start nothing, wait for one in flight to finish.

The plan bounds what it keeps in flight; of the calls finished, the one started first resumes it.
A plan with one call uses the helpers::

    def update_status(action_id, body):
        outcome = yield from outcome_of(Call(update_action_status, action_id=action_id, body=body))
        if isinstance(outcome, BadRequestError) and ...:   # an answer that means success
            return
        if isinstance(outcome, ConnectError):
            raise outcome                   # or: response = yield from response_of(Call(...))

    run(update_status(...), api)            # ConnectClient: sync_detailed, a thread pool
    await arun(update_status(...), api)     # AsyncConnectClient: asyncio_detailed, tasks

So batching, bisecting and replay rules are written once; only sending differs. Outcomes come back
one at a time, so a plan never needs a lock. A call sent while nothing else is in flight is made
at once, in the plan's own thread or task.
"""

from __future__ import annotations

import functools
from collections.abc import Generator
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import httpx
from mirakl_connect_api.client import AuthenticatedClient
from mirakl_connect_api.types import Response

from ._errors import APIError, ConnectError, TransportError, error_class, error_from_response
from ._retry import ATTEMPTS, LANDED_EARLIER, RETRY_AFTER

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import Future, ThreadPoolExecutor

T = TypeVar("T")


@functools.cache
def endpoint(name: str) -> ModuleType:
    """The generated endpoint module ``mirakl_connect_api.api.<name>``, imported on first use.

    ``Call(endpoint("orders.upsert_orders"), body=...)``: the resources name their endpoints
    this way so that ``import mirakl_connect`` loads none of them (then ``sys.modules`` has it).
    """
    return import_module(f"mirakl_connect_api.api.{name}")


class Call:
    """A call to a generated endpoint (``mirakl_connect_api.api.<tag>.<operation>``)."""

    __slots__ = ("endpoint", "kwargs")

    def __init__(self, endpoint: ModuleType, /, **kwargs: Any) -> None:
        self.endpoint, self.kwargs = endpoint, kwargs

    def __repr__(self) -> str:
        return f"Call({self.endpoint.__name__.rsplit('.', 1)[-1]})"


class Send:
    """A step: start ``calls`` (``(key, Call)`` pairs, at least one), then wait for one in flight.

    ``key, outcome = yield Send([(0, call_a), (1, call_b)])`` resumes the plan when a call
    started by this step or an earlier one finishes.
    """

    __slots__ = ("calls",)

    def __init__(self, calls: list[tuple[Any, Call]]) -> None:
        if not calls:
            raise ValueError("Send() needs a call; to wait for one in flight, yield Wait()")
        self.calls = calls

    def __repr__(self) -> str:
        return f"Send({[call for _, call in self.calls]})"


class Wait:
    """A step: start nothing, wait for one of the calls in flight (``key, outcome = yield Wait()``)."""

    __slots__ = ()
    calls: ClassVar[tuple[()]] = ()  # as a Send's, for the drivers

    def __repr__(self) -> str:
        return "Wait()"


Outcome = Response[Any] | ConnectError
Step = Send | Wait
Plan = Generator[Step, tuple[Any, Outcome], T]


def outcome_of(call: Call) -> Plan[Outcome]:
    """Make one call, none other being in flight: its response or error, as a value.

    ``outcome = yield from outcome_of(Call(delete_order_document, ...))``
    """
    _, outcome = yield Send([(None, call)])
    return outcome


def response_of(call: Call) -> Plan[Response[Any]]:
    """Make one call, none other being in flight: its response, or its error raised in the plan.

    ``response = yield from response_of(Call(upsert_carriers, ...))``
    """
    outcome = yield from outcome_of(call)
    if isinstance(outcome, ConnectError):
        raise outcome
    return outcome


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


def _http_response(outcome: Response[Any] | APIError) -> httpx.Response | None:
    return outcome.http_response if isinstance(outcome, Response) else outcome.response


def attempts(outcome: Response[Any] | APIError) -> int:
    """How many times the transport sent the request (more than 1: it was retried)."""
    http = _http_response(outcome)
    return int(http.extensions.get(ATTEMPTS, 1)) if http is not None else 1


def landed_earlier(outcome: Response[Any] | APIError) -> bool:
    """Whether an earlier attempt of this call may have been processed by the server (sent, and
    its answer lost or broken), as opposed to surely not (no connection, 429, 503...).

    An answer such as ``ACTION_ALREADY_FINAL`` or a 404 on delete then means that attempt did
    what was asked: the call succeeded.
    """
    http = _http_response(outcome)
    return bool(http.extensions.get(LANDED_EARLIER, False)) if http is not None else False


def check(response: Response[Any]) -> Response[Any]:
    """The response if it is a success; else raise the API error it carries.

    The error body is parsed once: by the generated parser into an ``Error`` model when it is
    one, else (HTML, empty, another shape) read as text by ``_errors.parse_body``.
    """
    if response.status_code < 300:
        return response
    if response.http_response is None:  # only happens with a hand-made Response
        status = int(response.status_code)
        raise error_class(status)(f"HTTP {status}", status_code=status)
    raise error_from_response(
        response.http_response,
        parsed=response.parsed,
        retry_after=response.http_response.extensions.get(RETRY_AFTER),
    )


def _unexpected(call: Call, error: httpx.HTTPError) -> TransportError:
    """An httpx error raised outside the transport (an invalid URL...), as ours."""
    return TransportError(f"{call!r}: {type(error).__name__}: {error}")


def outcome(call: Call, api: AuthenticatedClient) -> Outcome:
    """The checked response of ``call``, or the error it ended with."""
    try:
        return check(call.endpoint.sync_detailed(client=api, **call.kwargs))
    except ConnectError as error:
        return error
    except httpx.HTTPError as error:
        return _unexpected(call, error)


async def aoutcome(call: Call, api: AuthenticatedClient) -> Outcome:
    """See :func:`outcome`."""
    try:
        return check(await call.endpoint.asyncio_detailed(client=api, **call.kwargs))
    except ConnectError as error:
        return error
    except httpx.HTTPError as error:
        return _unexpected(call, error)


# A safety bound only: threads are made as calls start, as many as the plan keeps in flight.
_MOST_THREADS = 256


def _first(in_flight: dict[Any, Any], done: set[Any]) -> Any:
    """Of the finished calls, the one started first (so that runs are reproducible)."""
    return next(future for future in in_flight if future in done)


def _thread_pool() -> ThreadPoolExecutor:
    # loaded when several calls are in flight, not by `import mirakl_connect` nor by a single call
    from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415

    return ThreadPoolExecutor(_MOST_THREADS, thread_name_prefix="mirakl_connect")


def _first_done(in_flight: dict[Future[Outcome], Any]) -> Future[Outcome]:
    """Wait for a call in flight to finish: the first started of those done."""
    from concurrent.futures import FIRST_COMPLETED, wait  # noqa: PLC0415

    done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
    return _first(in_flight, done)  # type: ignore[no-any-return]


def _nothing_in_flight(step: Step) -> RuntimeError:
    return RuntimeError(f"the plan yielded {step!r} with no call in flight")


def run(plan: Plan[T], api: AuthenticatedClient) -> T:
    """Drive a plan with blocking calls (on a thread pool when several are in flight)."""
    in_flight: dict[Future[Outcome], Any] = {}
    pool: ThreadPoolExecutor | None = None
    try:
        step = next(plan)
        while True:
            if not in_flight and len(step.calls) == 1:  # the only call: made here, in the plan's thread
                [(key, call)] = step.calls
                step = plan.send((key, outcome(call, api)))
                continue
            for key, call in step.calls:
                pool = pool or _thread_pool()
                in_flight[pool.submit(outcome, call, api)] = key
            if not in_flight:
                raise _nothing_in_flight(step)
            future = _first_done(in_flight)
            step = plan.send((in_flight.pop(future), future.result()))
    except StopIteration as finished:
        return finished.value  # type: ignore[no-any-return]
    finally:
        plan.close()  # stopped early (an error, a cancel): its own cleanup runs now
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


async def arun(plan: Plan[T], api: AuthenticatedClient) -> T:
    """Drive a plan with asyncio calls (as tasks when several are in flight)."""
    import asyncio  # noqa: PLC0415 - the async client's, not `import mirakl_connect`'s

    in_flight: dict[asyncio.Task[Outcome], Any] = {}
    try:
        step = next(plan)
        while True:
            if not in_flight and len(step.calls) == 1:  # the only call: awaited here, in the plan's task
                [(key, call)] = step.calls
                step = plan.send((key, await aoutcome(call, api)))
                continue
            for key, call in step.calls:
                in_flight[asyncio.ensure_future(aoutcome(call, api))] = key
            if not in_flight:
                raise _nothing_in_flight(step)
            done, _ = await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)
            task = _first(in_flight, done)
            step = plan.send((in_flight.pop(task), task.result()))
    except StopIteration as finished:
        return finished.value  # type: ignore[no-any-return]
    finally:
        plan.close()  # stopped early (an error, a cancel): its own cleanup runs now
        for task in in_flight:
            task.cancel()
        await asyncio.gather(*in_flight, return_exceptions=True)
