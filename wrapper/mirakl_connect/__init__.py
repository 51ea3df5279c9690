"""mirakl-connect: a Python client for the Mirakl Connect Channel Platform API.

    import mirakl_connect as mc

    with mc.ConnectClient(client_id=..., client_secret=...) as client:
        client.orders.update_action_status(action_id, "SUCCESS")

The generated low-level client is ``mirakl_connect_api``; ``client.api`` is an instance of it,
wired with the same auth, retries and pacing. The sandbox, a local fake of the API, is the
``mirakl_connect_sandbox`` package (the ``sandbox`` extra).

Every name here loads on first use (PEP 562 ``__getattr__``): ``import mirakl_connect`` costs a
few milliseconds, and ``mc.ConnectClient`` then loads the client, httpx included (about 0.6 of
the time it takes to import every generated model; see ``benchmarks/bench_import.py``). A
program that only parses events or catches errors never pays for the client. Type checkers and
IDEs see every name through the imports under ``TYPE_CHECKING``. Written by hand (no library):
the same dozen lines as the generated ``mirakl_connect_api.models`` package.
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mirakl_connect_api.types import is_known

    from . import environments, events, spec
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

__version__ = "0.1.0"

# name -> the module that defines it (relative to this package)
_HOMES = {
    "ClientCredentials": "._auth",
    "BulkResult": "._bulk",
    "ItemFailure": "._bulk",
    "Progress": "._bulk",
    "AsyncConnectClient": "._client",
    "ConnectClient": "._client",
    "Clock": "._clock",
    "SystemClock": "._clock",
    "APIError": "._errors",
    "AuthenticationError": "._errors",
    "BadRequestError": "._errors",
    "ClientError": "._errors",
    "ConfigurationError": "._errors",
    "ConflictError": "._errors",
    "ConnectError": "._errors",
    "FieldError": "._errors",
    "NotFoundError": "._errors",
    "PacingError": "._errors",
    "PermissionDeniedError": "._errors",
    "RateLimitError": "._errors",
    "RedirectError": "._errors",
    "ServerError": "._errors",
    "TransportError": "._errors",
    "UnprocessableEntityError": "._errors",
    "ValidationError": "._errors",
    "RedisDeduplicator": "._fleet",
    "RedisStore": "._fleet",
    "Pacing": "._pacing",
    "ReturnsResult": "._resources",
    "RetryPolicy": "._retry",
    "DocumentOriginDict": "._types",
    "OriginDict": "._types",
    "Rate": ".spec",
    "is_known": "mirakl_connect_api.types",
}
_MODULES = ("environments", "events", "spec")


if not TYPE_CHECKING:  # hidden from type checkers, which would take any misspelt name for a module

    def __getattr__(name: str) -> object:
        if name in _MODULES:
            return import_module(f".{name}", __name__)
        home = _HOMES.get(name)
        if home is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(home, __name__), name)
        globals()[name] = value  # the next lookup is a plain attribute
        return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


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
    "spec",
]
