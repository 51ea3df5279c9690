"""A connector's day, step by step: what ``mirakl-connect demo`` runs (see ``_demo``).

    day = Day(client, {"channel_id": "acme-market", "channel_store_id": "store-42"}, sandbox=sb)
    for step in day.steps():
        outcome = step.run(lambda done: ...)      # StepOutcome: accepted, refused, not_sent, notes

Store information, the channel's carriers, 250 orders (three with a status Connect refuses:
isolated and reported), the seller's order actions handled by a consumer and reported (one event
delivered twice, one shipment with a carrier the channel does not have: ``ActionFailed``), a
label uploaded then deleted, two returns (one refused), catalog item statuses, anonymization
dates. The order actions are the sandbox's own events (``sb.events.emit``), read from its queue
by ``mc.events.consume``. :func:`faults` and :func:`event_faults` list what the sandbox and the
queue throw at the connector meanwhile. Against a real environment (``live``), the steps that
would replace real data or need Connect's events are skipped.
"""

from __future__ import annotations

import datetime
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._errors import APIError
from ..events import ActionFailed, Dispatcher, consume
from ._push import error_record as _error_record
from ._push import summary_of
from ._view import CountingDispatcher

if TYPE_CHECKING:
    from mirakl_connect_api.models import OrderActionEvent

    from .._client import ConnectClient
    from .._types import OriginDict

EUR = "EUR"
REFUSED_ORDERS = (17, 101, 230)  # given a status this Connect does not know: refused, one by one
CARRIERS = [
    {"channel_carrier_id": "colissimo", "name": "Colissimo"},
    {"channel_carrier_id": "dhl-express", "name": "DHL Express"},
    {"channel_carrier_id": "ups", "name": "UPS"},
]
OnDone = Callable[[int], None]


def faults(sandbox: Any) -> list[Any]:
    """What production throws at a connector, once each: 503, 429 with Retry-After, 520 (a proxy's
    page), a connection dropped after the report landed, and a revoked token."""
    fault = sandbox.Fault
    return [
        fault.status_code(503, operation="upsertOrders", times=1),
        fault.disconnect(after=True, operation="updateActionStatus", times=1),
        fault.rate_limited(retry_after=1, operation="uploadOrderDocument", times=1),
        fault.status_code(520, operation="updateStoreCatalogItems", times=1),
        fault.revoke(operation="updateAnonymizeAfterDate", times=1),
    ]


def event_faults(sandbox: Any) -> list[Any]:
    """And what the connector's queue does: it delivers one ACCEPT event twice."""
    return [sandbox.EventFault.duplicate(type="ACCEPT", times=1)]


@dataclass
class StepOutcome:
    """Items accepted, refused and not sent by one step, with lines that say which and why."""

    accepted: int = 0
    refused: int = 0
    not_sent: int = 0
    notes: list[str] = field(default_factory=list)
    skipped: str | None = None


@dataclass(frozen=True)
class Step:
    name: str
    total: int | Callable[[], int] | None  # items, for a progress bar (known once the step starts)
    run: Callable[[OnDone], StepOutcome]


class Day:
    """The data and steps of the day for one client and origin (and the sandbox, when there is one)."""

    def __init__(
        self,
        client: ConnectClient,
        origin: OriginDict,
        *,
        sandbox: Any = None,
        orders: int = 250,
        prefix: str = "ORDER",
    ) -> None:
        self.client, self.origin, self.sandbox = client, origin, sandbox
        self.now = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
        self.order_count, self.prefix = orders, prefix
        self.accepted_orders: list[str] = []

    def steps(self) -> list[Step]:
        live = self.sandbox is None
        return [
            Step("store information", 1, self.store_information),
            Step(
                "carriers",
                len(CARRIERS),
                self.skip("replaces the channel's carriers") if live else self.carriers,
            ),
            Step("orders", self.order_count, self.orders),
            Step("order actions", 7, self.skip("needs the sandbox's events") if live else self.order_actions),
            Step("label", 2, self.label),
            Step("returns", 2, self.returns),
            Step("catalog items", 500, self.catalog_items),
            Step("anonymization", lambda: len(self.accepted_orders), self.anonymization),
        ]

    @staticmethod
    def skip(reason: str) -> Callable[[OnDone], StepOutcome]:
        return lambda done: StepOutcome(skipped=f"skipped against a real environment: {reason}")

    # -- data -----------------------------------------------------------------------------------------
    def order_id(self, n: int) -> str:
        return f"{self.prefix}-{n}"

    def order(self, n: int) -> dict[str, Any]:
        line = {
            "channel_order_line_id": f"{self.order_id(n)}-1",
            "can_cancel": True,
            "can_refund": True,
            "created_at": self.now,
            "updated_at": self.now,
            "quantity": 2,
            "status": "AWAITING_SHIPMENT",
            "price": {"amount": 39.8, "currency": EUR},
            "total_shipping_price": {"amount": 4.9, "currency": EUR},
            "product": {"id": f"SKU-{n % 40}", "title": "Enamel mug"},
            "taxes": [{"code": "VAT", "rate": 0.2, "amount": {"amount": 7.96, "currency": EUR}}],
        }
        address = {"first_name": "Ada", "last_name": "Lovelace", "street": "12 rue des Lilas", "city": "Lyon"}
        return {
            "channel_order_id": self.order_id(n),
            "channel_updated_at": self.now,
            "created_at": self.now,
            "status": "ON_HOLD" if n in REFUSED_ORDERS else "AWAITING_SHIPMENT",
            "fulfillment": {"type": "FULFILLED_BY_SELLER"},
            "shipping_info": {"address": address},
            "order_lines": [line],
        }

    # -- steps ----------------------------------------------------------------------------------------
    def store_information(self, done: OnDone) -> StepOutcome:
        info = {
            "currency": EUR,
            "updated_at": self.now,
            "kyc_status": "APPROVED",
            "payment_information_configured": True,
        }
        self.client.stores.upsert_business_information(
            self.origin["channel_id"], self.origin["channel_store_id"], info
        )
        done(1)
        return StepOutcome(accepted=1)

    def carriers(self, done: OnDone) -> StepOutcome:
        self.client.carriers.upsert(self.origin["channel_id"], CARRIERS)
        done(len(CARRIERS))
        return StepOutcome(accepted=len(CARRIERS))

    def orders(self, done: OnDone) -> StepOutcome:
        orders = [self.order(n) for n in range(1, self.order_count + 1)]
        result = self.client.orders.upsert(self.origin, orders, progress=lambda p: done(p.done))
        self.accepted_orders = [order["channel_order_id"] for order in result.accepted]
        notes = [f"refused {f.item['channel_order_id']}: {_why(f.error)}" for f in result.failed]
        if result.error is not None:
            notes.append(f"stopped: {result.error}")
        return StepOutcome(len(result.accepted), len(result.failed), len(result.not_sent), notes)

    def order_actions(self, done: OnDone) -> StepOutcome:
        events = self.sandbox.events  # publishes seller actions for the orders it holds
        first = self.accepted_orders[:4]
        for kind, order_id, data in (
            ("ACCEPT", first[0], {}),
            ("ACCEPT", first[1], {}),
            ("CREATE_SHIPMENT", first[0], {}),
            ("CREATE_SHIPMENT", first[1], {"carrier": "Pigeon Post"}),  # not one of the channel's
            ("REFUND", first[2], {}),
            ("CANCEL", first[3], {}),
        ):
            events.emit(kind, order_id, **data)
        carriers = {value for carrier in CARRIERS for value in carrier.values()}  # ids and names
        dispatcher = Dispatcher(self.client)

        @dispatcher.on("ACCEPT", "REFUND", "CANCEL")
        def apply(event: OrderActionEvent) -> None:
            """The channel accepts, refunds or cancels the order lines (nothing to do here)."""

        @dispatcher.on("CREATE_SHIPMENT")
        def ship(event: OrderActionEvent) -> None:
            carrier = getattr(event.data, "carrier", None)
            if carrier not in carriers:
                raise ActionFailed("CARRIER_NOT_SUPPORTED", f"{carrier} is not one of the channel's carriers")

        counting = CountingDispatcher(dispatcher)
        stop = _Progress(counting, done)
        consume(events.source, counting.as_dispatcher(), concurrency=4, wait=0.05, until_empty=True)
        stop()
        return _actions_outcome(counting)

    def label(self, done: OnDone) -> StepOutcome:
        order_id = self.accepted_orders[0]
        label = b"%PDF-1.7\n% shipping label\n" + bytes(20_000) + b"\n%%EOF\n"
        document_id = f"LBL-{order_id}"
        self.client.documents.upload(
            order_id,
            label,
            channel_document_id=document_id,
            type="SHIPMENT_DELIVERY_SLIP",
            origin=self.origin,
            filename="label.pdf",
        )
        done(1)
        self.client.documents.delete(document_id, self.origin)
        done(2)
        return StepOutcome(2, notes=[f"label {document_id} uploaded to {order_id}, then deleted"])

    def returns(self, done: OnDone) -> StepOutcome:
        good, other = self.accepted_orders[2], self.accepted_orders[4]
        returns = [
            {
                "channel_return_id": f"RET-{good}",
                "channel_order_id": good,
                "channel_updated_at": self.now,
                "created_at": self.now,
                "status": "REQUEST_INITIATED",
                "return_lines": [
                    {"channel_order_line_id": f"{good}-1", "quantity": 1, "reason": "DAMAGED_ITEM"}
                ],
            },
            {
                "channel_return_id": f"RET-{other}",
                "channel_order_id": other,
                "channel_updated_at": self.now,
                "created_at": self.now,
                "status": "REQUEST_INITIATED",  # a line this order does not have:
                "return_lines": [
                    {"channel_order_line_id": f"{other}-9", "quantity": 1, "reason": "DAMAGED_ITEM"}
                ],
            },
        ]
        result = self.client.returns.upsert(self.origin, returns, progress=lambda p: done(p.done))
        notes = [f"refused {f.item['channel_return_id']}: {_why(f.error)}" for f in result.failed]
        return StepOutcome(len(result.accepted), len(result.failed), len(result.not_sent), notes)

    def catalog_items(self, done: OnDone) -> StepOutcome:
        statuses = [
            {
                "id": f"SKU-{n}",
                "product_status": "PRODUCT_CREATED",
                "offer_status": "OFFER_ACTIVE" if n % 50 else "ACTION_REQUIRED",
            }
            for n in range(500)
        ]
        channel, store = self.origin["channel_id"], self.origin["channel_store_id"]
        result = self.client.catalog.update_store_catalog_items(
            channel, store, statuses, progress=lambda p: done(p.done)
        )
        return StepOutcome(len(result.accepted), len(result.failed), len(result.not_sent))

    def anonymization(self, done: OnDone) -> StepOutcome:
        when = self.now + datetime.timedelta(days=90)
        items = [
            {"channel_id": self.origin["channel_id"], "channel_order_id": order_id, "anonymize_after": when}
            for order_id in self.accepted_orders
        ]
        result = self.client.orders.update_anonymize_after(items, progress=lambda p: done(p.done))
        notes = [f"anonymize after {when.date().isoformat()}"]
        return StepOutcome(len(result.accepted), len(result.failed), len(result.not_sent), notes)


def _why(error: Any, width: int = 110) -> str:
    """The API's reason for refusing an item, in one line of at most ``width`` characters."""
    text = re.sub(
        r"^(\w+: )?\w+\[0\]\.", r"\1", summary_of(_error_record(error, "refused"))
    )  # a batch of one
    return text if len(text) <= width else text[: width - 1] + "…"


class _Progress:
    """Reports a consumer's settled messages to ``done`` until called (a thread polls the counts)."""

    def __init__(self, counting: CountingDispatcher, done: OnDone) -> None:
        self._stop = threading.Event()

        def poll() -> None:
            while not self._stop.wait(0.1):
                done(sum(counting.outcomes.values()))

        self._thread = threading.Thread(target=poll, daemon=True, name="demo-progress")
        self._thread.start()
        self.counting, self.done = counting, done

    def __call__(self) -> None:
        self._stop.set()
        self._thread.join()
        self.done(sum(self.counting.outcomes.values()))


def _actions_outcome(counting: CountingDispatcher) -> StepOutcome:
    outcome = StepOutcome()
    for result in counting.results:
        event, what = result.event, str(result.outcome)
        data = getattr(event, "data", None)
        name = f"{getattr(event, 'type_', '?')} {getattr(data, 'channel_order_id', '?')}"
        if what in ("reported", "failed"):
            outcome.accepted += 1
            errors = "; ".join(f"{e.code}: {e.message}" for e in result.errors)
            outcome.notes.append(f"{name}: reported {'FAILED (' + errors + ')' if errors else 'SUCCESS'}")
        elif what == "duplicate":
            outcome.notes.append(f"{name}: delivered twice, the duplicate dropped")
        elif what == "refused":
            outcome.refused += 1
            error = result.error
            shown = f"{error.code}: {error.message}" if isinstance(error, APIError) else str(error)
            outcome.notes.append(f"{name}: report refused ({shown})")
        else:
            outcome.not_sent += 1
            outcome.notes.append(f"{name}: {what}")
    return outcome
