"""Requests checked against the spec: openapi-core routes and checks parameters, jsonschema-rs bodies.

    >>> router = Router("http://127.0.0.1:8000")
    >>> route = router.match("PUT", "/api/channel-platform/v1/orders/actions/A-1")
    >>> route.operation_id, route.path_params
    ('updateActionStatus', {'action_id': 'A-1'})
    >>> body_errors("upsertOrders", {"orders": [], "origin": {"channel_id": "C"}})
    ... # doctest: +NORMALIZE_WHITESPACE
    [FieldError(field='orders', message='value has less than 1 item'),
     FieldError(field='origin.channel_store_id', message='required')]

Why two libraries: openapi-core's full request validation checks a 100-order upsertOrders body in
~115 ms (pure-Python jsonschema), far too slow for a sandbox that must take 60 such calls a second.
So openapi-core does what it alone knows (which operation a method and path select, and the path and
query parameters' styles and schemas), and the body schemas, taken from the same spec, are compiled
once with the Rust-backed jsonschema-rs (~0.35 ms for the same body), formats checked, by
``mirakl_connect.spec.validator`` (the client's own set-up, here strict: no unknown enum value).
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

import jsonschema_rs
from mirakl_connect import FieldError
from mirakl_connect.spec import document, operations, validator
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.templating.paths.exceptions import OperationNotFound, PathError
from openapi_core.validation.request import V31RequestParametersValidator
from openapi_core.validation.request.exceptions import MissingRequiredParameter

_MAX_MESSAGE = 200
_MAX_CACHED_ROUTES = 4096
BASE_PATH = "/api/channel-platform"  # the path of the spec's server URLs


@dataclass(frozen=True)
class Route:
    operation_id: str
    path_params: dict[str, str]  # percent-decoded


class RouteError(Exception):
    def __init__(self, status: int, allowed: tuple[str, ...] = ()) -> None:
        super().__init__(status)
        self.status = status  # 404 or 405
        self.allowed = allowed  # for 405: the methods the path accepts


class _OpenAPIRequest:
    """The request protocol openapi-core reads (``openapi_core.protocols.Request``): no body."""

    body = None
    content_type = ""

    def __init__(self, host_url: str, method: str, path: str, query: dict[str, str]) -> None:
        self.host_url = host_url
        self.path = path
        self.method = method.lower()
        self.parameters = RequestParameters(query=query, header={}, cookie={}, path={})


@functools.cache
def _spec_without_deprecation() -> dict[str, Any]:
    """The spec, minus the parameters' ``deprecated`` flags.

    openapi-core calls ``warnings.warn`` for a deprecated parameter (store_id of
    updateStoreCatalogItems) on every request; warnings filters are process-global, and a client's
    test suite that turns warnings into errors would see the sandbox answer 500.
    """
    spec = copy.deepcopy(document())
    for parameter in spec["components"].get("parameters", {}).values():
        parameter.pop("deprecated", None)
    for item in spec["paths"].values():
        for node in [item, *(op for key, op in item.items() if isinstance(op, dict))]:
            for parameter in node.get("parameters", []):
                parameter.pop("deprecated", None)
    return spec


def _operations_with_parameters() -> frozenset[str]:
    found = set()
    for item in document()["paths"].values():
        for key, operation in item.items():
            if key != "parameters" and (item.get("parameters") or operation.get("parameters")):
                found.add(operation["operationId"])
    return frozenset(found)


class Router:
    """Which operation a request is for, and its parameter errors, by openapi-core."""

    def __init__(self, host_url: str, base_path: str = BASE_PATH) -> None:
        """``host_url``: the sandbox's scheme and authority, e.g. ``http://127.0.0.1:8000``."""
        self.host_url = host_url
        spec = dict(_spec_without_deprecation())
        spec["servers"] = [{"url": host_url + base_path}]
        # The spec itself is checked by the test suite (tests/test_spec.py); checking it again at
        # every start would cost ~0.7 s.
        api = OpenAPI.from_dict(spec, config=Config(spec_validator_cls=None))
        self._validator = V31RequestParametersValidator(api.spec)
        self._methods = sorted({op.method for op in operations().values()})
        self._ids = {(op.method, op.path): op_id for op_id, op in operations().items()}
        self._with_parameters = _operations_with_parameters()
        self._routes: dict[tuple[str, str], Route] = {}  # openapi-core's path search is ~0.8 ms

    def match(self, method: str, path: str) -> Route:
        route = self._routes.get((method, path))
        if route is None:
            route = self._match(method, path)
            if len(self._routes) >= _MAX_CACHED_ROUTES:
                self._routes.clear()
            self._routes[method, path] = route
        return route

    def _match(self, method: str, path: str) -> Route:
        if method not in self._methods:  # TRACE, BREW, post...: methods are case-sensitive
            allowed = self._allowed(path)
            raise RouteError(405, allowed) if allowed else RouteError(404)
        try:
            found = self._validator.path_finder.find(method.lower(), self.host_url + path)
        except OperationNotFound:
            raise RouteError(405, self._allowed(path)) from None
        except PathError:
            raise RouteError(404) from None
        operation_id = self._ids[method.upper(), found.path_result.pattern]
        variables = {name: unquote(value) for name, value in (found.path_result.variables or {}).items()}
        return Route(operation_id, variables)

    def parameter_errors(
        self, route: Route, method: str, path: str, query: dict[str, str]
    ) -> list[FieldError]:
        """The path and query parameter errors of a request to ``route``, by openapi-core."""
        if route.operation_id not in self._with_parameters:
            return []  # nothing declared, nothing to check: skip a second path search
        request = _OpenAPIRequest(self.host_url, method, path, query)
        errors = []
        for error in self._validator.iter_errors(request):
            name = getattr(error, "name", "")
            cause = error.__cause__ or error
            if isinstance(cause, MissingRequiredParameter):
                errors.append(FieldError(name, "required"))
                continue
            schema_errors = getattr(cause, "schema_errors", None)
            if schema_errors:
                errors.extend(FieldError(name, _short(e.message)) for e in schema_errors)
            else:
                errors.append(FieldError(name, _short(str(cause))))
        return sorted(errors, key=lambda e: e.field or "")

    def _allowed(self, path: str) -> tuple[str, ...]:
        allowed = []
        for method in self._methods:
            try:
                self._validator.path_finder.find(method.lower(), self.host_url + path)
            except PathError:
                continue
            allowed.append(method)
        return tuple(allowed)


# -- bodies --------------------------------------------------------------------------------------


def _schema_name(ref: str) -> str:
    """``#/components/schemas/Name`` -> ``Name``."""
    return ref.rsplit("/", 1)[1]


def body_schema(operation_id: str) -> str:
    """The name of an operation's request body schema (in ``#/components/schemas``)."""
    op = operations()[operation_id]
    node = document()["paths"][op.path][op.method.lower()]
    content = node["requestBody"]["content"]
    return _schema_name(str(content[op.content_type]["schema"]["$ref"]))


def multipart_parts(operation_id: str) -> tuple[dict[str, str], list[str]]:
    """For a multipart body: ``{part name: schema name}`` of its JSON parts, and the required parts."""
    schema = document()["components"]["schemas"][body_schema(operation_id)]
    properties = schema["properties"].items()
    names = {part: _schema_name(prop["$ref"]) for part, prop in properties if "$ref" in prop}
    return names, list(schema.get("required", []))


def body_errors(operation_id: str, body: Any) -> list[FieldError]:
    """Every schema violation of an operation's JSON body, sorted by field."""
    return schema_errors(body_schema(operation_id), body)


def schema_errors(schema: str, instance: Any, prefix: str = "") -> list[FieldError]:
    """Every violation of ``#/components/schemas/<schema>`` (checked strictly), sorted by field."""
    errors = _field_errors(validator(schema).iter_errors(instance))
    if prefix:
        errors = [(path, FieldError(_join(prefix, e.field or ""), e.message)) for path, e in errors]
    errors.sort(key=lambda item: item[0])
    return [error for _, error in errors]


def _field_errors(
    errors: Iterable[jsonschema_rs.ValidationError],
) -> list[tuple[tuple[Any, ...], FieldError]]:
    found = []
    for error in errors:
        path = list(error.instance_path)
        kind = error.kind
        if isinstance(kind, jsonschema_rs.ValidationErrorKind.OneOfNotValid):
            branch = _matching_branch(len(path), kind.context)
            if branch is not None:  # the variant the discriminator picked: report its own errors
                found.extend(_field_errors(branch))
                continue
        if isinstance(kind, jsonschema_rs.ValidationErrorKind.Required):
            path.append(kind.property)
        found.append((tuple(_sort_key(path)), FieldError(field_path(path), _message(error))))
    return found


def _matching_branch(
    depth: int, branches: list[list[jsonschema_rs.ValidationError]]
) -> list[jsonschema_rs.ValidationError] | None:
    """Of a failed ``oneOf``, the branch the value was meant for, when it can be told.

    That is the only branch whose ``const`` (discriminator) matched; failing that, the only branch
    that accepts the value's own shape (its errors are all deeper than the value itself).
    """
    kinds = jsonschema_rs.ValidationErrorKind
    candidates = [b for b in branches if not any(isinstance(e.kind, kinds.Constant) for e in b)]
    if len(candidates) > 1:
        candidates = [b for b in candidates if all(len(e.instance_path) > depth for e in b)]
    return candidates[0] if len(candidates) == 1 else None


def _message(error: jsonschema_rs.ValidationError) -> str:
    kind = error.kind
    kinds = jsonschema_rs.ValidationErrorKind
    if isinstance(kind, kinds.Required):
        message = "required"
    elif isinstance(kind, kinds.Type):
        message = f"must be of type {' or '.join(kind.types)}"
    elif isinstance(kind, kinds.Format):
        message = f"must be a valid {kind.format}"
    elif isinstance(kind, kinds.Enum):
        message = f"must be one of {', '.join(json.dumps(option) for option in kind.options)}"
    elif isinstance(kind, kinds.Constant):
        message = f"must be {json.dumps(kind.expected_value)}"
    elif isinstance(kind, kinds.OneOfNotValid | kinds.AnyOf):
        message = "does not match any of the allowed variants"
    elif isinstance(kind, kinds.MinItems | kinds.MaxItems):
        limit = kind.limit
        fewer = "less" if isinstance(kind, kinds.MinItems) else "more"
        message = f"value has {fewer} than {limit} item{'' if limit == 1 else 's'}"
    else:
        # The validator's message starts with the offending value, which may be a whole order,
        # rendered with its keys in order or sorted (depending on the jsonschema-rs version).
        message = error.message
        for sort_keys in (False, True):
            rendered = json.dumps(
                error.instance, ensure_ascii=False, separators=(",", ":"), sort_keys=sort_keys
            )
            if message.startswith(rendered):
                message = "value" + message[len(rendered) :]
                break
    return _short(message)


def field_path(parts: Iterable[str | int]) -> str:
    """``["orders", 3, "order_lines", 0, "price"]`` -> ``orders[3].order_lines[0].price``."""
    out = ""
    for part in parts:
        out = f"{out}[{part}]" if isinstance(part, int) else _join(out, part)
    return out


def _join(prefix: str, name: str) -> str:
    if not name:
        return prefix
    if not prefix:
        return name
    return f"{prefix}{name}" if name.startswith("[") else f"{prefix}.{name}"


def _sort_key(path: list[Any]) -> Iterator[tuple[int, Any]]:
    for part in path:
        yield (0, part) if isinstance(part, int) else (1, str(part))


def _short(message: str) -> str:
    return message if len(message) <= _MAX_MESSAGE else message[: _MAX_MESSAGE - 1] + "…"
