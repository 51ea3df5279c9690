"""``client.returns``: returns, which the API accepts or refuses one by one.

result = client.returns.upsert({"channel_id": "acme", "channel_store_id": "s1"}, returns)
for failure in result.failed:                 # failure.error: the API's ReturnError
    print(failure.item["channel_return_id"], [d.code for d in failure.error.details])
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._bulk import BulkResult, concurrency_for
from .._call import Plan
from ._common import AsyncResource, OnProgress, Resource, under_origin

if TYPE_CHECKING:
    from mirakl_connect_api.models import OriginRequest, ReturnError, ReturnRequest, ReturnSuccess
    from mirakl_connect_api.types import Response

    from .._types import OriginDict


@dataclass(repr=False)
class ReturnsResult(BulkResult):
    """A :class:`BulkResult` plus the API's per-return results of every batch."""

    successes: list[ReturnSuccess] = field(default_factory=list)
    errors: list[ReturnError] = field(default_factory=list)


def _key(value: Any) -> tuple[Any, Any]:
    if isinstance(value, dict):
        return value.get("channel_order_id"), value.get("channel_return_id")
    return getattr(value, "channel_order_id", None), getattr(value, "channel_return_id", None)


def _on_answer(response: Response[Any], sent: list[Any], result: ReturnsResult) -> dict[int, ReturnError]:
    """Keep the API's per-return results; the returns it refused (or did not report on), by position.

    ``_on_answer(response, [{"channel_order_id": "O-1", "channel_return_id": "R-1"}], result)``
    is ``{}`` when the answer lists R-1 in ``return_success``.
    """
    from mirakl_connect_api.models import ReturnError, UpsertReturnsResponse  # noqa: PLC0415 - on first use

    answer = (
        response.parsed if isinstance(response.parsed, UpsertReturnsResponse) else UpsertReturnsResponse()
    )
    successes = list(answer.return_success or [])
    errors = list(answer.return_errors or [])
    result.successes += successes
    result.errors += errors
    failed = {_key(e): e for e in errors}
    succeeded = {_key(s) for s in successes}
    refused: dict[int, ReturnError] = {}
    for at, payload in enumerate(sent):
        key = _key(payload)
        if key in failed:
            refused[at] = failed[key]
        elif key not in succeeded:  # not silently taken as a success
            missing = ReturnError(channel_order_id=key[0], channel_return_id=key[1])
            missing.additional_properties["message"] = "the API did not report on this return"
            refused[at] = missing
    return refused


def upsert_plan(origin: Any, returns: Iterable[Any], progress: OnProgress) -> Plan[ReturnsResult]:
    return under_origin(
        "returns.upsert_returns",
        "returns",
        "ReturnRequest",
        origin,
        returns,
        result=ReturnsResult,
        progress=progress,
        on_answer=_on_answer,
        width=concurrency_for("upsertReturns"),
    )


class Returns(Resource):
    """Returns (blocking)."""

    def upsert(
        self,
        origin: OriginRequest | OriginDict,
        returns: Iterable[ReturnRequest | Mapping[str, Any]],
        *,
        progress: OnProgress = None,
    ) -> ReturnsResult:
        """Create or replace returns, 100 per call (paced: the API takes one call per minute).

        ``origin``: ``{"channel_id", "channel_store_id"}`` (or an ``OriginRequest``); ``returns``:
        ``ReturnRequest`` models or dicts. The API accepts or refuses each return: the result has
        both, and ``failed`` holds the API's ``ReturnError`` of each refused one.
        """
        return self._client._run(upsert_plan(origin, returns, progress))


class AsyncReturns(AsyncResource):
    """Returns (asyncio); see :class:`Returns`."""

    async def upsert(
        self,
        origin: OriginRequest | OriginDict,
        returns: Iterable[ReturnRequest | Mapping[str, Any]],
        *,
        progress: OnProgress = None,
    ) -> ReturnsResult:
        """Awaited: create or replace returns, 100 per call. See :meth:`Returns.upsert`."""
        return await self._client._run(upsert_plan(origin, returns, progress))
