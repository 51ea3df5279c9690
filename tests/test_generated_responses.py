"""Generated endpoints never raise on a response body they cannot parse.

A proxy's HTML page, an empty body, ``{}``, ``[]`` or an object of the wrong shape, on any status an
operation documents, gives ``Response.parsed is None`` with the bytes in ``Response.content``; a body
that fits the spec parses as before. The endpoints are called as a user of ``mirakl_connect_api``
would (``sync_detailed`` / ``asyncio_detailed`` over an httpx transport), and through
``_build_response`` directly.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import pkgutil
import re
from types import ModuleType
from typing import Any

import httpx
import pytest
from mirakl_connect_api import AuthenticatedClient, api, errors, models
from mirakl_connect_api.types import Response

BAD_BODIES = {
    "html": b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
    "empty": b"",
    "empty object": b"{}",
    "empty array": b"[]",
    "wrong types": b'{"code": 5}',
    "string": b'"Bad Gateway"',
    "null": b"null",
    "wrong nested types": b'{"code": "C", "message": "m", "errors": 5, "return_errors": 5, "return_success": 7}',
    "wrong item types": b'{"code": "C", "message": "m", "errors": [5], "return_errors": [5], "return_success": [5]}',
    "pairs": b'[["code", "C"], ["message", "m"]]',  # dict() would take it for a mapping
    "not utf-8": b'{"code": "\xff\xfe"}',
    "truncated": b'{"code": "C", "mess',
    "deep": b"[" * 100_000 + b"]" * 100_000,  # RecursionError in json.loads
}


def snake(operation_id: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


def endpoint_modules() -> dict[str, ModuleType]:
    found = {}
    for tag in pkgutil.iter_modules(api.__path__):
        for op in pkgutil.iter_modules([f"{api.__path__[0]}/{tag.name}"]):
            found[op.name] = importlib.import_module(f"mirakl_connect_api.api.{tag.name}.{op.name}")
    return found


MODULES = endpoint_modules()


def documented(spec: dict[str, Any]) -> list[tuple[str, ModuleType, int, str | None]]:
    """(operationId, module, status, schema name of its JSON body or None) for every documented status."""
    cases = []
    for item in spec["paths"].values():
        for method, op in item.items():
            if method == "parameters":
                continue
            for status, response in op["responses"].items():
                content = response.get("content") or {}
                schema = content["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1] if content else None
                cases.append((op["operationId"], MODULES[snake(op["operationId"])], int(status), schema))
    return cases


class AnyBody:
    """Stands for a request body model: the tests are about responses."""

    def to_dict(self) -> dict[str, Any]:
        return {}

    def to_multipart(self) -> list[Any]:
        return [("metadata", (None, b"{}", "application/json"))]


def call_arguments(module: ModuleType) -> dict[str, Any]:
    arguments: dict[str, Any] = {}
    for name, parameter in inspect.signature(module.sync_detailed).parameters.items():
        if name == "body":
            arguments[name] = AnyBody()
        elif name != "client" and parameter.default is inspect.Parameter.empty:
            arguments[name] = f"{name}-1"
    return arguments


def client_answering(status: int, body: bytes) -> AuthenticatedClient:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"Content-Type": "application/json"})

    transport = httpx.MockTransport(answer)
    return AuthenticatedClient(
        base_url="https://connect.invalid",
        token="t",
        httpx_args={"transport": transport},
    )


def assert_unparsed(response: Response[Any], status: int, body: bytes, case: tuple[str, str | None]) -> None:
    """``parsed`` is None; or, when the body is a valid instance of the schema (``{}`` where every
    field is optional), a model that gives the body back. Error bodies need ``code`` and ``message``."""
    operation, schema = case
    assert response.status_code == status and response.content == body, operation
    if response.parsed is not None:
        assert schema not in (None, "Error"), f"{operation} {status}: {response.parsed!r}"
        assert type(response.parsed) is getattr(models, schema)
        assert response.parsed.to_dict() == json.loads(body), f"{operation} {status}: {response.parsed!r}"


@pytest.fixture(scope="module")
def cases(spec: dict[str, Any]) -> list[tuple[str, ModuleType, int, str | None]]:
    found = documented(spec)
    assert {op for op, *_ in found} == {
        "configureChannelCatalog", "createTaxonomyRule", "upsertProductType", "deleteOrderDocument",
        "updateActionStatus", "updateAnonymizeAfterDate", "uploadOrderDocument", "upsertOrders",
        "updateStoreCatalogItems", "upsertBusinessInformation", "upsertCarriers", "upsertReturns",
    }  # fmt: skip
    assert ("upsertReturns", MODULES["upsert_returns"], 200, "UpsertReturnsResponse") in found
    assert ("upsertBusinessInformation", MODULES["upsert_business_information"], 500, "Error") in found
    return found


@pytest.mark.parametrize("body", BAD_BODIES.values(), ids=BAD_BODIES.keys())
def test_bad_bodies_give_parsed_none(
    body: bytes, cases: list[tuple[str, ModuleType, int, str | None]]
) -> None:
    for operation, module, status, schema in cases:
        client = client_answering(status, body)
        response = module.sync_detailed(client=client, **call_arguments(module))
        assert_unparsed(response, status, body, (operation, schema))
        response = asyncio.run(module.asyncio_detailed(client=client, **call_arguments(module)))
        assert_unparsed(response, status, body, (operation, schema))
        direct = module._build_response(client=client, response=httpx.Response(status, content=body))
        assert_unparsed(direct, status, body, (operation, schema))


def test_a_failed_parse_leaves_nothing_behind(cases: list[tuple[str, ModuleType, int, str | None]]) -> None:
    """The same client parses a good body right after a bad one."""
    for _, module, status, schema in cases:
        if schema is None:
            continue
        client = client_answering(status, b"<html></html>")
        assert (
            module._build_response(client=client, response=httpx.Response(status, content=b"")).parsed is None
        )
        good = module._build_response(
            client=client, response=httpx.Response(status, json={"code": "C", "message": "m"})
        )
        assert good.parsed is not None


def good_bodies(vendor_api: dict[str, Any], spec: dict[str, Any]) -> list[tuple[str, int, str, Any]]:
    """The vendor's response examples (from the snapshot), with the schema of ours they follow."""
    found = []
    for path, item in vendor_api["paths"].items():
        for method, op in item.items():
            if method == "parameters":
                continue
            for status, response in op["responses"].items():
                for media, content in (response.get("content") or {}).items():
                    schema = spec["paths"][path][method]["responses"][status]["content"][media]["schema"]
                    for example in (content.get("examples") or {}).values():
                        found.append(
                            (
                                op["operationId"],
                                int(status),
                                schema["$ref"].rsplit("/", 1)[-1],
                                example["value"],
                            )
                        )
    return found


def test_good_bodies_parse_as_before(vendor_api: dict[str, Any], spec: dict[str, Any]) -> None:
    bodies = good_bodies(vendor_api, spec)
    assert {(op, status) for op, status, _, _ in bodies} >= {("upsertReturns", 200), ("upsertOrders", 400)}
    for operation, status, schema, value in bodies:
        module = MODULES[snake(operation)]
        client = client_answering(status, httpx.Response(status, json=value).content)
        parsed = module.sync_detailed(client=client, **call_arguments(module)).parsed
        expected = getattr(models, schema).from_dict(value)
        assert type(parsed) is type(expected) and parsed == expected, (operation, status)


def test_good_bodies_over_http_sync_and_async() -> None:
    returns = {
        "return_success": [{"channel_order_id": "O-1", "channel_return_id": "R-1"}],
        "return_errors": [
            {
                "channel_order_id": "O-2",
                "channel_return_id": "R-2",
                "details": [{"code": "C", "message": "m"}],
            }
        ],
    }
    client = client_answering(200, httpx.Response(200, json=returns).content)
    module = MODULES["upsert_returns"]
    for response in (
        module.sync_detailed(client=client, body=AnyBody()),
        asyncio.run(module.asyncio_detailed(client=client, body=AnyBody())),
    ):
        assert isinstance(response.parsed, models.UpsertReturnsResponse)
        assert response.parsed.to_dict() == returns and not response.parsed.additional_properties
        assert isinstance(response.parsed.return_errors, list)
        assert isinstance(response.parsed.return_errors[0], models.ReturnError)
    error = {"code": "INVALID", "message": "bad", "errors": [{"field": "f", "message": "m"}]}
    client = client_answering(400, httpx.Response(400, json=error).content)
    parsed = module.sync_detailed(client=client, body=AnyBody()).parsed
    assert isinstance(parsed, models.Error) and parsed.to_dict() == error


def test_undocumented_statuses_still_follow_raise_on_unexpected_status() -> None:
    module = MODULES["upsert_returns"]
    lenient = AuthenticatedClient(base_url="https://connect.invalid", token="t")
    assert (
        module._build_response(client=lenient, response=httpx.Response(418, content=b"<html>")).parsed is None
    )
    strict = AuthenticatedClient(
        base_url="https://connect.invalid", token="t", raise_on_unexpected_status=True
    )
    with pytest.raises(errors.UnexpectedStatus):
        module._build_response(client=strict, response=httpx.Response(418, content=b"<html>"))
