"""The connector's main job, end to end, against the embedded sandbox (no credentials needed).

    python3 examples/demo.py

It starts a local Mirakl Connect (``mirakl_connect_sandbox``) with a few injected faults, then
does what a channel connector does every day: push orders (three of which Connect refuses),
handle the seller's shipment requests from the event queue and report on them, attach the labels,
push a return, and report catalog item statuses. For the real API, build the client with
``mc.ConnectClient()`` and set MIRAKL_CONNECT_CLIENT_ID / MIRAKL_CONNECT_CLIENT_SECRET.
"""

from __future__ import annotations

import datetime
import json
import logging
import tempfile
from pathlib import Path
from typing import Any

import mirakl_connect as mc
import mirakl_connect_sandbox as sandbox
from mirakl_connect_api.models import OrderActionEvent, OrderShipmentCommandEvent

ORIGIN = {"channel_id": "acme-market", "channel_store_id": "store-42"}
NOW = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
EUR = "EUR"


def order(n: int) -> dict[str, Any]:
    line = {
        "channel_order_line_id": f"ORDER-{n}-1",
        "can_cancel": True,
        "can_refund": True,
        "created_at": NOW,
        "updated_at": NOW,
        "quantity": 2,
        "status": "AWAITING_SHIPMENT",
        "price": {"amount": 39.8, "currency": EUR},
        "total_shipping_price": {"amount": 4.9, "currency": EUR},
        "product": {"id": "SKU-MUG", "title": "Enamel mug"},
        "taxes": [{"code": "VAT", "rate": 0.2, "amount": {"amount": 7.96, "currency": EUR}}],
    }
    address = {"first_name": "Ada", "last_name": "Lovelace", "street": "12 rue des Lilas", "city": "Lyon"}
    return {
        "channel_order_id": f"ORDER-{n}",
        "channel_updated_at": NOW,
        "created_at": NOW,
        "status": "AWAITING_SHIPMENT",
        "fulfillment": {"type": "FULFILLED_BY_SELLER"},
        "shipping_info": {"address": address},
        "order_lines": [line],
    }


def shipment_event(n: int) -> bytes:
    """A CREATE_SHIPMENT message as it would arrive on the connector's queue."""
    data = {
        "action_id": f"act-{n}",
        "channel_order_id": f"ORDER-{n}",
        **ORIGIN,
        "carrier": "Colissimo",
        "tracking_number": f"6A{n:09d}",
        "items": [{"channel_order_line_id": f"ORDER-{n}-1", "id": "SKU-MUG", "quantity": 2}],
    }
    event = {
        "id": f"01JD6Y2W6W3X2Q5Z8K9R7B1C{n:02d}",
        "time": NOW.isoformat(),
        "type": "CREATE_SHIPMENT",
        "data": data,
    }
    return json.dumps(event).encode()


def push_orders(client: mc.ConnectClient) -> None:
    orders = [order(n) for n in range(1, 251)]
    for n in (17, 101, 230):  # a status this Connect does not know: it refuses those three orders
        orders[n - 1]["status"] = "ON_HOLD"
    result = client.orders.upsert(ORIGIN, orders)
    print(f"orders: {len(result.accepted)} accepted, {len(result.failed)} refused, {result.calls} calls")
    for failure in result.failed:  # the server's error, about the one-order request that isolated it
        field = failure.error.errors[0].field.partition(".")[2]
        print(f"  refused {failure.item['channel_order_id']} ({failure.error.code} on {field})")


def handle_events(client: mc.ConnectClient, messages: list[bytes], folder: Path) -> None:
    dedupe = mc.events.Deduplicator()
    for message in messages:
        event = mc.events.parse(message)
        if not dedupe.first_time(event):
            print(f"event {event.id}: delivered twice, skipped")
            continue
        if not isinstance(event, OrderActionEvent) or not isinstance(event.data, OrderShipmentCommandEvent):
            continue
        shipment = event.data
        label = folder / f"label-{shipment.channel_order_id}.pdf"
        label.write_bytes(b"%PDF-1.7\n% shipping label\n" + bytes(50_000))
        client.documents.upload(
            shipment.channel_order_id,
            label,
            channel_document_id=f"LBL-{shipment.action_id}",
            type="SHIPMENT_DELIVERY_SLIP",
            origin=ORIGIN,
        )
        client.orders.report(event)
        print(f"event {event.id}: shipped {shipment.channel_order_id} with {shipment.carrier}, reported")


def push_return_and_catalog(client: mc.ConnectClient) -> None:
    line = {"channel_order_line_id": "ORDER-3-1", "quantity": 1, "reason": "DAMAGED_ITEM"}
    returned = client.returns.upsert(
        ORIGIN,
        [
            {
                "channel_return_id": "RET-1",
                "channel_order_id": "ORDER-3",
                "channel_updated_at": NOW,
                "created_at": NOW,
                "status": "REQUEST_INITIATED",
                "return_lines": [line],
            }
        ],
    )
    print(f"returns: {len(returned.successes)} stored, {len(returned.errors)} refused")
    statuses = [
        {"id": f"SKU-{n}", "product_status": "PRODUCT_CREATED", "offer_status": "OFFER_ACTIVE"}
        for n in range(500)
    ]
    catalog = client.catalog.update_store_catalog_items(
        ORIGIN["channel_id"], ORIGIN["channel_store_id"], statuses
    )
    print(f"catalog: {len(catalog.accepted)} item statuses reported")


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="  log: %(levelname)s %(message)s")
    faults = [  # what production throws at you: a 503, a dropped connection, a 429 with Retry-After
        sandbox.Fault.status_code(503, operation="upsertOrders", times=1),
        sandbox.Fault.disconnect(operation="updateActionStatus", times=1),
        sandbox.Fault.rate_limited(retry_after=1, operation="uploadOrderDocument", times=1),
    ]
    with sandbox.Sandbox(faults=faults) as sb, tempfile.TemporaryDirectory() as folder:
        print(f"sandbox running at {sb.base_url}")
        credentials = {"client_id": sb.client_id, "client_secret": sb.client_secret}
        urls = {"base_url": sb.base_url, "token_url": sb.token_url, "allow_insecure_http": True}
        with mc.ConnectClient(**credentials, **urls) as client:
            push_orders(client)
            handle_events(client, [shipment_event(7), shipment_event(7), shipment_event(8)], Path(folder))
            push_return_and_catalog(client)
        seen, kept = sb.counters, sb.state
        print(f"sandbox: {seen.requests} requests, {seen.tokens_issued} token, faults {dict(seen.faults)}")
        print(
            f"kept: {len(kept.orders)} orders, {len(kept.documents)} documents, {len(kept.actions)} actions"
        )


if __name__ == "__main__":
    main()
