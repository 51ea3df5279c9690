"""What the resources share (``_resources._common``), driven by hand: each step of a plan is read,
and resumed with the outcome a client would give it. No server, no client."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

import mirakl_connect as mc
import pytest
from mirakl_connect import _resources
from mirakl_connect._bulk import BulkResult
from mirakl_connect._call import Call, Plan, Send
from mirakl_connect._resources._common import AsyncResource, Resource, batched, one_call, path_params
from mirakl_connect_api.types import Response

ITEM = {"id": "P-1", "offer_status": "OFFER_ACTIVE"}


def ok() -> Response[Any]:
    return Response(status_code=HTTPStatus.OK, content=b"", headers={}, parsed=None)


def calls_of(plan: Plan[Any]) -> tuple[list[Call], Any]:
    """Every call the plan makes (each answered 200, one at a time), and what it returns."""
    made: list[Call] = []
    try:
        step = next(plan)
        while True:
            assert isinstance(step, Send)
            made += [call for _, call in step.calls]
            key, _ = step.calls[0]
            step = plan.send((key, ok()))
    except StopIteration as finished:
        return made, finished.value


def test_path_params_checks_each_id_in_turn() -> None:
    assert path_params(channel_id="acme", store_id="s1") == {"channel_id": "acme", "store_id": "s1"}
    with pytest.raises(mc.ValidationError) as caught:
        path_params(channel_id="..", store_id="")
    assert [e.field for e in caught.value.errors] == ["channel_id"]


def test_one_call_sends_the_ids_and_the_body() -> None:
    made, value = calls_of(one_call("carriers.upsert_carriers", {"carriers": []}, channel_id="acme"))
    assert value is None
    [call] = made
    assert call.endpoint.__name__ == "mirakl_connect_api.api.carriers.upsert_carriers"
    assert call.kwargs["channel_id"] == "acme"
    assert call.kwargs["body"].to_dict() == {"carriers": []}


def test_one_call_raises_the_error_it_ends_with() -> None:
    plan = one_call("carriers.upsert_carriers", {"carriers": []}, channel_id="acme")
    step = next(plan)
    assert isinstance(step, Send)
    with pytest.raises(mc.NotFoundError):
        plan.send((None, mc.NotFoundError("gone", status_code=404)))


def test_batched_cuts_the_items_and_wraps_each_batch() -> None:
    items = [dict(ITEM, id=f"P-{i}") for i in range(5)]
    plan = batched(
        "product_feedback.update_store_catalog_items", "UpdateStoreCatalogItem", items,
        list_name="store_catalog_items", result=BulkResult, progress=None, width=1, size=2,
        around={"note": "kept"}, path={"channel_id": "acme", "store_id": "s1"},
    )  # fmt: skip
    made, result = calls_of(plan)
    assert [len(c.kwargs["body"].to_dict()["store_catalog_items"]) for c in made] == [2, 2, 1]
    for call in made:
        assert call.kwargs["channel_id"] == "acme" and call.kwargs["store_id"] == "s1"
        assert list(call.kwargs["body"].to_dict()) == ["note", "store_catalog_items"]
    assert result.ok and result.accepted == items and result.calls == 3


def test_batched_checks_every_item_before_sending() -> None:
    with pytest.raises(mc.ValidationError) as caught:
        batched(
            "orders.update_anonymize_after_date", "UpdateAnonymizeAfterRequestItem", [{}],
            list_name="orders", result=BulkResult, progress=None, width=1,
        )  # fmt: skip
    assert all(e.field.startswith("orders[0]") for e in caught.value.errors)


@pytest.mark.parametrize("name", [n for n in _resources.__all__ if n != "ReturnsResult"])
def test_every_resource_keeps_its_client_through_one_base(name: str) -> None:
    cls = getattr(_resources, name)
    base = AsyncResource if name.startswith("Async") else Resource
    assert issubclass(cls, base) and "__init__" not in vars(cls)
    client: Any = object()
    assert cls(client)._client is client
