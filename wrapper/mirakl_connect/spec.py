"""Facts about the API, read from the spec shipped in ``mirakl_connect_api/openapi3.json``.

The one place where the client and the sandbox (``mirakl_connect_sandbox``) learn what the API
is: its operations and their documented Call Frequency, the document limits, and compiled
validators of the spec's schemas::

    >>> from mirakl_connect import spec
    >>> spec.operations()["upsertOrders"].max_rate
    Rate(calls=30, seconds=1.0)
    >>> spec.match("PUT", "/v1/orders/actions/A-1").operation_id
    'updateActionStatus'
    >>> spec.MAX_DOCUMENT_SIZE, sorted(spec.DOCUMENT_KINDS)
    (10485760, ['CSV', 'JPEG', 'PDF', 'PNG'])
    >>> spec.validator("OriginRequest").is_valid({"channel_id": "acme", "channel_store_id": "s1"})
    True

Everything here is derived from ``openapi3.yaml``: change the spec, regenerate, and both follow.
"""

from __future__ import annotations

import csv
import functools
import io
import itertools
import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jsonschema_rs

_PER = {"second": 1.0, "minute": 60.0, "hour": 3600.0}

MAX_DOCUMENT_SIZE = 10 * 1024 * 1024
"""The largest document uploadOrderDocument accepts, in bytes (10 MB)."""

DOCUMENT_KINDS = {"PDF": "application/pdf", "JPEG": "image/jpeg", "PNG": "image/png", "CSV": "text/csv"}
"""The document kinds uploadOrderDocument accepts, with their MIME types."""

DOCUMENT_SAMPLE = 4096
"""How many first bytes of a document :func:`document_kind` is given, by the client and the sandbox
alike, so that both give the same verdict on the same file."""
_SIGNATURES = ((b"%PDF-", "PDF"), (b"\xff\xd8\xff", "JPEG"), (b"\x89PNG\r\n\x1a\n", "PNG"))


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
    from importlib import resources  # noqa: PLC0415 - on first use: `import mirakl_connect` stays cheap

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


# -- documents ----------------------------------------------------------------------------------------
_CSV_DELIMITERS = ",;\t|"
_CSV_ROWS = 20  # rows of the sample compared
_NOT_CSV = (".pdf", ".jpg", ".jpeg", ".png", ".gif", ".htm", ".html", ".xhtml", ".xml", ".json", ".svg")
"""File name endings that say the file is not CSV, whatever text it holds (``label.pdf``)."""


def _text(head: bytes) -> str | None:
    """``head`` as text if it is UTF-8 (a multi-byte character cut at the end is fine), else None."""
    if b"\x00" in head:
        return None
    try:
        return head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 3:
            return None
        return head[: error.start].decode("utf-8")


def _rows(text: str, delimiter: str) -> list[int]:
    """The number of fields of each non-blank row of ``text`` (quotes respected).

    The sample may end in the middle of a row: an unterminated last row is left out unless it
    has as many fields as the first (then it is a file's last row without a newline).
    """
    try:
        rows = list(itertools.islice(csv.reader(io.StringIO(text), delimiter=delimiter), _CSV_ROWS))
    except csv.Error:
        return []
    counts = [len(row) for row in rows if any(field.strip() for field in row)]
    cut = len(rows) < _CSV_ROWS and not text.endswith(("\n", "\r"))
    if cut and len(counts) > 1 and counts[-1] != counts[0]:
        counts.pop()
    return counts


def _looks_like_csv(head: bytes, name: str | None) -> bool:
    """UTF-8 text laid out in delimited rows; HTML, XML and JSON text never is.

    Rows: at least two, each with the same number of fields (two or more) for one of
    ``, ; tab |``. A ``.csv`` name lets any other text through (a one-column file has no
    delimiter), but not markup or JSON; a ``.pdf`` (image, HTML...) name stops any text.
    """
    lowered = (name or "").lower()
    if lowered.endswith(_NOT_CSV):
        return False
    text = _text(head)
    if text is None:
        return False
    start = text.lstrip("\ufeff \t\r\n")
    if not start or start[0] in "<{[":  # markup (HTML, XML, SVG) or JSON
        return False
    if lowered.endswith(".csv"):
        return True
    for delimiter in _CSV_DELIMITERS:
        counts = _rows(text, delimiter)
        if len(counts) >= 2 and counts[0] >= 2 and all(count == counts[0] for count in counts):
            return True
    return False


def document_kind(head: bytes, name: str | None = None) -> str | None:
    """The kind of a document (a key of :data:`DOCUMENT_KINDS`) from its first bytes, or None.

    Callers pass the first :data:`DOCUMENT_SAMPLE` bytes (a CSV's verdict depends on how many).

    PDF, JPEG and PNG by their signatures. CSV: UTF-8 text in delimited rows (two or more, with
    the same number of fields), or any text but markup and JSON when named ``.csv``; never a file
    named ``.pdf``, ``.png``, ``.html``... (see :data:`_NOT_CSV`).

    >>> document_kind(b"%PDF-1.7"), document_kind(b"sku,qty\\nA,1\\n"), document_kind(b"GIF89a")
    ('PDF', 'CSV', None)
    >>> document_kind(b"<!DOCTYPE html><p>Sorry, no label</p>", "label.pdf")
    >>> document_kind(b"sku\\nA-1\\n", "skus.csv"), document_kind(b"sku,qty\\nA,1\\n", "label.pdf")
    ('CSV', None)
    """
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    if head and _looks_like_csv(head, name):
        return "CSV"
    return None


# -- schemas -----------------------------------------------------------------------------------------
# Any JSON value, visited all the way down: so that a value that is not JSON (a datetime in an
# unknown field...) is met by a lenient validator, which then raises instead of letting it through.
_ANY_JSON = {
    "type": ["object", "array", "string", "number", "boolean", "null"],
    "items": {"$ref": "#/$defs/json"},
    "additionalProperties": {"$ref": "#/$defs/json"},
}


def _lenient(node: Any) -> Any:
    """A schema that accepts unknown enum values and discriminator values."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key in ("enum", "const", "discriminator") or key.startswith("x-"):
                continue
            out["anyOf" if key == "oneOf" else key] = _lenient(value)
        if out.get("type") == "object" and "additionalProperties" not in out:
            out["additionalProperties"] = {"$ref": "#/$defs/json"}
        return out
    if isinstance(node, list):
        return [_lenient(v) for v in node]
    return node


@functools.cache
def _components(lenient: bool) -> dict[str, Any]:
    components = document()["components"]
    return _lenient(components) if lenient else components  # type: ignore[no-any-return]


@functools.cache
def validator(schema: str, *, many: bool = False, lenient: bool = False) -> jsonschema_rs.Validator:
    """The compiled validator of ``#/components/schemas/<schema>`` (``many``: of a list of them).

    ``lenient`` accepts what a newer API may add: enum and discriminator values the spec does
    not list yet (the client sends them); the sandbox checks strictly. Formats are checked
    (a date-time needs its UTC offset); formats the spec merely names are ignored.
    """
    import jsonschema_rs  # noqa: PLC0415 - on first use: `import mirakl_connect` stays cheap

    ref = {"$ref": f"#/components/schemas/{schema}"}
    root = {"type": "array", "items": ref} if many else ref
    compiled = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **root,
        "components": _components(lenient),
        "$defs": {"json": _ANY_JSON},
    }
    return jsonschema_rs.validator_for(compiled, validate_formats=True, ignore_unknown_formats=True)
