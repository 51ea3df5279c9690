"""The payload of each order action type, built from a stored order (and return) so that it agrees
with it: the order's ids and lines, the quantities still open on them, amounts in its currency.

    >>> import random
    >>> from ._samples import order
    >>> stored = order("O-1", lines=2)  # line O-1-L1: 2 units for 29.99 EUR, 6.00 EUR of VAT
    >>> refund = build("REFUND", stored, None, rng=random.Random(7))["refunds"][0]
    >>> refund["channel_order_line_id"], refund["quantity"], refund["price"], refund["taxes"][0]["amount"]
    ('O-1-L1', 1, {'amount': 14.99, 'currency': 'EUR'}, {'amount': 3.0, 'currency': 'EUR'})
    >>> stored["order_lines"][1]["adjustments"] = [{"quantity": 1, **refund}]  # the channel refunded it
    >>> build("REFUND", stored, None, rng=random.Random(7))["refunds"][0]["price"]  # the other unit
    {'amount': 15.0, 'currency': 'EUR'}
    >>> [line["accepted"] for line in build("ACCEPT", stored, None, rng=random.Random(7))["order_lines"]]
    [True, True]

A line's ``price`` is its total for all its units, so a refund or cancellation of some units gets
the same share of the price, the taxes, the shipping price and the shipping taxes, rounded so
that the shares of all the units add up to the line's amounts to the cent. A unit counts as open
until an adjustment of the order (refund or cancellation) covers it. CANCEL and REFUND
prefer the lines the channel allows it for (``can_cancel``, ``can_refund``), and take the others
when there are none: the seller may ask anyway, and the connector may refuse.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from ._state import JsonObject

RETURN_TYPES = frozenset(
    {"ACCEPT_RETURN", "UPDATE_RETURN_TRACKING_INFORMATION", "ACKNOWLEDGE_RETURN_RECEPTION", "CLOSE_RETURN"}
)
CARRIERS = ("DHL Express", "UPS", "FedEx", "Colissimo", "Chronopost")
REFUND_REASONS = ("AGREEMENT", "DEFECT", "ITEM_NOT_RECEIVED")
CANCEL_REASONS = ("CUSTOMER_CANCELATION", "OUT_OF_STOCK")


def remaining(line: JsonObject) -> int:
    """Units of an order line not yet refunded nor cancelled (its adjustments subtracted)."""
    adjusted = sum(int(adjustment.get("quantity", 0)) for adjustment in line.get("adjustments") or ())
    return max(0, int(line["quantity"]) - adjusted)


def open_lines(order: JsonObject, allowed: str | None = None) -> list[JsonObject]:
    """The lines with units left; those whose ``allowed`` flag is true (``can_refund``...) if any."""
    lines = [line for line in order["order_lines"] if remaining(line) > 0]
    if allowed is None:
        return lines
    return [line for line in lines if line.get(allowed)] or lines


def applicable(kind: str, order: JsonObject, has_return: bool) -> bool:
    """Can an action of this type be built for this order (with a stored return, if it has one)?"""
    if kind in RETURN_TYPES:
        return has_return
    if kind in ("ACCEPT", "UPLOAD_DOCUMENT"):
        return True
    return bool(open_lines(order))


def _share(money: JsonObject, units: range, whole: int) -> JsonObject:
    """The share of ``money`` (for ``whole`` units) of the units numbered ``units``: the cents up to
    the last one minus the cents before the first, so that the shares add up exactly."""
    cents = round(float(money["amount"]) * 100)
    share = cents * units.stop // whole - cents * units.start // whole
    return {"amount": share / 100, "currency": money["currency"]}


def _taxes(taxes: list[JsonObject] | None, units: range, whole: int) -> list[JsonObject]:
    return [{"code": tax["code"], "amount": _share(tax["amount"], units, whole)} for tax in taxes or ()]


def adjustment(line: JsonObject, quantity: int, reason: str) -> JsonObject:
    """A refund or cancellation of ``quantity`` open units of ``line``: their share of every amount."""
    whole = int(line["quantity"])
    done = whole - remaining(line)
    units = range(done, done + quantity)
    return {
        "channel_order_line_id": line["channel_order_line_id"],
        "product_id": line["product"]["id"],
        "quantity": quantity,
        "price": _share(line["price"], units, whole),
        "taxes": _taxes(line.get("taxes"), units, whole),
        "shipping_price": _share(line["total_shipping_price"], units, whole),
        "shipping_taxes": _taxes(line.get("shipping_taxes"), units, whole),
        "reason": reason,
    }


def _tracking(rng: random.Random, carrier: str) -> tuple[str, str]:
    number = f"1Z{rng.randrange(36**16):016X}"
    slug = "".join(c for c in carrier.lower() if c.isalnum()) or "carrier"
    return number, f"https://tracking.example.com/{slug}/{number}"


def build(
    kind: str,
    order: JsonObject,
    stored_return: JsonObject | None,
    *,
    rng: random.Random,
    carriers: list[str] | tuple[str, ...] = (),
    document_url: Callable[[str], str] | None = None,
) -> JsonObject:
    """The payload fields of an action of type ``kind`` that are specific to it (not the ids).

    ``stored_return``: a stored return of the order (required for the return actions; REFUND
    refunds its lines, UPLOAD_DOCUMENT asks for its label). ``carriers``: the channel's carrier
    names, when the order names none. ``document_url(file name)``: where UPLOAD_DOCUMENT's file is.
    """
    if kind in RETURN_TYPES and stored_return is None:
        raise ValueError(f"a {kind} action needs a stored return")
    if kind == "ACCEPT":
        lines = order["order_lines"]
        return {
            "order_lines": [
                {"channel_order_line_id": line["channel_order_line_id"], "accepted": True} for line in lines
            ]
        }
    if kind == "CREATE_SHIPMENT":
        carrier = (order.get("shipping_info") or {}).get("carrier") or rng.choice(tuple(carriers) or CARRIERS)
        number, url = _tracking(rng, carrier)
        items = [
            {
                "channel_order_line_id": line["channel_order_line_id"],
                "id": line["product"]["id"],
                "quantity": remaining(line),
            }
            for line in open_lines(order)
        ]
        return {"carrier": carrier, "tracking_number": number, "tracking_url": url, "items": items}
    if kind == "REFUND":
        return {"refunds": _refunds(order, stored_return, rng)}
    if kind == "CANCEL":
        reason = rng.choice(CANCEL_REASONS)
        return {
            "cancelations": [
                adjustment(line, remaining(line), reason) for line in open_lines(order, "can_cancel")
            ]
        }
    if kind == "UPLOAD_DOCUMENT":
        return _document(order, stored_return, document_url)
    assert stored_return is not None
    payload: JsonObject = {"channel_return_id": stored_return["channel_return_id"]}
    if kind == "ACCEPT_RETURN":
        payload["accepted"] = True
    elif kind == "UPDATE_RETURN_TRACKING_INFORMATION":
        tracking = stored_return.get("tracking") or {}
        carrier = tracking.get("carrier_name") or rng.choice(tuple(carriers) or CARRIERS)
        number, url = _tracking(rng, carrier)
        return_id = stored_return["channel_return_id"]
        payload |= {
            "tracking": {"carrier": carrier, "tracking_number": number, "tracking_url": url},
            "label_url": stored_return.get("label_url") or f"https://labels.example.com/{return_id}.pdf",
            "rma_id": stored_return.get("rma_id") or f"RMA-{rng.randrange(10**8):08d}",
        }
    return payload


def _refunds(order: JsonObject, stored_return: JsonObject | None, rng: random.Random) -> list[JsonObject]:
    """The returned units of ``stored_return`` (reason RETURN), else some units of one line."""
    lines = {line["channel_order_line_id"]: line for line in open_lines(order)}
    if stored_return is not None:
        refunds = []
        for returned in stored_return["return_lines"]:
            line = lines.get(returned["channel_order_line_id"])
            if line is not None:
                refunds.append(adjustment(line, min(int(returned["quantity"]), remaining(line)), "RETURN"))
        if refunds:
            return refunds
    line = rng.choice(open_lines(order, "can_refund"))
    return [adjustment(line, rng.randint(1, remaining(line)), rng.choice(REFUND_REASONS))]


def _document(
    order: JsonObject, stored_return: JsonObject | None, document_url: Callable[[str], str] | None
) -> JsonObject:
    """A return label for a stored return, else the order's invoice."""
    if stored_return is not None:
        return_id = stored_return["channel_return_id"]
        name = f"return-label-{return_id}.pdf"
        payload: dict[str, Any] = {
            "document_type": "RETURN_LABEL",
            "document_entity": {"id": return_id, "type": "RETURN"},
        }
    else:
        name = f"invoice-{order['channel_order_id']}.pdf"
        payload = {"document_type": "CUSTOMER_INVOICE"}
    url = document_url(name) if document_url else f"https://documents.example.com/{name}"
    return {"document_download_url": url, "document_name": name, **payload}
