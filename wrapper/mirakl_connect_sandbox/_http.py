"""The request and response the sandbox's layers pass each other, and the API's error body.

The socket server (``_server``) turns bytes into a :class:`Request`, the dispatcher (``_dispatch``)
answers with a :class:`Response`; business code raises :class:`ApiError`::

    >>> raise ApiError(404, "DATA_NOT_FOUND", "No document with this id")
    Traceback (most recent call last):
    ...
    mirakl_connect_sandbox._http.ApiError: 404 DATA_NOT_FOUND: No document with this id
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from email.message import Message
from typing import Any, Literal

from mirakl_connect import FieldError

JSON = "application/json"


def field_error_json(error: FieldError) -> dict[str, str]:
    """A :class:`mirakl_connect.FieldError` as the API's ``Error.errors[]`` item."""
    if error.field:
        return {"field": error.field, "message": error.message}
    return {"message": error.message}


@dataclass
class Request:
    """An HTTP request as read off the socket (body already de-chunked)."""

    method: str  # upper case
    path: str  # raw (percent-encoded) path, without the query string
    query: dict[str, str]  # decoded; the last value wins for a repeated name
    headers: Message
    body: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("Content-Type", "")

    def media_type(self) -> str:
        """The content type without its parameters, lower case (``application/json``)."""
        return self.content_type.split(";", 1)[0].strip().lower()


@dataclass
class Response:
    status: int
    body: bytes = b""
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    disconnect: bool = False  # close the connection without writing anything
    # Cut the body short, then close: "length" sends half of the body promised by Content-Length,
    # "chunk" sends it chunked, a good chunk then a malformed one.
    truncate: Literal["length", "chunk"] | None = None
    source: str = ""  # not sent: "fault" or "rate_limit" when they produced it, for the counters

    @classmethod
    def json(cls, status: int, payload: Any, headers: Mapping[str, str] | None = None) -> Response:
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
        return cls(status, body, JSON, dict(headers or {}))

    @classmethod
    def empty(cls, status: int) -> Response:
        return cls(status)


class ApiError(Exception):
    """Answer with the API's ``Error`` body: ``{"code", "message", "errors"?}``."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        errors: Sequence[FieldError] = (),
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.errors = list(errors)
        self.headers = dict(headers or {})

    def response(self) -> Response:
        payload: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.errors:
            payload["errors"] = [field_error_json(error) for error in self.errors]
        return Response.json(self.status, payload, self.headers)


def invalid(errors: Sequence[FieldError], message: str = "The request is invalid") -> ApiError:
    """400 ``INVALID_INPUT`` listing every field at fault."""
    return ApiError(400, "INVALID_INPUT", message, errors)
