"""Soak: up to 2,000 calls over the 12 operations, from 8 threads sharing one ``mc.ConnectClient``
and 8 asyncio tasks sharing one ``mc.AsyncConnectClient``, against the sandbox injecting faults into
about 35% of its requests (the token endpoint's included). Every call must end in success or in
one of the documented errors below, and the sandbox must end up holding exactly what the
outcomes say: nothing lost, nothing stored twice, nothing corrupted.

    $ pytest tests/reliability/test_soak.py -s          # prints the figures
    $ python benchmarks/bench_soak.py                   # all 2,000 calls, figures as markdown

The size
    The benchmark makes all 2,000 calls (5 to 10 s). The test stops its workers once they have made
    ``TEST_CALLS`` (400) calls and the run has met everything the tests below look for (``met``):
    every fault kind injected, an upload that raised a ``TransportError``, and an upload that raised
    although the sandbox processed it. The rarest fault is injected about once in 180 calls, and
    which request gets which fault depends on how the workers interleave, so a fixed count of calls
    would sometimes miss one; the run goes on (up to the 2,000 planned) until it has met them all.

The run
    A seeded plan gives each of the 16 workers 125 calls: rounds of 13 in a shuffled order (the
    12 operations and a second upload; the delete comes after the upload whose document it
    deletes, so about half of the documents stay to be compared), each call on keys no other call
    touches (a new order, action, channel, store...), so that what the sandbox must hold depends
    only on each call's outcome, never on how the workers interleave. Returns, anonymization
    dates and documents refer to orders stored by an un-faulted set-up phase. Then the faults
    are switched on and the workers run; then they are switched off and the state is read.

The faults (``FAULTS``, walked in order, each with its own probability: 1 - prod(1 - p) = 35%)
    429 with a ``Retry-After`` of 10 ms; 500, 502, 503, 504 and 520 before processing; 504 after
    processing (a gateway that lost the answer); connections dropped before and after processing;
    token revocations, answered 401 at once or after the call succeeded; answers cut short
    (Content-Length not met, before and after processing) and a malformed chunk after processing.

The client
    ``RetryPolicy(max_attempts=10, backoff=0.001, max_backoff=0.005, jitter=True, deadline=30)``
    and ``pacing=False``: the documented Call Frequencies (upsertCarriers 1/hour, upsertReturns
    1/minute...) would hold the soak for hours; the sandbox's own rate limits are off too
    (``rate_limits=False``), so every 429 is an injected one.

The documented outcomes (README, ``_retry``, ``_auth``)
    - Success. After a replay of an attempt that may have been processed, ``ACTION_ALREADY_FINAL``
      (updateActionStatus) and a 404 (deleteOrderDocument) are successes, so they count as such.
    - Any call, once its 10 attempts or its 30 s are spent: ``mc.TransportError`` (the network),
      ``mc.ServerError`` (5xx, 520), ``mc.RateLimitError`` (429). Rare: 0.35**10 per call.
    - Any call: ``mc.AuthenticationError`` when the fresh token that replaced a revoked one is
      revoked too before its one replay lands (README: "a 401 gets one fresh token and one
      replay"); several calls share a token, so one revocation can meet another's replay.
    - ``documents.upload`` (not idempotent: sent again only after an attempt that surely was not
      processed, i.e. 429, 503, 401 or no connection): ``mc.TransportError`` after a dropped or
      cut answer and ``mc.ServerError`` after a 500, 502, 504 or 520. The document may then be
      stored or not.
    - ``documents.delete`` of a document whose upload raised: ``mc.NotFoundError`` (it was never
      stored), or a success when the 404 came after an attempt that may have landed.
    - The bulk helpers (``orders.upsert``, ``orders.update_anonymize_after``, ``returns.upsert``,
      ``catalog.update_store_catalog_items``) return a result instead of raising: ``.ok``, or
      the same errors in ``.error`` with every item in ``.not_sent``; never ``.failed`` (every
      payload is valid).
    Anything else (another exception, a ``.failed`` item, a 404 on a delete whose upload
    succeeded) fails ``test_every_call_ends_in_success_or_a_documented_error``.

The expected state
    For each key the calls touch, in the worker's order: a success leaves exactly what it sent
    (or no document, for a delete); a documented error leaves either what was there before or
    what it sent. The sandbox must hold, for every key, one of the values left possible, and no
    key that no call touched. Keys touched by successes only are determined exactly.
    A tap on the sandbox's operations (``processing_tap``, which wraps the private
    ``Operations.handle`` for the run) counts how many times each call was processed: an upload,
    a delete and an action status at most once (an upload that succeeded: exactly once), and no
    success that was never processed, but for the delete above (nothing was there to delete).
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import math
import random
import statistics
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import mirakl_connect as mc
import pytest
from mirakl_connect_sandbox import Fault, Sandbox, StoredDocument
from mirakl_connect_sandbox import _operations as sandbox_operations  # the processing tap only

from ..support import CAPABILITIES, NOW, ORIGIN

CALLS = 2000
TEST_CALLS = 400  # the test's soak: at least this many calls, then on until ``met`` (module docstring)
THREADS = 8
TASKS = 8
SEED = 2026
SETUP_ORDERS = 40  # orders stored before the faults, for returns and documents

POLICY = mc.RetryPolicy(max_attempts=10, backoff=0.001, max_backoff=0.005, jitter=True, deadline=30)
RETRY_AFTER = 0.01
FAULTS = [
    Fault.rate_limited(retry_after=RETRY_AFTER, probability=0.06),
    Fault.status_code(500, probability=0.035),
    Fault.status_code(502, probability=0.035),
    Fault.status_code(503, probability=0.055),
    Fault.status_code(504, probability=0.035),
    Fault.status_code(504, after=True, probability=0.025),
    Fault.status_code(520, probability=0.035),
    Fault.disconnect(probability=0.035),
    Fault.disconnect(after=True, probability=0.035),
    Fault.revoke(probability=0.01),
    Fault.revoke(after=True, probability=0.005),
    Fault.truncated(probability=0.02),
    Fault.truncated(after=True, probability=0.025),
    Fault.broken_chunk(after=True, probability=0.015),
]
FAULT_RATE = 1 - math.prod(1 - fault.probability for fault in FAULTS)  # 35.2%

# What each call may end in besides success: every call once its retries are spent, or when a
# revoked token's replacement is revoked too; see the module's docstring.
SPENT = (mc.TransportError, mc.ServerError, mc.RateLimitError, mc.AuthenticationError)

ABSENT = "<absent>"  # a key the sandbox does not hold


# -- the plan ---------------------------------------------------------------------------------------------

Effect = tuple[str, Any, Any]  # (state attribute, key, value or ABSENT)


@dataclass
class Planned:
    """One call of the soak: ``client.<method>(*args, **kwargs)``, and what it stores when it succeeds.

    ``effects``: the (state attribute, key, value) the call leaves in ``sb.state`` on success; a
    value of ``ABSENT`` removes the key (a delete). Its first key also names it in the tap.
    """

    number: int
    method: str  # "orders.upsert"
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    effects: list[Effect]
    upload: Planned | None = None  # a delete: the upload of its document

    @property
    def operation(self) -> str:
        return OPERATIONS[self.method]

    def bound(self, client: Any) -> Any:
        resource, method = self.method.split(".")
        return getattr(getattr(client, resource), method)


OPERATIONS = {
    "orders.upsert": "upsertOrders",
    "orders.update_action_status": "updateActionStatus",
    "orders.update_anonymize_after": "updateAnonymizeAfterDate",
    "returns.upsert": "upsertReturns",
    "documents.upload": "uploadOrderDocument",
    "documents.delete": "deleteOrderDocument",
    "carriers.upsert": "upsertCarriers",
    "stores.upsert_business_information": "upsertBusinessInformation",
    "catalog.configure": "configureChannelCatalog",
    "catalog.update_store_catalog_items": "updateStoreCatalogItems",
    "taxonomy.upsert_product_type": "upsertProductType",
    "taxonomy.create_rule": "createTaxonomyRule",
}


def order(order_id: str, lines: int = 1) -> dict[str, Any]:
    def line(i: int) -> dict[str, Any]:
        return {
            "channel_order_line_id": f"{order_id}-L{i}", "can_cancel": True, "can_refund": True,
            "created_at": NOW, "updated_at": NOW, "status": "AWAITING_SHIPMENT", "quantity": 1 + i,
            "price": {"amount": 10.0 + i, "currency": "EUR"}, "total_shipping_price": {"amount": 4.5, "currency": "EUR"},
            "product": {"id": f"SKU-{i}", "title": "Mug"},
        }  # fmt: skip

    return {
        "channel_order_id": order_id, "channel_updated_at": NOW, "created_at": NOW, "status": "AWAITING_SHIPMENT",
        "fulfillment": {"type": "FULFILLED_BY_SELLER"}, "shipping_info": {}, "order_lines": [line(i) for i in range(lines)],
    }  # fmt: skip


SETUP = [order(f"SETUP-{i}", lines=2) for i in range(SETUP_ORDERS)]
PRODUCT_TYPE = {
    "labels": [{"locale": "en", "value": "Phones"}],
    "embedded_attributes": [{"id": "brand", "type": "Text", "requirement_level": "REQUIRED", "labels": [{"locale": "en", "value": "Brand"}]}],
}  # fmt: skip
RULE = {
    "when": {"isSet": {"attribute": "brand"}},
    "then": {"all": [{"redefine": {"attribute": "model", "requirementLevel": "REQUIRED"}}]},
}
Built = tuple[tuple[Any, ...], dict[str, Any], list[Effect]]


class _Planner:
    """Builds the calls, each on keys of its own: ``n``, the call's number, is in every id."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.n = 0
        self.anonymizable: list[str] = []  # orders for the set-up to store, one anonymization each

    def build(self, method: str, upload: Planned | None = None) -> Planned:
        self.n += 1
        builder = getattr(self, method.replace(".", "_"))
        args, kwargs, effects = builder(self.n, upload) if upload else builder(self.n)
        # A copy: a client that changed the data it was given would not change what is expected.
        return Planned(self.n, method, args, kwargs, copy.deepcopy(effects), upload)

    def orders_upsert(self, n: int) -> Built:
        orders = [order(f"O-{n}-{j}", lines=self.rng.randint(1, 3)) for j in range(self.rng.randint(1, 5))]
        return (ORIGIN, orders), {}, [("orders", ("acme", "s1", o["channel_order_id"]), o) for o in orders]

    def orders_update_action_status(self, n: int) -> Built:
        if self.rng.random() < 0.5:
            return (f"A-{n}", "SUCCESS"), {}, [("actions", f"A-{n}", {"status": "SUCCESS", "errors": []})]
        errors = [{"code": "ORDER_IN_WRONG_STATE", "message": f"order {n} already shipped"}]
        return (
            (f"A-{n}", "FAILED", errors),
            {},
            [("actions", f"A-{n}", {"status": "FAILED", "errors": errors})],
        )

    def orders_update_anonymize_after(self, n: int) -> Built:
        items = [
            {"channel_id": "acme", "channel_order_id": f"ANON-{n}-{j}", "anonymize_after": f"2031-01-01T00:{j:02}:00Z"}
            for j in range(self.rng.randint(1, 3))
        ]  # fmt: skip
        self.anonymizable += [item["channel_order_id"] for item in items]
        return (
            (items,),
            {},
            [("anonymize_after", ("acme", i["channel_order_id"]), i["anonymize_after"]) for i in items],
        )

    def returns_upsert(self, n: int) -> Built:
        returns = []
        for j in range(self.rng.randint(1, 2)):
            on = self.rng.choice(SETUP)["channel_order_id"]
            returns.append({
                "channel_return_id": f"R-{n}-{j}", "channel_order_id": on, "channel_updated_at": NOW, "created_at": NOW,
                "status": "REQUEST_INITIATED",
                "return_lines": [{"channel_order_line_id": f"{on}-L{self.rng.randint(0, 1)}", "quantity": 1, "reason": "DAMAGED_ITEM"}],
            })  # fmt: skip
        return (
            (ORIGIN, returns),
            {},
            [("returns", ("acme", "s1", r["channel_return_id"]), r) for r in returns],
        )

    def documents_upload(self, n: int) -> Built:
        on, doc_id, filename = self.rng.choice(SETUP)["channel_order_id"], f"D-{n}", f"doc-{n}.pdf"
        content = b"%PDF-1.7\n" + f"document {n}\n".encode() * self.rng.randint(1, 50) + b"%%EOF\n"
        doc_type = self.rng.choice(("RETURN_LABEL", "CUSTOMER_INVOICE", "DELIVERY_SLIP"))
        stored = StoredDocument(
            channel_order_id=on, content=content, file_type="PDF", filename=filename,
            content_type="application/pdf", origin=ORIGIN,
            metadata={"channel_document_id": doc_id, "filename": filename, "type": doc_type},
        )  # fmt: skip
        kwargs = {"channel_document_id": doc_id, "type": doc_type, "origin": ORIGIN, "filename": filename}
        return (on, content), kwargs, [("documents", doc_id, stored)]

    def documents_delete(self, n: int, upload: Planned) -> Built:
        doc_id = upload.kwargs["channel_document_id"]
        return (doc_id, ORIGIN), {}, [("documents", doc_id, ABSENT)]

    def carriers_upsert(self, n: int) -> Built:
        carriers = [
            {"channel_carrier_id": f"c{j}", "name": f"Carrier {n}-{j}"} for j in range(self.rng.randint(1, 3))
        ]
        return (f"CAR-{n}", carriers), {}, [("carriers", f"CAR-{n}", carriers)]

    def stores_upsert_business_information(self, n: int) -> Built:
        info = {
            "currency": "EUR",
            "updated_at": NOW,
            "kyc_status": self.rng.choice(("APPROVED", "PENDING_APPROVAL")),
        }
        return ("acme", f"S-{n}", info), {}, [("stores", ("acme", f"S-{n}"), info)]

    def catalog_configure(self, n: int) -> Built:
        return (f"CFG-{n}", CAPABILITIES), {}, [("catalog_configurations", f"CFG-{n}", CAPABILITIES)]

    def catalog_update_store_catalog_items(self, n: int) -> Built:
        items = [
            {"id": f"P-{n}-{j}", "product_status": "PRODUCT_CREATED", "offer_status": "OFFER_ACTIVE"}
            for j in range(self.rng.randint(1, 20))
        ]
        return (
            ("acme", f"CS-{n}", items),
            {},
            [("store_catalog_items", ("acme", f"CS-{n}"), {i["id"]: i for i in items})],
        )

    def taxonomy_upsert_product_type(self, n: int) -> Built:
        store = self.rng.choice((None, "s1"))
        key = ("acme", store, f"phones/PT-{n}")
        return (
            ("acme", f"phones/PT-{n}", PRODUCT_TYPE),
            {"store_id": store},
            [("product_types", key, PRODUCT_TYPE)],
        )

    def taxonomy_create_rule(self, n: int) -> Built:
        rules = [{"id": f"r-{n}-{j}", **RULE} for j in range(self.rng.randint(1, 2))]
        one_or_list = rules[0] if len(rules) == 1 else rules
        return (f"TAX-{n}", one_or_list), {}, [("taxonomy_rules", f"TAX-{n}", {r["id"]: r for r in rules})]


def plan(
    seed: int, workers: int = THREADS + TASKS, calls: int = CALLS
) -> tuple[list[list[Planned]], list[str]]:
    """Each worker's calls, and the order ids that the anonymization calls need stored beforehand.

    A worker's calls are rounds of 13 in a shuffled order: the 12 kinds plus a second upload, the
    delete coming after the upload it deletes (so about half the documents stay, to be compared).
    """
    rng = random.Random(seed)
    planner = _Planner(rng)
    per_worker = calls // workers
    assert per_worker * workers == calls
    lists: list[list[Planned]] = []
    for _ in range(workers):
        calls_of: list[Planned] = []
        while len(calls_of) < per_worker:
            kinds = [*OPERATIONS, "documents.upload"]
            rng.shuffle(kinds)
            kinds.remove("documents.delete")
            kinds.insert(rng.randint(kinds.index("documents.upload") + 1, len(kinds)), "documents.delete")
            uploads: list[Planned] = []
            for kind in kinds:
                planned = planner.build(kind, rng.choice(uploads) if kind == "documents.delete" else None)
                if kind == "documents.upload":
                    uploads.append(planned)
                calls_of.append(planned)
        lists.append(calls_of[:per_worker])
    return lists, planner.anonymizable


# -- the run ----------------------------------------------------------------------------------------------


@dataclass
class Outcome:
    planned: Planned
    worker: str  # "thread 3", "task 5"
    value: Any = None  # what the call returned
    error: BaseException | None = None  # what it raised
    seconds: float = 0.0

    @property
    def failure(self) -> BaseException | None:
        """The error the call ended in: raised, or the ``.error`` of a bulk result."""
        if self.error is not None:
            return self.error
        return getattr(self.value, "error", None)

    @property
    def kind(self) -> str:
        """``ok``, or the error's class name (a bulk result's: ``TransportError (in result)``)."""
        if self.error is not None:
            return type(self.error).__name__
        if isinstance(self.value, mc.BulkResult) and not self.value.ok:
            if self.value.error is None:
                return "BulkResult with failed items"
            return f"{type(self.value.error).__name__} (in result)"
        return "ok"

    @property
    def succeeded(self) -> bool:
        return self.kind == "ok"


@dataclass
class Soak:
    """What one soak run did and found."""

    seed: int
    outcomes: list[Outcome]
    state: dict[str, dict[Any, Any]]
    setup_state: dict[str, dict[Any, Any]]
    processed: Counter[tuple[str, Any]]  # (operationId, first key) -> times the sandbox processed it
    requests: Counter[str]  # operationId or "token" -> requests during the soak
    faults: Counter[str | int]
    tokens_issued: int
    seconds: float
    setup_seconds: float = 0.0
    figures: dict[str, Any] = field(default_factory=dict)


STATE_NAMES = (
    "orders", "returns", "documents", "actions", "anonymize_after", "carriers", "stores",
    "catalog_configurations", "product_types", "taxonomy_rules", "store_catalog_items",
)  # fmt: skip


def _first_key(operation: str, call: Any) -> Any:
    """The first state key a sandbox call touches, as in ``Planned.effects``."""
    body, path, query = call.body, call.path_params, call.query
    if operation in ("upsertOrders", "upsertReturns"):
        items = body["orders" if operation == "upsertOrders" else "returns"]
        key = "channel_order_id" if operation == "upsertOrders" else "channel_return_id"
        return (body["origin"]["channel_id"], body["origin"]["channel_store_id"], items[0][key])
    if operation == "updateAnonymizeAfterDate":
        return (body["orders"][0]["channel_id"], body["orders"][0]["channel_order_id"])
    if operation == "uploadOrderDocument":
        return body["metadata"]["channel_document_id"]
    if operation == "upsertProductType":
        return (path["channel_id"], query.get("store_id"), query["product_type_id"])
    keys = {
        "deleteOrderDocument": ("channel_document_id",),
        "updateActionStatus": ("action_id",),
        "upsertCarriers": ("channel_id",),
        "configureChannelCatalog": ("channel_id",),
        "createTaxonomyRule": ("channel_id",),
        "upsertBusinessInformation": ("channel_id", "channel_store_id"),
        "updateStoreCatalogItems": ("channel_id", "store_id"),
    }[operation]
    return path[keys[0]] if len(keys) == 1 else tuple(path[k] for k in keys)


@contextlib.contextmanager
def processing_tap() -> Iterator[Counter[tuple[str, Any]]]:
    """Count each request the sandbox's operations processed (a 2xx from the business rules, whatever
    a fault then did to the answer), by (operationId, first key). Patches the class for the block."""
    processed: Counter[tuple[str, Any]] = Counter()
    lock = threading.Lock()
    original = sandbox_operations.Operations.handle

    def handle(self: Any, call: Any) -> Any:
        response = original(self, call)
        if 200 <= response.status < 300:
            key = (call.operation_id, _first_key(call.operation_id, call))
            with lock:
                processed[key] += 1
        return response

    sandbox_operations.Operations.handle = handle  # type: ignore[method-assign]
    try:
        yield processed
    finally:
        sandbox_operations.Operations.handle = original  # type: ignore[method-assign]


def _snapshot(sb: Sandbox) -> dict[str, dict[Any, Any]]:
    with sb.state.lock:
        return {name: dict(getattr(sb.state, name).items()) for name in STATE_NAMES}


def _counters(sb: Sandbox) -> tuple[Counter[str], Counter[str | int], int]:
    """Requests by operation, faults injected by kind, tokens issued."""
    with sb.counters.lock:
        return Counter(sb.counters.by_operation), Counter(sb.counters.faults), sb.counters.tokens_issued


def _client_options(sb: Sandbox) -> dict[str, Any]:
    return {
        "client_id": sb.client_id,
        "client_secret": sb.client_secret,
        "base_url": sb.base_url,
        "token_url": sb.token_url,
        "allow_insecure_http": True,
        "retry": POLICY,
        "pacing": False,
    }


def met(outcomes: list[Outcome], faults: Counter[str | int], processed: Counter[tuple[str, Any]]) -> bool:
    """Whether a run has met every fault kind and both endings of an upload that raised (a transport
    error; processed all the same), which ``test_the_faults_were_injected`` looks for."""
    uploads = [o for o in outcomes if o.planned.operation == "uploadOrderDocument" and not o.succeeded]
    return (
        all(faults[fault.counter_key] > 0 for fault in FAULTS)
        and any(isinstance(o.error, mc.TransportError) for o in uploads)
        and any(processed[o.planned.operation, o.planned.effects[0][1]] == 1 for o in uploads)
    )


def run_soak(seed: int = SEED, calls: int = CALLS, *, at_least: int | None = None) -> Soak:
    """Set up, run the workers under faults, read the state and the counters. With ``at_least``, the
    workers take no more calls once that many are done and the run has ``met`` what the tests look
    for; else they make all ``calls``."""
    workers, anonymizable = plan(seed, calls=calls)
    outcomes: list[Outcome] = []
    record = threading.Lock()
    done = threading.Event()

    def enough() -> bool:
        if at_least is None or done.is_set():
            return done.is_set()
        with record:
            count, so_far = len(outcomes), list(outcomes)
        if count >= at_least and met(so_far, _counters(sb)[1], processed):
            done.set()
        return done.is_set()

    @contextlib.contextmanager
    def recorded(planned: Planned, worker: str) -> Iterator[Outcome]:
        """The call's outcome: what the block sets as its value, or what it raised; and its time."""
        outcome = Outcome(planned, worker)
        started = time.perf_counter()
        try:
            yield outcome
        except Exception as error:  # judged later: a documented error, or a failure of the test
            outcome.error = error
        outcome.seconds = time.perf_counter() - started
        with record:
            outcomes.append(outcome)

    def thread_worker(client: mc.ConnectClient, index: int, calls_of: list[Planned]) -> None:
        for planned in calls_of:
            if enough():
                return
            with recorded(planned, f"thread {index}") as outcome:
                outcome.value = planned.bound(client)(*planned.args, **planned.kwargs)

    async def task_worker(client: mc.AsyncConnectClient, index: int, calls_of: list[Planned]) -> None:
        for planned in calls_of:
            if enough():
                return
            with recorded(planned, f"task {index}") as outcome:
                outcome.value = await planned.bound(client)(*planned.args, **planned.kwargs)

    async def tasks(sb: Sandbox) -> None:
        async with mc.AsyncConnectClient(**_client_options(sb)) as client:
            await asyncio.gather(*(task_worker(client, i, workers[THREADS + i]) for i in range(TASKS)))

    crashed: list[BaseException] = []

    def guarded(target: Callable[..., Any], *args: Any) -> Callable[[], None]:
        def run() -> None:
            try:
                target(*args)
            except BaseException as error:  # re-raised by the caller
                crashed.append(error)

        return run

    with processing_tap() as processed, Sandbox(seed=seed, rate_limits=False, clock=time.time) as sb:
        started = time.perf_counter()
        with mc.ConnectClient(**_client_options(sb)) as setup:
            assert setup.orders.upsert(ORIGIN, SETUP).ok
            assert setup.orders.upsert(ORIGIN, [order(o) for o in anonymizable]).ok
        setup_state = _snapshot(sb)
        assert len(setup_state["orders"]) == len(SETUP) + len(anonymizable)
        before, _, tokens_before = _counters(sb)
        setup_seconds = time.perf_counter() - started

        sb.faults.set(FAULTS)
        started = time.perf_counter()
        with mc.ConnectClient(**_client_options(sb)) as client:
            threads = [
                threading.Thread(target=guarded(thread_worker, client, i, workers[i]), name=f"soak-{i}")
                for i in range(THREADS)
            ]
            threads.append(threading.Thread(target=guarded(asyncio.run, tasks(sb)), name="soak-tasks"))
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        seconds = time.perf_counter() - started
        sb.faults.clear()
        if crashed:
            raise crashed[0]
        state = _snapshot(sb)
        requests, faults, tokens_issued = _counters(sb)
        requests.subtract(before)
    soak = Soak(
        seed=seed,
        outcomes=outcomes,
        state=state,
        setup_state=setup_state,
        processed=processed,
        requests=+requests,
        faults=faults,
        tokens_issued=tokens_issued - tokens_before,
        seconds=seconds,
        setup_seconds=setup_seconds,
    )
    soak.figures = figures(soak)
    return soak


# -- judging ----------------------------------------------------------------------------------------------


def allowed(outcome: Outcome, by_number: dict[int, Outcome]) -> bool:
    """Whether a call ended in success or in one of the documented errors (module docstring)."""
    if outcome.succeeded:
        return True
    failure = outcome.failure
    if isinstance(outcome.value, mc.BulkResult):  # a stopped run: nothing failed, all not sent
        result = outcome.value
        if result.failed or len(result.not_sent) != len(outcome.planned.args[-1]):
            return False
    if isinstance(failure, SPENT):
        return (
            not isinstance(failure, mc.APIError)
            or failure.status_code in (401, 429)
            or failure.status_code >= 500
        )
    upload = outcome.planned.upload
    return (
        isinstance(failure, mc.NotFoundError)
        and upload is not None
        and not by_number[upload.number].succeeded
    )


def outcome_problems(soak: Soak) -> list[str]:
    """The calls that ended in neither a success nor a documented error."""
    by_number = {o.planned.number: o for o in soak.outcomes}
    return [
        f"call {o.planned.number} {o.planned.method} ({o.worker}): {o.kind}: {o.failure!r}"
        for o in soak.outcomes
        if not allowed(o, by_number)
    ]


def expected_values(soak: Soak) -> dict[tuple[str, Any], list[Any]]:
    """(state attribute, key) -> the values the sandbox may hold there (``ABSENT`` included)."""
    possible: dict[tuple[str, Any], list[Any]] = {}
    for name, stored in soak.setup_state.items():
        for key, value in stored.items():
            possible[name, key] = [value]
    for outcome in sorted(soak.outcomes, key=lambda o: o.planned.number):  # a worker's calls in order
        for name, key, value in outcome.planned.effects:
            before = possible.setdefault((name, key), [ABSENT])
            if outcome.succeeded or (value == ABSENT and isinstance(outcome.failure, mc.NotFoundError)):
                possible[name, key] = [value]  # a delete's 404 also leaves no document
            else:
                possible[name, key] = [*before, value] if value not in before else before
    return possible


def state_problems(soak: Soak) -> list[str]:
    problems = []
    possible = expected_values(soak)
    for name, stored in soak.state.items():
        for key in stored:
            if (name, key) not in possible:
                problems.append(f"{name}[{key!r}]: stored, but no call sent it")
    for (name, key), values in possible.items():
        actual = soak.state[name].get(key, ABSENT)
        if actual not in values:
            if actual == ABSENT:
                problems.append(f"{name}[{key!r}]: lost (expected {_short(values)})")
            else:
                problems.append(f"{name}[{key!r}]: holds {_short([actual])}, expected {_short(values)}")
    return problems


def processing_problems(soak: Soak) -> list[str]:
    """Uploads, deletes and action statuses processed at most once (an upload that succeeded:
    exactly once); no success that the sandbox never processed, except a delete that met a 404
    after an attempt that may have landed while its document's upload had failed (the documented
    rule takes it for a success; there was nothing to delete)."""
    problems = []
    by_number = {o.planned.number: o for o in soak.outcomes}
    for outcome in soak.outcomes:
        planned = outcome.planned
        times = soak.processed[planned.operation, planned.effects[0][1]]
        name = f"call {planned.number} {planned.method} ({outcome.kind})"
        if planned.operation in ONCE and times > 1:
            problems.append(f"{name}: processed {times} times")
        if not outcome.succeeded or times > 0:
            continue
        if planned.upload is not None and not by_number[planned.upload.number].succeeded:
            continue
        problems.append(f"{name}: succeeded, never processed")
    return problems


ONCE = ("uploadOrderDocument", "deleteOrderDocument", "updateActionStatus")


def _short(values: Any) -> str:
    return " or ".join(repr(v)[:120] for v in values)


def _reasons(outcomes: Iterable[Outcome]) -> dict[str, int]:
    """How many calls ended in each error class and status: ``{"ServerError 502": 3, ...}``."""
    reasons = Counter(
        f"{type(o.failure).__name__} {getattr(o.failure, 'status_code', '')}".strip() for o in outcomes
    )
    return dict(sorted(reasons.items()))


def figures(soak: Soak) -> dict[str, Any]:
    api_requests = sum(n for op, n in soak.requests.items() if op != "token")
    total_requests = sum(soak.requests.values())
    injected = sum(soak.faults.values())
    by_kind = Counter(o.kind for o in soak.outcomes)
    by_operation: dict[str, Counter[str]] = defaultdict(Counter)
    for o in soak.outcomes:
        by_operation[o.planned.method][o.kind] += 1
    possible = expected_values(soak)
    touched = {(n, k) for o in soak.outcomes for n, k, _ in o.planned.effects}

    def times(o: Outcome) -> int:
        return soak.processed[o.planned.operation, o.planned.effects[0][1]]

    uploads = [o for o in soak.outcomes if o.planned.operation == "uploadOrderDocument"]
    deletes = [o for o in soak.outcomes if o.planned.operation == "deleteOrderDocument"]
    latencies = sorted(o.seconds for o in soak.outcomes)
    return {
        "seed": soak.seed,
        "calls": len(soak.outcomes),
        "workers": f"{THREADS} threads (one ConnectClient) + {TASKS} asyncio tasks (one AsyncConnectClient)",
        "requests": total_requests,
        "token_requests": soak.requests.get("token", 0),
        "tokens_issued": soak.tokens_issued,
        "faults_injected": injected,
        "fault_rate": injected / total_requests if total_requests else 0.0,
        "faults_by_kind": dict(sorted(soak.faults.items(), key=lambda kv: str(kv[0]))),
        "outcomes": dict(by_kind.most_common()),
        "outcomes_by_operation": {m: dict(c.most_common()) for m, c in sorted(by_operation.items())},
        "extra_attempts": api_requests - len(soak.outcomes),
        "processed_more_than_once": dict(
            sorted(Counter(o.planned.method for o in soak.outcomes if times(o) > 1).items())
        ),
        "upload_failures": _reasons(o for o in uploads if not o.succeeded),
        "other_failures": _reasons(
            o
            for o in soak.outcomes
            if not o.succeeded
            and o.planned.method != "documents.upload"
            and not isinstance(o.failure, mc.NotFoundError)
        ),
        "uploads": len(uploads),
        "uploads_raised": sum(not o.succeeded for o in uploads),
        "uploads_raised_but_stored": sum(not o.succeeded and times(o) == 1 for o in uploads),
        "uploads_processed_twice": sum(times(o) > 1 for o in uploads),
        "deletes_404_after_failed_upload": sum(
            isinstance(o.failure, mc.NotFoundError) or (o.succeeded and times(o) == 0) for o in deletes
        ),
        "keys_touched": len(touched),
        "keys_exact": sum(1 for key in touched if len(possible[key]) == 1),
        "latency_p50_ms": 1000 * statistics.median(latencies),
        "latency_p99_ms": 1000 * latencies[int(0.99 * (len(latencies) - 1))],
        "latency_max_ms": 1000 * latencies[-1],
        "seconds": soak.seconds,
        "calls_per_second": len(soak.outcomes) / soak.seconds,
    }


def _listed(counts: dict[Any, int]) -> str:
    return ", ".join(f"{key}: {value}" for key, value in counts.items())


def markdown(figures: dict[str, Any]) -> str:
    """The figures as a markdown table, for BENCHMARKS.md."""
    faults, outcomes = _listed(figures["faults_by_kind"]), _listed(figures["outcomes"])
    replays = _listed(figures["processed_more_than_once"])
    rows = [
        ("calls", f"{figures['calls']} over the 12 operations; {figures['workers']}"),
        ("HTTP requests", f"{figures['requests']} ({figures['token_requests']} to the token endpoint, "
                          f"{figures['tokens_issued']} tokens issued)"),
        ("faults injected", f"{figures['faults_injected']} ({figures['fault_rate']:.1%} of requests; "
                            f"configured {FAULT_RATE:.1%})"),
        ("faults by kind", faults),
        ("outcomes", outcomes),
        ("attempts beyond the first", f"{figures['extra_attempts']} (retries and 401 replays: API requests - calls)"),
        ("processed more than once", f"{replays or 'none'} (idempotent calls whose answer was lost, sent again)"),
        ("uploads", f"{figures['uploads']}: {figures['uploads_raised']} raised ({_listed(figures['upload_failures'])}), "
                    f"{figures['uploads_raised_but_stored']} of them processed all the same (answer lost, cut or "
                    f"replaced by a 504); {figures['uploads_processed_twice']} processed twice"),
        ("other calls that failed", f"{_listed(figures['other_failures']) or 'none'} (retries spent, or a revoked "
                                    "token's replacement revoked before the replay: 401 twice)"),
        ("deletes after a failed upload", f"{figures['deletes_404_after_failed_upload']} met a 404 "
                                          "(NotFoundError, or success after an attempt that may have landed)"),
        ("state keys checked", f"{figures['keys_touched']}, {figures['keys_exact']} of them determined exactly"),
        ("latency per call", f"p50 {figures['latency_p50_ms']:.0f} ms, p99 {figures['latency_p99_ms']:.0f} ms, "
                             f"max {figures['latency_max_ms']:.0f} ms"),
        ("wall time", f"{figures['seconds']:.1f} s ({figures['calls_per_second']:.0f} calls/s)"),
    ]  # fmt: skip
    lines = [f"| soak (seed {figures['seed']}) | |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines)


def markdown_by_operation(figures: dict[str, Any]) -> str:
    """Outcomes per operation, as a markdown table."""
    kinds = list(figures["outcomes"])
    lines = ["| operation | " + " | ".join(kinds) + " |", "|---|" + "---:|" * len(kinds)]
    for method, counts in figures["outcomes_by_operation"].items():
        lines.append(f"| `{method}` | " + " | ".join(str(counts.get(k, "")) for k in kinds) + " |")
    return "\n".join(lines)


def problems(soak: Soak) -> list[str]:
    """Everything the tests below check, as one list (for ``benchmarks/bench_soak.py``)."""
    found = outcome_problems(soak) + state_problems(soak) + processing_problems(soak)
    missing = [key for key in (fault.counter_key for fault in FAULTS) if not soak.faults[key]]
    return found + [f"fault {key!r} never injected" for key in missing]


# -- the tests --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def soak() -> Soak:
    result = run_soak(at_least=TEST_CALLS)
    print("\n" + markdown(result.figures))  # shown with -s
    return result


def test_every_call_ends_in_success_or_a_documented_error(soak: Soak) -> None:
    assert TEST_CALLS <= len(soak.outcomes) <= CALLS
    assert {o.planned.method for o in soak.outcomes} == set(OPERATIONS)
    assert outcome_problems(soak) == []
    # The retries do their job: apart from the uploads, almost every call succeeds.
    idempotent = [o for o in soak.outcomes if o.planned.method != "documents.upload"]
    assert sum(o.succeeded for o in idempotent) >= 0.95 * len(idempotent), soak.figures["outcomes"]


def test_the_sandbox_holds_exactly_what_the_outcomes_say(soak: Soak) -> None:
    assert state_problems(soak) == []


def test_no_upload_is_processed_twice_and_no_success_is_lost(soak: Soak) -> None:
    assert processing_problems(soak) == []


def test_the_faults_were_injected(soak: Soak) -> None:
    expected = {fault.counter_key for fault in FAULTS}
    assert set(soak.faults) == expected, soak.faults
    assert all(soak.faults[key] > 0 for key in expected), soak.faults
    rate = soak.figures["fault_rate"]
    assert FAULT_RATE - 0.07 < rate < FAULT_RATE + 0.07, rate
    assert abs(FAULT_RATE - 0.35) < 0.01
    # Every kind of ending was met: uploads that raised after a lost answer, retried calls.
    assert soak.figures["extra_attempts"] > 0.2 * len(soak.outcomes)
    uploads = [o for o in soak.outcomes if o.planned.operation == "uploadOrderDocument"]
    assert any(isinstance(o.error, mc.TransportError) for o in uploads)
    assert soak.figures["uploads_raised_but_stored"] > 0  # the "may or may not be stored" case was met


def test_the_plan_is_deterministic() -> None:
    first, second = plan(SEED), plan(SEED)

    def shape(plans: list[list[Planned]]) -> list[list[tuple[Any, ...]]]:
        return [[(p.number, p.method, p.args, p.kwargs) for p in calls] for calls in plans]

    assert shape(first[0]) == shape(second[0]) and first[1] == second[1]
    assert all(len(w) == CALLS // (THREADS + TASKS) for w in first[0])
