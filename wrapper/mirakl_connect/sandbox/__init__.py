"""A local fake of the Mirakl Connect Channel Platform API, for tests and demos.

    >>> from mirakl_connect import sandbox
    >>> with sandbox.run(faults=[sandbox.Fault.status_code(503, times=1)]) as sb:  # doctest: +SKIP
    ...     token = httpx.post(sb.token_url, data={"grant_type": "client_credentials",
    ...                        "client_id": sb.client_id, "client_secret": sb.client_secret})
    ...     httpx.post(f"{sb.base_url}/v1/orders", json=..., headers={"Authorization": ...})
    ...     sb.state.orders, sb.counters.faults

It serves the 12 operations of ``openapi3.yaml`` on 127.0.0.1: OAuth2 client-credentials tokens,
requests checked against the spec (routing and parameters by openapi-core, bodies by jsonschema-rs),
the operations' business rules on an in-memory :class:`SandboxState`, the documented rate limits,
and injectable faults. ``python -m mirakl_connect.sandbox --help`` runs it from a shell.
Needs the ``sandbox`` extra: ``pip install mirakl-connect[sandbox]``.
"""

try:
    import openapi_core  # noqa: F401
except ModuleNotFoundError as missing:  # pragma: no cover - depends on the install
    raise ImportError(
        "mirakl_connect.sandbox needs the sandbox extra: pip install 'mirakl-connect[sandbox]'"
    ) from missing

from mirakl_connect.spec import Rate

from ._faults import Fault, FaultInjector, parse_fault
from ._sandbox import Sandbox, run
from ._state import Counters, SandboxState, StoredDocument

__all__ = [
    "Counters",
    "Fault",
    "FaultInjector",
    "Rate",
    "Sandbox",
    "SandboxState",
    "StoredDocument",
    "parse_fault",
    "run",
]
