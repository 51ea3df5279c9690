"""scripts/spec_drift.py: silent on the vendor facts we follow, precise on every change.

The vendor's facts come from the snapshot kept in the repo (``scripts/vendor-facts.json``), so these
tests need no vendor file. With ``MIRAKL_CONNECT_UPSTREAM`` naming the folder of the vendor's files,
the tests marked by the ``upstream`` fixture also check the snapshot against them.
"""

from __future__ import annotations

import copy
import datetime
import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import API_FILE, EVENTS_FILE, load_script

drift = load_script("spec_drift")
PARSED: dict[tuple[str, str], dict[str, Any]] = {}


@pytest.fixture(autouse=True)
def parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """``drift.load`` parses openapi3.yaml (0.5 s of pure-Python YAML) at every comparison: what it
    made of a file's content is kept for the module, and each call gets a copy of its own."""
    original = drift.load

    def load(path: Path) -> dict[str, Any]:
        try:
            key = (path.suffix, hashlib.sha256(path.read_bytes()).hexdigest())
        except OSError:
            return original(path)  # its own error
        if key not in PARSED:
            PARSED[key] = original(path)
        return copy.deepcopy(PARSED[key])

    monkeypatch.setattr(drift, "load", load)


def write(tmp_path: Path, doc: dict[str, Any], name: str) -> Path:
    path = tmp_path / name
    text = json.dumps(doc) if name.endswith(".json") else yaml.safe_dump(doc)
    path.write_text(text, encoding="utf-8")
    return path


def keys_outside_examples(node: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """(path, key) of every mapping key, not descending into example payloads or property names."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield path, key
            if key not in ("examples", "properties", "mapping"):
                yield from keys_outside_examples(value, f"{path}/{key}")
            elif key == "properties":
                for name, sub in value.items():
                    yield from keys_outside_examples(sub, f"{path}/properties/{name}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from keys_outside_examples(value, f"{path}/{index}")


# -- against the snapshot (what `tox -e drift` runs) ------------------------------------------------
def test_no_difference_with_the_snapshot(capsys: pytest.CaptureFixture[str]) -> None:
    assert drift.main([]) == 0
    out = capsys.readouterr().out
    assert out.startswith("no difference with vendor-facts.json") and API_FILE in out and EVENTS_FILE in out


def test_the_snapshot_keeps_facts_and_examples_not_prose(vendor_facts: dict[str, Any]) -> None:
    assert set(vendor_facts) == {"about", "documents"} and set(vendor_facts["documents"]) == {
        "api",
        "webhooks",
    }
    for kind, doc in vendor_facts["documents"].items():
        assert set(doc) == {"file", "sha256", "written", "facts", "description_digests"}
        assert "/" not in doc["file"] and re.fullmatch(r"[0-9a-f]{64}", doc["sha256"])
        datetime.date.fromisoformat(doc["written"])
        assert all(re.fullmatch(r"[0-9a-f]{16}", digest) for digest in doc["description_digests"])
        keys = {key for _, key in keys_outside_examples(doc["facts"])}
        assert not keys & {"description", "summary", "title", "example", "externalDocs", "info"}, kind
        assert drift.reduce(doc["facts"]) == doc["facts"], "not as --write-snapshot writes it"
        assert drift.kind_of(doc["facts"]) == kind
    # facts the comparison needs are there: prose enums as enum, call frequencies as numbers
    api = vendor_facts["documents"]["api"]["facts"]
    assert "SHIPPED" in api["components"]["schemas"]["OrderRequest"]["properties"]["status"]["enum"]
    assert api["paths"]["/v1/orders"]["post"]["x-max-call-frequency"] == {"calls": 30, "per": "second"}


# -- against a vendor document (a new file Mirakl publishes) ----------------------------------------
def test_the_four_mutations_are_each_reported(
    tmp_path: Path, vendor_api: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    doc = copy.deepcopy(vendor_api)
    schemas = doc["components"]["schemas"]
    schemas["OrderRequest"]["properties"]["status"]["enum"].append("ON_HOLD")
    del schemas["ReturnLineRequest"]["properties"]["reason"]
    doc["paths"]["/v1/orders/{channel_order_id}/cancel"] = {
        "post": {"operationId": "cancelOrder", "responses": {"204": {"description": "Cancelled"}}}
    }
    schemas["ProductRequest"]["required"].remove("title")

    assert drift.main([str(write(tmp_path, doc, "vendor.json"))]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        "enum values added: OrderRequest.status: ON_HOLD",
        "operation added: POST /v1/orders/{channel_order_id}/cancel: cancelOrder",
        "property removed: ReturnLineRequest.reason",
        "required changed: ProductRequest.title: vendor optional, ours required",
    ]
    assert "the snapshot does not hold vendor.json's facts" in captured.err  # a hint to refresh it


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
                {"x-max-call-frequency": {"calls": 20, "per": "second"}}
            ),
            "call frequency changed: upsertOrders: vendor {'calls': 20, 'per': 'second'}, "
            "ours {'calls': 30, 'per': 'second'}",
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
    assert [str(d) for d in drift.drift(doc)] == found  # data or file: the same comparison


def test_events_description_changes_are_reported(tmp_path: Path, vendor_events: dict[str, Any]) -> None:
    doc = copy.deepcopy(vendor_events)
    schemas = doc["components"]["schemas"]
    schemas["StockDetail"]["properties"]["type"]["enum"].append("CONSIGNMENT")
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


# -- reading the vendor's prose: what --write-snapshot keeps ----------------------------------------
PROSE_DOC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Vendor", "description": "All about the vendor's API, in the vendor's words."},
    "paths": {
        "/v1/things": {
            "post": {
                "operationId": "upsertThings",
                "summary": "Upsert things",
                "description": 'Stores things.<div class="max-call-frequency">Maximum usage: 20 / sec</div>',
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/Thing"},
                            "examples": {"one": {"summary": "A thing", "value": '{"kind": "A"}'}},
                        }
                    },
                },
                "responses": {"204": {"description": "Stored"}},
            },
            "delete": {
                "operationId": "deleteThings",
                "description": '<div class="max-call-frequency">Maximum usage: Once per thing</div>',
                "responses": {"204": {"description": "Deleted"}},
            },
        }
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "title": "Thing",
                "description": "A thing.",
                "required": ["kind"],
                "properties": {
                    "kind": {"type": "string", "description": 'The kind. Enum: `"A"`, `"B"`, `null`'},
                    "size": {"type": "integer", "minimum": 1, "example": 3, "description": "Size."},
                },
                "examples": [{"kind": "B", "size": 2}],
            }
        }
    },
}


def test_prose_is_read_into_facts_and_dropped() -> None:
    facts = drift.reduce(PROSE_DOC)
    assert facts == {
        "openapi": "3.1.0",
        "paths": {
            "/v1/things": {
                "post": {
                    "operationId": "upsertThings",
                    "x-max-call-frequency": {"calls": 20, "per": "second"},
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Thing"},
                                "examples": {"one": {"value": {"kind": "A"}}},  # JSON text: data
                            }
                        },
                    },
                    "responses": {"204": {}},
                },
                "delete": {
                    "operationId": "deleteThings",
                    "x-max-call-frequency": None,  # documented, but not as a rate
                    "responses": {"204": {}},
                },
            }
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "required": ["kind"],
                    "properties": {
                        "kind": {"type": "string", "enum": ["A", "B", None]},
                        "size": {"type": "integer", "minimum": 1},
                    },
                    "examples": [{"kind": "B", "size": 2}],
                }
            }
        },
    }
    assert drift.reduce(facts) == facts


def test_write_snapshot_keeps_file_name_digest_date_and_facts(
    tmp_path: Path, vendor_events: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    api = write(tmp_path, PROSE_DOC, "bundle.json")
    events = write(tmp_path, vendor_events, "events.yaml")
    snapshot = tmp_path / "facts.json"
    day = datetime.date(2027, 1, 2)
    drift.write_snapshot([api, events], snapshot, today=day)
    documents = json.loads(snapshot.read_text(encoding="utf-8"))["documents"]
    assert documents["api"] == {
        "file": "bundle.json",
        "sha256": hashlib.sha256(api.read_bytes()).hexdigest(),
        "written": "2027-01-02",
        "facts": drift.reduce(PROSE_DOC),
        "description_digests": sorted(
            drift.description_digest(text)
            for text in ["All about the vendor's API, in the vendor's words.", "Upsert things", "A thing",
                         'Stores things.<div class="max-call-frequency">Maximum usage: 20 / sec</div>',
                         '<div class="max-call-frequency">Maximum usage: Once per thing</div>', "Stored",
                         "Deleted", "A thing.", 'The kind. Enum: `"A"`, `"B"`, `null`', "Size."]
        ),
    }  # fmt: skip
    assert documents["webhooks"]["facts"] == vendor_events and documents["webhooks"]["file"] == "events.yaml"
    # one kind refreshed, the other kept; then openapi3.yaml is compared with the snapshot
    drift.write_snapshot([write(tmp_path, vendor_events, "events-v2.yaml")], snapshot, today=day)
    assert json.loads(snapshot.read_text(encoding="utf-8"))["documents"]["api"]["file"] == "bundle.json"
    capsys.readouterr()
    assert drift.main(["--snapshot", str(snapshot)]) == 1  # "Thing" is not ours
    assert "schema added: Thing" in capsys.readouterr().out


def test_write_snapshot_from_the_command_line_then_compare(
    tmp_path: Path,
    vendor_api: dict[str, Any],
    vendor_events: dict[str, Any],
    capsys: pytest.CaptureFixture[str],
) -> None:
    snapshot = tmp_path / "facts.json"
    files = [str(write(tmp_path, vendor_api, API_FILE)), str(write(tmp_path, vendor_events, EVENTS_FILE))]
    assert drift.main(["--snapshot", str(snapshot), "--write-snapshot", *files]) == 0
    assert capsys.readouterr().out.startswith("no difference with facts.json")
    written = json.loads(snapshot.read_text(encoding="utf-8"))["documents"]
    assert {kind: doc["facts"] for kind, doc in written.items()} == {
        "api": vendor_api,
        "webhooks": vendor_events,
    }
    assert drift.main(["--snapshot", str(snapshot)]) == 0


def test_write_snapshot_needs_files() -> None:
    with pytest.raises(SystemExit):
        drift.main(["--write-snapshot"])


def test_a_missing_snapshot_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match=r"no snapshot at .*write one: spec_drift.py --write-snapshot"):
        drift.main(["--snapshot", str(tmp_path / "none.json")])


# -- against the vendor's files themselves: MIRAKL_CONNECT_UPSTREAM=folder pytest -m upstream ----------
@pytest.mark.upstream
@pytest.mark.parametrize("name", [API_FILE, EVENTS_FILE])
def test_no_difference_with_the_vendor_files(
    upstream: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert drift.main([str(upstream / name)]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("no difference") and captured.err == ""  # the snapshot holds them


@pytest.mark.upstream
@pytest.mark.parametrize(("kind", "name"), [("api", API_FILE), ("webhooks", EVENTS_FILE)])
def test_the_snapshot_holds_the_vendor_files_facts(
    upstream: Path, kind: str, name: str, vendor_facts: dict[str, Any]
) -> None:
    found_kind, entry = drift.snapshot_entry(upstream / name)
    kept = vendor_facts["documents"][kind]
    assert found_kind == kind
    assert {**entry, "written": kept["written"]} == kept, "refresh it: spec_drift.py --write-snapshot"


@pytest.mark.upstream
def test_prose_changes_of_the_vendor_files_are_reported(tmp_path: Path, upstream: Path) -> None:
    doc = json.loads((upstream / API_FILE).read_text(encoding="utf-8"))
    status = doc["components"]["schemas"]["OrderRequest"]["properties"]["status"]
    status["description"] = status["description"].replace('`"SHIPPED"`', '`"SHIPPED"`, `"ON_HOLD"`')
    post = doc["paths"]["/v1/orders"]["post"]
    post["description"] = post["description"].replace("30 / sec", "20 / sec")
    assert [str(d) for d in drift.drift(write(tmp_path, doc, "vendor.json"))] == [
        "call frequency changed: upsertOrders: vendor {'calls': 20, 'per': 'second'}, "
        "ours {'calls': 30, 'per': 'second'}",
        "enum values added: OrderRequest.status: ON_HOLD",
    ]
