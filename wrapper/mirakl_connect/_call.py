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

So batching, bisecting and replay rules are written once; only sending differs.
"""

from __future__ import annotations

from collections.abc import Generator
from types import ModuleType
from typing import Any, TypeVar

from mirakl_connect_api.client import AuthenticatedClient
from mirakl_connect_api.types import Response

from ._errors import APIError, ServerError, error_from_response

T = TypeVar("T")


class Call:
    """A call to a generated endpoint (``mirakl_connect_api.api.<tag>.<operation>``)."""

    __slots__ = ("endpoint", "kwargs")

    def __init__(self, endpoint: ModuleType, /, **kwargs: Any) -> None:
        self.endpoint, self.kwargs = endpoint, kwargs

    def __repr__(self) -> str:
        return f"Call({self.endpoint.__name__.rsplit('.', 1)[-1]})"


Plan = Generator[Call, Response[Any], T]


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


def run(plan: Plan[T], api: AuthenticatedClient) -> T:
    """Drive a plan with blocking calls."""
    try:
        call = next(plan)
        while True:
            try:
                response = check(call.endpoint.sync_detailed(client=api, **call.kwargs))
            except APIError as error:
                call = plan.throw(error)
            else:
                call = plan.send(response)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]


async def arun(plan: Plan[T], api: AuthenticatedClient) -> T:
    """Drive a plan with asyncio calls."""
    try:
        call = next(plan)
        while True:
            try:
                response = check(await call.endpoint.asyncio_detailed(client=api, **call.kwargs))
            except APIError as error:
                call = plan.throw(error)
            else:
                call = plan.send(response)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]
