"""Events Connect publishes to the connector's queue: parse them, drop duplicates, report on them.

    event = mc.events.parse(message_body)              # bytes, str or an already decoded mapping
    if dedupe.first_time(event):
        if isinstance(event, OrderActionEvent) and event.type_ == "CREATE_SHIPMENT":
            ship(event.data)                            # an OrderShipmentCommandEvent
            client.orders.report(event)                 # or report(event, errors=[...])

Events are the generated models (``mirakl_connect_api.models``): ``OrderActionEvent`` (its
``data`` the payload its ``type`` names), ``OfferUpsertEvent``, ``PriceStockUpsertEvent``,
``ProductUpsertEvent`` and ``StoreManagementFeatureEvent``. They keep new fields and values; an
event of a kind this version does not know becomes an :class:`UnknownEvent` with the raw data.
A malformed message raises :class:`mc.ValidationError`.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mirakl_connect_api.models import (
    OfferUpsertEvent,
    OrderActionEvent,
    OrderActionType,
    PriceStockUpsertEvent,
    ProductUpsertEvent,
    StoreManagementFeatureEvent,
)

from ._errors import FieldError, ValidationError

Event = (
    OrderActionEvent
    | OfferUpsertEvent
    | PriceStockUpsertEvent
    | ProductUpsertEvent
    | StoreManagementFeatureEvent
)

_BY_TYPE: dict[str, Any] = {
    "OFFER_UPSERT": OfferUpsertEvent,
    "PRICE_STOCK_UPSERT": PriceStockUpsertEvent,
    "PRODUCT_UPSERT": ProductUpsertEvent,
    "STORE_FEATURE": StoreManagementFeatureEvent,
    **{action.value: OrderActionEvent for action in OrderActionType},
}


@dataclass(frozen=True)
class UnknownEvent:
    """An event of a kind this version does not know; ``raw`` is the whole message."""

    id: str | None
    type: str | None
    time: str | None
    raw: Mapping[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return dict(self.raw)


def _decode(body: bytes | str | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(body, Mapping):
        return dict(body)
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as error:
        raise ValidationError([FieldError(None, f"not JSON: {error}")], what="event") from None
    if not isinstance(data, dict):
        raise ValidationError([FieldError(None, "expected a JSON object")], what="event")
    return data


def parse(body: bytes | str | Mapping[str, Any]) -> Event | UnknownEvent:
    """The typed event in a queue message."""
    data = _decode(body)
    kind = data.get("type")
    model = _BY_TYPE.get(kind) if isinstance(kind, str) else None
    if model is None and isinstance(data.get("data"), Mapping) and "action_id" in data["data"]:
        model = OrderActionEvent  # an order action this version does not know yet: still reportable
    if model is None:
        return UnknownEvent(data.get("id"), kind if isinstance(kind, str) else None, data.get("time"), data)
    missing = [FieldError(name, "required") for name in ("id", "time", "type") if name not in data]
    if missing:
        raise ValidationError(missing, what="event")
    try:
        return model.from_dict(data)  # type: ignore[no-any-return]
    except (KeyError, TypeError, ValueError) as error:
        raise ValidationError(
            [FieldError(None, f"not a valid {model.__name__}: {error!r}")], what="event"
        ) from None


class Deduplicator:
    """Remembers the ids of the last ``capacity`` events (Connect delivers at least once).

    ``first_time(event)`` is True once per id. Thread-safe.
    """

    def __init__(self, capacity: int = 100_000) -> None:
        self.capacity = capacity
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def first_time(self, event: Event | UnknownEvent | Mapping[str, Any]) -> bool:
        event_id = event.get("id") if isinstance(event, Mapping) else event.id
        if not isinstance(event_id, str) or not event_id:
            return True  # nothing to deduplicate on: let it through
        with self._lock:
            if event_id in self._seen:
                self._seen.move_to_end(event_id)
                return False
            self._seen[event_id] = None
            if len(self._seen) > self.capacity:
                self._seen.popitem(last=False)
            return True

    def __len__(self) -> int:
        return len(self._seen)


__all__ = ["Deduplicator", "Event", "UnknownEvent", "parse"]
