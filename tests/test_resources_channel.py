"""client.returns, .carriers, .stores, .catalog and .taxonomy against the sandbox, and forward
compatibility through the client: unknown fields and values in answers and events survive."""

from __future__ import annotations

import json
from typing import Any

import mirakl_connect as mc
import pytest
from mirakl_connect_api.models import ReturnError, UpsertReturnsResponse
from mirakl_connect_sandbox import Fault

from .fakes import FakeClock
from .support import CAPABILITIES, NOW, ORIGIN, both, call, order, ret


@both
def test_returns_partial_success_across_two_batches(
    async_: bool, sb: Any, connect: Any, clock: FakeClock
) -> None:
    connect().orders.upsert(ORIGIN, [order(i) for i in range(140)])
    returns = [ret(i, f"O-{i}") for i in range(150)]
    for i in (5, 120, 149):
        returns[i]["channel_order_id"] = "UNKNOWN"
    result = call(connect(async_=async_), "returns", "upsert", ORIGIN, returns)
    assert isinstance(result, mc.ReturnsResult) and result.calls == 2
    bad = {5, 120} | set(range(140, 150))  # orders that do not exist, or were never upserted
    assert {f.index for f in result.failed} == bad and len(result.errors) == 12
    assert len(result.accepted) == len(result.successes) == 138 and result.not_sent == []
    assert all(isinstance(f.error, ReturnError) and f.error.details for f in result.failed)
    assert result.failed[0].error.details[0].code == "DATA_NOT_FOUND"
    assert sb.counters.rate_limited == 0 and any(s > 60 for s in clock.sleeps)  # paced to 1 call per minute


@both
def test_carriers_replace_the_complete_list(async_: bool, sb: Any, connect: Any) -> None:
    carriers = [{"channel_carrier_id": f"c{i}", "name": f"Carrier {i}"} for i in range(3)]
    call(connect(async_=async_), "carriers", "upsert", "acme", carriers)
    assert sb.state.carriers["acme"] == carriers
    with pytest.raises(
        mc.ValidationError, match="5001 carriers: the API takes the complete list, at most 5000"
    ):
        call(connect(async_=async_), "carriers", "upsert", "acme", [carriers[0]] * 5001)
    assert sb.counters.by_operation["upsertCarriers"] == 1


@both
def test_store_business_information(async_: bool, sb: Any, connect: Any) -> None:
    info = {
        "currency": "EUR",
        "updated_at": NOW,
        "kyc_status": "APPROVED",
        "sub_channels": [{"id": "fr", "name": "FR", "currency": "EUR"}],
    }
    call(connect(async_=async_), "stores", "upsert_business_information", "acme", "s1", info)
    assert sb.state.stores[("acme", "s1")]["kyc_status"] == "APPROVED"
    with pytest.raises(mc.ValidationError, match=r"currency: does not match \^\[A-Z\]\{3\}\$"):
        call(
            connect(async_=async_),
            "stores",
            "upsert_business_information",
            "acme",
            "s1",
            {**info, "currency": "eur"},
        )
    with pytest.raises(mc.ValidationError, match="channel_store_id: expected a non-empty string"):
        call(connect(async_=async_), "stores", "upsert_business_information", "acme", "", info)


@both
def test_catalog_configuration_and_items(async_: bool, sb: Any, connect: Any) -> None:
    call(connect(async_=async_), "catalog", "configure", "acme", CAPABILITIES)
    assert sb.state.catalog_configurations["acme"] == CAPABILITIES
    items = [
        {"id": f"P-{i}", "product_status": "PRODUCT_CREATED", "offer_status": "OFFER_ACTIVE"}
        for i in range(25_000)
    ]
    result = call(connect(async_=async_), "catalog", "update_store_catalog_items", "acme", "s1", items)
    assert result.ok and result.calls == 3 and len(sb.state.store_catalog_items[("acme", "s1")]) == 25_000


@both
def test_taxonomy(async_: bool, sb: Any, connect: Any) -> None:
    product_type = {
        "labels": [{"locale": "en", "value": "Phones"}],
        "embedded_attributes": [{"id": "brand", "type": "Text", "requirement_level": "REQUIRED", "labels": [{"locale": "en", "value": "Brand"}]}],
    }  # fmt: skip
    call(connect(async_=async_), "taxonomy", "upsert_product_type", "acme", "phones/smart", product_type)
    call(
        connect(async_=async_),
        "taxonomy",
        "upsert_product_type",
        "acme",
        "phones/smart",
        product_type,
        store_id="s1",
    )
    assert set(sb.state.product_types) == {("acme", None, "phones/smart"), ("acme", "s1", "phones/smart")}
    rule = {
        "id": "r1",
        "when": {"isSet": {"attribute": "brand"}},
        "then": {"all": [{"redefine": {"attribute": "model", "requirementLevel": "REQUIRED"}}]},
    }
    call(connect(async_=async_), "taxonomy", "create_rule", "acme", rule)
    call(
        connect(async_=async_),
        "taxonomy",
        "create_rule",
        "acme",
        [{**rule, "id": "r2"}, {**rule, "id": "r3"}],
    )
    assert set(sb.state.taxonomy_rules["acme"]) == {"r1", "r2", "r3"}
    with pytest.raises(mc.ValidationError, match="product_type_id: longer than 255 characters"):
        call(connect(async_=async_), "taxonomy", "upsert_product_type", "acme", "x" * 256, product_type)


def test_unknown_fields_in_an_answer_round_trip(sb: Any, connect: Any) -> None:
    """A new field at every level of the upsertReturns answer is kept and written back unchanged."""
    connect().orders.upsert(ORIGIN, [order(1)])
    answer = {
        "return_success": [
            {"channel_order_id": "O-1", "channel_return_id": "R-1", "warehouse": {"id": "W1", "dock": 4}}
        ],
        "return_errors": [],
        "request_id": "req-42",
    }
    sb.faults.set([Fault.respond(200, answer, operation="upsertReturns", times=1)])
    result = connect().returns.upsert(ORIGIN, [ret(1, "O-1")])
    assert result.ok and result.successes[0].additional_properties == {"warehouse": {"id": "W1", "dock": 4}}
    assert UpsertReturnsResponse(return_success=result.successes, return_errors=result.errors).to_dict() == {
        k: v for k, v in answer.items() if k != "request_id"
    }


def test_unknown_values_and_fields_in_events_round_trip(caplog: pytest.LogCaptureFixture) -> None:
    event = {
        "id": "01JD", "time": "2026-11-20T08:30:00+00:00", "type": "CREATE_SHIPMENT", "priority": "HIGH",
        "data": {"action_id": "a-1", "channel_id": "acme", "channel_order_id": "O-1", "channel_store_id": "s1",
                 "carrier": "UPS", "items": [{"channel_order_line_id": "L", "id": "SKU", "quantity": 1, "bin": "B-7"}]},
    }  # fmt: skip
    parsed = mc.events.parse(json.dumps(event).encode())
    assert parsed.to_dict() == event
    offer = {
        "id": "01JE", "time": "2026-11-20T08:30:00+00:00", "type": "PRICE_STOCK_UPSERT",
        "data": {"channel_id": "acme", "store_id": "s1", "product_id": "P", "inventory": {"action_type": "RECOMPUTE"},
                 "stock": {"action_type": "UPDATE", "breakdown": [{"type": "CONSIGNMENT_STOCK", "quantity": 3}]}},
    }  # fmt: skip
    parsed_offer = mc.events.parse(offer)
    assert parsed_offer.to_dict() == offer
    assert not mc.is_known(parsed_offer.data.inventory.action_type)  # type: ignore[union-attr]
    unknown = mc.events.parse(
        {"id": "01JF", "time": "2026-11-20T08:30:00Z", "type": "CARRIER_DELETED", "data": {"x": 1}}
    )
    assert isinstance(unknown, mc.events.UnknownEvent) and unknown.type == "CARRIER_DELETED"
    new_action = mc.events.parse({**event, "type": "SPLIT_ORDER"})
    assert not mc.is_known(new_action.type_)  # type: ignore[union-attr]
    with pytest.raises(mc.ValidationError, match="not JSON"):
        mc.events.parse(b"{oops")
