"""scripts/spec_drift.py: silent on the vendor files we follow, precise on every change."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import API_FILE, EVENTS_FILE, load_script

drift = load_script("spec_drift")


def write(tmp_path: Path, doc: dict[str, Any], name: str) -> Path:
    path = tmp_path / name
    text = json.dumps(doc) if name.endswith(".json") else yaml.safe_dump(doc)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", [API_FILE, EVENTS_FILE])
def test_no_difference_with_the_vendor_files(
    upstream: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert drift.main([str(upstream / name)]) == 0
    assert capsys.readouterr().out.startswith("no difference")


def test_the_four_mutations_are_each_reported(
    tmp_path: Path, vendor_api: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    doc = copy.deepcopy(vendor_api)
    schemas = doc["components"]["schemas"]
    status = schemas["OrderRequest"]["properties"]["status"]
    status["description"] = status["description"].replace('`"SHIPPED"`', '`"SHIPPED"`, `"ON_HOLD"`')
    del schemas["ReturnLineRequest"]["properties"]["reason"]
    doc["paths"]["/v1/orders/{channel_order_id}/cancel"] = {
        "post": {"operationId": "cancelOrder", "responses": {"204": {"description": "Cancelled"}}}
    }
    schemas["ProductRequest"]["required"].remove("title")

    assert drift.main([str(write(tmp_path, doc, "vendor.json"))]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "enum values added: OrderRequest.status: ON_HOLD",
        "operation added: POST /v1/orders/{channel_order_id}/cancel: cancelOrder",
        "property removed: ReturnLineRequest.reason",
        "required changed: ProductRequest.title: vendor optional, ours required",
    ]


def test_json_output_lists_each_difference(
    tmp_path: Path, vendor_api: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    doc = copy.deepcopy(vendor_api)
    doc["paths"]["/v1/orders"]["post"]["responses"]["409"] = {"description": "Conflict"}
    assert drift.main([str(write(tmp_path, doc, "vendor.yaml")), "--json"]) == 1  # YAML accepted too
    assert json.loads(capsys.readouterr().out) == [
        {"kind": "status code added", "where": "upsertOrders", "detail": "409"}
    ]


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            lambda d: d["components"]["schemas"]["UpsertOrdersRequest"]["properties"]["orders"].update(
                maxItems=50
            ),
            "maxItems changed: UpsertOrdersRequest.orders: vendor 50, ours 100",
        ),
        (
            lambda d: d["components"]["schemas"]["Money"]["properties"]["amount"].update(type="string"),
            "type changed: Money.amount: vendor 'string', ours 'number'",
        ),
        (
            lambda d: d["components"]["schemas"]["Diagnostic"]["properties"]["message"].update(
                type=["string", "null"]
            ),
            "nullable changed: Diagnostic.message: vendor allows null, ours does not",
        ),
        (
            lambda d: d["components"]["schemas"]["ReturnRequest"]["properties"]["address"]["properties"].pop(
                "zip_code"
            ),
            "property removed: ReturnRequest.address.zip_code",
        ),
        (
            lambda d: d["paths"]["/v1/orders"]["post"].update(
                description=d["paths"]["/v1/orders"]["post"]["description"].replace("30 / sec", "20 / sec")
            ),
            "call frequency changed: upsertOrders: vendor 'Maximum usage: 20 / sec', ours {'calls': 30, 'per': 'second'}",
        ),
        (
            lambda d: d["components"]["schemas"]["CustomAttributeRequest"]["discriminator"]["mapping"].update(
                JSON="#/components/schemas/Money"
            ),
            "variant added: CustomAttributeRequest: Money",
        ),
    ],
)
def test_other_changes_are_reported(
    tmp_path: Path, vendor_api: dict[str, Any], mutate: Any, expected: str
) -> None:
    doc = copy.deepcopy(vendor_api)
    mutate(doc)
    found = [str(d) for d in drift.drift(write(tmp_path, doc, "vendor.json"))]
    assert expected in found


def test_events_description_changes_are_reported(tmp_path: Path, vendor_events: dict[str, Any]) -> None:
    doc = copy.deepcopy(vendor_events)
    schemas = doc["components"]["schemas"]
    schemas["StockDetail"]["properties"]["type"]["description"] += ' `"CONSIGNMENT"`'
    schemas["Attribute"]["properties"]["unit"] = {"type": "string"}  # ours: ProductUpsertAttribute
    schemas["PriceStockUpsertEventData"]["required"].remove("offer_attributes")
    assert [str(d) for d in drift.drift(write(tmp_path, doc, "events.yaml"))] == [
        "enum values added: StockDetail.type: CONSIGNMENT",
        "property added: Attribute.unit",
        "required changed: PriceStockUpsertEventData.offer_attributes: vendor optional now: drop it from x-vendor-required",
    ]


def test_not_an_openapi_document(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("hello: world\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="not an OpenAPI document"):
        drift.main([str(path)])
