"""Order action events for a sandbox that does not publish any itself (the demo's fallback).

    events = LocalEvents(sb)
    event = events.emit("CREATE_SHIPMENT", "ORDER-7", carrier="ups")   # the event, as a dict
    mc.events.consume(events.source, dispatcher, until_empty=True)

The interface of the sandbox's own publisher (``sb.events``): ``emit(type, channel_order_id,
**overrides)`` builds an event consistent with the stored order, opens its action in
``sb.state.actions`` and puts it on ``source`` (an ``mc.events.MemorySource``), FIFO per order;
``overrides`` replace fields of its ``data``. Used only when ``sb.events`` does not exist.
"""

from __future__ import annotations

import datetime
import itertools
import json
import zlib
from typing import Any

from ..events import MemorySource


def _lines(order: dict[str, Any]) -> list[dict[str, Any]]:
    return list(order.get("order_lines") or [])


def _adjustment(line: dict[str, Any]) -> dict[str, Any]:
    """A refund or cancelation of one unit of ``line``."""
    price = line.get("price") or {"amount": 0, "currency": "EUR"}
    return {
        "channel_order_line_id": line["channel_order_line_id"],
        "product_id": (line.get("product") or {}).get("id", "unknown"),
        "quantity": 1,
        "price": price,
        "shipping_price": {"amount": 0, "currency": price.get("currency", "EUR")},
        "reason": "CUSTOMER_CANCELATION",
    }


def payload(kind: str, order: dict[str, Any]) -> dict[str, Any]:
    """The action-specific part of an event's ``data`` for ``order`` (ACCEPT, CREATE_SHIPMENT...)."""
    lines = _lines(order)
    if kind == "ACCEPT":
        return {
            "order_lines": [
                {"channel_order_line_id": ln["channel_order_line_id"], "accepted": True} for ln in lines
            ]
        }
    if kind == "CREATE_SHIPMENT":
        items = [
            {
                "channel_order_line_id": ln["channel_order_line_id"],
                "quantity": ln.get("quantity", 1),
                "id": (ln.get("product") or {}).get("id", "unknown"),
            }
            for ln in lines
        ]
        return {
            "carrier": "Colissimo",
            "tracking_number": f"6A{zlib.crc32(order['channel_order_id'].encode()):010d}",
            "items": items,
        }
    if kind == "REFUND":
        return {"refunds": [_adjustment(ln) for ln in lines[:1]]}
    if kind == "CANCEL":
        return {"cancelations": [_adjustment(ln) for ln in lines[:1]]}
    return {}


class LocalEvents:
    """``emit`` and ``source``, as the sandbox's publisher has them (see the module docstring)."""

    def __init__(self, sandbox: Any) -> None:
        self.sandbox = sandbox
        self.source = MemorySource()
        self._numbers = itertools.count(1)

    def _order(self, channel_order_id: str | None) -> tuple[tuple[str, str, str], dict[str, Any]]:
        orders = self.sandbox.state.orders
        for key in list(orders):
            if channel_order_id is None or key[2] == channel_order_id:
                return key, orders[key]
        raise LookupError(f"the sandbox holds no order {channel_order_id!r}")

    def emit(self, type: str, channel_order_id: str | None = None, **overrides: Any) -> dict[str, Any]:
        (channel_id, store_id, order_id), order = self._order(channel_order_id)
        number = next(self._numbers)
        action_id = f"act-{number:04d}"
        data = {
            "action_id": action_id,
            "channel_id": channel_id,
            "channel_store_id": store_id,
            "channel_order_id": order_id,
            **payload(type, order),
            **overrides,
        }
        now = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
        event = {
            "id": f"01JDEM0EVENT{number:014d}",
            "time": now.isoformat().replace("+00:00", "Z"),
            "type": type,
            "data": data,
        }
        self.sandbox.state.add_action(action_id)
        self.source.put(json.dumps(event), group=order_id)
        return event
