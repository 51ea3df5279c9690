"""Parse an order action event the spec does not fully know, and write it back unchanged.

python3 examples/forward_compat.py
"""

from __future__ import annotations

import json

from mirakl_connect_api.models import OrderActionEvent, OrderShipmentCommandEvent
from mirakl_connect_api.types import collect_unrecognised, is_known

EVENT = {
    "id": "01JD6Y2W6W3X2Q5Z8K9R7B1C4D",
    "time": "2026-11-20T08:30:00Z",
    "type": "CREATE_SHIPMENT",
    "data": {
        "action_id": "5d3c1f0e-8f5a-4a43-9d1e-2f6b7c8d9e0a",
        "channel_id": "acme-market",
        "channel_order_id": "ORDER-1001",
        "channel_store_id": "store-42",
        "carrier": "DHL Express",
        "tracking_number": "JJD000390007",
        "items": [{"channel_order_line_id": "ORDER-1001-1", "id": "SKU-1", "quantity": 2}],
        "delivery_promise": "NEXT_DAY",  # a field Connect added after our spec was written
    },
}


def main() -> None:
    unknown_action = {**EVENT, "type": "SPLIT_SHIPMENT"}  # an action type Connect added
    for payload in (EVENT, unknown_action):
        with collect_unrecognised() as report:
            event = OrderActionEvent.from_dict(payload)
        print(f"{event.type_!s:16} known={is_known(event.type_)!s:5} data={type(event.data).__name__}")
        if isinstance(event.data, OrderShipmentCommandEvent):
            print(f"  ship order {event.data.channel_order_id} with {event.data.carrier}")
        print(f"  not in the spec: values {report.enum_values}, fields {report.fields}")
        assert json.dumps(event.to_dict(), sort_keys=True) == json.dumps(payload, sort_keys=True), (
            "round trip changed the event"
        )
    print("both events written back unchanged")


if __name__ == "__main__":
    main()
