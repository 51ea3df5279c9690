"""What the resources share: argument checks, and batches of items sent under one origin."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from types import ModuleType
from typing import Any, TypeVar

from .._bulk import Batches, BulkResult, OnAnswer, Progress, send
from .._call import Call, Plan, body
from .._errors import FieldError, ValidationError
from .._inputs import items as as_list
from .._validation import prepare

R = TypeVar("R", bound=BulkResult)
OnProgress = Callable[[Progress], None] | None
_DOTS = "'.' and '..' change the URL's path"


def text(name: str, value: Any) -> str:
    """A required, non-empty string argument (a status...; ids in URLs: :func:`path_param`)."""
    if not isinstance(value, str) or not value:
        raise ValidationError([FieldError(name, "expected a non-empty string")])
    return value


def path_param(name: str, value: Any) -> str:
    """An id that goes into the request URL (``action_id``, ``channel_id``...): a non-empty string
    that no one can read as a relative path.

    The generated code escapes ``/`` (``%2F``), but not dots, and URLs drop ``.`` and ``..``
    segments: ``update_action_status("..", ...)`` would be sent as ``PUT /v1/orders``. A ``.`` or
    ``..`` between slashes (``../x``) is refused too, for servers and proxies that decode ``%2F``.

    >>> path_param("channel_id", "acme/eu")
    'acme/eu'
    >>> path_param("action_id", "..")
    Traceback (most recent call last):
    mirakl_connect._errors.ValidationError: invalid request: action_id: '.' and '..' change the URL's path
    """
    checked = text(name, value)
    if any(segment in (".", "..") for segment in checked.replace("\\", "/").split("/")):
        raise ValidationError([FieldError(name, _DOTS)])
    return checked


def progress_of(progress: Any) -> OnProgress:
    """A ``progress=`` argument: a function called with each :class:`Progress`, or None."""
    if progress is not None and not callable(progress):
        raise ValidationError([FieldError("progress", "expected a function of one Progress, or None")])
    return progress  # type: ignore[no-any-return]


def action_id_of(event_or_action_id: Any) -> str:
    """The ``action_id`` of an order action event (model, parsed event or raw dict), or the id itself."""
    if isinstance(event_or_action_id, str):
        return path_param("action_id", event_or_action_id)
    if not isinstance(event_or_action_id, Mapping) and not hasattr(event_or_action_id, "data"):
        raise ValidationError(
            [FieldError("event_or_action_id", "expected an order action event, or its action_id")]
        )
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
    progress = progress_of(progress)
    origin_data = prepare("OriginRequest", origin, "origin")
    given = as_list(items, list_name)
    payloads = prepare(schema, given, list_name, many=True)

    def call(batch: list[Any]) -> Call:
        return Call(endpoint, body=body({"origin": origin_data, list_name: batch}))

    return send(Batches(call, 100, list_name, result, on_answer, width), given, payloads, progress)
