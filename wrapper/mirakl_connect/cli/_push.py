"""Push a file of items: check each line, send the good ones in bulk, account for every line.

    kind = KINDS["orders"]
    run = Push(kind, lines, default_origin={"channel_id": "acme", "channel_store_id": "s1"})
    run.send(client, on_progress)              # skipped by --dry-run
    run.accepted, run.records                   # records: the lines to write to FILE.failed.jsonl

Every line ends in exactly one of: accepted; ``invalid`` (not JSON, no origin, or refused by
the client's check against the spec: never sent); ``refused`` (the API refused it, isolated by
the client's bulk helpers); ``not_sent`` (a run stopped by an error that is not about an item:
network, 5xx after retries, authentication...). Lines are grouped by origin, in input order,
and each group goes through the library's bulk call (batching, pacing, isolation of refusals).
Carriers are a complete list per channel: a channel's list is sent whole, or not at all.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._bulk import BulkResult, ItemFailure, Progress
from .._errors import APIError, BadRequestError, ConnectError, FieldError, ValidationError
from .._validation import errors as schema_errors
from .._validation import validator
from ._io import Line

if TYPE_CHECKING:
    from .._client import ConnectClient

OnProgress = Callable[[Progress], None]
Sender = Callable[["ConnectClient", Any, list[Any], OnProgress], BulkResult]


def _orders(client: ConnectClient, origin: Any, items: list[Any], progress: OnProgress) -> BulkResult:
    return client.orders.upsert(origin, items, progress=progress)


def _returns(client: ConnectClient, origin: Any, items: list[Any], progress: OnProgress) -> BulkResult:
    return client.returns.upsert(origin, items, progress=progress)


def _catalog(client: ConnectClient, origin: Any, items: list[Any], progress: OnProgress) -> BulkResult:
    channel, store = origin["channel_id"], origin["channel_store_id"]
    return client.catalog.update_store_catalog_items(channel, store, items, progress=progress)


def _carriers(client: ConnectClient, origin: Any, items: list[Any], progress: OnProgress) -> BulkResult:
    """The complete list in one call: accepted, refused or not sent as a whole."""
    result = BulkResult(calls=1)
    try:
        client.carriers.upsert(origin["channel_id"], items)
    except BadRequestError as error:
        result.failed = [ItemFailure(item, error, i) for i, item in enumerate(items)]
    except ConnectError as error:
        result.not_sent, result.error = list(items), error
    else:
        result.accepted = list(items)
    progress(Progress(len(items), len(items), len(result.accepted), len(result.failed), 1))
    return result


@dataclass(frozen=True)
class Kind:
    """One push command: the spec schema of its items, the list key of a JSON file, the id shown
    for an item, the origin it needs (``OriginRequest``, or only ``channel_id``), how to send."""

    command: str
    schema: str
    list_key: str
    id_key: str
    send: Sender
    channel_only: bool = False  # carriers: a channel's complete list, no store
    whole_list: bool = False  # carriers: nothing is sent for a channel with an invalid line


KINDS = {
    "orders": Kind("orders upsert", "OrderRequest", "orders", "channel_order_id", _orders),
    "returns": Kind("returns upsert", "ReturnRequest", "returns", "channel_return_id", _returns),
    "catalog": Kind("catalog items", "UpdateStoreCatalogItem", "store_catalog_items", "id", _catalog),
    "carriers": Kind(
        "carriers upsert", "CarrierRequest", "carriers", "channel_carrier_id", _carriers, True, True
    ),
}


def fields_of(errors: list[FieldError]) -> list[dict[str, Any]]:
    return [{"field": e.field or "(item)", "message": e.message} for e in errors]


def error_record(error: Any, stage: str) -> dict[str, Any]:
    """An error as JSON for ``FILE.failed.jsonl``: the client's, the API's, or a return's error."""
    if isinstance(error, ValidationError):
        return {"stage": stage, "message": str(error), "fields": fields_of(error.errors)}
    if isinstance(error, APIError):
        found: dict[str, Any] = {"stage": stage, "status": error.status_code, "code": error.code}
        return found | {"message": error.message, "fields": fields_of(error.errors)}
    if isinstance(error, ConnectError):
        return {"stage": stage, "error": type(error).__name__, "message": str(error)}
    if hasattr(error, "to_dict"):  # an item error of the API's answer (a ReturnError...)
        data = error.to_dict()
        details = data.get("details") or []
        return {"stage": stage, "message": "refused by the API", "fields": details} | {
            k: v for k, v in data.items() if k not in ("details", "channel_order_id", "channel_return_id")
        }
    return {"stage": stage, "message": str(error)}


def summary_of(error: dict[str, Any], width: int | None = None) -> str:
    """One line for an error record, cut at ``width`` characters: ``INVALID_INPUT: status: ...``.

    >>> summary_of({"code": "INVALID_INPUT", "fields": [{"field": "orders[0].status", "message": "unknown"}]})
    'INVALID_INPUT: orders[0].status: unknown'
    """
    fields = "; ".join(
        f"{f.get('field')}: {f.get('message') or f.get('code')}" if f.get("field") else str(f.get("message"))
        for f in error.get("fields") or []
    )
    head = error.get("code") or error.get("error") or ""
    message = fields or error.get("message", "")
    text = f"{head}: {message}" if head else str(message)
    return text if width is None or len(text) <= width else text[: width - 1] + "…"


@dataclass
class _Group:
    origin: Any
    lines: list[Line] = field(default_factory=list)


class Push:
    """The lines of one file, checked; :meth:`send` sends the good ones (see the module docstring)."""

    def __init__(self, kind: Kind, lines: list[Line], default_origin: Any = None) -> None:
        self.kind, self.lines = kind, lines
        self.accepted = 0
        self.counts = {"invalid": 0, "refused": 0, "not_sent": 0}
        self.records: list[tuple[int, dict[str, Any]]] = []  # (line number, record)
        self.calls = 0
        self.groups: dict[str, _Group] = {}
        is_valid = validator(kind.schema).is_valid
        for line in lines:
            origin = line.origin if line.origin is not None else default_origin
            problem = self._problem(line, origin, is_valid)
            if problem is not None:
                self._fail(line, origin, problem)
                continue
            key = json.dumps(origin, sort_keys=True)
            self.groups.setdefault(key, _Group(origin)).lines.append(line)
        if kind.whole_list:
            self._hold_incomplete_lists()

    @property
    def valid(self) -> int:
        return sum(len(group.lines) for group in self.groups.values())

    @property
    def failed(self) -> int:
        return len(self.records)

    def _problem(self, line: Line, origin: Any, is_valid: Callable[[Any], bool]) -> dict[str, Any] | None:
        if line.problem is not None:
            return {"stage": "invalid", "message": line.problem}
        if origin is None:
            need = "--channel-id" if self.kind.channel_only else "--origin CHANNEL_ID/STORE_ID"
            return {"stage": "invalid", "message": f'no origin: give {need}, or an "origin" on the line'}
        errors = self._origin_errors(origin)
        if not is_valid(line.item):
            errors += schema_errors(self.kind.schema, line.item)
        if errors:
            return error_record(ValidationError(errors), "invalid")
        return None

    def _origin_errors(self, origin: Any) -> list[FieldError]:
        if not self.kind.channel_only:
            return schema_errors("OriginRequest", origin, "origin")
        channel = origin.get("channel_id") if isinstance(origin, dict) else None
        return [] if isinstance(channel, str) and channel else [FieldError("origin.channel_id", "required")]

    def _fail(self, line: Line, origin: Any, error: dict[str, Any]) -> None:
        record: dict[str, Any] = {"line": line.number}
        if origin is not None:
            record["origin"] = origin
        record |= {"raw": line.raw} if line.problem is not None else {"item": line.item}
        record["error"] = error
        stage = error.get("stage", "invalid")
        self.counts[stage] += 1
        self.records.append((line.number, record))

    def _hold_incomplete_lists(self) -> None:
        """Carriers: a channel whose list has an invalid line is not sent (a partial list would
        delete the carriers left out); its good lines are written back, not sent."""
        broken = {json.dumps(r.get("origin"), sort_keys=True) for _, r in self.records}
        for key in [key for key in self.groups if key in broken]:
            group = self.groups.pop(key)
            message = "not sent: the list replaces the channel's carriers, and some of its lines are invalid"
            for line in group.lines:
                self._fail(line, group.origin, {"stage": "not_sent", "message": message})

    def send(self, client: ConnectClient, progress: Callable[[int, int], None]) -> None:
        """Send every group; ``progress(done, total)`` after each call. A group stopped by an error
        that is not about an item (network, authentication...) stops the groups after it too."""
        total, done = self.valid, 0
        stopped: ConnectError | None = None
        for group in self.groups.values():
            items = [line.item for line in group.lines]
            if stopped is not None:
                result = BulkResult(not_sent=items, error=stopped)
            else:
                offset = done

                def on_progress(p: Progress, offset: int = offset) -> None:
                    progress(offset + p.done, total)

                try:
                    result = self.kind.send(client, group.origin, items, on_progress)
                except ValidationError as error:  # ids the URL cannot carry ("..")...: the whole group
                    for line in group.lines:
                        self._fail(line, group.origin, error_record(error, "invalid"))
                    done += len(items)
                    continue
            self._settle(group, result)
            stopped = stopped or result.error
            done += len(items)
            progress(done, total)

    def _settle(self, group: _Group, result: BulkResult) -> None:
        self.calls += result.calls
        self.accepted += len(result.accepted)
        for failure in result.failed:
            self._fail(group.lines[failure.index], group.origin, error_record(failure.error, "refused"))
        by_identity = {id(line.item): line for line in group.lines}
        for item in result.not_sent:
            error = error_record(result.error, "not_sent") if result.error else {"stage": "not_sent"}
            self._fail(by_identity[id(item)], group.origin, error)

    def sorted_records(self) -> list[dict[str, Any]]:
        """The failed lines' records, in input order."""
        return [record for _, record in sorted(self.records, key=lambda pair: pair[0])]
