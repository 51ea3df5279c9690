"""``client.orders``: orders, seller action outcomes, anonymization dates.

result = client.orders.upsert({"channel_id": "acme", "channel_store_id": "s1"}, orders)
client.orders.report(event)                                   # the action went well
client.orders.report(event, errors=[{"code": "ORDER_IN_WRONG_STATE", "message": "already shipped"}])
client.orders.update_anonymize_after([{"channel_id": "acme", "channel_order_id": "O-1",
                                       "anonymize_after": datetime(2027, 1, 1, tzinfo=UTC)}])
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .._bulk import BulkResult, concurrency_for
from .._call import Call, Plan, body, endpoint, landed_earlier, outcome_of
from .._errors import BadRequestError, ConnectError, FieldError, ValidationError
from .._inputs import items as as_list
from .._validation import prepare
from ._common import (
    AsyncResource,
    OnProgress,
    Resource,
    action_id_of,
    batched,
    path_param,
    progress_of,
    text,
    under_origin,
)

if TYPE_CHECKING:
    from mirakl_connect_api.models import (
        ActionError,
        ActionStatus,
        OrderActionEvent,
        OrderRequest,
        OriginRequest,
        UpdateAnonymizeAfterRequestItem,
    )

    from .._types import OriginDict

Errors = Iterable["ActionError | Mapping[str, Any]"]  # the model: imported on first use


def upsert_plan(
    origin: Any, orders: Iterable[Any], progress: OnProgress, concurrency: int | None
) -> Plan[BulkResult]:
    width = concurrency_for("upsertOrders", concurrency)
    return under_origin(
        "orders.upsert_orders",
        "orders",
        "OrderRequest",
        origin,
        orders,
        result=BulkResult,
        progress=progress,
        width=width,
    )


def anonymize_plan(items: Iterable[Any], progress: OnProgress, concurrency: int | None) -> Plan[BulkResult]:
    width = concurrency_for("updateAnonymizeAfterDate", concurrency)
    progress = progress_of(progress)
    given = as_list(items, "items")
    return batched(
        "orders.update_anonymize_after_date", "UpdateAnonymizeAfterRequestItem", given,
        list_name="orders", result=BulkResult, progress=progress, width=width,
    )  # fmt: skip


def action_status_plan(action_id: str, status: ActionStatus | str, errors: Errors | None) -> Plan[None]:
    path_param("action_id", action_id)
    data: dict[str, Any] = {"status": text("status", status)}
    given = [] if errors is None else as_list(errors, "errors")
    if given:
        data["errors"] = prepare("ActionError", given, "errors", many=True)
    if data["status"] == "FAILED" and not data.get("errors"):  # ActionStatus.FAILED's value
        raise ValidationError([FieldError("errors", "required when status is FAILED")])
    request = prepare("UpdateActionRequest", data)
    call = Call(endpoint("orders.update_action_status"), action_id=action_id, body=body(request))
    outcome = yield from outcome_of(call)
    if (
        isinstance(outcome, BadRequestError)
        and outcome.code == "ACTION_ALREADY_FINAL"
        and landed_earlier(outcome)
    ):
        return  # sent more than once and an earlier attempt landed: the action is final, as asked
    if isinstance(outcome, ConnectError):
        raise outcome


def report_plan(event_or_action_id: Any, ok: bool, errors: Errors | None) -> Plan[None]:
    if not isinstance(ok, bool):
        raise ValidationError([FieldError("ok", "expected True or False")])
    errors = None if errors is None else as_list(errors, "errors")
    if not ok and not errors:
        raise ValidationError([FieldError("errors", "say what went wrong when ok=False")])
    from mirakl_connect_api.models import ActionStatus  # noqa: PLC0415 - on first use

    status = ActionStatus.FAILED if errors else ActionStatus.SUCCESS
    return action_status_plan(action_id_of(event_or_action_id), status, errors)


class Orders(Resource):
    """Orders and the outcome of seller actions (blocking)."""

    def upsert(
        self,
        origin: OriginRequest | OriginDict,
        orders: Iterable[OrderRequest | Mapping[str, Any]],
        *,
        progress: OnProgress = None,
        concurrency: int | None = None,
    ) -> BulkResult:
        """Create or replace orders, 100 per call; refused orders are isolated and reported.

        ``origin``: ``{"channel_id", "channel_store_id"}`` (or an ``OriginRequest``); ``orders``:
        ``OrderRequest`` models or dicts. Raises :class:`mc.ValidationError` before sending
        anything if an order is malformed. ``progress`` is called after each call;
        ``concurrency``: batches in flight at once (default 8; 1 sends them in order).
        """
        return self._client._run(upsert_plan(origin, orders, progress, concurrency))

    def update_action_status(
        self, action_id: str, status: ActionStatus | str, errors: Errors | None = None
    ) -> None:
        """Close a seller action with ``SUCCESS``, or ``FAILED`` and its ``errors``."""
        return self._client._run(action_status_plan(action_id, status, errors))

    def report(
        self,
        event_or_action_id: OrderActionEvent | Mapping[str, Any] | str,
        *,
        ok: bool = True,
        errors: Errors | None = None,
    ) -> None:
        """Report the outcome of an order action event (or action id): success, or the errors."""
        return self._client._run(report_plan(event_or_action_id, ok, errors))

    def update_anonymize_after(
        self,
        items: Iterable[UpdateAnonymizeAfterRequestItem | Mapping[str, Any]],
        *,
        progress: OnProgress = None,
        concurrency: int | None = None,
    ) -> BulkResult:
        """Set when orders may be anonymized, 100 per call; refused items are isolated and reported."""
        return self._client._run(anonymize_plan(items, progress, concurrency))


class AsyncOrders(AsyncResource):
    """Orders and the outcome of seller actions (asyncio); see :class:`Orders`."""

    async def upsert(
        self,
        origin: OriginRequest | OriginDict,
        orders: Iterable[OrderRequest | Mapping[str, Any]],
        *,
        progress: OnProgress = None,
        concurrency: int | None = None,
    ) -> BulkResult:
        """Awaited: create or replace orders, 100 per call. See :meth:`Orders.upsert`."""
        return await self._client._run(upsert_plan(origin, orders, progress, concurrency))

    async def update_action_status(
        self, action_id: str, status: ActionStatus | str, errors: Errors | None = None
    ) -> None:
        """Awaited: close a seller action. See :meth:`Orders.update_action_status`."""
        return await self._client._run(action_status_plan(action_id, status, errors))

    async def report(
        self,
        event_or_action_id: OrderActionEvent | Mapping[str, Any] | str,
        *,
        ok: bool = True,
        errors: Errors | None = None,
    ) -> None:
        """Awaited: report the outcome of an order action event. See :meth:`Orders.report`."""
        return await self._client._run(report_plan(event_or_action_id, ok, errors))

    async def update_anonymize_after(
        self,
        items: Iterable[UpdateAnonymizeAfterRequestItem | Mapping[str, Any]],
        *,
        progress: OnProgress = None,
        concurrency: int | None = None,
    ) -> BulkResult:
        """Awaited: set when orders may be anonymized. See :meth:`Orders.update_anonymize_after`."""
        return await self._client._run(anonymize_plan(items, progress, concurrency))


__all__ = ["AsyncOrders", "Orders"]
