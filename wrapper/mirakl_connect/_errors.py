"""The exceptions of mirakl-connect, and how an HTTP response becomes one.

::

    ConnectError
    ├── ConfigurationError      bad client settings (missing credentials, http:// URL...)
    ├── ValidationError         bad input, found before anything is sent (.errors: FieldError list)
    ├── TransportError          the network failed, after retries, or the deadline passed (.__cause__)
    ├── PacingError             the client's own pacing would wait too long; nothing sent (.retry_after)
    └── APIError                the API answered with an error (.status_code, .code, .message, .errors)
        ├── RedirectError           3xx: not followed, credentials never leave the API's origin (.location)
        ├── ClientError             4xx
        │   ├── BadRequestError         400
        │   ├── AuthenticationError     401, and token endpoint refusals (.code: the OAuth error)
        │   ├── PermissionDeniedError   403
        │   ├── NotFoundError           404
        │   ├── ConflictError           409
        │   ├── UnprocessableEntityError 422
        │   └── RateLimitError          429 (.retry_after)
        └── ServerError             5xx, and statuses outside 300-599 (an answer that is not HTTP's)

    try:
        client.orders.update_action_status(action_id, "SUCCESS")
    except mc.NotFoundError as exc:
        print(exc.code, exc.message, exc.method, exc.path)

No message, repr or attribute of these exceptions carries a secret: the response kept on an
:class:`APIError` is a copy with no history, no follow-up request and, for the token endpoint, no
body; its request has its ``Authorization`` header redacted. An error body is kept up to
:data:`MAX_ERROR_BODY` bytes (``.response.content``), whatever its format.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import httpx

REDACTED = "[redacted]"
MAX_ERROR_BODY = 1024 * 1024  # bytes of an error answer kept (the rest is not read)


@dataclass(frozen=True)
class FieldError:
    """One problem with one field: ``field`` is a JSON path such as ``orders[3].price.currency``."""

    field: str | None
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class ConnectError(Exception):
    """Base class of every error raised by mirakl-connect."""


class ConfigurationError(ConnectError, ValueError):
    """The client cannot be built as asked (missing credentials, insecure URL...)."""


class ValidationError(ConnectError, ValueError):
    """Input that the API would refuse, found before any byte is sent."""

    def __init__(self, errors: list[FieldError], *, what: str = "request") -> None:
        self.errors = errors
        shown = "; ".join(map(str, errors[:10])) + (
            f"; ... ({len(errors) - 10} more)" if len(errors) > 10 else ""
        )
        super().__init__(f"invalid {what}: {shown}")


class TransportError(ConnectError):
    """The request could not be completed over the network, retries included."""

    def __init__(self, message: str, *, method: str | None = None, path: str | None = None) -> None:
        self.method, self.path = method, path
        super().__init__(message)


class PacingError(ConnectError):
    """The client's pacing would hold this call longer than it may wait: nothing was sent.

    ``retry_after``: seconds until the operation has a free slot. Raised instead of a silent
    block when the wait is over ``Pacing.max_wait`` or past the call's deadline; never a 429 from
    the server (that is :class:`RateLimitError`).
    """

    def __init__(self, message: str, *, retry_after: float, operation: str | None = None) -> None:
        self.retry_after, self.operation = retry_after, operation
        super().__init__(message)


class APIError(ConnectError):
    """The API answered with an error status."""

    status_code: int
    code: str | None
    message: str
    errors: list[FieldError]

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: str | None = None,
        errors: list[FieldError] | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        self.status_code, self.code, self.message = status_code, code, message
        self.errors = errors or []
        self.response = response
        self.request: httpx.Request | None = (
            response.request if response is not None and _has_request(response) else None
        )
        self.method = self.request.method if self.request is not None else None
        self.path = self.request.url.path if self.request is not None else None
        where = f" ({self.method} {self.path})" if self.method else ""
        detail = "".join(f"; {e}" for e in self.errors[:10])
        super().__init__(f"{status_code} {code or 'error'}: {message}{where}{detail}")


class RedirectError(APIError):
    """3xx: the API answered with a redirect, which is never followed (``.location``)."""

    @property
    def location(self) -> str | None:
        return self.response.headers.get("Location") if self.response is not None else None


class ClientError(APIError):
    """4xx: the API refused the request as sent; sending it again unchanged will not help."""


class BadRequestError(ClientError):
    """400: the API refused the request (see ``.errors`` for the fields)."""


class AuthenticationError(ClientError):
    """401: credentials refused, or a token refused twice. ``.code`` is the OAuth error when known."""


class PermissionDeniedError(ClientError):
    """403."""


class NotFoundError(ClientError):
    """404."""


class ConflictError(ClientError):
    """409: the request conflicts with the resource's current state."""


class UnprocessableEntityError(ClientError):
    """422: well-formed, but the API cannot process it."""


class RateLimitError(ClientError):
    """429 from the API, after the retries allowed. ``.retry_after`` in seconds, when it said."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        kwargs.setdefault("status_code", 429)
        super().__init__(message, **kwargs)


class ServerError(APIError):
    """5xx (520 and the like included), or a status outside HTTP's classes."""


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class(status: int) -> type[APIError]:
    """The exception class for an error status.

    >>> [error_class(s).__name__ for s in (302, 400, 405, 409, 429)]
    ['RedirectError', 'BadRequestError', 'ClientError', 'ConflictError', 'RateLimitError']
    >>> [error_class(s).__name__ for s in (499, 501, 520, 600)]
    ['ClientError', 'ServerError', 'ServerError', 'ServerError']
    """
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    if 300 <= status < 400:
        return RedirectError
    if 400 <= status < 500:
        return ClientError
    return ServerError


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - raises when the response was built without one
    except RuntimeError:
        return False
    return True


def redacted_request(request: httpx.Request, *, drop_body: bool) -> httpx.Request:
    """A copy of ``request`` without secrets: ``Authorization`` redacted, and with ``drop_body``
    no body (a token request's form holds the client secret)."""
    headers = httpx.Headers(request.headers)
    if "authorization" in headers:
        headers["Authorization"] = REDACTED
    content = None
    if drop_body:
        headers.pop("Content-Length", None)
    else:
        try:
            content = request.content
        except httpx.RequestNotRead:  # a streamed body (an upload) is not kept
            headers.pop("Content-Length", None)
    return httpx.Request(request.method, request.url, headers=headers, content=content)


def safe_copy(response: httpx.Response, *, drop_body: bool = False) -> httpx.Response:
    """A copy of a read ``response`` that holds no secret, for an exception or a result.

    No ``history`` (the token answer), no ``next_request`` (a redirect's copy of the credentials),
    no connection; at most :data:`MAX_ERROR_BODY` bytes of body, none with ``drop_body`` (a token
    endpoint's answer); its request redacted (``drop_body``: without its body either).

    >>> sent = httpx.Request("GET", "https://x.test/", headers={"Authorization": "Bearer t0k3n"})
    >>> kept = safe_copy(httpx.Response(500, content=b"oops", request=sent))
    >>> kept.request.headers["Authorization"], kept.content, kept.history
    ('[redacted]', b'oops', [])
    """
    content = b"" if drop_body else response.content[:MAX_ERROR_BODY]
    headers = httpx.Headers(response.headers)
    for name in ("Content-Encoding", "Content-Length", "Transfer-Encoding", "Set-Cookie"):
        headers.pop(name, None)
    extensions = {k: v for k, v in response.extensions.items() if k != "network_stream"}
    request = redacted_request(response.request, drop_body=drop_body) if _has_request(response) else None
    return httpx.Response(
        response.status_code, headers=headers, content=content, request=request, extensions=extensions
    )


def _from_model(parsed: Any) -> tuple[str | None, str, list[FieldError]] | None:
    """(code, message, field errors) of a generated ``Error`` model, or None for anything else."""
    code, message = getattr(parsed, "code", None), getattr(parsed, "message", None)
    if not isinstance(code, str) or not isinstance(message, str):
        return None
    items = getattr(parsed, "errors", None)
    errors = [
        FieldError(item.field if isinstance(item.field, str) else None, str(item.message))
        for item in (items if isinstance(items, list) else [])
    ]
    return code, message, errors


def parse_body(response: httpx.Response) -> tuple[str | None, str, list[FieldError]]:
    """(code, message, field errors) from an API ``Error`` body, an OAuth error body, or any text."""
    reason = response.reason_phrase or "HTTP error"
    try:
        body = json.loads(response.content) if response.content else None
    except (json.JSONDecodeError, UnicodeDecodeError):
        body = None
    if not isinstance(body, dict):
        text = " ".join(response.content[:200].decode("utf-8", "replace").split())
        return None, f"{reason} ({text})" if text else reason, []
    if "error" in body and "code" not in body:  # OAuth 2 error
        return str(body["error"]), str(body.get("error_description") or reason), []
    items = body.get("errors")
    errors = [
        FieldError(str(i["field"]) if i.get("field") is not None else None, str(i.get("message", "")))
        for i in (items if isinstance(items, list) else [])
        if isinstance(i, dict)
    ]
    code = body.get("code")
    return (str(code) if code is not None else None), str(body.get("message") or reason), errors


def error_from_response(
    response: httpx.Response,
    *,
    parsed: Any = None,
    retry_after: float | None = None,
    drop_body: bool = False,
    cls: type[APIError] | None = None,
    prefix: str = "",
) -> APIError:
    """The exception for a read error response: its class from the status (or ``cls``), its code,
    message and field errors from ``parsed`` (the generated ``Error`` model, when the generated
    parser made one) or else from the body; the response kept is a :func:`safe_copy`."""
    found = _from_model(parsed) or parse_body(response)
    code, message, errors = found
    if 300 <= response.status_code < 400:
        where = response.headers.get("Location") or "nowhere"
        message = f"redirected to {where}, not followed: credentials never leave the API's origin"
    kept = safe_copy(response, drop_body=drop_body)
    cls = cls or error_class(response.status_code)
    kwargs: dict[str, Any] = {
        "status_code": response.status_code,
        "code": code,
        "errors": errors,
        "response": kept,
    }
    if issubclass(cls, RateLimitError):
        return cls(prefix + message, retry_after=retry_after, **kwargs)
    return cls(prefix + message, **kwargs)
