"""Each of the 12 operations over HTTP: success status, what it stores, and its business rules."""

from __future__ import annotations

import copy

import httpx
import pytest
from mirakl_connect.spec import operations
from mirakl_connect_sandbox import Sandbox
from mirakl_connect_sandbox._samples import CHANNEL, ORIGIN, STORE, order, orders_request, return_request

from ..fakes import FakeClock
from .conftest import bearer, client, get_token

JSON_UTF8 = "application/json; charset=UTF-8"


def test_every_operation_of_the_spec_is_tested_here() -> None:
    tested = {
        name.split("__")[0].removeprefix("test_")
        for name in globals()
        if name.startswith("test_") and "__" in name
    }
    assert tested == set(operations())


# -- orders ---------------------------------------------------------------------------------------


def test_upsertOrders__stores_orders_by_origin_and_id(sandbox: Sandbox, api: httpx.Client) -> None:
    body = orders_request(3)
    response = api.post("/v1/orders", json=body)
    assert response.status_code == 204
    assert response.content == b""
    assert set(sandbox.state.orders) == {(CHANNEL, STORE, f"ORDER-{i}") for i in range(3)}
    assert sandbox.state.orders[CHANNEL, STORE, "ORDER-1"] == body["orders"][1]


def test_stored_orders_are_copies_the_garbage_collector_does_not_walk(
    sandbox: Sandbox, api: httpx.Client
) -> None:
    """Thousands of stored orders must not make each full collection stall the server."""
    import gc

    api.post("/v1/orders", json=orders_request(1))  # a first request: connections, caches
    body = orders_request(100)
    gc.collect()
    before = len(gc.get_objects())
    assert api.post("/v1/orders", json=body).status_code == 204
    gc.collect()
    assert len(gc.get_objects()) - before < 100  # as dicts and lists: over 10 per order
    copy = sandbox.state.orders[CHANNEL, STORE, "ORDER-7"]
    assert copy == body["orders"][7]
    copy["status"] = "CHANGED"  # a copy: the stored order is untouched
    assert sandbox.state.orders[CHANNEL, STORE, "ORDER-7"] == body["orders"][7]


def test_upsertOrders__replaces_but_ignores_older_updates(sandbox: Sandbox, api: httpx.Client) -> None:
    first = order("A", updated_at="2026-03-01T10:00:00Z")
    newer = order("A", updated_at="2026-03-01T12:00:00+01:00")  # 11:00Z: newer, other offset
    older = order("A", updated_at="2026-03-01T10:30:00+01:00")  # 09:30Z: older than the first
    newer["status"] = "SHIPPED"
    older["status"] = "CLOSED"
    for item in (first, newer, older):
        assert api.post("/v1/orders", json={"origin": ORIGIN, "orders": [item]}).status_code == 204
    assert sandbox.state.orders[CHANNEL, STORE, "A"]["status"] == "SHIPPED"
    assert len(sandbox.state.orders) == 1


def test_upsertOrders__same_id_in_another_store_is_another_order(sandbox: Sandbox, api: httpx.Client) -> None:
    api.post("/v1/orders", json=orders_request(1))
    api.post(
        "/v1/orders", json={**orders_request(1), "origin": {"channel_id": CHANNEL, "channel_store_id": "S2"}}
    )
    assert set(sandbox.state.orders) == {(CHANNEL, STORE, "ORDER-0"), (CHANNEL, "S2", "ORDER-0")}


def test_upsertReturns__partial_success(sandbox: Sandbox, api: httpx.Client) -> None:
    api.post("/v1/orders", json=orders_request(2))
    unknown_line = return_request("ORDER-1", "R-2", line=7)
    body = {
        "origin": ORIGIN,
        "returns": [return_request("ORDER-0", "R-1"), return_request("NOPE", "R-0"), unknown_line],
    }
    response = api.post("/v1/orders/returns", json=body)
    assert response.status_code == 200
    result = response.json()
    assert result["return_success"] == [{"channel_order_id": "ORDER-0", "channel_return_id": "R-1"}]
    errors = {error["channel_return_id"]: error for error in result["return_errors"]}
    assert errors["R-0"]["channel_order_id"] == "NOPE"
    assert errors["R-0"]["details"][0]["code"] == "DATA_NOT_FOUND"
    assert errors["R-0"]["details"][0]["field"] == "returns[1].channel_order_id"
    assert errors["R-2"]["details"][0]["field"] == "returns[2].return_lines[0].channel_order_line_id"
    assert list(sandbox.state.returns) == [(CHANNEL, STORE, "R-1")]
    assert sandbox.state.returns[CHANNEL, STORE, "R-1"] == body["returns"][0]


def test_upsertReturns__ignores_older_updates_like_orders(sandbox: Sandbox, api: httpx.Client) -> None:
    api.post("/v1/orders", json=orders_request(1))
    current = return_request() | {"status": "RECEIVED"}
    older = return_request() | {"status": "OPENED", "channel_updated_at": "2026-03-01T09:00:00Z"}
    for item in (current, older):
        response = api.post("/v1/orders/returns", json={"origin": ORIGIN, "returns": [item]})
        assert response.json()["return_success"] == [
            {"channel_order_id": "ORDER-0", "channel_return_id": "RETURN-1"}
        ]
    assert sandbox.state.returns[CHANNEL, STORE, "RETURN-1"]["status"] == "RECEIVED"


def test_upsertReturns__order_of_another_store_is_not_found(api: httpx.Client) -> None:
    api.post("/v1/orders", json=orders_request(1))
    body = {"origin": {"channel_id": CHANNEL, "channel_store_id": "OTHER"}, "returns": [return_request()]}
    assert len(api.post("/v1/orders/returns", json=body).json()["return_errors"]) == 1


def test_uploadOrderDocument__stores_the_file(sandbox: Sandbox, api: httpx.Client) -> None:
    # Detailed in test_documents.py.
    response = api.post(
        "/v1/orders/ORDER-1/documents",
        files={
            "file": ("label.pdf", b"%PDF-1.7\n...", "application/pdf"),
            "metadata": (
                None,
                '{"channel_document_id": "D1", "filename": "label.pdf", "type": "RETURN_LABEL"}',
                "application/json",
            ),
            "origin": (None, '{"channel_id": "C", "channel_store_id": "S"}', "application/json"),
        },
    )
    assert response.status_code == 204
    assert sandbox.state.documents["D1"].content == b"%PDF-1.7\n..."


def test_deleteOrderDocument__removes_it_then_404(sandbox: Sandbox, api: httpx.Client) -> None:
    test_uploadOrderDocument__stores_the_file(sandbox, api)
    body = {"origin": {"channel_id": "C", "channel_store_id": "S"}}
    assert api.request("DELETE", "/v1/orders/documents/D1", json=body).status_code == 204
    assert sandbox.state.documents == {}
    again = api.request("DELETE", "/v1/orders/documents/D1", json=body)
    assert again.status_code == 404
    assert again.json()["code"] == "DATA_NOT_FOUND"


def test_updateActionStatus__is_final_once(sandbox: Sandbox, api: httpx.Client) -> None:
    assert api.put("/v1/orders/actions/ACT-1", json={"status": "SUCCESS"}).status_code == 204
    assert sandbox.state.actions["ACT-1"] == {"status": "SUCCESS", "errors": []}
    again = api.put("/v1/orders/actions/ACT-1", json={"status": "SUCCESS"})
    assert again.status_code == 400
    assert again.json()["code"] == "ACTION_ALREADY_FINAL"
    assert sandbox.counters.rejected == 1


def test_updateActionStatus__failed_needs_errors(sandbox: Sandbox, api: httpx.Client) -> None:
    for body in ({"status": "FAILED"}, {"status": "FAILED", "errors": []}):
        response = api.put("/v1/orders/actions/ACT-2", json=body)
        assert response.status_code == 400
        assert response.json()["errors"] == [{"field": "errors", "message": "required when status is FAILED"}]
    failed = {"status": "FAILED", "errors": [{"code": "ORDER_IN_WRONG_STATE", "message": "already shipped"}]}
    assert api.put("/v1/orders/actions/ACT-2", json=failed).status_code == 204
    assert sandbox.state.actions["ACT-2"] == failed


def test_updateActionStatus__known_actions_only_when_asked(http: httpx.Client) -> None:
    with Sandbox(require_known_actions=True) as sandbox, client(base_url=sandbox.base_url) as api:
        api.headers.update(bearer(get_token(sandbox, http)))
        unknown = api.put("/v1/orders/actions/%2Fodd%20id", json={"status": "SUCCESS"})
        assert unknown.status_code == 404
        assert unknown.json()["code"] == "DATA_NOT_FOUND"
        sandbox.state.add_action("/odd id")
        assert sandbox.state.actions == {"/odd id": None}
        assert api.put("/v1/orders/actions/%2Fodd%20id", json={"status": "SUCCESS"}).status_code == 204
        assert sandbox.state.actions["/odd id"] == {"status": "SUCCESS", "errors": []}


def test_updateAnonymizeAfterDate__stores_every_date(sandbox: Sandbox, api: httpx.Client) -> None:
    api.post("/v1/orders", json=orders_request(2))
    body = {
        "orders": [
            {"channel_id": CHANNEL, "channel_order_id": "ORDER-0", "anonymize_after": "2027-01-01T00:00:00Z"},
            # 4 minutes before the clock's 12:00Z: tolerated
            {"channel_id": CHANNEL, "channel_order_id": "ORDER-1", "anonymize_after": "2026-03-01T11:56:00Z"},
        ]
    }
    assert api.put("/v1/orders/anonymize-after", json=body).status_code == 204
    assert sandbox.state.anonymize_after == {
        (CHANNEL, "ORDER-0"): "2027-01-01T00:00:00Z",
        (CHANNEL, "ORDER-1"): "2026-03-01T11:56:00Z",
    }


def test_updateAnonymizeAfterDate__all_or_nothing(
    sandbox: Sandbox, api: httpx.Client, clock: FakeClock
) -> None:
    api.post("/v1/orders", json=orders_request(1))
    body = {
        "orders": [
            {"channel_id": CHANNEL, "channel_order_id": "ORDER-0", "anonymize_after": "2027-01-01T00:00:00Z"},
            {"channel_id": CHANNEL, "channel_order_id": "UNKNOWN", "anonymize_after": "2027-01-01T00:00:00Z"},
            {"channel_id": CHANNEL, "channel_order_id": "ORDER-0", "anonymize_after": "2026-03-01T11:54:00Z"},
        ]
    }
    response = api.put("/v1/orders/anonymize-after", json=body)
    assert response.status_code == 400
    assert response.json()["errors"] == [
        {"field": "orders[1].channel_order_id", "message": "unknown order"},
        {"field": "orders[2].anonymize_after", "message": "must be in the future"},
    ]
    assert sandbox.state.anonymize_after == {}
    del body["orders"][1:]
    body["orders"][0]["anonymize_after"] = "2026-03-01T18:00:00Z"
    clock.advance(7 * 3600)  # the "future" follows the injected clock
    api.headers.update(bearer(get_token(sandbox, api)))
    assert api.put("/v1/orders/anonymize-after", json=body).status_code == 400


# -- carriers, store --------------------------------------------------------------------------------


def test_upsertCarriers__replaces_the_list(sandbox: Sandbox, api: httpx.Client) -> None:
    first = {
        "carriers": [
            {"channel_carrier_id": "UPS", "name": "UPS"},
            {"channel_carrier_id": "DHL", "name": "DHL"},
        ]
    }
    second = {"carriers": [{"channel_carrier_id": "LAPOSTE", "name": "La Poste"}]}
    assert api.post("/v1/orders/channels/C1/carriers", json=first).status_code == 204
    assert api.post("/v1/orders/channels/C1/carriers", json=second).status_code == 204
    assert sandbox.state.carriers == {"C1": second["carriers"]}


def test_upsertBusinessInformation__ignores_older_updates(sandbox: Sandbox, api: httpx.Client) -> None:
    info = {"currency": "EUR", "kyc_status": "APPROVED", "updated_at": "2026-03-01T10:00:00Z"}
    older = {**info, "kyc_status": "REFUSED", "updated_at": "2026-03-01T09:00:00Z"}
    response = api.put("/v1/channels/C1/stores/S1", json=info)
    assert response.status_code == 200
    assert api.put("/v1/channels/C1/stores/S1", json=older).status_code == 200
    assert sandbox.state.stores == {("C1", "S1"): info}


# -- catalog ---------------------------------------------------------------------------------------

LABELS = [{"locale": "en_US", "value": "Size"}]


def test_configureChannelCatalog__stores_the_capabilities(sandbox: Sandbox, api: httpx.Client) -> None:
    body = {
        "offer_configuration": {
            "custom_attributes": [
                {
                    "type": "Boolean",
                    "id": "gift",
                    "labels": LABELS,
                    "configuration_modes": ["CONSTANT"],
                    "requirement_level": "OPTIONAL",
                }
            ]
        }
    }
    response = api.post(
        "/v1/catalog-configuration/channels/C1", json=body, headers={"Content-Type": JSON_UTF8}
    )
    assert response.status_code == 202
    assert sandbox.state.catalog_configurations == {"C1": body}


def test_upsertProductType__keyed_by_channel_store_and_id(sandbox: Sandbox, api: httpx.Client) -> None:
    body = {
        "labels": LABELS,
        "embedded_attributes": [
            {"type": "Text", "id": "title", "labels": LABELS, "requirement_level": "REQUIRED"}
        ],
    }
    url = "/v1/taxonomy/channels/C1/product-types"
    assert api.put(url, params={"product_type_id": "shoes/running"}, json=body).status_code == 202
    assert api.put(url, params={"product_type_id": "hats", "store_id": "S1"}, json=body).status_code == 202
    assert sandbox.state.product_types == {("C1", None, "shoes/running"): body, ("C1", "S1", "hats"): body}


def test_createTaxonomyRule__adds_rules_by_id(sandbox: Sandbox, api: httpx.Client) -> None:
    rule = {
        "id": "R1",
        "when": {"equals": {"attribute": "color", "value": "red"}},
        "then": {"all": [{"redefine": {"attribute": "size", "requirementLevel": "REQUIRED"}}]},
    }
    other = copy.deepcopy(rule) | {"id": "R2", "when": {"not": {"isSet": {"attribute": "size"}}}}
    assert api.put("/v1/taxonomy/channels/C1/rules", json={"rules": [rule]}).status_code == 202
    assert api.put("/v1/taxonomy/channels/C1/rules", json={"rules": [other]}).status_code == 202
    assert sandbox.state.taxonomy_rules == {"C1": {"R1": rule, "R2": other}}


def test_updateStoreCatalogItems__merges_items_by_id(sandbox: Sandbox, api: httpx.Client) -> None:
    items = [
        {
            "id": "I1",
            "product_status": "PRODUCT_CREATED",
            "offer_status": "OFFER_ACTIVE",
            "offer_diagnostics": [],
        },
        {"id": "I2", "product_status": "PRODUCT_REFUSED", "product_diagnostics": [{"message": "No image"}]},
    ]
    url = "/v1/channel-catalog/C1/store-catalog-items/S1"
    assert api.post(url, json={"store_catalog_items": items}).status_code == 202
    assert (
        api.post(
            url, json={"store_catalog_items": [items[0] | {"offer_status": "ACTION_REQUIRED"}]}
        ).status_code
        == 202
    )
    stored = sandbox.state.store_catalog_items[("C1", "S1")]
    assert stored["I1"]["offer_status"] == "ACTION_REQUIRED"
    assert stored["I2"] == items[1]


@pytest.mark.parametrize("path", ["/v1/unknown", "/v1/orders/a/b/c", "/elsewhere"])
def test_unknown_path_is_404(api: httpx.Client, sandbox: Sandbox, path: str) -> None:
    response = api.post(path, json={})
    assert response.status_code == 404
    assert response.json()["code"] == "NOT_FOUND"
    assert sandbox.counters.rejected == 1


def test_wrong_method_is_405(api: httpx.Client) -> None:
    response = api.get("/v1/orders")
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"
    assert set(response.json()) == {"code", "message"}
