"""openapi3.yaml: valid, complete, and written the way the rest of the project relies on."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from openapi_spec_validator import validate

from .conftest import load_script

OPERATIONS = {
    "configureChannelCatalog", "createTaxonomyRule", "upsertProductType", "deleteOrderDocument",
    "updateActionStatus", "updateAnonymizeAfterDate", "uploadOrderDocument", "upsertOrders",
    "updateStoreCatalogItems", "upsertBusinessInformation", "upsertCarriers", "upsertReturns",
}  # fmt: skip
EVENT_ENVELOPES = {
    "OrderActionEvent", "OfferUpsertEvent", "PriceStockUpsertEvent", "ProductUpsertEvent", "StoreManagementFeatureEvent",
}  # fmt: skip
ACTION_PAYLOADS = {
    "OrderAcceptanceCommandEvent", "OrderShipmentCommandEvent", "OrderRefundCommandEvent",
    "OrderCancelationCommandEvent", "ReturnAcceptanceCommandEvent", "ReturnTrackingInformationUpdateCommandEvent",
    "AcknowledgeReturnReceptionCommandEvent", "CloseReturnCommandEvent", "DocumentUploadCommandEvent",
}  # fmt: skip


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method != "parameters":
                yield method, path, operation


def walk(node: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{path}/{index}")


def test_spec_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    assert spec["openapi"] == "3.1.0"
    validate(spec)


def test_all_twelve_operations_with_vendor_ids(spec: dict[str, Any]) -> None:
    assert {op["operationId"] for _, _, op in operations(spec)} == OPERATIONS


def test_catalog_and_taxonomy_operations_use_json_with_charset(spec: dict[str, Any]) -> None:
    """Catalog configuration, taxonomy (two operations) and store catalog items, as in the vendor bundle."""
    charset = {
        op["operationId"]
        for _, _, op in operations(spec)
        if list(op.get("requestBody", {}).get("content", {})) == ["application/json; charset=UTF-8"]
    }
    assert charset == {
        "configureChannelCatalog",
        "createTaxonomyRule",
        "upsertProductType",
        "updateStoreCatalogItems",
    }


@pytest.mark.parametrize(
    ("operation_id", "calls", "per"),
    [
        ("upsertOrders", 30, "second"),
        ("updateStoreCatalogItems", 30, "second"),
        ("createTaxonomyRule", 10, "second"),
        ("upsertProductType", 10, "second"),
        ("upsertBusinessInformation", 5, "minute"),
        ("configureChannelCatalog", 1, "minute"),
        ("upsertReturns", 1, "minute"),
        ("upsertCarriers", 1, "hour"),
    ],
)
def test_call_frequency_maximum_is_machine_readable(
    spec: dict[str, Any], operation_id: str, calls: int, per: str
) -> None:
    by_id = {op["operationId"]: op for _, _, op in operations(spec)}
    assert by_id[operation_id]["x-call-frequency"]["maximum"] == {"calls": calls, "per": per}


def test_event_driven_operations_state_their_frequency_in_words(spec: dict[str, Any]) -> None:
    for _, _, op in operations(spec):
        frequency = op["x-call-frequency"]
        assert set(frequency) == {"recommended", "maximum"}
        for value in frequency.values():
            assert isinstance(value, str) or (
                set(value) == {"calls", "per"} and value["per"] in {"second", "minute", "hour"}
            )


def test_enums_are_named_components_only(spec: dict[str, Any]) -> None:
    """Every enumeration is a component of its own, so that it becomes one generated type."""
    schemas = spec["components"]["schemas"]
    enums = {name for name, schema in schemas.items() if "enum" in schema}
    assert len(enums) == 37
    inline = [path for path, node in walk(spec) if "enum" in node and path.count("/") != 3]
    assert inline == []


def test_event_envelopes_and_action_payloads_are_components(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    assert set(schemas) >= EVENT_ENVELOPES | ACTION_PAYLOADS
    assert {ref["$ref"].rsplit("/", 1)[-1] for ref in schemas["ActionPayload"]["oneOf"]} == ACTION_PAYLOADS
    assert schemas["OrderActionEvent"]["properties"]["type"] == {
        "$ref": "#/components/schemas/OrderActionType"
    }
    assert len(schemas["OrderActionType"]["enum"]) == 9
    assert set(schemas["OrderActionEvent"]["x-payload-by-type"]["mapping"].values()) == ACTION_PAYLOADS


def test_every_schema_is_a_named_component(spec: dict[str, Any]) -> None:
    """No inline object schemas: each becomes a generated model with a readable name."""
    inline = [
        path
        for path, node in walk(spec)
        if node.get("type") == "object" and "properties" in node and path.count("/") != 3
    ]
    assert inline == []


def test_upload_is_multipart_with_json_parts(spec: dict[str, Any]) -> None:
    media = spec["paths"]["/v1/orders/{channel_order_id}/documents"]["post"]["requestBody"]["content"]
    assert list(media) == ["multipart/form-data"]
    assert media["multipart/form-data"]["encoding"] == {
        "metadata": {"contentType": "application/json"},
        "origin": {"contentType": "application/json"},
    }
    body = spec["components"]["schemas"]["UploadOrderDocumentRequest"]
    assert body["properties"]["file"] == {
        "description": "The document: PDF, JPEG, PNG or CSV, 10 MB at most.",
        "type": "string",
        "format": "binary",
    }


def test_servers_and_bearer_security(spec: dict[str, Any]) -> None:
    assert [s["url"] for s in spec["servers"]] == [
        "https://miraklconnect.com/api/channel-platform",
        "https://connectpartner-test.mirakl.net/api/channel-platform",
    ]
    assert spec["components"]["securitySchemes"]["Bearer"] | {"description": ""} == {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "JWT",
        "description": "",
    }
    assert all(op["security"][0]["Bearer"] for _, _, op in operations(spec))


def test_descriptions_are_ours(spec: dict[str, Any], vendor_description_digests: set[str]) -> None:
    """No vendor sentence is pasted: every long description of ours differs from every one of the
    vendor's (compared by the digests the snapshot keeps of theirs)."""
    digest = load_script("spec_drift").description_digest
    ours = {
        digest(str(node["description"]))
        for _, node in walk(spec)
        if isinstance(node.get("description"), str) and len(node["description"]) > 40
    }
    assert ours and vendor_description_digests
    assert not ours & vendor_description_digests
