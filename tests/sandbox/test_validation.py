"""Invalid requests get 400 INVALID_INPUT listing every field at fault, as ``a[1].b.c`` paths."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from mirakl_connect.spec import operations
from mirakl_connect_sandbox import Sandbox
from mirakl_connect_sandbox._samples import ORIGIN, orders_request, return_request

MULTIPART_META = '{"channel_document_id": "D1", "filename": "a.pdf", "type": "INVOICE"}'

# operationId -> (method, path, invalid JSON body or multipart files, the errors expected)
INVALID: dict[str, tuple[str, str, Any, list[dict[str, str]]]] = {
    "upsertOrders": ("POST", "/v1/orders", {"origin": ORIGIN, "orders": []}, [
        {"field": "orders", "message": "value has less than 1 item"},
    ]),
    "upsertReturns": ("POST", "/v1/orders/returns", {"origin": ORIGIN, "returns": [return_request() | {"status": "LOST"}]}, [
        {"field": "returns[0].status", "message": 'must be one of "REQUEST_INITIATED", "REQUEST_DECLINED", "OPENED", "RECEIVED", "CLOSED", "CHANNEL_SPECIFIC"'},
    ]),
    "uploadOrderDocument": ("POST", "/v1/orders/O1/documents", {"metadata": (None, MULTIPART_META, "application/json")}, [
        {"field": "file", "message": "required"},
        {"field": "metadata.type", "message": 'must be one of "RETURN_LABEL", "CUSTOMER_INVOICE", "DELIVERY_SLIP", "SHIPMENT_DELIVERY_SLIP", "CHANNEL_SPECIFIC"'},
        {"field": "origin", "message": "required"},
    ]),
    "deleteOrderDocument": ("DELETE", "/v1/orders/documents/D1", {"origin": {"channel_id": "C"}}, [
        {"field": "origin.channel_store_id", "message": "required"},
    ]),
    "updateActionStatus": ("PUT", "/v1/orders/actions/A1", {"status": "DONE", "errors": [{"code": "OTHER"}]}, [
        {"field": "errors[0].message", "message": "required"},
        {"field": "status", "message": 'must be one of "SUCCESS", "FAILED"'},
    ]),
    "updateAnonymizeAfterDate": ("PUT", "/v1/orders/anonymize-after", {"orders": [{"channel_id": "C", "channel_order_id": "O", "anonymize_after": "2027-01-01"}]}, [
        {"field": "orders[0].anonymize_after", "message": "must be a valid date-time"},
    ]),
    "upsertCarriers": ("POST", "/v1/orders/channels/C1/carriers", {"carriers": [{"name": "UPS"}]}, [
        {"field": "carriers[0].channel_carrier_id", "message": "required"},
    ]),
    "upsertBusinessInformation": ("PUT", "/v1/channels/C1/stores/S1", {"currency": "euro", "updated_at": "2026-03-01T10:00:00Z"}, [
        {"field": "currency", "message": "value is longer than 3 characters"},
        {"field": "currency", "message": 'value does not match "^[A-Z]{3}$"'},
    ]),
    "configureChannelCatalog": ("POST", "/v1/catalog-configuration/channels/C1", {"use_case_configurations": {"offer_creation": {"required": {}, "support": "SUPPORTED"}}}, [
        {"field": "use_case_configurations.offer_update", "message": "required"},
    ]),
    "upsertProductType": ("PUT", "/v1/taxonomy/channels/C1/product-types", {"labels": [], "embedded_attributes": []}, [
        {"field": "product_type_id", "message": "required"},
        {"field": "labels", "message": "value has less than 1 item"},
    ]),
    "createTaxonomyRule": ("PUT", "/v1/taxonomy/channels/C1/rules", {"rules": [{"id": "R", "when": {"isSet": {}}, "then": {"all": []}}]}, [
        {"field": "rules[0].when.isSet.attribute", "message": "required"},
    ]),
    "updateStoreCatalogItems": ("POST", "/v1/channel-catalog/C1/store-catalog-items/S1", {"store_catalog_items": [{"id": "I", "offer_status": "ON"}]}, [
        {"field": "store_catalog_items[0].offer_status", "message": 'must be one of "OFFER_ACTIVE", "OFFER_DOES_NOT_EXIST", "ACTION_REQUIRED"'},
    ]),
}  # fmt: skip


def test_every_operation_has_an_invalid_case() -> None:
    assert set(INVALID) == set(operations())


@pytest.mark.parametrize("operation_id", sorted(INVALID))
def test_invalid_request_is_400_with_field_paths(
    sandbox: Sandbox, api: httpx.Client, operation_id: str
) -> None:
    method, path, body, expected = INVALID[operation_id]
    if operation_id == "uploadOrderDocument":
        response = api.request(method, path, files=body)
    else:
        content_type = operations()[operation_id].content_type
        response = api.request(method, path, json=body, headers={"Content-Type": str(content_type)})
    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/json"
    error = response.json()
    assert error["code"] == "INVALID_INPUT"
    assert error["message"]
    assert error["errors"] == expected
    assert sandbox.counters.rejected == 1
    assert sandbox.counters.by_operation[operation_id] == 1


def test_deep_missing_property_is_reported_with_its_path(api: httpx.Client) -> None:
    body = orders_request(5)
    del body["orders"][3]["order_lines"][0]["price"]["currency"]
    response = api.post("/v1/orders", json=body)
    assert response.status_code == 400
    assert response.json()["errors"] == [
        {"field": "orders[3].order_lines[0].price.currency", "message": "required"}
    ]


def test_all_errors_are_reported_sorted_by_path(sandbox: Sandbox, api: httpx.Client) -> None:
    body = orders_request(12)
    del body["orders"][10]["status"]
    body["orders"][2]["created_at"] = "2026-03-01T09:58:12"  # no offset
    body["orders"][2]["shipping_info"]["email"] = "not an email"
    body["orders"][2]["order_lines"][1]["product"]["thumbnail_url"] = "no scheme"
    body["orders"][2]["order_lines"][1]["custom_attributes"][0]["value"] = "yes"  # BOOLEAN variant
    del body["origin"]["channel_store_id"]
    response = api.post("/v1/orders", json=body)
    assert response.status_code == 400
    assert [(e["field"], e["message"]) for e in response.json()["errors"]] == [
        ("orders[2].created_at", "must be a valid date-time"),
        ("orders[2].order_lines[1].custom_attributes[0].value", "must be of type boolean"),
        ("orders[2].order_lines[1].product.thumbnail_url", "must be a valid uri"),
        ("orders[2].shipping_info.email", "must be a valid email"),
        ("orders[10].status", "required"),
        ("origin.channel_store_id", "required"),
    ]
    assert sandbox.state.orders == {}  # all or nothing


def test_unknown_formats_of_the_spec_are_accepted(api: httpx.Client) -> None:
    # "with decimals" (NUMERIC custom attribute) and "iso-3166-1 alpha-3" (return address)
    assert api.post("/v1/orders", json=orders_request(1)).status_code == 204
    body = {
        "origin": ORIGIN,
        "returns": [return_request() | {"address": {"street": "s", "city": "c", "country_iso_code": "??"}}],
    }
    assert api.post("/v1/orders/returns", json=body).status_code == 200


def test_an_unknown_custom_attribute_type_matches_no_variant(api: httpx.Client) -> None:
    body = orders_request(1)
    body["orders"][0]["custom_attributes"][0]["type"] = "COLOR"
    errors = api.post("/v1/orders", json=body).json()["errors"]
    assert errors == [
        {"field": "orders[0].custom_attributes[0]", "message": "does not match any of the allowed variants"}
    ]


def test_path_parameter_schema_is_checked(api: httpx.Client) -> None:
    response = api.put(
        "/v1/channels//stores/S1", json={"currency": "EUR", "updated_at": "2026-03-01T10:00:00Z"}
    )
    assert response.status_code == 400
    assert [e["field"] for e in response.json()["errors"]] == ["channel_id"]


@pytest.mark.parametrize(
    "content_type", ["application/json", "application/json; charset=UTF-8", "Application/JSON;charset=utf-8"]
)
def test_json_media_type_ignores_parameters(api: httpx.Client, content_type: str) -> None:
    body = b'{"carriers": [{"channel_carrier_id": "UPS", "name": "UPS"}]}'
    response = api.post(
        "/v1/orders/channels/C1/carriers", content=body, headers={"Content-Type": content_type}
    )
    assert response.status_code == 204
    catalog = api.post(
        "/v1/catalog-configuration/channels/C1", content=b"{}", headers={"Content-Type": content_type}
    )
    assert catalog.status_code == 202


@pytest.mark.parametrize(
    "content_type",
    [None, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"],
)
def test_wrong_content_type_is_415(sandbox: Sandbox, api: httpx.Client, content_type: str | None) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    response = api.post("/v1/orders", content=b'{"orders": []}', headers=headers)
    assert response.status_code == 415
    assert response.json()["code"] == "UNSUPPORTED_MEDIA_TYPE"
    assert sandbox.counters.rejected == 1


@pytest.mark.parametrize(
    ("content", "message"), [(b"", "a request body is required"), (b"{oops", "malformed JSON")]
)
def test_missing_or_malformed_json_body(api: httpx.Client, content: bytes, message: str) -> None:
    response = api.post("/v1/orders", content=content, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    [error] = response.json()["errors"]
    assert "field" not in error
    assert error["message"].startswith(message)


def test_wrong_body_type_is_reported_at_the_root(api: httpx.Client) -> None:
    response = api.post("/v1/orders", json=[1, 2])
    assert response.json()["errors"] == [{"message": "must be of type object"}]


def test_long_values_are_not_echoed_in_messages(api: httpx.Client) -> None:
    body = orders_request(1)
    body["orders"] = body["orders"] * 101
    [error] = api.post("/v1/orders", json=body).json()["errors"]
    assert error == {"field": "orders", "message": "value has more than 100 items"}
