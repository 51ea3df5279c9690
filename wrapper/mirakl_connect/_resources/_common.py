"""What the resources share: their base class, argument checks, one call, and items sent in batches."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .._bulk import Batches, BulkResult, OnAnswer, Progress, send
from .._call import Call, Plan, body, endpoint, response_of
from .._errors import FieldError, ValidationError
from .._inputs import items as as_list
from .._validation import prepare

if TYPE_CHECKING:
    from .._client import AsyncConnectClient, ConnectClient

R = TypeVar("R", bound=BulkResult)
OnProgress = Callable[[Progress], None] | None
_DOTS = "'.' and '..' change the URL's path"


class Resource:
    """A namespace of a :class:`ConnectClient` (``client.orders``...): its methods run plans."""

    def __init__(self, client: ConnectClient) -> None:
        self._client = client


class AsyncResource:
    """A namespace of an :class:`AsyncConnectClient`: its methods await plans."""

    def __init__(self, client: AsyncConnectClient) -> None:
        self._client = client


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


def path_params(**ids: Any) -> dict[str, str]:
    """The ids that go into the URL, each checked by :func:`path_param` in turn, as ``Call`` keywords.

    >>> path_params(channel_id="acme", channel_store_id="s1")
    {'channel_id': 'acme', 'channel_store_id': 's1'}
    """
    return {name: path_param(name, value) for name, value in ids.items()}


def one_call(operation: str, data: Any, **params: Any) -> Plan[None]:
    """One call to ``mirakl_connect_api.api.<operation>`` with ``data`` (checked) as its JSON body;
    its error, if any, is raised::

        yield from one_call("carriers.upsert_carriers", {"carriers": items}, channel_id="acme")
    """
    yield from response_of(Call(endpoint(operation), **params, body=body(data)))


def batched(
    operation: str,
    schema: str,
    given: list[Any],
    *,
    list_name: str,
    result: type[R],
    progress: OnProgress,
    width: int,
    size: int = 100,
    on_answer: OnAnswer[R] | None = None,
    around: Mapping[str, Any] | None = None,
    path: Mapping[str, str] | None = None,
) -> Plan[R]:
    """Check ``given`` (``schema``), then send it ``size`` per call to ``operation``, each body
    ``{**around, list_name: batch}``; ``path``: the URL's ids. The rest as in :class:`~.._bulk.Batches`::

        batched("orders.update_anonymize_after_date", "UpdateAnonymizeAfterRequestItem", items,
                list_name="orders", result=BulkResult, progress=None, width=8)
    """
    payloads = prepare(schema, given, list_name, many=True)
    module = endpoint(operation)

    def call(batch: list[Any]) -> Call:
        return Call(module, **(path or {}), body=body({**(around or {}), list_name: batch}))

    return send(Batches(call, size, list_name, result, on_answer, width), given, payloads, progress)


def under_origin(
    operation: str,
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

    ``result``, ``progress``, ``on_answer`` and ``width`` are those of :func:`batched`::

        under_origin("orders.upsert_orders", "orders", "OrderRequest", origin, orders,
                     result=BulkResult, progress=None, width=8)
    """
    progress = progress_of(progress)
    origin_data = prepare("OriginRequest", origin, "origin")
    given = as_list(items, list_name)
    return batched(
        operation, schema, given, list_name=list_name, result=result, progress=progress, width=width,
        on_answer=on_answer, around={"origin": origin_data},
    )  # fmt: skip
