"""The bad-input catalogue: each bad argument of each resource method raises the expected
``mc.ConnectError`` subclass, naming the field by its JSON path, and the sandbox receives nothing
(no token request either).

Each case builds its arguments afresh (generators and open files are used up), from valid data
that one change spoils.
"""

from __future__ import annotations

import asyncio
import copy
import datetime
import io
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

import mirakl_connect as mc
import pytest
from mirakl_connect_api.models import CarrierRequest

from ..support import NOW, ORIGIN

PDF = b"%PDF-1.7\n%%EOF\n"
HTML = b"<!DOCTYPE html>\n<html><body><p>Session expired, please log in again.</p></body></html>\n"
LINE = {
    "channel_order_line_id": "O-1-1", "can_cancel": True, "can_refund": True, "created_at": NOW, "updated_at": NOW,
    "price": {"amount": 10.0, "currency": "EUR"}, "total_shipping_price": {"amount": 4.5, "currency": "EUR"},
    "product": {"id": "SKU-1", "title": "Mug"}, "quantity": 1, "status": "AWAITING_SHIPMENT",
}  # fmt: skip
ORDER = {
    "channel_order_id": "O-1", "channel_updated_at": NOW, "created_at": NOW, "status": "AWAITING_SHIPMENT",
    "fulfillment": {"type": "FULFILLED_BY_SELLER"}, "shipping_info": {}, "order_lines": [LINE],
}  # fmt: skip
RETURN = {
    "channel_return_id": "R-1", "channel_order_id": "O-1", "channel_updated_at": NOW, "created_at": NOW,
    "status": "REQUEST_INITIATED", "return_lines": [{"channel_order_line_id": "O-1-1", "quantity": 1, "reason": "DAMAGED_ITEM"}],
}  # fmt: skip
CARRIER = {"channel_carrier_id": "ups", "name": "UPS"}
INFO = {"currency": "EUR", "updated_at": NOW}
ITEM = {"id": "P-1", "product_status": "PRODUCT_CREATED", "offer_status": "OFFER_ACTIVE"}
PRODUCT_TYPE = {
    "labels": [{"locale": "en", "value": "Phones"}],
    "embedded_attributes": [{"id": "brand", "type": "Text", "requirement_level": "REQUIRED", "labels": [{"locale": "en", "value": "Brand"}]}],
}  # fmt: skip
RULE = {"id": "r1", "when": {"isSet": {"attribute": "brand"}}, "then": {"all": []}}
EVENT = {"id": "E-1", "time": NOW, "type": "CREATE_SHIPMENT", "data": {"action_id": "A-1"}}
ANONYMIZE = {"channel_id": "acme", "channel_order_id": "O-1", "anonymize_after": NOW}
DOC = {"channel_document_id": "D-1", "type": "RETURN_LABEL", "origin": ORIGIN}


def changed(base: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A deep copy of ``base`` with the value at ``path`` (``a.b.0.c``) replaced, or removed if ``...``."""
    data = copy.deepcopy(base)
    *parents, last = path.split(".")
    node: Any = data
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    if value is ...:
        del node[last]
    else:
        node[last] = value
    return data


def order(path: str, value: Any) -> dict[str, Any]:
    return changed(ORDER, path, value)


def itself() -> dict[str, Any]:
    data = copy.deepcopy(ORDER)
    data["shipping_info"]["order"] = data
    return data


Args = tuple[tuple[Any, ...], dict[str, Any]]


class Case(NamedTuple):
    id: str
    resource: str
    method: str
    build: Callable[[Path], Args]  # (args, kwargs) from a scratch directory
    field: str  # the JSON path the message must name
    error: type[mc.ConnectError] = mc.ValidationError
    also_async: bool = False


def a(*args: Any, **kwargs: Any) -> Callable[[Path], Args]:
    return lambda _: (args, kwargs)


def upload(file: Any, **kwargs: Any) -> Callable[[Path], Args]:
    return lambda _: (("O-1", file), {**DOC, **kwargs})


def closed(content: bytes) -> io.BytesIO:
    file = io.BytesIO(content)
    file.close()
    return file


def file_named(name: str, content: bytes) -> Callable[[Path], Args]:
    def build(tmp: Path) -> Args:
        path = tmp / name
        path.write_bytes(content)
        return ("O-1", path), dict(DOC)

    return build


CASES = [
    # -- orders.upsert
    Case("origin-none", "orders", "upsert", a(None, [ORDER]), "origin", also_async=True),
    Case("origin-missing-store", "orders", "upsert", a({"channel_id": "acme"}, [ORDER]), "origin.channel_store_id"),
    Case("origin-int-channel", "orders", "upsert", a({**ORIGIN, "channel_id": 7}, [ORDER]), "origin.channel_id"),
    Case("orders-none", "orders", "upsert", a(ORIGIN, None), "orders", also_async=True),
    Case("orders-one-dict", "orders", "upsert", a(ORIGIN, ORDER), "orders"),
    Case("orders-str", "orders", "upsert", a(ORIGIN, "O-1"), "orders"),
    Case("orders-bytes", "orders", "upsert", a(ORIGIN, b"[]"), "orders"),
    Case("orders-none-item", "orders", "upsert", a(ORIGIN, [ORDER, None]), "orders[1]"),
    Case("order-without-lines", "orders", "upsert", a(ORIGIN, [order("order_lines", ...)]), "orders[0].order_lines"),
    Case("order-price-currency", "orders", "upsert", a(ORIGIN, [order("order_lines.0.price.currency", ...)]),
         "orders[0].order_lines[0].price.currency", also_async=True),
    Case("order-naive-datetime", "orders", "upsert",
         a(ORIGIN, [order("created_at", datetime.datetime(2026, 11, 20, 8, 30))]), "orders[0].created_at"),
    Case("order-bad-date-time", "orders", "upsert", a(ORIGIN, [order("created_at", "2026-11-20 08:30")]),
         "orders[0].created_at"),
    Case("order-nan-amount", "orders", "upsert", a(ORIGIN, [order("order_lines.0.price.amount", float("nan"))]),
         "orders[0].order_lines[0].price.amount", also_async=True),
    Case("order-infinite-decimal", "orders", "upsert",
         a(ORIGIN, [order("order_lines.0.price.amount", Decimal("Infinity"))]), "orders[0].order_lines[0].price.amount"),
    Case("order-string-amount", "orders", "upsert", a(ORIGIN, [order("order_lines.0.price.amount", "10.00")]),
         "orders[0].order_lines[0].price.amount"),
    Case("order-custom-attribute-without-value", "orders", "upsert",
         a(ORIGIN, [order("custom_attributes", [{"id": "gift", "type": "BOOLEAN"}])]),
         "orders[0].custom_attributes[0].value", also_async=True),
    Case("order-set-in-unknown-field", "orders", "upsert", a(ORIGIN, [ORDER, order("tags", {"a"})]), "orders[1].tags"),
    Case("order-bytes-id", "orders", "upsert", a(ORIGIN, [order("channel_order_id", b"O-1")]),
         "orders[0].channel_order_id"),
    Case("order-lone-surrogate", "orders", "upsert", a(ORIGIN, [order("channel_order_id", "O-\udc81")]),
         "orders[0].channel_order_id"),
    Case("order-contains-itself", "orders", "upsert", lambda _: ((ORIGIN, [itself()]), {}),
         "orders[0].shipping_info.order"),
    Case("order-wrong-model", "orders", "upsert", a(ORIGIN, [CarrierRequest(channel_carrier_id="c", name="C")]),
         "orders[0].channel_order_id"),
    Case("orders-progress-not-callable", "orders", "upsert", a(ORIGIN, [ORDER], progress="print"), "progress"),
    Case("orders-concurrency-zero", "orders", "upsert", a(ORIGIN, [ORDER], concurrency=0), "concurrency"),
    # -- orders.update_action_status
    Case("action-dot-dot", "orders", "update_action_status", a("..", "SUCCESS"), "action_id", also_async=True),
    Case("action-dot", "orders", "update_action_status", a(".", "SUCCESS"), "action_id"),
    Case("action-empty", "orders", "update_action_status", a("", "SUCCESS"), "action_id"),
    Case("action-none", "orders", "update_action_status", a(None, "SUCCESS"), "action_id"),
    Case("action-traversal", "orders", "update_action_status", a("x/../../orders", "SUCCESS"), "action_id"),
    Case("status-none", "orders", "update_action_status", a("A-1", None), "status"),
    Case("status-int", "orders", "update_action_status", a("A-1", 1), "status"),
    Case("failed-without-errors", "orders", "update_action_status", a("A-1", "FAILED"), "errors"),
    Case("errors-int", "orders", "update_action_status", a("A-1", "FAILED", 5), "errors"),
    Case("errors-one-dict", "orders", "update_action_status",
         a("A-1", "FAILED", {"code": "OTHER", "message": "x"}), "errors"),
    Case("error-without-message", "orders", "update_action_status", a("A-1", "FAILED", [{"code": "OTHER"}]),
         "errors[0].message", also_async=True),
    # -- orders.report
    Case("report-none", "orders", "report", a(None), "event_or_action_id"),
    Case("report-event-without-action", "orders", "report", a({**EVENT, "data": {}}), "data.action_id"),
    Case("report-ok-str", "orders", "report", a(EVENT, ok="no"), "ok"),
    Case("report-failed-without-errors", "orders", "report", a(EVENT, ok=False), "errors"),
    Case("report-event-dot-dot", "orders", "report", a({**EVENT, "data": {"action_id": ".."}}), "action_id",
         also_async=True),
    # -- orders.update_anonymize_after
    Case("anonymize-none", "orders", "update_anonymize_after", a(None), "items"),
    Case("anonymize-naive", "orders", "update_anonymize_after",
         a([{**ANONYMIZE, "anonymize_after": datetime.datetime(2027, 1, 1)}]), "orders[0].anonymize_after"),
    Case("anonymize-missing-order", "orders", "update_anonymize_after", a([changed(ANONYMIZE, "channel_order_id", ...)]),
         "orders[0].channel_order_id"),
    # -- documents.upload / delete
    Case("upload-order-dot-dot", "documents", "upload", lambda _: (("..", PDF), dict(DOC)), "channel_order_id",
         also_async=True),
    Case("upload-html-named-pdf", "documents", "upload", file_named("label.pdf", HTML), "file", also_async=True),
    Case("upload-html-bytes", "documents", "upload", upload(HTML), "file"),
    Case("upload-json-named-csv", "documents", "upload", file_named("rows.csv", b'[{"sku": "A", "qty": 1}]'), "file"),
    Case("upload-png-named-pdf", "documents", "upload", file_named("label.pdf", b"\x89PNG\r\n\x1a\n" + bytes(16)),
         "file"),
    Case("upload-none", "documents", "upload", upload(None), "file"),
    Case("upload-missing-file", "documents", "upload", lambda tmp: (("O-1", tmp / "nope.pdf"), dict(DOC)), "file"),
    Case("upload-text-mode", "documents", "upload", lambda _: (("O-1", io.StringIO("a,b\n1,2\n")), dict(DOC)), "file"),
    Case("upload-closed-file", "documents", "upload", lambda _: (("O-1", closed(PDF)), dict(DOC)), "file"),
    Case("upload-too-big", "documents", "upload", upload(b"%PDF-" + bytes(10 * 1024 * 1024)), "file"),
    Case("upload-type-none", "documents", "upload", upload(PDF, type=None), "metadata.type"),
    Case("upload-filename-int", "documents", "upload", upload(PDF, filename=5), "filename"),
    Case("upload-filename-too-long", "documents", "upload", upload(PDF, filename="x" * 252 + ".pdf"),
         "metadata.filename"),
    Case("upload-document-id-none", "documents", "upload", upload(PDF, channel_document_id=None),
         "channel_document_id"),
    Case("upload-origin-store", "documents", "upload", upload(PDF, origin={"channel_id": "acme"}),
         "origin.channel_store_id"),
    Case("upload-entity-str", "documents", "upload", upload(PDF, entity="R-1"), "metadata.entity"),
    Case("delete-traversal", "documents", "delete", a("../orders", ORIGIN), "channel_document_id"),
    Case("delete-origin-none", "documents", "delete", a("D-1", None), "origin"),
    # -- returns.upsert
    Case("returns-none", "returns", "upsert", a(ORIGIN, None), "returns", also_async=True),
    Case("return-without-lines", "returns", "upsert", a(ORIGIN, [changed(RETURN, "return_lines", ...)]),
         "returns[0].return_lines"),
    Case("returns-origin-str", "returns", "upsert", a("acme/s1", [RETURN]), "origin"),
    # -- carriers.upsert
    Case("carriers-channel-dot", "carriers", "upsert", a(".", [CARRIER]), "channel_id"),
    Case("carriers-none", "carriers", "upsert", a("acme", None), "carriers", also_async=True),
    Case("carriers-one-dict", "carriers", "upsert", a("acme", CARRIER), "carriers"),
    Case("carrier-without-name", "carriers", "upsert", a("acme", [changed(CARRIER, "name", ...)]), "carriers[0].name"),
    Case("carriers-over-5000", "carriers", "upsert", a("acme", [CARRIER] * 5001), "carriers"),
    # -- stores.upsert_business_information
    Case("store-dot-dot", "stores", "upsert_business_information", a("acme", "..", INFO), "channel_store_id"),
    Case("store-info-none", "stores", "upsert_business_information", a("acme", "s1", None), "info"),
    Case("store-currency", "stores", "upsert_business_information", a("acme", "s1", {**INFO, "currency": "eur"}),
         "info.currency"),
    # -- catalog.configure / update_store_catalog_items
    Case("configure-list", "catalog", "configure", a("acme", [1]), "configuration"),
    Case("configure-channel-none", "catalog", "configure", a(None, {}), "channel_id"),
    Case("items-store-dot-dot", "catalog", "update_store_catalog_items", a("acme", "..", [ITEM]), "store_id"),
    Case("items-none", "catalog", "update_store_catalog_items", a("acme", "s1", None), "items", also_async=True),
    Case("item-without-id", "catalog", "update_store_catalog_items", a("acme", "s1", [changed(ITEM, "id", ...)]),
         "store_catalog_items[0].id"),
    Case("item-nan-diagnostics", "catalog", "update_store_catalog_items",
         a("acme", "s1", [{**ITEM, "diagnostics": float("nan")}]), "store_catalog_items[0].diagnostics"),
    Case("items-generator-of-none", "catalog", "update_store_catalog_items",
         lambda _: (("acme", "s1", (None for _ in range(2))), {}), "store_catalog_items[0]"),
    # -- taxonomy.upsert_product_type / create_rule
    Case("product-type-id-empty", "taxonomy", "upsert_product_type", a("acme", "", PRODUCT_TYPE), "product_type_id"),
    Case("product-type-id-too-long", "taxonomy", "upsert_product_type", a("acme", "x" * 256, PRODUCT_TYPE),
         "product_type_id"),
    Case("product-type-none", "taxonomy", "upsert_product_type", a("acme", "pt", None), "product_type",
         also_async=True),
    Case("product-type-store-dot-dot", "taxonomy", "upsert_product_type", a("acme", "pt", PRODUCT_TYPE, store_id=".."),
         "store_id"),
    Case("product-type-attribute-labels", "taxonomy", "upsert_product_type",
         a("acme", "pt", changed(PRODUCT_TYPE, "embedded_attributes.0.labels", ...)),
         "product_type.embedded_attributes[0].labels"),
    Case("rule-none", "taxonomy", "create_rule", a("acme", None), "rule"),
    Case("rule-without-when", "taxonomy", "create_rule", a("acme", changed(RULE, "when", ...)), "rule.when"),
    Case("rules-empty", "taxonomy", "create_rule", a("acme", []), "rule"),
    Case("rules-second-without-id", "taxonomy", "create_rule", a("acme", [RULE, changed(RULE, "id", ...)]),
         "rule[1].id"),
    Case("rule-channel-traversal", "taxonomy", "create_rule", a("acme/..", RULE), "channel_id"),
]  # fmt: skip


def invoke(client: Any, case: Case, tmp_path: Path) -> Any:
    args, kwargs = case.build(tmp_path)
    if isinstance(client, mc.ConnectClient):
        return getattr(getattr(client, case.resource), case.method)(*args, **kwargs)

    async def main() -> Any:
        async with client:
            return await getattr(getattr(client, case.resource), case.method)(*args, **kwargs)

    return asyncio.run(main())


RUNS = [pytest.param(case, False, id=f"{case.id}-sync") for case in CASES] + [
    pytest.param(case, True, id=f"{case.id}-async") for case in CASES if case.also_async
]


def test_the_catalogue_is_large_and_distinct() -> None:
    assert len(CASES) >= 40 and len({case.id for case in CASES}) == len(CASES)
    methods = {(case.resource, case.method) for case in CASES}
    assert len(methods) == 13  # every resource method


@pytest.mark.parametrize(("case", "async_"), RUNS)
def test_bad_input_is_refused_before_any_request(
    case: Case, async_: bool, sb: Any, connect: Any, tmp_path: Path
) -> None:
    with pytest.raises(mc.ConnectError) as caught:
        invoke(connect(async_=async_), case, tmp_path)
    error = caught.value
    assert type(error) is case.error, repr(error)
    assert isinstance(error, mc.ValidationError)
    assert case.field in [e.field for e in error.errors], str(error)
    assert f"{case.field}: " in str(error)
    assert sb.counters.requests == 0 and sb.counters.by_operation["token"] == 0
