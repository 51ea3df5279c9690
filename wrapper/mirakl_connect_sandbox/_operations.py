"""The 12 operations' business rules, applied to a :class:`SandboxState` once the request is valid.

    >>> import time
    >>> ops = Operations(SandboxState(), clock=time.time)
    >>> carriers = {"carriers": [{"channel_carrier_id": "colissimo", "name": "Colissimo"}]}
    >>> ops.handle(Call("upsertCarriers", {"channel_id": "C"}, {}, carriers)).status
    204
    >>> ops.state.carriers["C"]
    [{'channel_carrier_id': 'colissimo', 'name': 'Colissimo'}]
    >>> ops.handle(Call("updateActionStatus", {"action_id": "A-1"}, {}, {"status": "SUCCESS"})).status
    204
    >>> ops.handle(Call("updateActionStatus", {"action_id": "A-1"}, {}, {"status": "FAILED"}))
    Traceback (most recent call last):
    ...
    mirakl_connect_sandbox._http.ApiError: 400 INVALID_INPUT: ...

Each handler gets a body that already matches the spec's schema, so it only enforces what a schema
cannot say: references to stored orders, anti-replay on ``channel_updated_at``/``updated_at``, a
final action staying final, dates in the future, file types and sizes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from mirakl_connect import FieldError, spec

from ._http import ApiError, Response, invalid
from ._multipart import Part, file_type
from ._state import JsonObject, SandboxState, StoredDocument

ANONYMIZE_TOLERANCE = 300.0  # seconds in the past still accepted for anonymize_after


@dataclass(frozen=True)
class Call:
    """A valid request to one operation."""

    operation_id: str
    path_params: dict[str, str]
    query: dict[str, str]
    body: Any  # the JSON body, or {part name: Part} for multipart


def instant(value: str) -> float:
    """Seconds since the epoch of an RFC 3339 date-time (naive ones read as UTC)."""
    parsed = dt.datetime.fromisoformat(value.upper())
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.timestamp()


def not_older(new: str, stored: str) -> bool:
    """Anti-replay: is date-time ``new`` the same instant as ``stored``, or later?"""
    return new == stored or instant(new) >= instant(stored)


def _not_found(message: str, field: str | None = None) -> ApiError:
    errors = [FieldError(field, message)] if field else []
    return ApiError(404, "DATA_NOT_FOUND", message, errors)


NewOrders = Callable[[str, str, list[str]], None]
"""Told ``(channel_id, channel_store_id, channel_order_ids)`` of the orders stored for the first time."""


class Operations:
    def __init__(
        self,
        state: SandboxState,
        *,
        clock: Callable[[], float],
        require_known_actions: bool = False,
        on_new_orders: NewOrders | None = None,
    ) -> None:
        self.state = state
        self.clock = clock
        self.require_known_actions = require_known_actions
        self.on_new_orders = on_new_orders
        self._handlers: dict[str, Callable[[Call], Response]] = {
            "upsertOrders": self.upsert_orders,
            "upsertReturns": self.upsert_returns,
            "uploadOrderDocument": self.upload_order_document,
            "deleteOrderDocument": self.delete_order_document,
            "updateActionStatus": self.update_action_status,
            "updateAnonymizeAfterDate": self.update_anonymize_after,
            "upsertCarriers": self.upsert_carriers,
            "upsertBusinessInformation": self.upsert_business_information,
            "configureChannelCatalog": self.configure_channel_catalog,
            "upsertProductType": self.upsert_product_type,
            "createTaxonomyRule": self.create_taxonomy_rule,
            "updateStoreCatalogItems": self.update_store_catalog_items,
        }

    def handle(self, call: Call) -> Response:
        return self._handlers[call.operation_id](call)

    # -- orders -----------------------------------------------------------------------------------

    def upsert_orders(self, call: Call) -> Response:
        origin = call.body["origin"]
        new: list[str] = []
        with self.state.lock:
            for order in call.body["orders"]:
                key = (origin["channel_id"], origin["channel_store_id"], order["channel_order_id"])
                stored = self.state.orders.get(key)
                if stored is None or not_older(order["channel_updated_at"], stored["channel_updated_at"]):
                    self.state.orders[key] = order
                if stored is None:
                    new.append(order["channel_order_id"])
        if new and self.on_new_orders is not None:  # outside the lock: it publishes events
            self.on_new_orders(origin["channel_id"], origin["channel_store_id"], new)
        return Response.empty(204)

    def upsert_returns(self, call: Call) -> Response:
        origin = call.body["origin"]
        channel_id, store_id = origin["channel_id"], origin["channel_store_id"]
        successes: list[JsonObject] = []
        failures: list[JsonObject] = []
        with self.state.lock:
            for index, item in enumerate(call.body["returns"]):
                ids = {
                    "channel_order_id": item["channel_order_id"],
                    "channel_return_id": item["channel_return_id"],
                }
                details = self._return_problems(
                    index, item, self.state.orders.get((channel_id, store_id, item["channel_order_id"]))
                )
                if details:
                    failures.append({**ids, "details": details})
                    continue
                key = (channel_id, store_id, item["channel_return_id"])
                stored = self.state.returns.get(key)
                # Like orders: an update older than the stored one is acknowledged and ignored.
                if stored is None or not_older(item["channel_updated_at"], stored["channel_updated_at"]):
                    self.state.returns[key] = item
                successes.append(ids)
        return Response.json(200, {"return_errors": failures, "return_success": successes})

    @staticmethod
    def _return_problems(index: int, item: JsonObject, order: JsonObject | None) -> list[JsonObject]:
        if order is None:
            return [
                {
                    "code": "DATA_NOT_FOUND",
                    "message": "No order with this channel_order_id for this origin; upsert the order first",
                    "field": f"returns[{index}].channel_order_id",
                }
            ]
        line_ids = {line["channel_order_line_id"] for line in order["order_lines"]}
        return [
            {
                "code": "DATA_NOT_FOUND",
                "message": "The order has no line with this channel_order_line_id",
                "field": f"returns[{index}].return_lines[{line_index}].channel_order_line_id",
            }
            for line_index, line in enumerate(item["return_lines"])
            if line["channel_order_line_id"] not in line_ids
        ]

    def upload_order_document(self, call: Call) -> Response:
        file: Part = call.body["file"]
        metadata, origin = call.body["metadata"], call.body["origin"]
        if len(file.content) > spec.MAX_DOCUMENT_SIZE:
            raise invalid([FieldError("file", "larger than 10 MB")], "The document is larger than 10 MB")
        kind = file_type(file)
        if kind is None:
            message = "The document must be a PDF, JPEG, PNG or CSV file"
            raise invalid([FieldError("file", "not a PDF, JPEG, PNG or CSV file")], message)
        document = StoredDocument(
            channel_order_id=call.path_params["channel_order_id"],
            content=file.content,
            file_type=kind,
            filename=file.filename,
            content_type=file.content_type,
            metadata=metadata,
            origin=origin,
        )
        with self.state.lock:
            self.state.documents[metadata["channel_document_id"]] = document
        return Response.empty(204)

    def delete_order_document(self, call: Call) -> Response:
        document_id = call.path_params["channel_document_id"]
        with self.state.lock:
            stored = self.state.documents.get(document_id)
            if stored is None or stored.origin["channel_id"] != call.body["origin"]["channel_id"]:
                raise _not_found("No document with this channel_document_id (wrong id, or already deleted)")
            del self.state.documents[document_id]
        return Response.empty(204)

    def update_action_status(self, call: Call) -> Response:
        action_id = call.path_params["action_id"]
        outcome = call.body
        if outcome["status"] == "FAILED" and not outcome.get("errors"):
            raise invalid([FieldError("errors", "required when status is FAILED")])
        with self.state.lock:
            known = action_id in self.state.actions
            if self.require_known_actions and not known:
                raise _not_found("Unknown or expired action")
            if self.state.actions.get(action_id) is not None:
                raise ApiError(400, "ACTION_ALREADY_FINAL", "The action already has a final status")
            self.state.actions[action_id] = {"status": outcome["status"], "errors": outcome.get("errors", [])}
        return Response.empty(204)

    def update_anonymize_after(self, call: Call) -> Response:
        earliest = self.clock() - ANONYMIZE_TOLERANCE
        errors = []
        with self.state.lock:
            known = {(channel, order) for channel, _, order in self.state.orders}
            for index, item in enumerate(call.body["orders"]):
                if (item["channel_id"], item["channel_order_id"]) not in known:
                    errors.append(FieldError(f"orders[{index}].channel_order_id", "unknown order"))
                if instant(item["anonymize_after"]) < earliest:
                    errors.append(FieldError(f"orders[{index}].anonymize_after", "must be in the future"))
            if errors:
                raise invalid(errors, "At least one item is invalid; nothing was updated")
            for item in call.body["orders"]:
                self.state.anonymize_after[item["channel_id"], item["channel_order_id"]] = item[
                    "anonymize_after"
                ]
        return Response.empty(204)

    # -- carriers, store ----------------------------------------------------------------------------

    def upsert_carriers(self, call: Call) -> Response:
        with self.state.lock:
            self.state.carriers[call.path_params["channel_id"]] = call.body["carriers"]
        return Response.empty(204)

    def upsert_business_information(self, call: Call) -> Response:
        key = (call.path_params["channel_id"], call.path_params["channel_store_id"])
        with self.state.lock:
            stored = self.state.stores.get(key)
            if stored is None or not_older(call.body["updated_at"], stored["updated_at"]):
                self.state.stores[key] = call.body
        return Response.empty(200)

    # -- catalog ------------------------------------------------------------------------------------

    def configure_channel_catalog(self, call: Call) -> Response:
        with self.state.lock:
            self.state.catalog_configurations[call.path_params["channel_id"]] = call.body
        return Response.empty(202)

    def upsert_product_type(self, call: Call) -> Response:
        key = (call.path_params["channel_id"], call.query.get("store_id"), call.query["product_type_id"])
        with self.state.lock:
            self.state.product_types[key] = call.body
        return Response.empty(202)

    def create_taxonomy_rule(self, call: Call) -> Response:
        with self.state.lock:
            rules = self.state.taxonomy_rules.setdefault(call.path_params["channel_id"], {})
            for rule in call.body["rules"]:
                rules[rule["id"]] = rule
        return Response.empty(202)

    def update_store_catalog_items(self, call: Call) -> Response:
        key = (call.path_params["channel_id"], call.path_params["store_id"])
        with self.state.lock:
            items = self.state.store_catalog_items.setdefault(key, {})
            for item in call.body["store_catalog_items"]:
                items[item["id"]] = item
        return Response.empty(202)
