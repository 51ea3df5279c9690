"""A queue message → a typed event, or :class:`EventParseError` with the message kept as received.

    >>> event = parse(b'{"id": "01J", "time": "2026-11-20T08:30:00Z", "type": "CLOSE_RETURN", "data": {'
    ...               b'"action_id": "a-1", "channel_id": "acme", "channel_order_id": "O-1",'
    ...               b'"channel_return_id": "R-1", "channel_store_id": "s1"}}')
    >>> type(event).__name__, type(event.data).__name__, event.data.action_id
    ('OrderActionEvent', 'CloseReturnCommandEvent', 'a-1')
    >>> parse({"id": "01K", "time": "2026-11-20T08:30:00Z", "type": "CREATE_SHIPMENT",
    ...        "data": {"action_id": 5}})
    Traceback (most recent call last):
    mirakl_connect.events._parse.EventParseError: invalid event: data.action_id: expected string; ...

Strict where it matters: an event of a kind this version knows (``OFFER_UPSERT``...) or an order
action of a known type (``CREATE_SHIPMENT``...) is checked against the spec's schema of that kind
(for an action, the payload ``x-payload-by-type`` names), and its ``data`` is always that typed
payload. Lenient where Connect may move ahead: new fields, enum values and union variants are
kept; an event of an unknown kind is an :class:`UnknownEvent`; an action of an unknown type that
carries a ``data.action_id`` is still an ``OrderActionEvent`` (its ``data`` the payload as
received, a dict) so that its outcome can be reported.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

from mirakl_connect_api import models
from mirakl_connect_api.models import (
    OfferUpsertEvent,
    OrderActionEvent,
    PriceStockUpsertEvent,
    ProductUpsertEvent,
    StoreManagementFeatureEvent,
)

from .. import spec
from .._errors import FieldError, ValidationError
from ._schema import problems

Event = (
    OrderActionEvent
    | OfferUpsertEvent
    | PriceStockUpsertEvent
    | ProductUpsertEvent
    | StoreManagementFeatureEvent
)
"""An event of a kind this version knows (generated models)."""

Body = bytes | bytearray | str | Mapping[str, Any]
"""A message as a queue gives it: JSON text (bytes or str), or an already decoded object."""

_FACTS: dict[str, type[Any]] = {
    "OFFER_UPSERT": OfferUpsertEvent,
    "PRICE_STOCK_UPSERT": PriceStockUpsertEvent,
    "PRODUCT_UPSERT": ProductUpsertEvent,
    "STORE_FEATURE": StoreManagementFeatureEvent,
}


@functools.cache
def payloads() -> dict[str, tuple[str, type[Any]]]:
    """Action type → (payload schema, payload model), from the spec's ``x-payload-by-type``."""
    mapping = spec.document()["components"]["schemas"]["OrderActionEvent"]["x-payload-by-type"]["mapping"]
    return {kind: (name, getattr(models, name)) for kind, name in mapping.items()}


class EventParseError(ValidationError):
    """A message that is not a valid event: not JSON, or a known kind with missing or mistyped fields.

    ``errors``: :class:`~mirakl_connect.FieldError` list (``data.carrier: required``); ``raw``: the
    message exactly as given to :func:`parse` (bytes, str or mapping), to dead-letter it;
    ``event_id`` and ``event_type``: the envelope's ``id`` and ``type`` when they could be read.
    """

    def __init__(
        self,
        errors: list[FieldError],
        *,
        raw: Body,
        event_id: str | None = None,
        event_type: str | None = None,
    ) -> None:
        super().__init__(errors, what="event")
        self.raw = raw
        self.event_id, self.event_type = event_id, event_type


@dataclass(frozen=True)
class UnknownEvent:
    """An event of a kind this version does not know; ``raw`` is the whole decoded message."""

    id: str | None
    type: str | None
    time: str | None
    raw: Mapping[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return dict(self.raw)


def _decode(body: Body) -> dict[str, Any]:
    if isinstance(body, Mapping):
        return dict(body)
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as error:
        raise EventParseError([FieldError(None, f"not JSON: {error}")], raw=body) from None
    if not isinstance(data, dict):
        raise EventParseError([FieldError(None, "expected a JSON object")], raw=body)
    return data


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _fail(found: list[FieldError], body: Body, data: Mapping[str, Any]) -> EventParseError:
    found.sort(key=lambda e: (e.field or "", e.message))
    return EventParseError(
        found, raw=body, event_id=_text(data.get("id")), event_type=_text(data.get("type"))
    )


def _built(build: Any, body: Body, data: Mapping[str, Any], what: str) -> Any:
    """``build()``; a model that refuses what the schema let through is a parse error too."""
    try:
        return build()
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _fail([FieldError(None, f"not a valid {what} ({type(error).__name__})")], body, data) from error


def _action(data: dict[str, Any], kind: str, body: Body) -> OrderActionEvent:
    envelope = {key: value for key, value in data.items() if key != "data"}
    found = problems("OrderActionEvent", envelope)
    payload = data.get("data")
    known = payloads().get(kind)
    if known is None:  # a newer action: check only what reporting on it needs
        action_id = payload.get("action_id") if isinstance(payload, Mapping) else None
        if not isinstance(action_id, str) or not action_id:
            found.append(FieldError("data.action_id", "expected a non-empty string"))
    elif "data" not in data:
        found.append(FieldError("data", "required"))
    else:
        found += problems(known[0], payload, "data")
    if found:
        raise _fail(found, body, data)
    event = cast(OrderActionEvent, _built(lambda: OrderActionEvent.from_dict(envelope), body, data, "event"))
    if known is None:
        event.data = cast(Any, dict(cast(Mapping[str, Any], payload)))
    else:
        event.data = _built(lambda: known[1].from_dict(payload), body, data, known[0])
    return event


def parse(body: Body) -> Event | UnknownEvent:
    """The typed event in a queue message; raises :class:`EventParseError` (a ``ValidationError``)."""
    data = _decode(body)
    kind = data.get("type")
    if not isinstance(kind, str) or not kind:
        message = "required" if kind is None else "expected a non-empty string"
        raise _fail([FieldError("type", message)], body, data)
    model = _FACTS.get(kind)
    if model is not None:
        found = problems(model.__name__, data)
        if found:
            raise _fail(found, body, data)
        return cast(Event, _built(lambda: model.from_dict(data), body, data, "event"))
    payload = data.get("data")
    if kind in payloads() or (isinstance(payload, Mapping) and "action_id" in payload):
        return _action(data, kind, body)
    return UnknownEvent(_text(data.get("id")), kind, _text(data.get("time")), data)


def kind_of(event: Event | UnknownEvent) -> str:
    """The envelope ``type`` of an event: an action type or an event kind (``"OFFER_UPSERT"``)."""
    if isinstance(event, UnknownEvent):
        return event.type or ""
    return str(event.type_)


def id_of(event: Event | UnknownEvent) -> str | None:
    """The envelope ``id`` of an event, when it has one."""
    return event.id if isinstance(event.id, str) and event.id else None
