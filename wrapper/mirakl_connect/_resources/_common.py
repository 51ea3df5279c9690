"""What the resources share: argument checks, and batches of items sent under one origin."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from types import ModuleType
from typing import Any, TypeVar

from .._bulk import Batches, BulkResult, OnAnswer, Progress, send
from .._call import Call, Plan, body
from .._errors import FieldError, ValidationError
from .._validation import prepare

R = TypeVar("R", bound=BulkResult)
OnProgress = Callable[[Progress], None] | None


def text(name: str, value: Any) -> str:
    """A required, non-empty string argument (path parameters and the like)."""
    if not isinstance(value, str) or not value:
        raise ValidationError([FieldError(name, "expected a non-empty string")])
    return value


def action_id_of(event_or_action_id: Any) -> str:
    """The ``action_id`` of an order action event (model, parsed event or raw dict), or the id itself."""
    if isinstance(event_or_action_id, str):
        return text("action_id", event_or_action_id)
    data = getattr(event_or_action_id, "data", None)
    if data is None and isinstance(event_or_action_id, Mapping):
        data = event_or_action_id.get("data", event_or_action_id)
    action_id = getattr(data, "action_id", None)
    if action_id is None and isinstance(data, Mapping):
        action_id = data.get("action_id")
    if not isinstance(action_id, str) or not action_id:
        raise ValidationError([FieldError("data.action_id", "this event carries no action_id to report on")])
    return action_id


def under_origin(
    endpoint: ModuleType,
    list_name: str,
    schema: str,
    origin: Any,
    items: Iterable[Any],
    *,
    result: type[R],
    progress: OnProgress,
    on_answer: OnAnswer[R] | None = None,
    width: int = 1,
) -> Plan[R]:
    """Send ``items`` (``schema``) 100 per call as ``{"origin": ..., list_name: [...]}`` (orders, returns).

    ``result``, ``on_answer`` and ``width`` are those of :class:`~.._bulk.Batches`::

        under_origin(upsert_orders, "orders", "OrderRequest", origin, orders, result=BulkResult,
                     progress=None, width=8)
    """
    origin_data = prepare("OriginRequest", origin, "origin")
    given = list(items)
    payloads = prepare(schema, given, list_name, many=True)

    def call(batch: list[Any]) -> Call:
        return Call(endpoint, body=body({"origin": origin_data, list_name: batch}))

    return send(Batches(call, 100, list_name, result, on_answer, width), given, payloads, progress)
