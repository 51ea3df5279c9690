"""The generated package: its shape, and the forward-compatibility our templates give it."""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import logging
import pickle
import pkgutil
from pathlib import Path
from typing import Any

import httpx
import mirakl_connect_api
import pytest
import yaml
from mirakl_connect_api import api, models
from mirakl_connect_api.api.orders import update_action_status, upload_order_document
from mirakl_connect_api.types import UNSET, File, OpenStrEnum, collect_unrecognised, is_known, status_of

from .conftest import ROOT
from .support import python

OVERRIDES = yaml.safe_load((ROOT / "generator-config.yml").read_text(encoding="utf-8"))["class_overrides"]
ENUMS = [cls for _, cls in inspect.getmembers(models, inspect.isclass) if issubclass(cls, OpenStrEnum)]


def class_name(schema: str) -> str:
    return OVERRIDES.get(schema, {}).get("class_name", schema)


def test_one_module_per_operation() -> None:
    modules = [
        importlib.import_module(f"mirakl_connect_api.api.{tag.name}.{op.name}")
        for tag in pkgutil.iter_modules(api.__path__)
        for op in pkgutil.iter_modules([f"{api.__path__[0]}/{tag.name}"])
    ]
    assert len(modules) == 12
    for module in modules:
        assert callable(module.sync_detailed) and inspect.iscoroutinefunction(module.asyncio_detailed)


def test_a_model_per_object_component_and_a_str_enum_per_enum(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    objects = {class_name(n) for n, s in schemas.items() if s.get("type") == "object"}
    enums = {class_name(n) for n, s in schemas.items() if "enum" in s}
    for name in objects:
        assert inspect.isclass(getattr(models, name)) and hasattr(getattr(models, name), "from_dict"), name
    assert {cls.__name__ for cls in ENUMS} == enums
    assert len(enums) == 37


def model_modules() -> dict[str, str]:
    """Class name -> module name, for every class the modules of mirakl_connect_api/models define."""
    found = {}
    for info in pkgutil.iter_modules(models.__path__):
        tree = ast.parse(Path(models.__path__[0], f"{info.name}.py").read_text(encoding="utf-8"))
        found |= {node.name: info.name for node in tree.body if isinstance(node, ast.ClassDef)}
    return found


def test_models_are_imported_on_first_use() -> None:
    code = (
        "import sys, mirakl_connect_api.models as m\n"
        "print(sorted(k for k in sys.modules if k.startswith('mirakl_connect_api.models.')))\n"
        "m.OrderRequest\n"
        "print('mirakl_connect_api.models.order_request' in sys.modules)"
    )
    assert python(code).splitlines() == ["[]", "True"]


def test_endpoint_modules_import_their_models_on_first_parse() -> None:
    code = (
        "import sys\n"
        "from mirakl_connect_api.api.returns import upsert_returns\n"
        "print(sorted(k for k in sys.modules if k.startswith('mirakl_connect_api.models.')))\n"
        "import httpx, mirakl_connect_api as m\n"
        "client = m.AuthenticatedClient(base_url='https://connect.invalid', token='t')\n"
        "answer = httpx.Response(400, json={'code': 'C', 'message': 'm'})\n"
        "print(type(upsert_returns._build_response(client=client, response=answer).parsed).__name__)"
    )
    assert python(code).splitlines() == ["[]", "Error"]


def test_models_expose_every_model_name() -> None:
    defined = model_modules()
    assert len(defined) > 150
    assert len(models.__all__) == len(set(models.__all__)) and set(models.__all__) == set(defined)
    assert set(dir(models)) >= set(defined)
    namespace: dict[str, Any] = {}
    exec("from mirakl_connect_api.models import *", namespace)
    for name, module in defined.items():
        cls = getattr(models, name)
        assert cls.__name__ == name and cls.__module__ == f"mirakl_connect_api.models.{module}"
        assert namespace[name] is cls
        imported = importlib.import_module(f"mirakl_connect_api.models.{module}")
        assert getattr(imported, name) is cls
        exec(f"from mirakl_connect_api.models import {name} as found", namespace)
        assert namespace["found"] is cls
    with pytest.raises(AttributeError, match="has no attribute 'NoSuchModel'"):
        models.NoSuchModel  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(ImportError):
        exec("from mirakl_connect_api.models import NoSuchModel", {})


def test_type_checkers_see_every_model_name() -> None:
    """models/__init__.py imports every name under TYPE_CHECKING, and hides its __getattr__ from
    type checkers (with it, mypy would take any misspelt name for Any)."""
    tree = ast.parse(Path(models.__file__ or "").read_text(encoding="utf-8"))
    checked = next(
        node for node in tree.body if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
    )
    imported = {
        alias.name: node.module
        for node in checked.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert imported == model_modules()
    hidden = next(
        node
        for node in tree.body
        if isinstance(node, ast.If) and ast.unparse(node.test) == "not TYPE_CHECKING"
    )
    assert [f.name for f in hidden.body if isinstance(f, ast.FunctionDef)] == ["__getattr__"]
    assert not any(isinstance(node, ast.FunctionDef) and node.name == "__getattr__" for node in tree.body)


def test_spec_ships_inside_the_package(spec: dict[str, Any]) -> None:
    shipped = json.loads(
        (ROOT / "generated" / "mirakl_connect_api" / "openapi3.json").read_text(encoding="utf-8")
    )
    assert shipped == spec


@pytest.mark.parametrize("enum", ENUMS, ids=lambda cls: cls.__name__)
def test_every_enum_is_open(enum: type[OpenStrEnum], caplog: pytest.LogCaptureFixture) -> None:
    new_value = f"NEW_{enum.__name__.upper()}_VALUE"
    with caplog.at_level(logging.WARNING, logger="mirakl_connect_api"):
        member = enum(new_value)
        again = enum(new_value)
    assert isinstance(member, enum) and member is again
    assert member.value == new_value and str(member) == new_value and member == new_value
    assert not is_known(member)
    assert pickle.loads(pickle.dumps(member)) is member
    assert [r.getMessage() for r in caplog.records] == [
        f"{enum.__name__}: value {new_value!r} is not in the spec; kept as is"
    ]
    for known in enum:
        assert is_known(known) and enum(known.value) is known
    with pytest.raises(ValueError, match="is not a valid"):
        enum(42)  # type: ignore[arg-type]


def order(**extra: Any) -> dict[str, Any]:
    money = {"amount": 12.5, "currency": "EUR", "exchange_rate": 1.1}
    return {
        "channel_order_id": "O-1",
        "channel_updated_at": "2026-11-02T10:00:00+00:00",
        "created_at": "2026-11-01T09:00:00+00:00",
        "status": "ON_HOLD",  # a status the spec does not know (yet)
        "fulfillment": {"type": "FULFILLED_BY_SELLER", "priority": "HIGH"},
        "shipping_info": {
            "address": {"city": "Paris", "last_name": "Doe", "street": "1 rue X", "geo": {"lat": 1}}
        },
        "order_lines": [
            {
                "channel_order_line_id": "L-1",
                "can_cancel": True,
                "can_refund": False,
                "created_at": "2026-11-01T09:00:00+00:00",
                "updated_at": "2026-11-01T09:00:00+00:00",
                "price": money,
                "total_shipping_price": money,
                "product": {"id": "P-1", "title": "Mug", "weight_grams": 300},
                "quantity": 2,
                "status": "AWAITING_SHIPMENT",
                "custom_attributes": [
                    {"id": "gift", "type": "BOOLEAN", "value": True},
                    {"id": "engraving", "type": "RICH_TEXT", "value": {"html": "<b>Hi</b>"}},  # new variant
                ],
            }
        ],
        **extra,
    }


def test_unknown_values_fields_and_variants_survive_a_round_trip() -> None:
    data = order(loyalty={"tier": "gold"})
    with collect_unrecognised() as report:
        parsed = models.OrderRequest.from_dict(data)
    assert parsed.to_dict() == data
    assert parsed.status == "ON_HOLD" and not is_known(parsed.status)
    assert parsed.additional_properties == {"loyalty": {"tier": "gold"}}
    attributes = parsed.order_lines[0].custom_attributes
    assert not isinstance(attributes, type(UNSET))
    assert isinstance(attributes[0], models.CustomAttributeBooleanRequest)
    assert attributes[1] == {"id": "engraving", "type": "RICH_TEXT", "value": {"html": "<b>Hi</b>"}}
    assert report.enum_values == [("OrderStatus", "ON_HOLD")]
    assert report.values == ["CustomAttributesRequest_item"]
    assert sorted(report.fields) == [
        "AddressRequest.geo",
        "FulfillmentRequest.priority",
        "Money.exchange_rate",
        "Money.exchange_rate",
        "OrderRequest.loyalty",
        "ProductRequest.weight_grams",
    ]


def test_unions_take_the_best_fitting_member() -> None:
    """A value with a new enum value still lands in the member it belongs to."""
    stock = {
        "action_type": "UPDATE",
        "breakdown": [{"type": "SELLER_WAREHOUSE", "quantity": 3, "warehouse": {"id": "W"}}],
    }
    parsed = models.StockUpsert.from_dict(stock)
    assert not isinstance(parsed.breakdown, type(UNSET)) and parsed.breakdown is not None
    assert isinstance(parsed.breakdown[0], models.SellerWarehouseStock)
    feature = models.StoreFeatureData.from_dict(
        {
            "channel_id": "1",
            "store_id": "2",
            "feature": "store-linking",
            "trigger_date": "2026-01-01T00:00:00Z",
            "configuration": {"status": "unlinked"},
        }
    )
    assert isinstance(feature.configuration, models.LinkStatusFeatureConfigurationPayload)


def test_order_action_payload_follows_the_envelope_type() -> None:
    payload = {
        "action_id": "a",
        "channel_id": "c",
        "channel_order_id": "o",
        "channel_store_id": "s",
        "channel_return_id": "r",
    }
    for action, expected in [
        ("CLOSE_RETURN", models.CloseReturnCommandEvent),
        ("ACKNOWLEDGE_RETURN_RECEPTION", models.AcknowledgeReturnReceptionCommandEvent),
        ("UPDATE_RETURN_TRACKING_INFORMATION", models.ReturnTrackingInformationUpdateCommandEvent),
    ]:
        event = models.OrderActionEvent.from_dict(
            {"id": "e", "time": "2026-01-01T00:00:00Z", "type": action, "data": payload}
        )
        assert type(event.data) is expected


@pytest.mark.parametrize("code", [499, 520, 561])
def test_non_iana_status_codes_do_not_crash(code: int) -> None:
    client = mirakl_connect_api.AuthenticatedClient(base_url="https://connect.invalid", token="t")
    response = update_action_status._build_response(
        client=client, response=httpx.Response(code, content=b"{}")
    )
    assert response.status_code == code and status_of(code) == code
    assert status_of(404) == 404 and status_of(404).phrase == "Not Found"  # type: ignore[union-attr]


def test_multipart_boundary_is_random_and_content_is_intact() -> None:
    """The generator's template sent `boundary=+++`; a file holding that line would break the body."""
    content = b"%PDF-1.7\r\n--+++\r\nnot a boundary\r\n--+++--\r\n"
    body = models.UploadOrderDocumentRequest(
        file=File(payload=__import__("io").BytesIO(content), file_name="x.pdf", mime_type="application/pdf"),
        metadata=models.UploadOrderDocumentMetadata(
            channel_document_id="D", filename="x.pdf", type_=models.DocumentType.CUSTOMER_INVOICE
        ),
        origin=models.DocumentOriginRequest(channel_id="c", channel_store_id="s"),
    )
    kwargs = upload_order_document._get_kwargs("O-1", body=body)
    assert "Content-Type" not in kwargs.get("headers", {})
    request = httpx.Client(base_url="https://connect.invalid").build_request(**kwargs)
    content_type = request.headers["Content-Type"]
    boundary = content_type.split("boundary=", 1)[1]
    assert content_type.startswith("multipart/form-data") and boundary != "+++"
    parts = request.read().split(f"--{boundary}".encode())
    assert any(part.endswith(content + b"\r\n") for part in parts)
    assert b'name="metadata"' in parts[2] and b"Content-Type: application/json" in parts[2]
