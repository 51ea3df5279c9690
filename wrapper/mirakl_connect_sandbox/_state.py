"""What the sandbox has stored, and what it has counted; both readable from the test that runs it.

    >>> state, counters = SandboxState(), Counters()  # a sandbox's: sb.state, sb.counters
    >>> state.add_action("A-1")  # open, as if Connect had sent its event
    >>> counters.request("updateActionStatus")  # what the sandbox does for each request...
    >>> state.actions["A-1"] = {"status": "SUCCESS", "errors": []}  # ...and what updateActionStatus stores
    >>> state.actions, counters.by_operation["updateActionStatus"]
    ({'A-1': {'status': 'SUCCESS', 'errors': []}}, 1)

Both are plain objects with dict attributes, changed under their ``lock`` by the request threads.
Read them when the client is idle, or take ``with sb.state.lock:`` for a consistent view.
"""

from __future__ import annotations

import marshal
import threading
from collections import Counter
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass
from typing import Any, TypeVar

JsonObject = dict[str, Any]
K = TypeVar("K")


class StoredJson(MutableMapping[K, JsonObject]):
    """A dict of JSON objects, each kept serialised: reading one gives a fresh, equal copy.

        >>> orders = StoredJson()
        >>> orders["A", "S", "O-1"] = {"status": "SHIPPED", "order_lines": [{"quantity": 2}]}
        >>> orders["A", "S", "O-1"]["order_lines"][0]["quantity"], len(orders)
        (2, 1)

    Why: 20,000 stored orders as dicts and lists are about 400,000 objects for the garbage
    collector to walk, and each full collection (every few thousand orders stored) stalled every
    request in flight for 70-200 ms, which made the sandbox the bottleneck of the bulk benchmark.
    As ``marshal`` bytes they are 20,000 objects it never walks; storing costs ~10 us an order.
    """

    def __init__(self) -> None:
        self._blobs: dict[K, bytes] = {}

    def __getitem__(self, key: K) -> JsonObject:
        return marshal.loads(self._blobs[key])  # type: ignore[no-any-return]  # noqa: S302 (our own bytes)

    def __setitem__(self, key: K, value: JsonObject) -> None:
        self._blobs[key] = marshal.dumps(value)

    def __delitem__(self, key: K) -> None:
        del self._blobs[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._blobs)

    def __len__(self) -> int:
        return len(self._blobs)

    def __contains__(self, key: object) -> bool:
        return key in self._blobs

    def __repr__(self) -> str:
        return f"StoredJson({len(self)} objects)"


@dataclass(frozen=True)
class StoredDocument:
    """An uploaded order document, as received."""

    channel_order_id: str  # from the upload path
    content: bytes  # the file part, byte for byte
    file_type: str  # detected from the content: "PDF", "JPEG", "PNG" or "CSV"
    filename: str | None  # the multipart part's own file name (Connect shows metadata.filename)
    content_type: str | None  # the multipart part's Content-Type header
    metadata: JsonObject  # the ``metadata`` JSON part (UploadOrderDocumentMetadata)
    origin: JsonObject  # the ``origin`` JSON part (DocumentOriginRequest)


class SandboxState:
    """Everything the 12 operations stored. Keys are tuples of ids; values are the JSON as received
    (orders and returns: in a :class:`StoredJson`, a mapping that gives a copy on each read).

    Attributes:
        orders: ``(channel_id, channel_store_id, channel_order_id)`` -> order (upsertOrders; replaced
            whole, unless the stored ``channel_updated_at`` is newer).
        returns: ``(channel_id, channel_store_id, channel_return_id)`` -> return (upsertReturns).
        documents: ``channel_document_id`` -> :class:`StoredDocument` (uploadOrderDocument; removed
            by deleteOrderDocument, which answers 404 for an unknown id or another channel's).
        actions: ``action_id`` -> ``None`` while open (opened by ``sb.events``, which publishes the
            action's event, or by :meth:`add_action`), then the final ``{"status": ..., "errors":
            [...]}`` as reported with updateActionStatus.
        anonymize_after: ``(channel_id, channel_order_id)`` -> the ``anonymize_after`` date-time string
            (updateAnonymizeAfterDate).
        carriers: ``channel_id`` -> the complete carrier list (upsertCarriers).
        stores: ``(channel_id, channel_store_id)`` -> business information (upsertBusinessInformation;
            ignored when older than the stored ``updated_at``).
        catalog_configurations: ``channel_id`` -> capabilities (configureChannelCatalog).
        product_types: ``(channel_id, store_id or None, product_type_id)`` -> product type
            (upsertProductType).
        taxonomy_rules: ``channel_id`` -> ``{rule id: rule}`` (createTaxonomyRule).
        store_catalog_items: ``(channel_id, store_id)`` -> ``{item id: item}`` (updateStoreCatalogItems).
    """

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.orders: StoredJson[tuple[str, str, str]] = StoredJson()
        self.returns: StoredJson[tuple[str, str, str]] = StoredJson()
        self.documents: dict[str, StoredDocument] = {}
        self.actions: dict[str, JsonObject | None] = {}
        self.anonymize_after: dict[tuple[str, str], str] = {}
        self.carriers: dict[str, list[JsonObject]] = {}
        self.stores: dict[tuple[str, str], JsonObject] = {}
        self.catalog_configurations: dict[str, JsonObject] = {}
        self.product_types: dict[tuple[str, str | None, str], JsonObject] = {}
        self.taxonomy_rules: dict[str, dict[str, JsonObject]] = {}
        self.store_catalog_items: dict[tuple[str, str], dict[str, JsonObject]] = {}

    def add_action(self, action_id: str) -> None:
        """Declare an open action, as if Connect had sent its OrderActionEvent.

        Needed only with ``require_known_actions=True``; otherwise any action id is accepted once.
        """
        with self.lock:
            self.actions.setdefault(action_id, None)


class Counters:
    """What the sandbox answered, for assertions (``sb.counters.rate_limited == 0``).

    Attributes:
        requests: every HTTP request, the token endpoint included.
        by_operation: operationId, or ``"token"`` for the token endpoint -> requests routed to it
            (faulted, refused and successful alike).
        faults: fault injected -> times: the status code of a status fault (``503``), else the kind
            (``"disconnect"``, ``"truncate"``, ``"broken_chunk"``, ``"revoke"``, ``"delay"``,
            ``"pass"``, ``"respond"``), with ``":after"`` when injected once the request was
            processed (``"disconnect:after"``, ``"503:after"``); see ``Fault.counter_key``.
        tokens_issued: access tokens delivered by the token endpoint.
        rate_limited: 429 answers from the rate limiter (not 429 faults).
        unauthorized: 401 answers for a missing, malformed, unknown, expired or revoked token, and
            token requests with bad credentials.
        rejected: other 4xx answers: unknown path (404), wrong method (405), wrong content type (415),
            invalid request (400) and business refusals (400/404).
        events_emitted: events published by ``sb.events`` (emit, auto, publish), each counted once.
        events_delivered: messages handed to the event sink, duplicates included.
        events_duplicated: extra copies delivered by duplicate faults.
        events_reordered: messages held back by reorder faults.
        events_undelivered: messages the sink failed to take (an SQS error...).
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.requests = 0
        self.by_operation: Counter[str] = Counter()
        self.faults: Counter[str | int] = Counter()
        self.tokens_issued = 0
        self.rate_limited = 0
        self.unauthorized = 0
        self.rejected = 0
        self.events_emitted = 0
        self.events_delivered = 0
        self.events_duplicated = 0
        self.events_reordered = 0
        self.events_undelivered = 0

    def request(self, operation: str | None) -> None:
        with self.lock:
            self.requests += 1
            if operation is not None:
                self.by_operation[operation] += 1

    def fault(self, key: str | int) -> None:
        with self.lock:
            self.faults[key] += 1

    def add(self, name: str, count: int = 1) -> None:
        """Increment one of the integer counters."""
        with self.lock:
            setattr(self, name, getattr(self, name) + count)

    def __repr__(self) -> str:
        return (
            f"Counters(requests={self.requests}, by_operation={dict(self.by_operation)}, "
            f"faults={dict(self.faults)}, tokens_issued={self.tokens_issued}, "
            f"rate_limited={self.rate_limited}, unauthorized={self.unauthorized}, rejected={self.rejected}, "
            f"events_emitted={self.events_emitted}, events_delivered={self.events_delivered}, "
            f"events_duplicated={self.events_duplicated}, events_reordered={self.events_reordered}, "
            f"events_undelivered={self.events_undelivered})"
        )
