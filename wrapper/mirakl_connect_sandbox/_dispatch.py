"""One request through the sandbox: route, fault, token, auth, rate limit, validation, operation.

    >>> import time
    >>> from email.message import Message
    >>> from ._state import SandboxState
    >>> app = Dispatcher(
    ...     "http://127.0.0.1:8080",
    ...     tokens=TokenIssuer("client", "secret", ttl=3599, clock=time.time),
    ...     faults=FaultInjector([Fault.status_code(503, times=1)]),
    ...     limiter=RateLimiter({}, clock=time.time),
    ...     operations=Operations(SandboxState(), clock=time.time),
    ...     counters=Counters(),
    ...     stopping=threading.Event(),
    ... )
    >>> report = Request("PUT", "/api/channel-platform/v1/orders/actions/A-1", {}, Message(), b"{}")
    >>> app(report).status, app(report).status  # a fault first, even without a token; then 401
    (503, 401)

The order matters and mirrors a real gateway: faults first (they stand for the network and the
infrastructure, so they hit even requests that would fail), then the token endpoint, unknown paths
and methods, the bearer token, the caller's rate limit, and only then the content checks.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from http import HTTPStatus
from typing import Any, Literal

from mirakl_connect import FieldError, spec

from ._faults import TOKEN, Fault, FaultInjector, retry_after_header
from ._http import ApiError, Request, Response, invalid
from ._multipart import MultipartError, parse
from ._operations import Call, Operations
from ._ratelimit import RateLimiter
from ._state import Counters
from ._tokens import TokenIssuer
from ._validation import BASE_PATH, Route, RouteError, Router, body_errors, multipart_parts, schema_errors

logger = logging.getLogger("mirakl_connect_sandbox")

TOKEN_PATH = "/oauth/token"  # noqa: S105 (a URL path, not a credential)
_CLOUDFLARE_520 = (
    b"<!DOCTYPE html>\n<html><head><title>520: Web server is returning an unknown error</title></head>\n"
    b"<body><h1>Web server is returning an unknown error</h1><p>Error code 520</p></body></html>\n"
)


class Dispatcher:
    """The sandbox's request handler, shared by every connection thread."""

    def __init__(
        self,
        host_url: str,
        *,
        tokens: TokenIssuer,
        faults: FaultInjector,
        limiter: RateLimiter,
        operations: Operations,
        counters: Counters,
        stopping: threading.Event,
        downloads: Callable[[Request], Response | None] | None = None,
    ) -> None:
        self.router = Router(host_url)
        self.downloads = downloads  # documents of UPLOAD_DOCUMENT events, outside the API's paths
        self.tokens = tokens
        self.faults = faults
        self.limiter = limiter
        self.operations = operations
        self.counters = counters
        self.stopping = stopping
        self._media_types = {
            op_id: _media_type(op.content_type or "") for op_id, op in spec.operations().items()
        }

    def __call__(self, request: Request) -> Response:
        try:
            response = self._handle(request)
        except ApiError as error:
            response = error.response()
        except Exception:
            # No request data in the log: bodies and headers may hold secrets or personal data.
            logger.exception("sandbox: unexpected error on %s %s", request.method, request.path)
            response = ApiError(500, "INTERNAL_SERVER_ERROR", "Unexpected sandbox error").response()
        self._count(response)
        return response

    def _count(self, response: Response) -> None:
        if response.source == "fault":
            return
        if response.source == "rate_limit":
            self.counters.add("rate_limited")
        elif response.status == 401:
            self.counters.add("unauthorized")
        elif 400 <= response.status < 500:
            self.counters.add("rejected")

    def _handle(self, request: Request) -> Response:
        """Count, then apply a fault (before serving, or after with ``after=True``), else serve."""
        route: Route | RouteError | None = None
        if self.downloads is not None and not request.path.startswith(BASE_PATH + "/"):
            download = self.downloads(request)
            if download is not None:  # not the API: no fault, token nor rate limit
                self.counters.request(None)
                return download
        if request.path == TOKEN_PATH:
            operation: str | None = TOKEN
        elif request.path.startswith(BASE_PATH + "/"):
            try:
                route = self.router.match(request.method, request.path)
            except RouteError as error:
                route = error
            operation = route.operation_id if isinstance(route, Route) else None
        else:
            operation = None
        self.counters.request(operation)

        fault = self.faults.pick(operation)
        if fault is None:
            return self._serve(route, operation, request)
        served = None
        if fault.after and operation != TOKEN:  # processed first; then the answer is lost, cut or replaced
            try:
                served = self._serve(route, operation, request)
            except ApiError:
                self.faults.give_back(fault)
                raise
            if not 200 <= served.status < 300:  # nothing to lose: not injected, not counted
                self.faults.give_back(fault)
                return served
        self.counters.fault(fault.counter_key)
        faulted = self._inject(fault, request, served)
        if faulted is None:
            return self._serve(route, operation, request)
        faulted.source = "fault"
        return faulted

    def _serve(self, route: Route | RouteError | None, operation: str | None, request: Request) -> Response:
        """The real answer: token, route, auth, rate limit, content checks, then the operation."""
        if operation == TOKEN:
            return self._token(request)
        if not isinstance(route, Route):
            raise _route_error(route)
        client_id = self.tokens.verify(request.headers.get("Authorization"))
        wait = self.limiter.acquire(client_id, route.operation_id)
        if wait is not None:
            message = f"Rate limit of {route.operation_id} exceeded; retry in {wait} s"
            limited = ApiError(
                429, "TOO_MANY_REQUESTS", message, headers={"Retry-After": str(wait)}
            ).response()
            limited.source = "rate_limit"
            return limited
        self._check_media_type(route.operation_id, request)
        errors = self.router.parameter_errors(route, request.method, request.path, request.query)
        body, body_problems = self._body(route.operation_id, request)
        if errors or body_problems:
            raise invalid(errors + body_problems)
        return self.operations.handle(Call(route.operation_id, route.path_params, request.query, body))

    # -- faults -----------------------------------------------------------------------------------

    def _inject(self, fault: Fault, request: Request, served: Response | None) -> Response | None:
        """The faulty answer, or None to go on and serve the request (pass, delay).

        ``served``: the real answer of the request, already processed (``after=True``), else None.
        """
        if fault.kind in ("pass", "delay"):
            self.stopping.wait(fault.delay)
            return None
        if fault.kind == "revoke":
            self.tokens.revoke(request.headers.get("Authorization"))
            # After processing: answered, and the next call with this token gets 401.
            return served or ApiError(401, "UNAUTHORIZED", "The access token was revoked").response()
        if fault.kind in ("truncate", "broken_chunk"):
            return _cut(served, "length" if fault.kind == "truncate" else "chunk")
        return _replacement(fault)

    # -- token, bodies ------------------------------------------------------------------------------

    def _token(self, request: Request) -> Response:
        if request.method != "POST":
            raise ApiError(405, "METHOD_NOT_ALLOWED", "Use POST", headers={"Allow": "POST"})
        response = self.tokens.token_endpoint(request.body)
        if response.status == 200:
            self.counters.add("tokens_issued")
        return response

    def _check_media_type(self, operation_id: str, request: Request) -> None:
        expected = self._media_types[operation_id]
        if request.media_type() != expected:
            message = f"Content-Type must be {expected}"
            raise ApiError(415, "UNSUPPORTED_MEDIA_TYPE", message, [FieldError("Content-Type", message)])

    def _body(self, operation_id: str, request: Request) -> tuple[Any, list[FieldError]]:
        """The parsed body, and what is wrong with it."""
        if self._media_types[operation_id] == "multipart/form-data":
            return self._multipart(operation_id, request)
        if not request.body:
            return None, [FieldError("", "a request body is required")]
        try:
            body = json.loads(request.body)
        except (UnicodeDecodeError, ValueError) as error:
            return None, [FieldError("", f"malformed JSON: {error}")]
        return body, body_errors(operation_id, body)

    def _multipart(self, operation_id: str, request: Request) -> tuple[dict[str, Any], list[FieldError]]:
        try:
            parts = parse(request.body, request.content_type)
        except MultipartError as error:
            return {}, [FieldError("", f"malformed multipart body: {error}")]
        json_parts, required = multipart_parts(operation_id)
        errors: list[FieldError] = []
        body: dict[str, Any] = dict(parts)
        for name in sorted({*required, *json_parts}):
            if name not in parts:
                if name in required:
                    errors.append(FieldError(name, "required"))
                continue
            schema = json_parts.get(name)
            if schema is None:
                continue
            try:
                body[name] = json.loads(parts[name].content)
            except (UnicodeDecodeError, ValueError):
                errors.append(FieldError(name, "malformed JSON"))
                continue
            errors.extend(schema_errors(schema, body[name], prefix=name))
        return body, errors


def _replacement(fault: Fault) -> Response:
    """The answer of a respond, disconnect or status fault."""
    if fault.kind == "respond":
        return Response.json(fault.status or 200, fault.body)
    if fault.kind == "disconnect":
        return Response(0, disconnect=True)
    status = fault.status or 500
    headers = {}
    if fault.retry_after is not None:
        headers["Retry-After"] = retry_after_header(fault.retry_after)
    if status == 520:
        return Response(520, _CLOUDFLARE_520, "text/html; charset=UTF-8", headers)
    code = "TOO_MANY_REQUESTS" if status == 429 else _status_code_name(status)
    return ApiError(status, code, f"Injected fault: HTTP {status}", headers=headers).response()


def _cut(answer: Response | None, how: Literal["length", "chunk"]) -> Response:
    """The answer to send cut short: the real one, a 500 error body before processing, and a
    small JSON body for an answer without one (204...)."""
    message = "Injected fault: an answer cut short"
    if answer is None:
        answer = ApiError(500, "INTERNAL_SERVER_ERROR", message).response()
    elif not answer.body:
        status = 200 if answer.status in (204, 205, 304) else answer.status
        answer = Response.json(status, {"message": message}, answer.headers)
    answer.truncate = how
    return answer


def _route_error(error: RouteError | None) -> ApiError:
    if error is not None and error.status == 405:
        allowed = ", ".join(error.allowed)
        return ApiError(
            405, "METHOD_NOT_ALLOWED", f"Method not allowed; use {allowed}", headers={"Allow": allowed}
        )
    return ApiError(404, "NOT_FOUND", "No such path in the Channel Platform API")


def _status_code_name(status: int) -> str:
    try:
        return HTTPStatus(status).name
    except ValueError:
        return "ERROR"


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()
