"""The exceptions of mirakl-connect, and how an HTTP response becomes one.

::

    ConnectError
    ├── ConfigurationError      bad client settings (missing credentials, http:// URL...)
    ├── ValidationError         bad input, found before anything is sent (.errors: FieldError list)
    ├── TransportError          the network failed, after retries (.__cause__: the httpx error)
    └── APIError                the API answered with an error (.status_code, .code, .message, .errors)
        ├── BadRequestError         400
        ├── AuthenticationError     401, and token endpoint refusals (.code: the OAuth error)
        ├── PermissionDeniedError   403
        ├── NotFoundError           404
        ├── RateLimitError          429, or a wait longer than allowed (.retry_after)
        └── ServerError             5xx and any other unexpected status (499, 520...)

    try:
        client.orders.update_action_status(action_id, "SUCCESS")
    except mc.NotFoundError as exc:
        print(exc.code, exc.message, exc.method, exc.path)

No message, repr or attribute of these exceptions carries a secret: the request kept on an
:class:`APIError` has its ``Authorization`` header redacted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import httpx

REDACTED = "[redacted]"


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


class BadRequestError(APIError):
    """400: the API refused the request (see ``.errors`` for the fields)."""


class AuthenticationError(APIError):
    """401: credentials refused, or a token refused twice. ``.code`` is the OAuth error when known."""


class PermissionDeniedError(APIError):
    """403."""


class NotFoundError(APIError):
    """404."""


class RateLimitError(APIError):
    """429, or a wait longer than the client is allowed to sleep. ``.retry_after`` in seconds."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        kwargs.setdefault("status_code", 429)
        super().__init__(message, **kwargs)


class ServerError(APIError):
    """5xx, or any status the API does not document (499, 520...)."""


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - raises when the response was built without one
    except RuntimeError:
        return False
    return True


def redact(response: httpx.Response, *, drop_body: bool = False) -> httpx.Response:
    """Replace the response's request by a copy without secrets: ``Authorization`` redacted, and
    with ``drop_body`` no body (a token request's form holds the client secret)."""
    if not _has_request(response):
        return response
    original = response.request
    if "authorization" not in original.headers and not drop_body:
        return response
    headers = httpx.Headers(original.headers)
    if "authorization" in headers:
        headers["Authorization"] = REDACTED
    content = None
    if not drop_body:
        try:
            content = original.content
        except httpx.RequestNotRead:
            content = None
    else:
        headers.pop("Content-Length", None)
    response.request = httpx.Request(original.method, original.url, headers=headers, content=content)
    return response


def parse_body(response: httpx.Response) -> tuple[str | None, str, list[FieldError]]:
    """(code, message, field errors) from an API ``Error`` body or an OAuth error body."""
    reason = response.reason_phrase or "HTTP error"
    try:
        body = json.loads(response.content) if response.content else None
    except (json.JSONDecodeError, UnicodeDecodeError):
        body = None
    if not isinstance(body, dict):
        text = response.content[:200].decode("utf-8", "replace").strip()
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


def error_from_response(response: httpx.Response, *, retry_after: float | None = None) -> APIError:
    """The exception for an error response (its body read, its request redacted)."""
    response.read()
    redact(response)
    code, message, errors = parse_body(response)
    cls = _BY_STATUS.get(response.status_code, ServerError)
    kwargs: dict[str, Any] = {
        "status_code": response.status_code,
        "code": code,
        "errors": errors,
        "response": response,
    }
    if cls is RateLimitError:
        return RateLimitError(message, retry_after=retry_after, **kwargs)
    return cls(message, **kwargs)
