"""A local fake of the Mirakl Connect Channel Platform API, for tests and demos.

    >>> import httpx
    >>> from mirakl_connect_sandbox import Fault, Sandbox
    >>> with Sandbox(seed=1, faults=[Fault.status_code(503, times=1)]) as sb:
    ...     form = {"grant_type": "client_credentials",
    ...             "client_id": sb.client_id, "client_secret": sb.client_secret}
    ...     httpx.post(sb.token_url, data=form).status_code, httpx.post(sb.token_url, data=form).status_code
    ...     sb.counters.faults
    (503, 200)
    Counter({503: 1})

It serves the 12 operations of ``openapi3.yaml`` on 127.0.0.1: OAuth2 client-credentials tokens,
requests checked against the spec (routing and parameters by openapi-core, bodies by the client's
``mirakl_connect.spec.validator``), the operations' business rules on an in-memory
:class:`SandboxState`, the documented rate limits, and injectable faults (:class:`Fault`).
It also plays the seller: ``sb.events`` (:class:`EventPublisher`) publishes order action events
for the orders it holds, on demand or after each upsertOrders, to an in-memory queue, a JSONL
file or SQS, with duplicates and reordering on demand (:class:`EventFault`).
``python -m mirakl_connect_sandbox --help`` runs it from a shell.
Needs the ``sandbox`` extra: ``pip install 'mirakl-connect[sandbox]'``.

Built on the client's public modules only (``mirakl_connect.spec``, ``mirakl_connect.FieldError``,
and the event sources of ``mirakl_connect.events`` its events are read with): what it shares with
the client are the facts of the spec, never the client's behaviour. What it raises are
``mirakl_connect.ConnectError`` subclasses (:class:`SandboxError`, see ``_errors``).
"""

try:
    import openapi_core  # noqa: F401
except ModuleNotFoundError as missing:  # pragma: no cover - depends on the install
    raise ImportError(
        "mirakl_connect_sandbox needs the sandbox extra: pip install 'mirakl-connect[sandbox]'"
    ) from missing

from mirakl_connect.spec import Rate

from ._errors import LifecycleError, NothingToEmit, SandboxError, SettingError, SinkError
from ._events import EventPublisher
from ._faults import EventFault, EventFaultInjector, Fault, FaultInjector, parse_event_fault, parse_fault
from ._sandbox import Sandbox
from ._sinks import EventSink, FileSink, MemorySink, Outgoing, SQSSink
from ._state import Counters, SandboxState, StoredDocument

__all__ = [
    "Counters",
    "EventFault",
    "EventFaultInjector",
    "EventPublisher",
    "EventSink",
    "Fault",
    "FaultInjector",
    "FileSink",
    "LifecycleError",
    "MemorySink",
    "NothingToEmit",
    "Outgoing",
    "Rate",
    "SQSSink",
    "Sandbox",
    "SandboxError",
    "SandboxState",
    "SettingError",
    "SinkError",
    "StoredDocument",
    "parse_event_fault",
    "parse_fault",
]
