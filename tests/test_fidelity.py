"""Every example of the vendor's bundle and events description parses with the generated models
and serialises back equal (date-times compared as instants).

The examples are read from the snapshot of the vendor's facts (``scripts/vendor-facts.json``, see
``spec_drift.py --write-snapshot``), which keeps them as JSON data; no vendor file is needed.

The examples must also parse *typed*: each value lands in a generated model, not in the verbatim
fallback of an open union. The only exceptions are the skeletons that the vendor's documentation
tool generates ("Complete example with value types"), which put the word "object" where an object
goes and do not expand discriminated variants; they still round-trip, verbatim.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from mirakl_connect_api import models
from mirakl_connect_api.types import collect_unrecognised

from .conftest import ROOT
from .support import as_instants, event_examples

CLASS_OVERRIDES = yaml.safe_load((ROOT / "generator-config.yml").read_text(encoding="utf-8"))[
    "class_overrides"
]

# Skeleton examples: which values they leave untyped, and why.
SKELETON_VALUES = {
    ("createTaxonomyRule", "application/json; charset=UTF-8-auto"): ["when"],  # "object"
    ("upsertOrders", "application/json-auto"): ["CustomAttributesRequest_item"] * 2,  # no `value`
    ("OfferUpsertEvent", "application/json-auto"): ["breakdown_type_0_item"],  # no `quantity`
    ("PriceStockUpsertEvent", "application/json-auto"): ["breakdown_type_0_item"] * 2,
    ("ProductUpsertEvent", "application/json-auto"): ["breakdown_type_0_item"],
    ("OrderActionEvent", "application/json-auto"): ["data"],  # "object"
    ("StoreManagementFeatureEvent", "application/json-auto"): ["configuration"],  # {"feature": "string"}
}
# Fields the vendor's examples carry beyond its own schemas: kept in additional_properties.
EXTRA_FIELDS = {
    ("updateAnonymizeAfterDate", "application/json-auto"): [
        "UpdateAnonymizeAfterRequestItem.channel_store_id"
    ],
    ("OrderActionEvent", "application/json-0"): ["OrderLineRefundPayload.order_line_id"],
    ("OrderActionEvent", "application/json-9"): [
        "DocumentUploadCommandEvent.document_entity_id",
        "DocumentUploadCommandEvent.document_entity_type",
    ],
    ("ProductUpsertEvent", "application/json-0"): ["ProductUpsertAttribute.code"] * 5,
}


def model_class(schema_name: str) -> Any:
    return getattr(models, CLASS_OVERRIDES.get(schema_name, {}).get("class_name", schema_name))


def api_examples(vendor_api: dict[str, Any], spec: dict[str, Any]) -> Iterator[Any]:
    """(operation, example key, our schema name, example value) for requests and responses."""
    for path, item in vendor_api["paths"].items():
        for method, op in item.items():
            if method == "parameters":
                continue
            ours = spec["paths"][path][method]
            for content in op.get("requestBody", {}).get("content", {}).values():
                schema = next(iter(ours["requestBody"]["content"].values()))["schema"]["$ref"].rsplit("/", 1)[
                    -1
                ]
                for key, example in (content.get("examples") or {}).items():
                    value = example["value"]  # the snapshot turned the vendor's JSON text into data
                    if schema == "UploadOrderDocumentRequest":  # multipart: the JSON parts
                        yield op["operationId"], key, "UploadOrderDocumentMetadata", value["metadata"]
                        yield op["operationId"], key, "DocumentOriginRequest", value["origin"]
                    else:
                        yield op["operationId"], key, schema, value
            for status, response in op["responses"].items():
                for media, content in (response.get("content") or {}).items():
                    schema = ours["responses"][status]["content"][media]["schema"]["$ref"].rsplit("/", 1)[-1]
                    for key, example in (content.get("examples") or {}).items():
                        yield op["operationId"], f"{status} {key}", schema, example["value"]


@pytest.fixture(scope="module")
def all_examples(
    vendor_api: dict[str, Any], vendor_events: dict[str, Any], spec: dict[str, Any]
) -> list[Any]:
    return [*api_examples(vendor_api, spec), *event_examples(vendor_events)]


def test_every_example_is_covered(all_examples: list[Any]) -> None:
    assert len(all_examples) == 61
    keys = {(name, key) for name, key, _, _ in all_examples}
    assert set(SKELETON_VALUES) | set(EXTRA_FIELDS) <= keys


def test_examples_round_trip_typed(all_examples: list[Any]) -> None:
    failures = []
    for name, key, schema, value in all_examples:
        with collect_unrecognised() as report:
            parsed = model_class(schema).from_dict(value)
        if as_instants(parsed.to_dict()) != as_instants(value):
            failures.append(f"{name} {key}: does not round-trip")
        if report.values != SKELETON_VALUES.get((name, key), []):
            failures.append(f"{name} {key}: untyped values {report.values}")
        if report.fields != EXTRA_FIELDS.get((name, key), []):
            failures.append(f"{name} {key}: unexpected fields {report.fields}")
        if report.enum_values:
            failures.append(f"{name} {key}: unknown enum values {report.enum_values}")
    assert failures == []


def test_order_action_payloads_follow_the_envelope_type(
    vendor_events: dict[str, Any], spec: dict[str, Any]
) -> None:
    mapping = spec["components"]["schemas"]["OrderActionEvent"]["x-payload-by-type"]["mapping"]
    content = vendor_events["webhooks"]["OrderActionEvent"]["post"]["requestBody"]["content"][
        "application/json"
    ]
    seen = set()
    for key, example in content["examples"].items():
        if key.endswith("-auto"):
            continue
        event = models.OrderActionEvent.from_dict(example["value"])
        assert type(event.data).__name__ == mapping[event.type_], key
        seen.add(event.type_)
    assert len(seen) == 9
