"""mc.events.parse: strict for the kinds and action types this version knows, open to what comes next.

A malformed known event raises EventParseError with JSON paths and the message as received; new
fields, enum values, union variants, event kinds and action types are kept. Every example of the
vendor's events description parses to its typed class, except the vendor tool's skeletons.
"""

from __future__ import annotations

import json
from typing import Any

import mirakl_connect as mc
import pytest
from mirakl_connect_api import models
from mirakl_connect_api.models import OrderActionEvent, OrderShipmentCommandEvent

from .support import as_instants, event_examples

TIME = "2026-11-20T08:30:00Z"
SHIPMENT = {
    "id": "01JD", "time": TIME, "type": "CREATE_SHIPMENT",
    "data": {"action_id": "a-1", "channel_id": "acme", "channel_order_id": "O-1", "channel_store_id": "s1",
             "carrier": "UPS", "tracking_number": "1Z"},
}  # fmt: skip
NO_PRICE = {"action_type": "IGNORE"}
OFFER = {
    "id": "01JE", "time": TIME, "type": "OFFER_UPSERT",
    "data": {"channel_id": "acme", "store_id": "s1", "product_id": "P-1", "use_case": "OFFER_UPDATE",
             "standard_price": NO_PRICE, "discount_price": NO_PRICE, "inventory": NO_PRICE,
             "stock": {"action_type": "UPDATE", "breakdown": [{"type": "SELLER_CENTRALIZED", "quantity": 3}]}},
}  # fmt: skip


def with_data(event: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return {**event, "data": {**event["data"], **changes}}


def test_a_known_action_with_a_bad_payload_is_a_parse_error_with_paths_and_the_raw_message() -> None:
    body = json.dumps({**SHIPMENT, "data": {"action_id": 5}}).encode()
    with pytest.raises(mc.events.EventParseError) as raised:
        mc.events.parse(body)
    error = raised.value
    assert isinstance(error, mc.ValidationError)
    assert [str(e) for e in error.errors] == [
        "data.action_id: expected string",
        "data.carrier: required",
        "data.channel_id: required",
        "data.channel_order_id: required",
        "data.channel_store_id: required",
    ]
    assert error.raw is body and (error.event_id, error.event_type) == ("01JD", "CREATE_SHIPMENT")


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        ({k: v for k, v in SHIPMENT.items() if k != "data"}, ["data: required"]),
        ({**SHIPMENT, "time": "2026-11-20T08:30:00"}, ["time: not an RFC 3339 date-time"]),
        ({**SHIPMENT, "id": 7}, ["id: expected string"]),
        ({k: v for k, v in SHIPMENT.items() if k != "type"}, ["type: required"]),
        (with_data(SHIPMENT, tracking_number=["1Z"]), ["data.tracking_number: expected string"]),
        ({**OFFER, "data": {**OFFER["data"], "product_id": None}}, ["data.product_id: expected string"]),
        (
            with_data(OFFER, stock={"action_type": "UPDATE", "breakdown": [{"type": "SELLER_CENTRALIZED"}]}),
            ["data.stock.breakdown[0]"],
        ),
        (
            {**with_data(SHIPMENT, action_id=""), "type": "SPLIT_ORDER"},
            ["data.action_id: expected a non-empty"],
        ),
    ],
    ids=[
        "no-data",
        "naive-time",
        "id-type",
        "no-type",
        "list-for-string",
        "null",
        "known-variant",
        "new-action",
    ],
)
def test_malformed_known_events_are_refused(event: dict[str, Any], expected: list[str]) -> None:
    with pytest.raises(mc.events.EventParseError) as raised:
        mc.events.parse(event)
    shown = [str(e) for e in raised.value.errors]
    assert len(shown) == len(expected) and all(
        s.startswith(e) for s, e in zip(shown, expected, strict=True)
    ), shown
    assert raised.value.raw is event


@pytest.mark.parametrize("body", [b"{oops", "[1, 2]", b"\xff\xfe", "null"])
def test_what_is_not_a_json_object_is_a_parse_error_keeping_the_bytes(body: bytes | str) -> None:
    with pytest.raises(mc.events.EventParseError) as raised:
        mc.events.parse(body)
    assert raised.value.raw is body and raised.value.event_id is None


def test_a_known_action_always_has_its_typed_payload() -> None:
    event = mc.events.parse(json.dumps(SHIPMENT))
    assert isinstance(event, OrderActionEvent) and isinstance(event.data, OrderShipmentCommandEvent)
    assert (event.data.action_id, event.data.tracking_number) == ("a-1", "1Z")
    # CLOSE_RETURN and ACKNOWLEDGE_RETURN_RECEPTION payloads look alike: the envelope type decides
    data = {
        "action_id": "a",
        "channel_id": "c",
        "channel_order_id": "O",
        "channel_return_id": "R",
        "channel_store_id": "s",
    }
    for kind, cls in [
        ("CLOSE_RETURN", "CloseReturnCommandEvent"),
        ("ACKNOWLEDGE_RETURN_RECEPTION", "AcknowledgeReturnReceptionCommandEvent"),
    ]:
        assert (
            type(mc.events.parse({"id": "e", "time": TIME, "type": kind, "data": data}).data).__name__ == cls
        )  # type: ignore[union-attr]


def test_new_fields_values_variants_and_actions_are_kept() -> None:
    event = {**with_data(SHIPMENT, parcel_count=2, carrier="NEW_CARRIER"), "priority": "HIGH"}
    parsed = mc.events.parse(event)
    assert as_instants(parsed.to_dict()) == as_instants(event)
    # a stock breakdown of a type this version does not know: kept verbatim, not a parse error
    offer = with_data(
        OFFER, stock={"action_type": "RECOMPUTE", "breakdown": [{"type": "CONSIGNMENT", "depot": "D1"}]}
    )
    parsed_offer = mc.events.parse(offer)
    assert as_instants(parsed_offer.to_dict()) == as_instants(offer)
    assert not mc.is_known(parsed_offer.data.stock.action_type)  # type: ignore[union-attr]
    # an action type this version does not know, with an action_id: reportable, data as received
    split = {**with_data(SHIPMENT, parts=2), "type": "SPLIT_ORDER"}
    parsed_split = mc.events.parse(split)
    assert isinstance(parsed_split, OrderActionEvent) and parsed_split.data == split["data"]
    assert as_instants(parsed_split.to_dict()) == as_instants(split)
    # a kind this version does not know
    unknown = mc.events.parse({"id": "01JF", "time": TIME, "type": "CARRIER_DELETED", "data": {"x": 1}})
    assert isinstance(unknown, mc.events.UnknownEvent) and (unknown.id, unknown.type) == (
        "01JF",
        "CARRIER_DELETED",
    )


def test_every_vendor_example_parses_to_its_typed_class(vendor_events: dict[str, Any]) -> None:
    """The vendor tool's skeletons ("Complete example with value types", key ``-auto``) put
    placeholders where values go ("object" for a payload, a stock item without its quantity, the
    type "string"): they are refused, or unknown, as they should be. Every real example is typed."""
    mapping = {kind: name for kind, (name, _) in mc.events._parse.payloads().items()}
    typed = 0
    for name, key, _, value in event_examples(vendor_events):
        body = json.dumps(value).encode()
        if key.endswith("-auto"):
            if value["type"] == "string":
                assert isinstance(mc.events.parse(body), mc.events.UnknownEvent)
            else:
                with pytest.raises(mc.events.EventParseError):
                    mc.events.parse(body)
            continue
        event = mc.events.parse(body)
        assert type(event) is getattr(models, name), (name, key)
        if isinstance(event, OrderActionEvent):
            assert type(event.data).__name__ == mapping[event.type_], (name, key)
        assert as_instants(event.to_dict()) == as_instants(value), (name, key)
        typed += 1
    assert typed == 20  # and 5 skeletons


def test_dedupe_store_protocol_and_deduplicator() -> None:
    # "a" seen again is refreshed, so "c" pushes out "b", the least recently seen; by id or by event
    for key in (str, lambda i: {"id": i}):
        dedupe = mc.events.Deduplicator(capacity=2)
        seen = [dedupe.first_time(key(i)) for i in ("a", "b", "a", "c", "a", "b")]
        assert seen == [True, True, False, True, False, True] and len(dedupe) == 2
    assert isinstance(dedupe, mc.events.DedupeStore)
    dedupe.forget("a")
    assert dedupe.first_time({"id": "a"})
    event = mc.events.parse(SHIPMENT)
    assert dedupe.first_time(event) and not dedupe.first_time("01JD")
    assert dedupe.first_time({"no": "id"}) and dedupe.first_time({"no": "id"})  # nothing to recognise it by
