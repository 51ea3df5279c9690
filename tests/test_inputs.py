"""Input hardening: what users pass in becomes JSON the API can read, or a ValidationError that names
the field, before any byte is sent (Decimals, path ids, wrong types, document kinds, unions)."""

from __future__ import annotations

import datetime
import enum
import json
import struct
from decimal import Decimal
from pathlib import Path
from typing import Any

import mirakl_connect as mc
import pytest
from mirakl_connect import _validation, spec
from mirakl_connect._inputs import to_json, written
from mirakl_connect_api.models import OrderStatus

from .support import NOW, ORIGIN, both, call, order


def fields(error: mc.ValidationError) -> list[str | None]:
    return [e.field for e in error.errors]


# -- 11. Decimals (and anything else that is not plain JSON) are converted ------------------------------
def test_decimal_amounts_are_converted_to_json_numbers() -> None:
    given = order(1)
    given["order_lines"][0]["price"]["amount"] = Decimal("12.30")
    given["order_lines"][0]["total_shipping_price"]["amount"] = Decimal("5.00")
    [sent] = _validation.prepare("OrderRequest", [given], "orders", many=True)
    line = sent["order_lines"][0]
    assert line["price"]["amount"] == 12.3 and type(line["price"]["amount"]) is float
    assert line["total_shipping_price"]["amount"] == 5 and type(line["total_shipping_price"]["amount"]) is int
    assert json.loads(json.dumps(sent, allow_nan=False)) == sent
    assert given["order_lines"][0]["price"]["amount"] == Decimal("12.30")  # the caller's data is untouched


def test_plain_data_is_checked_as_is() -> None:
    orders = [order(i) for i in range(3)]
    assert _validation.prepare("OrderRequest", orders, "orders", many=True) is orders


@pytest.mark.parametrize(
    ("value", "sent"),
    [
        (Decimal("0.1"), 0.1),
        (Decimal("19.99"), 19.99),
        (Decimal("-3.250"), -3.25),
        (Decimal("1E+2"), 100),
        (Decimal("12345678901234567890"), 12345678901234567890),
    ],
)
def test_how_a_decimal_is_sent(value: Decimal, sent: Any) -> None:
    assert to_json({"amount": value}) == {"amount": sent}
    assert type(to_json(value)) is type(sent)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (Decimal("NaN"), "not a finite number"),
        (Decimal("-Infinity"), "not a finite number"),
        (float("nan"), "not a finite number"),
        (float("inf"), "not a finite number"),
        ("caf\udce9", "not valid Unicode (a lone surrogate)"),
    ],
)
def test_values_json_cannot_carry_are_refused(value: Any, message: str) -> None:
    # in a field the schema types (amount) and in one it does not know (anywhere)
    given = order(1, anything={"deep": [value]})
    with pytest.raises(mc.ValidationError) as caught:
        _validation.prepare("OrderRequest", [given], "orders", many=True)
    assert caught.value.errors == [mc.FieldError("orders[0].anything.deep[0]", message)]
    given = order(1)
    given["order_lines"][0]["price"]["amount"] = value
    with pytest.raises(mc.ValidationError, match=r"orders\[0\]\.order_lines\[0\]\.price\.amount: "):
        _validation.prepare("OrderRequest", [given], "orders", many=True)


def test_a_nan_is_named_as_such_even_where_null_is_allowed() -> None:
    item = {"id": "P-1", "product_status": "PRODUCT_CREATED", "diagnostics": float("nan")}
    with pytest.raises(mc.ValidationError, match=r"items\[0\]\.diagnostics: not a finite number"):
        _validation.prepare("UpdateStoreCatalogItem", [item], "items", many=True)


def test_data_that_contains_itself_is_refused() -> None:
    given = order(1)
    given["order_lines"][0]["self"] = given
    with pytest.raises(mc.ValidationError, match=r"orders\[0\]\.order_lines\[0\]\.self: contains itself"):
        _validation.prepare("OrderRequest", [given], "orders", many=True)


def _cyclic() -> dict[str, Any]:
    data: dict[str, Any] = {"a": []}
    data["a"].append(data)
    return data


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"amount": 10.5, "tags": ["a", "é", "😀"], "n": [0, -1, 2**70], "ok": True, "no": None}, True),
        ([1e308, -1.5, 0.0, -0.0, 5e-324, -(2**63)], True),
        ({"amount": Decimal("10.5")}, False),
        ([datetime.date(2026, 1, 1)], False),
        ({"status": OrderStatus.SHIPPED}, False),
        ([float("nan")], False),
        ([float("-inf")], False),
        ([struct.unpack("<d", b"\x01\x00\x00\x00\x00\x00\xf1\x7f")[0]], False),  # a NaN with a payload
        (["caf\udce9"], False),
        ({"caf\udce9": 1}, False),
        (_cyclic(), False),
    ],
)
def test_the_quick_test_of_plain_data(value: Any, expected: bool) -> None:
    """``written`` reads marshal's output: this fails if a Python release changes its format."""
    assert (written(value) is not None) is expected


def test_a_plain_enum_is_sent_as_its_value() -> None:
    class Colour(enum.Enum):
        RED = "red"

    assert _validation.prepare("CarrierRequest", {"channel_carrier_id": "c", "name": Colour.RED}) == {
        "channel_carrier_id": "c",
        "name": "red",
    }


@both
def test_decimal_amounts_reach_the_api(async_: bool, sb: Any, connect: Any) -> None:
    given = order(1)
    given["order_lines"][0]["price"]["amount"] = Decimal("12.30")
    result = call(connect(async_=async_), "orders", "upsert", ORIGIN, [given])
    assert result.ok
    stored = sb.state.orders["acme", "s1", "O-1"]
    assert stored["order_lines"][0]["price"]["amount"] == 12.3


# -- 12. path ids that would change the URL's path --------------------------------------------------------
PDF = b"%PDF-1.7\n%%EOF"
INFO = {"currency": "EUR", "updated_at": NOW}
PRODUCT_TYPE: dict[str, Any] = {"labels": [{"locale": "en", "value": "Phones"}], "embedded_attributes": []}
RULE = {"id": "r1", "when": {"isSet": {"attribute": "brand"}}, "then": {"all": []}}
PATH_CALLS: list[tuple[str, str, str, Any]] = [
    # (parameter, resource, method, build args from the id)
    ("action_id", "orders", "update_action_status", lambda v: ((v, "SUCCESS"), {})),
    ("action_id", "orders", "report", lambda v: ((v,), {})),
    ("channel_order_id", "documents", "upload",
     lambda v: ((v, PDF), {"channel_document_id": "D", "type": "RETURN_LABEL", "origin": ORIGIN})),
    ("channel_document_id", "documents", "delete", lambda v: ((v, ORIGIN), {})),
    ("channel_id", "carriers", "upsert", lambda v: ((v, [{"channel_carrier_id": "c", "name": "C"}]), {})),
    ("channel_id", "stores", "upsert_business_information", lambda v: ((v, "s1", INFO), {})),
    ("channel_store_id", "stores", "upsert_business_information", lambda v: (("acme", v, INFO), {})),
    ("channel_id", "catalog", "configure", lambda v: ((v, {}), {})),
    ("channel_id", "catalog", "update_store_catalog_items", lambda v: ((v, "s1", [{"id": "P"}]), {})),
    ("store_id", "catalog", "update_store_catalog_items", lambda v: (("acme", v, [{"id": "P"}]), {})),
    ("channel_id", "taxonomy", "upsert_product_type", lambda v: ((v, "pt", PRODUCT_TYPE), {})),
    ("product_type_id", "taxonomy", "upsert_product_type", lambda v: (("acme", v, PRODUCT_TYPE), {})),
    ("store_id", "taxonomy", "upsert_product_type", lambda v: (("acme", "pt", PRODUCT_TYPE), {"store_id": v})),
    ("channel_id", "taxonomy", "create_rule", lambda v: ((v, RULE), {})),
]  # fmt: skip


@pytest.mark.parametrize("value", [".", "..", "", "../v1/orders", "a/./b"])
@pytest.mark.parametrize("case", PATH_CALLS, ids=[f"{c[2]}-{c[0]}" for c in PATH_CALLS])
def test_path_ids_that_would_change_the_path_are_refused(
    value: str, case: tuple[str, str, str, Any], sb: Any, connect: Any
) -> None:
    parameter, resource, method, build = case
    args, kwargs = build(value)
    with pytest.raises(mc.ValidationError) as caught:
        call(connect(), resource, method, *args, **kwargs)
    assert fields(caught.value) == [parameter]
    assert sb.counters.requests == 0


@both
def test_a_slash_in_an_id_is_sent_escaped(async_: bool, sb: Any, connect: Any) -> None:
    call(connect(async_=async_), "catalog", "configure", "acme/x", {})
    assert set(sb.state.catalog_configurations) == {"acme/x"}


# -- 13. wrong types ---------------------------------------------------------------------------------------
WRONG_TYPES = [
    ("orders", "upsert", (ORIGIN, None), {}, "orders"),
    ("orders", "upsert", (ORIGIN, order(1)), {}, "orders"),
    ("orders", "upsert", (ORIGIN, "O-1"), {}, "orders"),
    ("orders", "upsert", (ORIGIN, b"[]"), {}, "orders"),
    ("orders", "upsert", (ORIGIN, [order(1)]), {"concurrency": "8"}, "concurrency"),
    ("orders", "upsert", (ORIGIN, [order(1)]), {"progress": 5}, "progress"),
    ("orders", "update_action_status", ("A-1", "FAILED", 5), {}, "errors"),
    ("orders", "update_action_status", ("A-1", "FAILED", {"code": "OTHER", "message": "x"}), {}, "errors"),
    ("orders", "report", ("A-1",), {"ok": "no"}, "ok"),
    ("orders", "update_anonymize_after", (None,), {}, "items"),
    ("returns", "upsert", (ORIGIN, None), {}, "returns"),
    ("carriers", "upsert", ("acme", None), {}, "carriers"),
    ("carriers", "upsert", ("acme", {"channel_carrier_id": "c", "name": "C"}), {}, "carriers"),
    ("stores", "upsert_business_information", ("acme", "s1", None), {}, "info"),
    ("catalog", "configure", ("acme", [1]), {}, "configuration"),
    ("catalog", "update_store_catalog_items", ("acme", "s1", None), {}, "items"),
    ("taxonomy", "upsert_product_type", ("acme", "pt", None), {}, "product_type"),
    ("taxonomy", "create_rule", ("acme", None), {}, "rule"),
    ("documents", "upload", ("O-1", PDF), {"channel_document_id": "D", "type": None, "origin": ORIGIN},
     "metadata.type"),
]  # fmt: skip


@pytest.mark.parametrize("case", WRONG_TYPES, ids=[f"{c[1]}-{c[4]}-{i}" for i, c in enumerate(WRONG_TYPES)])
def test_wrong_types_raise_validation_errors(case: tuple[Any, ...], sb: Any, connect: Any) -> None:
    resource, method, args, kwargs, field = case
    with pytest.raises(mc.ValidationError) as caught:
        call(connect(), resource, method, *args, **kwargs)
    assert fields(caught.value) == [field]
    assert sb.counters.requests == 0


def test_generators_are_lists(sb: Any, connect: Any) -> None:
    result = connect().orders.upsert(ORIGIN, (order(i) for i in range(3)))
    assert result.ok and len(sb.state.orders) == 3


# -- 14. document kinds -------------------------------------------------------------------------------------
HTML = b"<!DOCTYPE html>\n<html><head><title>Label, order 1</title></head>\n<body>Sorry, try again</body></html>\n"


@pytest.mark.parametrize(
    ("head", "name", "kind"),
    [
        (b"sku,qty\nA,1\nB,2\n", None, "CSV"),
        (b"\xef\xbb\xbfsku;qty;price\nA;1;2,5\n", "stock.txt", "CSV"),
        (b'id,"name, full",qty\n1,"Mug, blue",2\n2,"Cup",1\n', None, "CSV"),
        (b"sku\nA\nB\n", "skus.csv", "CSV"),  # one column: the .csv name says what it is
        (b"order\tqty\nO-1\t1\n", None, "CSV"),
        (HTML, "label.pdf", None),
        (HTML, "label.csv", None),
        (HTML, None, None),
        (b"  <?xml version='1.0'?>\n<label a='1,2'/>\n", None, None),
        (b'{"label": "a,b", "id": 1}', "label.csv", None),
        (b'[{"sku": "A", "qty": 1},\n {"sku": "B", "qty": 2}]\n', None, None),
        (b"sku,qty\nA,1\n", "label.pdf", None),  # a .pdf is a PDF or nothing
        (b"sku,qty\nA,1\n", "photo.jpg", None),
        (
            b"Dear customer,\nyour parcel is on its way, it left today.\nRegards, and thanks\nthe team\n",
            None,
            None,
        ),
        (b"just words\n", None, None),
        (b"%PDF-1.7\n", "label.csv", "PDF"),  # the content decides
    ],
)
def test_document_kind(head: bytes, name: str | None, kind: str | None) -> None:
    assert spec.document_kind(head, name) == kind


@both
def test_an_html_page_named_label_pdf_is_not_uploaded(
    async_: bool, sb: Any, connect: Any, tmp_path: Path
) -> None:
    path = tmp_path / "label.pdf"
    path.write_bytes(HTML)
    with pytest.raises(mc.ValidationError) as caught:
        call(connect(async_=async_), "documents", "upload", "O-1", path, channel_document_id="D-1",
             type="RETURN_LABEL", origin=ORIGIN)  # fmt: skip
    assert fields(caught.value) == ["file"] and "not a PDF" in str(caught.value)
    assert sb.counters.requests == 0


def test_a_png_named_pdf_is_refused(sb: Any, connect: Any) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(32)
    with pytest.raises(mc.ValidationError, match=r"file: named \.pdf, but the content is a PNG"):
        connect().documents.upload("O-1", png, channel_document_id="D-1", type="RETURN_LABEL", origin=ORIGIN,
                                   filename="label.pdf")  # fmt: skip
    assert sb.counters.requests == 0


# -- 15. unions: the variant the discriminator names reports its own errors ---------------------------------
@pytest.mark.parametrize(
    ("attribute", "expected"),
    [
        ({"id": "gift", "type": "BOOLEAN"}, ["value: required"]),
        ({"id": "", "type": "NUMERIC", "value": "x"}, ["id: empty", "value: expected number"]),
        ({"id": "tags", "type": "LIST", "value": []}, ["value: fewer than 1 item"]),
        ({"id": "gift", "value": True}, ["type: required"]),
        ({"id": "gift", "type": "NEW_KIND"}, [": fits none of the allowed shapes"]),
        ("gift", [": expected object"]),
    ],
)
def test_a_custom_attribute_reports_the_errors_of_its_own_variant(
    attribute: Any, expected: list[str]
) -> None:
    given = order(1, custom_attributes=[attribute])
    given["order_lines"][0]["custom_attributes"] = [attribute]
    with pytest.raises(mc.ValidationError) as caught:
        _validation.prepare("OrderRequest", [given], "orders", many=True)
    prefixes = ["orders[0].custom_attributes[0]", "orders[0].order_lines[0].custom_attributes[0]"]
    assert sorted(map(str, caught.value.errors)) == sorted(
        (p + e if e.startswith(":") else f"{p}.{e}") for p in prefixes for e in expected
    )


def test_a_product_type_attribute_reports_its_own_variant() -> None:
    product_type = {**PRODUCT_TYPE, "embedded_attributes": [{"id": "brand", "type": "Text"}]}
    with pytest.raises(mc.ValidationError) as caught:
        _validation.prepare("ProductType", product_type, "product_type")
    assert "fits none" not in str(caught.value)
    assert all(f and f.startswith("product_type.embedded_attributes[0].") for f in fields(caught.value))
