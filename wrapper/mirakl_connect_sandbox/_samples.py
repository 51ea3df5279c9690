"""Realistic request bodies that the spec accepts, for the sandbox's tests and benchmark.

>>> body = orders_request(100)  # 100 orders of 2 lines, with taxes and custom attributes
>>> body["orders"][0]["order_lines"][0]["price"]
{'amount': 19.99, 'currency': 'EUR'}
"""

from __future__ import annotations

from typing import Any

CHANNEL = "CHANNEL-1"
STORE = "STORE-FR-1"
ORIGIN = {"channel_id": CHANNEL, "channel_store_id": STORE}
UPDATED_AT = "2026-03-01T10:00:00Z"


def _money(amount: float) -> dict[str, Any]:
    return {"amount": amount, "currency": "EUR"}


def _vat(amount: float) -> list[dict[str, Any]]:
    return [{"code": "VAT", "amount": _money(round(amount * 0.2, 2)), "rate": 0.2}]


def order_line(order_id: str, index: int, *, updated_at: str = UPDATED_AT) -> dict[str, Any]:
    price = 19.99 + index * 10
    return {
        "channel_order_line_id": f"{order_id}-L{index}",
        "created_at": "2026-03-01T09:58:12.345+01:00",
        "updated_at": updated_at,
        "status": "AWAITING_SHIPMENT",
        "can_cancel": True,
        "can_refund": False,
        "quantity": 1 + index,
        "price": _money(price),
        "taxes": _vat(price),
        "total_shipping_price": _money(4.9),
        "shipping_taxes": _vat(4.9),
        "product": {
            "id": f"SKU-{index:05d}",
            "title": "Organic cotton T-shirt, navy, size M",
            "thumbnail_url": f"https://cdn.example.com/img/sku-{index:05d}.jpg",
        },
        "custom_attributes": [
            {"id": "gift_wrap", "type": "BOOLEAN", "value": index % 2 == 0},
            {"id": "engraving", "type": "STRING", "value": "Happy birthday!"},
        ],
    }


def order(order_id: str = "ORDER-1", *, lines: int = 2, updated_at: str = UPDATED_AT) -> dict[str, Any]:
    address = {
        "first_name": "Camille",
        "last_name": "Martin",
        "street": "12 rue de la Paix",
        "zip_code": "75002",
        "city": "Paris",
        "country": "France",
        "country_iso_code": "FRA",
        "phone": "+33 1 23 45 67 89",
    }
    return {
        "channel_order_id": order_id,
        "channel_updated_at": updated_at,
        "created_at": "2026-03-01T09:58:12+01:00",
        "status": "AWAITING_SHIPMENT",
        "has_incident": False,
        "fulfillment": {"type": "FULFILLED_BY_SELLER"},
        "billing_info": {"address": address},
        "shipping_info": {
            "address": address,
            "carrier": "Colissimo",
            "method": "STANDARD",
            "email": "camille.martin@example.com",
            "shipping_deadline": "2026-03-03T18:00:00Z",
            "delivery_date": {"earliest": "2026-03-04T08:00:00Z", "latest": "2026-03-06T20:00:00Z"},
        },
        "order_lines": [order_line(order_id, index, updated_at=updated_at) for index in range(lines)],
        "custom_attributes": [
            {"id": "marketplace_fee", "type": "NUMERIC", "value": 3.25},
            {"id": "promised_at", "type": "DATE", "value": "2026-03-05T12:00:00Z"},
            {"id": "tags", "type": "LIST", "value": ["prime", "b2c"]},
        ],
    }


def orders_request(count: int = 1, *, prefix: str = "ORDER", updated_at: str = UPDATED_AT) -> dict[str, Any]:
    return {
        "origin": dict(ORIGIN),
        "orders": [order(f"{prefix}-{index}", updated_at=updated_at) for index in range(count)],
    }


def return_request(order_id: str = "ORDER-0", return_id: str = "RETURN-1", line: int = 0) -> dict[str, Any]:
    return {
        "channel_order_id": order_id,
        "channel_return_id": return_id,
        "channel_updated_at": UPDATED_AT,
        "created_at": "2026-03-02T08:00:00Z",
        "status": "REQUEST_INITIATED",
        "return_lines": [
            {"channel_order_line_id": f"{order_id}-L{line}", "quantity": 1, "reason": "UNWANTED_ITEM"}
        ],
        "address": {"street": "1 quai du Port", "city": "Marseille", "country_iso_code": "FRA"},
    }
