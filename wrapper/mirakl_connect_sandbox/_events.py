"""The sandbox plays the seller: it publishes order action events for the orders it holds (``sb.events``).

    >>> import mirakl_connect as mc
    >>> from ._samples import order
    >>> events = EventPublisher(SandboxState(), Counters(), seed=1)  # a sandbox's: sb.events
    >>> events.state.orders["CHANNEL-1", "STORE-FR-1", "O-1"] = order("O-1")  # as upsertOrders does
    >>> event = events.emit("CREATE_SHIPMENT")
    >>> event["type"], event["data"]["channel_order_id"], event["data"]["items"][1]
    ('CREATE_SHIPMENT', 'O-1', {'channel_order_line_id': 'O-1-L1', 'id': 'SKU-00001', 'quantity': 2})
    >>> events.state.actions == {event["data"]["action_id"]: None}  # open until updateActionStatus
    True
    >>> [type(mc.events.parse(m.body).data).__name__ for m in events.source.receive(10, 0)]
    ['OrderShipmentCommandEvent']

:meth:`EventPublisher.emit` builds one event of an action type (``_actions`` makes its payload
agree with the stored order), opens its action in ``state.actions`` (so that updateActionStatus
closes it, and the state shows how it was reported), and delivers it to the sink (``_sinks``):
an in-memory queue by default, read by ``mc.events.consume(sb.events.source, ...)``. With
``auto``, every order that upsertOrders stores for the first time gets its actions at once.
Event faults (``EventFault``) duplicate or reorder messages on the way. The random choices
(which order, which lines, tracking numbers, ids) come from the sandbox's ``seed``.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import logging
import random
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from mirakl_connect.events import MemorySource

from ._actions import RETURN_TYPES, applicable, build
from ._errors import NothingToEmit, SettingError
from ._faults import EventFault, EventFaultInjector, action_types
from ._http import ApiError, Request, Response
from ._sinks import EventQueue, EventSink, MemorySink, Outgoing, sink_for
from ._state import Counters, JsonObject, SandboxState

logger = logging.getLogger("mirakl_connect_sandbox")

DEFAULT_AUTO = ("ACCEPT", "CREATE_SHIPMENT")
DOWNLOADS_PATH = "/downloads/"
DOWNLOAD_TTL = 900.0  # seconds a document_download_url works, like a pre-signed URL
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

OrderKey = tuple[str, str, str]


def _derived(seed: int | None, stream: str) -> str | None:
    """A seed of its own for each random stream, so that one's draws never shift another's."""
    return None if seed is None else f"{seed}:{stream}"


def ulid(milliseconds: int, rng: random.Random) -> str:
    """A ULID (26 Crockford base-32 characters): 48 bits of time, 80 random bits."""
    value = (milliseconds % (1 << 48)) << 80 | rng.getrandbits(80)
    return "".join(_CROCKFORD[(value >> shift) & 31] for shift in range(125, -1, -5))


def checked_type(kind: str) -> str:
    """``kind`` if it is an order action type of the spec, else a SettingError with a suggestion."""
    if kind in action_types():
        return kind
    close = difflib.get_close_matches(str(kind), action_types(), n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    raise SettingError(f"unknown action type {kind!r}: {hint}expected one of {', '.join(action_types())}")


def auto_types(auto: bool | str | Iterable[str]) -> tuple[str, ...]:
    """The action types of ``auto``: True for ACCEPT then CREATE_SHIPMENT, False for none."""
    if auto is True:
        return DEFAULT_AUTO
    if auto is False or auto is None:
        return ()
    if isinstance(auto, str):
        auto = [part.strip() for part in auto.split(",") if part.strip()]
    return tuple(checked_type(kind) for kind in auto)


@dataclass
class _Held:
    messages: list[Outgoing]
    left: int  # messages to publish before these are delivered


class EventPublisher:
    """Publishes order action events for the orders a :class:`SandboxState` holds (``sb.events``).

    Args:
        state, counters: the sandbox's (actions are opened in ``state.actions``; ``events_*``
            counters are kept in ``counters``).
        seed: seeds the choices of orders, lines, numbers and ids, and the event faults' rolls.
        clock: wall-clock seconds, for the events' ``time`` and ids.
        sink: where events go (see ``sink_for``): None for an in-memory queue (:attr:`source`),
            a JSONL file path, an SQS queue URL, a ``MemorySource`` or an ``EventSink``.
        faults: event faults (:class:`EventFault`), changed any time via :attr:`faults`.
        auto: action types emitted for each order upsertOrders stores for the first time
            (True: ACCEPT then CREATE_SHIPMENT; False: none); see :meth:`auto`.
        host_url: gives the sandbox's ``http://host:port`` while it runs (for UPLOAD_DOCUMENT's
            download URL, served by the sandbox), else None.
    """

    def __init__(
        self,
        state: SandboxState,
        counters: Counters,
        *,
        seed: int | None = 0,
        clock: Callable[[], float] | None = None,
        sink: EventSink | MemorySource | str | Path | None = None,
        faults: Iterable[EventFault] = (),
        auto: bool | str | Iterable[str] = False,
        host_url: Callable[[], str | None] = lambda: None,
    ) -> None:
        self.state = state
        self.counters = counters
        self.clock: Callable[[], float] = clock or time.time
        self.sink: EventSink = sink_for(sink)
        self.faults = EventFaultInjector(faults, seed=_derived(seed, "event-faults"))
        self.auto_types: tuple[str, ...] = auto_types(auto)
        self.emitted: list[JsonObject] = []
        """The events emitted (and JSON objects published), in order, as built: before any fault."""
        self._rng = random.Random(_derived(seed, "events"))  # noqa: S311 (reproducible test data)
        self._host_url = host_url
        self._held: list[_Held] = []
        self._documents: dict[str, tuple[str, float, str]] = {}  # token -> (file name, expiry, title)
        self._lock = threading.RLock()
        self._batch: list[Outgoing] | None = None
        if isinstance(self.sink, MemorySink) and isinstance(self.sink.queue, EventQueue):
            self.sink.queue.before_receive = self.flush

    def __repr__(self) -> str:
        return f"<EventPublisher sink={self.sink!r} auto={list(self.auto_types)} emitted={len(self.emitted)}>"

    @property
    def source(self) -> Any:
        """A :class:`mirakl_connect.events.Source` of what was delivered: the in-memory queue itself
        (by default), an ``SQSSource`` of the SQS queue, or a ``FileSource`` of the file as it is
        now. What a reorder fault holds back is delivered first."""
        self.flush()
        return self.sink.source()

    def auto(self, types: bool | str | Iterable[str] = True) -> None:
        """Emit these action types for each new order upsertOrders stores (True: ACCEPT then
        CREATE_SHIPMENT; a list, or a comma-separated string; False: stop)."""
        self.auto_types = auto_types(types)

    # -- emitting -----------------------------------------------------------------------------------

    def emit(self, type: str, channel_order_id: str | None = None, **overrides: Any) -> JsonObject:
        """Publish one order action event of ``type`` for a stored order; returns the event.

        ``channel_order_id``: the order (None: one drawn among those it applies to, seeded; a
        return action needs an order with a stored return). ``overrides`` replace fields of
        ``data`` (None removes one), except ``id`` and ``time``, which replace the envelope's;
        ``channel_id``, ``channel_store_id`` and ``channel_return_id`` also choose the order or
        return. For ACCEPT, ``accepted=False`` refuses every line; for ACCEPT_RETURN it refuses
        the return (rejection_reason NOT_ELIGIBLE_FOR_RETURN unless given). Raises NothingToEmit
        when no stored order (or return) fits, SettingError for an unknown type.
        """
        kind = checked_type(type)
        with self._lock:
            key, order, stored_return = self._find(kind, channel_order_id, overrides)
            event = self._event(kind, key, order, stored_return, dict(overrides))
            self.emitted.append(event)
            self._publish(json.dumps(event, separators=(",", ":"), ensure_ascii=False), event)
        return event

    def publish(self, message: Mapping[str, Any] | str | bytes) -> None:
        """Deliver a message as given (a hand-made event, a fact such as OFFER_UPSERT, a poison
        message...) through the same sink and faults. An order action's ``data.action_id`` is
        opened like an emitted one's."""
        if isinstance(message, Mapping):
            body, decoded = json.dumps(message, separators=(",", ":"), ensure_ascii=False), message
        else:
            body = message.decode("utf-8", "replace") if isinstance(message, bytes) else message
            try:
                decoded = json.loads(body)
            except ValueError:
                decoded = None
        with self._lock:
            if isinstance(decoded, Mapping):
                self.emitted.append(dict(decoded))
            self._publish(body, decoded if isinstance(decoded, Mapping) else {})

    def flush(self) -> None:
        """Deliver the messages a reorder fault holds back, now."""
        with self._lock:
            held, self._held = self._held, []
            self._send([message for entry in held for message in entry.messages])

    @property
    def held(self) -> int:
        """Messages a reorder fault holds back."""
        with self._lock:
            return sum(len(entry.messages) for entry in self._held)

    def close(self) -> None:
        """Deliver what is held back and close the sink (a file sink reopens on the next event)."""
        self.flush()
        self.sink.close()

    def orders_stored(self, channel_id: str, channel_store_id: str, order_ids: list[str]) -> None:
        """upsertOrders stored these orders for the first time: emit the :meth:`auto` actions.

        Their messages go to the sink together (SQS: 10 a call) once all are built. A failure (an
        action that does not apply, the sink) is logged, never raised: it must not change the
        answer to upsertOrders.
        """
        types = self.auto_types
        if not types:
            return
        origin = {"channel_id": channel_id, "channel_store_id": channel_store_id}
        with self._lock:
            self._batch = []
            try:
                for order_id in order_ids:
                    for kind in types:
                        try:
                            self.emit(kind, order_id, **origin)
                        except LookupError as error:  # CANCEL of an order without units left...
                            logger.warning("sandbox: no %s event for order %s: %s", kind, order_id, error)
                        except Exception:
                            logger.exception("sandbox: could not emit %s for order %s", kind, order_id)
            finally:
                batch, self._batch = self._batch, None
            try:
                self._send(batch)
            except Exception:
                logger.exception("sandbox: could not deliver %d events of new orders", len(batch))

    # -- building ---------------------------------------------------------------------------------

    def _find(
        self, kind: str, order_id: str | None, overrides: Mapping[str, Any]
    ) -> tuple[OrderKey, JsonObject, JsonObject | None]:
        """The order (and return) an event of ``kind`` is about."""
        channel, store = overrides.get("channel_id"), overrides.get("channel_store_id")
        return_id = overrides.get("channel_return_id")

        def fits(key: OrderKey) -> bool:
            return (channel is None or key[0] == channel) and (store is None or key[1] == store)

        with self.state.lock:
            keys = [key for key in self.state.orders if fits(key) and order_id in (None, key[2])]
            if order_id is not None and len({key[:2] for key in keys}) > 1:
                raise NothingToEmit(
                    f"order {order_id!r} is stored for several channels or stores: "
                    "give channel_id= and channel_store_id="
                )
            uses_returns = kind in RETURN_TYPES or kind in ("REFUND", "UPLOAD_DOCUMENT")
            returns = self._returns(set(keys), return_id) if uses_returns else {}
            if keys:
                start = self._rng.randrange(len(keys))
                for key in keys[start:] + keys[:start]:
                    order = self.state.orders[key]
                    candidates = returns.get(key, [])
                    if applicable(kind, order, bool(candidates)):
                        chosen = self._rng.choice(candidates) if candidates else None
                        return key, order, chosen
        what = f"order {order_id!r}" if order_id is not None else "order"
        need = " with a stored return" if kind in RETURN_TYPES else ""
        if kind in ("REFUND", "CANCEL"):
            need = " with units left to refund or cancel"
        if return_id is not None and kind in RETURN_TYPES:
            need = f" with the stored return {return_id!r}"
        raise NothingToEmit(f"no stored {what}{need} to emit {kind} for: upsert it first")

    def _returns(self, keys: set[OrderKey], return_id: str | None) -> dict[OrderKey, list[JsonObject]]:
        """The stored returns of these orders (only ``return_id`` if given), by order."""
        found: dict[OrderKey, list[JsonObject]] = {}
        for (channel, store, stored_id), stored in self.state.returns.items():
            key = (channel, store, stored["channel_order_id"])
            if key in keys and return_id in (None, stored_id):
                found.setdefault(key, []).append(stored)
        return found

    def _event(
        self,
        kind: str,
        key: OrderKey,
        order: JsonObject,
        stored_return: JsonObject | None,
        overrides: dict[str, Any],
    ) -> JsonObject:
        now = self.clock()
        envelope = {
            "id": ulid(int(now * 1000), self._rng),
            "time": dt.datetime.fromtimestamp(now, dt.UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z"),
            "type": kind,
        }
        data: JsonObject = {
            "action_id": str(uuid.UUID(int=self._rng.getrandbits(128), version=4)),
            "channel_id": key[0],
            "channel_order_id": key[2],
            "channel_store_id": key[1],
        }
        if order.get("sub_channel_code"):
            data["sub_channel_code"] = order["sub_channel_code"]
        carriers = [carrier["name"] for carrier in self.state.carriers.get(key[0], [])]
        data |= build(
            kind, order, stored_return, rng=self._rng, carriers=carriers, document_url=self._document_url
        )
        if kind == "ACCEPT" and "accepted" in overrides:
            accepted = bool(overrides.pop("accepted"))
            data["order_lines"] = [line | {"accepted": accepted} for line in data["order_lines"]]
        if kind == "ACCEPT_RETURN" and overrides.get("accepted") is False:
            data["rejection_reason"] = "NOT_ELIGIBLE_FOR_RETURN"
        for name in ("id", "time"):
            if name in overrides:
                envelope[name] = overrides.pop(name)
        for name, value in overrides.items():
            if value is None:
                data.pop(name, None)
            else:
                data[name] = value
        return {**envelope, "data": data}

    # -- delivering -------------------------------------------------------------------------------

    def _publish(self, body: str, event: Mapping[str, Any]) -> None:
        """Open the event's action, deliver its message (through the faults)."""
        data = event.get("data")
        data = data if isinstance(data, Mapping) else {}
        action_id, order_id = data.get("action_id"), data.get("channel_order_id")
        if isinstance(action_id, str) and action_id:
            self.state.add_action(action_id)
        self.counters.add("events_emitted")
        event_id, kind = event.get("id"), event.get("type")
        message = Outgoing(
            body,
            id=event_id if isinstance(event_id, str) else "",
            group=order_id if isinstance(order_id, str) and order_id else None,
        )
        self._deliver(message, kind if isinstance(kind, str) else None)

    def _deliver(self, message: Outgoing, kind: str | None) -> None:
        fault = self.faults.pick(kind)
        batch = [message]
        if fault is not None and fault.kind == "duplicate":
            base = message.deduplication_id or message.id
            batch += [
                Outgoing(message.body, message.id, message.group, f"{base}-copy{n}" if base else None)
                for n in range(1, fault.copies + 1)
            ]
            self.counters.add("events_duplicated", fault.copies)
        ready: list[Outgoing] = []
        due = []
        for entry in self._held:  # one more message published: those held may be due
            entry.left -= 1
            if entry.left <= 0:
                due.append(entry)
        if fault is not None and fault.kind == "reorder":
            self._held.append(_Held(batch, fault.by))
            self.counters.add("events_reordered")
        else:
            ready += batch
        for entry in due:
            self._held.remove(entry)
            ready += entry.messages
        self._send(ready)

    def _send(self, messages: list[Outgoing]) -> None:
        if self._batch is not None:  # orders_stored sends them all at the end
            self._batch += messages
            return
        if not messages:
            return
        try:
            self.sink.send(messages)
        except Exception:
            self.counters.add("events_undelivered", len(messages))
            raise
        self.counters.add("events_delivered", len(messages))

    # -- documents ---------------------------------------------------------------------------------

    def _document_url(self, name: str) -> str:
        """Where UPLOAD_DOCUMENT's file is: served by the sandbox while it runs, for DOWNLOAD_TTL s."""
        token = f"{self._rng.getrandbits(96):024x}"
        expires = int(self.clock() + DOWNLOAD_TTL)
        base = self._host_url()
        if base is None:
            return f"https://documents.example.com{DOWNLOADS_PATH}{token}/{quote(name)}?expires={expires}"
        with self._lock:
            self._documents[token] = (name, float(expires), name.removesuffix(".pdf"))
        return f"{base}{DOWNLOADS_PATH}{token}/{quote(name)}?expires={expires}"

    def download(self, request: Request) -> Response | None:
        """The sandbox's answer to a document download (None: not a download path)."""
        if not request.path.startswith(DOWNLOADS_PATH):
            return None
        token = request.path[len(DOWNLOADS_PATH) :].split("/", 1)[0]
        with self._lock:
            found = self._documents.get(token)
        if request.method not in ("GET", "HEAD"):
            return ApiError(405, "METHOD_NOT_ALLOWED", "Use GET", headers={"Allow": "GET, HEAD"}).response()
        if found is None:
            return ApiError(404, "NOT_FOUND", "No such document").response()
        name, expires, title = found
        if self.clock() > expires:
            return ApiError(403, "ACCESS_DENIED", "The download link has expired").response()
        headers = {"Content-Disposition": f'attachment; filename="{name}"'}
        return Response(200, pdf(title), "application/pdf", headers)


def pdf(title: str) -> bytes:
    """A one-page PDF showing ``title`` (ASCII), with a correct cross-reference table."""
    text = "".join(c for c in title if c.isascii() and c.isprintable() and c not in "()\\")
    content = f"BT /F1 18 Tf 36 72 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 144] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
