"""The API description, as shipped in ``mirakl_connect_api/openapi3.json``.

Read at run time by the sandbox (routing, validation, rate limits) and by the client's pacing,
so that the documented Call Frequency lives in one place, ``openapi3.yaml``::

    >>> from mirakl_connect._spec import operations
    >>> operations()["upsertOrders"].max_rate
    Rate(calls=30, seconds=1.0)
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

_PER = {"second": 1.0, "minute": 60.0, "hour": 3600.0}


@dataclass(frozen=True)
class Rate:
    """At most ``calls`` calls in any ``seconds`` window."""

    calls: int
    seconds: float

    @property
    def interval(self) -> float:
        """Even spacing between two calls at this rate."""
        return self.seconds / self.calls


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # upper case
    path: str  # relative to the server URL, e.g. "/v1/orders/{channel_order_id}/documents"
    tag: str
    content_type: str | None  # of the request body
    max_rate: Rate | None  # None: event-driven ("once per action"), no numeric limit
    idempotent: bool  # safe to send again (every upsert/PUT/DELETE); false: x-idempotent in the spec


@functools.cache
def document() -> dict[str, Any]:
    """The whole spec, parsed (cached)."""
    text = resources.files("mirakl_connect_api").joinpath("openapi3.json").read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def _rate(value: Any) -> Rate | None:
    if isinstance(value, dict):
        return Rate(int(value["calls"]), _PER[value["per"]])
    return None


@functools.cache
def operations() -> dict[str, Operation]:
    """Every operation of the spec, by operationId."""
    found = {}
    for path, item in document()["paths"].items():
        for method, op in item.items():
            if method == "parameters":
                continue
            content = op.get("requestBody", {}).get("content", {})
            found[op["operationId"]] = Operation(
                operation_id=op["operationId"],
                method=method.upper(),
                path=path,
                tag=op["tags"][0],
                content_type=next(iter(content), None),
                max_rate=_rate(op.get("x-call-frequency", {}).get("maximum")),
                idempotent=bool(op.get("x-idempotent", True)),
            )
    return found


@functools.cache
def _patterns() -> dict[str, list[tuple[re.Pattern[str], Operation]]]:
    """The path pattern of each operation, by method."""
    by_method: dict[str, list[tuple[re.Pattern[str], Operation]]] = {}
    for op in operations().values():
        pattern = re.compile(re.sub(r"\\{[^/]+?\\}", "[^/]+", re.escape(op.path)) + "/?")
        by_method.setdefault(op.method, []).append((pattern, op))
    return by_method


def match(method: str, path: str) -> Operation | None:
    """The operation a request is for: ``path`` is relative to the API base URL.

    >>> match("PUT", "/v1/orders/actions/1ba5fc4b").operation_id
    'updateActionStatus'
    """
    for pattern, op in _patterns().get(method, ()):
        if pattern.fullmatch(path):
            return op
    return None
