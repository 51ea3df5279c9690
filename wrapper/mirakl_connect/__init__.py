"""mirakl-connect: a Python client for the Mirakl Connect Channel Platform API.

    import mirakl_connect as mc

    with mc.ConnectClient(client_id=..., client_secret=...) as client:
        client.orders.update_action_status(action_id, "SUCCESS")

The generated low-level client is ``mirakl_connect_api``; ``client.api`` is an instance of it,
wired with the same auth, retries and pacing. The sandbox, a local fake of the API, is the
``mirakl_connect_sandbox`` package (the ``sandbox`` extra).
"""

from importlib import import_module
from typing import TYPE_CHECKING

from mirakl_connect_api.types import is_known

from . import environments
from ._auth import ClientCredentials
from ._bulk import BulkResult, ItemFailure, Progress
from ._client import AsyncConnectClient, ConnectClient
from ._clock import Clock, SystemClock
from ._errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    ClientError,
    ConfigurationError,
    ConflictError,
    ConnectError,
    FieldError,
    NotFoundError,
    PacingError,
    PermissionDeniedError,
    RateLimitError,
    RedirectError,
    ServerError,
    TransportError,
    UnprocessableEntityError,
    ValidationError,
)
from ._fleet import RedisDeduplicator, RedisStore
from ._pacing import Pacing
from ._resources import ReturnsResult
from ._retry import RetryPolicy
from ._types import DocumentOriginDict, OriginDict
from .spec import Rate

if TYPE_CHECKING:
    from . import events as events  # imported on first use of ``mc.events``: see __getattr__

__version__ = "0.1.0"


if not TYPE_CHECKING:  # hidden from type checkers, which would take any misspelt name for a module

    def __getattr__(name: str) -> object:
        if name == "events":  # consumers, dispatchers, asyncio...: a fifth of the import, for the client
            return import_module(".events", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "APIError",
    "AsyncConnectClient",
    "AuthenticationError",
    "BadRequestError",
    "BulkResult",
    "ClientCredentials",
    "ClientError",
    "Clock",
    "ConfigurationError",
    "ConflictError",
    "ConnectClient",
    "ConnectError",
    "DocumentOriginDict",
    "FieldError",
    "ItemFailure",
    "NotFoundError",
    "OriginDict",
    "Pacing",
    "PacingError",
    "PermissionDeniedError",
    "Progress",
    "Rate",
    "RateLimitError",
    "RedirectError",
    "RedisDeduplicator",
    "RedisStore",
    "RetryPolicy",
    "ReturnsResult",
    "ServerError",
    "SystemClock",
    "TransportError",
    "UnprocessableEntityError",
    "ValidationError",
    "__version__",
    "environments",
    "events",
    "is_known",
]
