"""The sandbox publishes seller actions: order action events consistent with the orders it holds,
to a queue in memory, a JSONL file or SQS; open until updateActionStatus closes them."""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import mirakl_connect as mc
import pytest
from mirakl_connect import spec
from mirakl_connect.events import ActionFailed, Outcome
from mirakl_connect_api.models import OrderActionEvent
from mirakl_connect_sandbox import EventFault, Fault, Sandbox, parse_event_fault
from mirakl_connect_sandbox.__main__ import main
from mirakl_connect_sandbox._actions import adjustment
from mirakl_connect_sandbox._events import DOWNLOAD_TTL
from mirakl_connect_sandbox._samples import CHANNEL, ORIGIN, STORE, order, orders_request, return_request

from ..fakes import FakeClock
from ..support import sandbox_cli
from .conftest import START, bearer, client, get_token

TYPES = [
    "ACCEPT",
    "CREATE_SHIPMENT",
    "REFUND",
    "CANCEL",
    "ACCEPT_RETURN",
    "UPDATE_RETURN_TRACKING_INFORMATION",
    "ACKNOWLEDGE_RETURN_RECEPTION",
    "CLOSE_RETURN",
    "UPLOAD_DOCUMENT",
]
RETURN_TYPES = TYPES[4:8]


def stock(api: httpx.Client, orders: int = 3) -> None:
    """ORDER-0..: two lines each (L0: 1 unit, L1: 2 units); RETURN-1: one unit of ORDER-0's L1."""
    assert api.post("/v1/orders", json=orders_request(orders)).status_code == 204
    returned = {"origin": ORIGIN, "returns": [return_request("ORDER-0", "RETURN-1", line=1)]}
    answer = api.post("/v1/orders/returns", json=returned)
    assert answer.status_code == 200 and not answer.json()["return_errors"]


def received(source: Any) -> list[Any]:
    """Every message of an in-memory source, acknowledged, in delivery order (one group at a time)."""
    found = []
    while batch := source.receive(10, 0):
        found += batch
        source.ack(batch)
    return found


def assert_consistent(sb: Sandbox, event: dict[str, Any]) -> None:
    """The event's payload agrees with the stored order (and return) it names."""
    data, kind = event["data"], event["type"]
    stored = sb.state.orders[data["channel_id"], data["channel_store_id"], data["channel_order_id"]]
    lines = {line["channel_order_line_id"]: line for line in stored["order_lines"]}
    if kind == "ACCEPT":
        assert [line["channel_order_line_id"] for line in data["order_lines"]] == list(lines)
        assert all(line["accepted"] is True for line in data["order_lines"])
    elif kind == "CREATE_SHIPMENT":
        assert data["carrier"] == stored["shipping_info"]["carrier"]
        assert data["tracking_url"].endswith(data["tracking_number"])
        for item in data["items"]:
            line = lines[item["channel_order_line_id"]]
            assert (item["id"], item["quantity"]) == (line["product"]["id"], line["quantity"])
    elif kind in ("REFUND", "CANCEL"):
        adjustments = data["refunds" if kind == "REFUND" else "cancelations"]
        assert adjustments
        for adjusted in adjustments:
            line = lines[adjusted["channel_order_line_id"]]
            assert 1 <= adjusted["quantity"] <= line["quantity"]
            assert adjusted["product_id"] == line["product"]["id"]
            share = adjusted["quantity"] / line["quantity"]
            for name, whole in (("price", line["price"]), ("shipping_price", line["total_shipping_price"])):
                assert adjusted[name]["currency"] == whole["currency"] == "EUR"
                assert adjusted[name]["amount"] == pytest.approx(whole["amount"] * share, abs=0.01)
            assert [tax["code"] for tax in adjusted["taxes"]] == [tax["code"] for tax in line["taxes"]]
    elif kind in RETURN_TYPES:
        stored_return = sb.state.returns[
            data["channel_id"], data["channel_store_id"], data["channel_return_id"]
        ]
        assert stored_return["channel_order_id"] == data["channel_order_id"]
    elif kind == "UPLOAD_DOCUMENT":
        assert data["document_name"].endswith(".pdf")


@pytest.mark.parametrize("kind", TYPES)
def test_each_action_type_emits_a_parseable_consistent_event(
    sandbox: Sandbox, api: httpx.Client, kind: str
) -> None:
    stock(api)
    event = sandbox.events.emit(kind, "ORDER-0")
    [message] = received(sandbox.events.source)
    assert json.loads(message.body) == event and message.id == event["id"] and message.group == "ORDER-0"
    parsed = mc.events.parse(message.body)  # strict: the payload schema of its type
    assert isinstance(parsed, OrderActionEvent) and parsed.type_ == kind
    assert parsed.data.action_id == event["data"]["action_id"]
    assert parsed.data.additional_properties == {}  # nothing the spec does not name
    assert (event["data"]["channel_id"], event["data"]["channel_store_id"]) == (CHANNEL, STORE)
    assert len(event["id"]) == 26 and event["time"] == "2026-03-01T12:00:00.000Z"
    assert_consistent(sandbox, event)
    assert sandbox.state.actions == {event["data"]["action_id"]: None}
    assert sandbox.counters.events_emitted == sandbox.counters.events_delivered == 1


def test_every_action_type_of_the_spec_is_tested_here() -> None:
    schemas = spec.document()["components"]["schemas"]
    assert set(schemas["OrderActionEvent"]["x-payload-by-type"]["mapping"]) == set(TYPES)


def test_orders_are_drawn_among_those_an_action_applies_to(sandbox: Sandbox, api: httpx.Client) -> None:
    stock(api)
    picked = Counter(sandbox.events.emit("ACCEPT")["data"]["channel_order_id"] for _ in range(60))
    assert set(picked) == {"ORDER-0", "ORDER-1", "ORDER-2"}
    for kind in RETURN_TYPES:  # only ORDER-0 has a return
        assert sandbox.events.emit(kind)["data"]["channel_return_id"] == "RETURN-1"
    with pytest.raises(
        LookupError, match="no stored order 'ORDER-1' with a stored return to emit CLOSE_RETURN"
    ):
        sandbox.events.emit("CLOSE_RETURN", "ORDER-1")
    with pytest.raises(LookupError, match="upsert it first"):
        sandbox.events.emit("ACCEPT", "ORDER-9")
    with pytest.raises(ValueError, match="unknown action type 'SHIP': expected one of ACCEPT, "):
        sandbox.events.emit("SHIP")
    with pytest.raises(ValueError, match="did you mean 'CREATE_SHIPMENT'"):
        sandbox.events.emit("CREATE_SHIPMENTS")


def test_refunds_follow_the_return_and_cancels_take_what_is_left(sandbox: Sandbox, api: httpx.Client) -> None:
    stock(api)
    [refund] = sandbox.events.emit("REFUND", "ORDER-0")["data"]["refunds"]  # ORDER-0 has RETURN-1
    assert (refund["channel_order_line_id"], refund["quantity"], refund["reason"]) == (
        "ORDER-0-L1",
        1,
        "RETURN",
    )
    assert refund["price"] == {"amount": 14.99, "currency": "EUR"}  # half of 29.99 for 2 units
    assert refund["shipping_price"] == {"amount": 2.45, "currency": "EUR"}
    # The channel records the refund as an adjustment: a cancel now takes the units left.
    updated = order("ORDER-0", updated_at="2026-03-01T11:00:00Z")
    updated["order_lines"][1]["adjustments"] = [
        {"channel_adjustment_id": "ADJ-1", "created_at": "2026-03-01T11:00:00Z", "type": "REFUND",
         **{key: refund[key] for key in ("quantity", "price", "shipping_price", "reason", "taxes")}},
    ]  # fmt: skip
    assert api.post("/v1/orders", json={"origin": ORIGIN, "orders": [updated]}).status_code == 204
    cancels = sandbox.events.emit("CANCEL", "ORDER-0")["data"]["cancelations"]
    assert [(c["channel_order_line_id"], c["quantity"]) for c in cancels] == [
        ("ORDER-0-L0", 1),
        ("ORDER-0-L1", 1),
    ]
    assert round(cancels[1]["price"]["amount"] + refund["price"]["amount"], 2) == 29.99  # the cents add up
    shipment = sandbox.events.emit("CREATE_SHIPMENT", "ORDER-0")["data"]["items"]
    assert [item["quantity"] for item in shipment] == [1, 1]


def test_shares_of_a_line_add_up_to_the_cent() -> None:
    line = order("O", lines=2)["order_lines"][1] | {"quantity": 3}  # 29.99 EUR for 3 units
    parts = []
    for _ in range(3):
        part = adjustment(line, 1, "DEFECT")
        parts.append(part)
        line["adjustments"] = [*line.get("adjustments", []), part]
    assert [p["price"]["amount"] for p in parts] == [9.99, 10.0, 10.0]
    assert sum(round(p["price"]["amount"] * 100) for p in parts) == 2999


def test_overrides_refusals_and_hand_made_messages(sandbox: Sandbox, api: httpx.Client) -> None:
    stock(api)
    refused = sandbox.events.emit("ACCEPT", "ORDER-1", accepted=False, id="01JCUSTOM", sub_channel_code="FR")
    assert [line["accepted"] for line in refused["data"]["order_lines"]] == [False, False]
    assert refused["id"] == "01JCUSTOM" and refused["data"]["sub_channel_code"] == "FR"
    declined = sandbox.events.emit("ACCEPT_RETURN", accepted=False)["data"]
    assert (declined["accepted"], declined["rejection_reason"]) == (False, "NOT_ELIGIBLE_FOR_RETURN")
    untracked = sandbox.events.emit("CREATE_SHIPMENT", "ORDER-2", tracking_url=None, carrier="UPS")["data"]
    assert "tracking_url" not in untracked and untracked["carrier"] == "UPS"
    sandbox.events.publish(b"{not json")  # a poison message goes through as given
    sandbox.events.publish({"id": "01JX", "time": "2026-03-01T12:00:00Z", "type": "CLOSE_RETURN",
                            "data": {"action_id": "hand-made", "channel_id": CHANNEL, "channel_order_id": "O",
                                     "channel_store_id": STORE, "channel_return_id": "R"}})  # fmt: skip
    bodies = [message.body for message in received(sandbox.events.source)]
    assert "{not json" in bodies and len(bodies) == 5
    assert "hand-made" in sandbox.state.actions
    assert sandbox.counters.events_emitted == 5 and len(sandbox.events.emitted) == 4


def test_the_same_seed_emits_the_same_events(api: httpx.Client) -> None:
    def run() -> list[dict[str, Any]]:
        with (
            Sandbox(seed=42, clock=FakeClock(START), rate_limits=False) as sb,
            client(base_url=sb.base_url) as http,
        ):
            http.headers.update(bearer(get_token(sb, http)))
            stock(http)
            return [sb.events.emit(kind) for kind in TYPES for _ in range(3)]

    def portless(event: dict[str, Any]) -> dict[str, Any]:  # UPLOAD_DOCUMENT's URL names the port
        url = event["data"].get("document_download_url", "")
        return event | {"data": event["data"] | {"document_download_url": url.split("/", 3)[-1]}}

    first, second = run(), run()
    assert [e["data"]["channel_order_id"] for e in first] == [e["data"]["channel_order_id"] for e in second]
    assert [portless(event) for event in first] == [portless(event) for event in second]


def test_upload_document_url_serves_a_pdf_until_it_expires(
    sandbox: Sandbox, api: httpx.Client, clock: FakeClock, http: httpx.Client
) -> None:
    stock(api)
    label = sandbox.events.emit("UPLOAD_DOCUMENT", "ORDER-0")["data"]
    invoice = sandbox.events.emit("UPLOAD_DOCUMENT", "ORDER-1")["data"]
    assert (label["document_type"], label["document_entity"]) == (
        "RETURN_LABEL",
        {"id": "RETURN-1", "type": "RETURN"},
    )
    assert (invoice["document_type"], invoice["document_name"]) == ("CUSTOMER_INVOICE", "invoice-ORDER-1.pdf")
    assert label["document_download_url"].startswith(f"http://127.0.0.1:{sandbox.port}/downloads/")
    answer = http.get(label["document_download_url"])  # no token: a pre-signed URL
    assert answer.status_code == 200 and answer.headers["Content-Type"] == "application/pdf"
    assert spec.document_kind(answer.content[: spec.DOCUMENT_SAMPLE], label["document_name"]) == "PDF"
    assert b"return-label-RETURN-1" in answer.content and answer.content.rstrip().endswith(b"%%EOF")
    assert http.post(label["document_download_url"]).status_code == 405
    assert http.get(label["document_download_url"].replace("/downloads/", "/downloads/0")).status_code == 404
    clock.advance(DOWNLOAD_TTL + 1)
    assert http.get(invoice["document_download_url"]).status_code == 403


# -- delivery faults ---------------------------------------------------------------------------------


def test_duplicates_keep_the_event_id_and_reordering_holds_messages_back(
    sandbox: Sandbox, api: httpx.Client
) -> None:
    stock(api)
    sandbox.events.faults.set([EventFault.duplicate(times=1, copies=2), EventFault.reorder(times=1, by=2)])
    first = sandbox.events.emit("ACCEPT", "ORDER-0")  # delivered three times
    second = sandbox.events.emit("ACCEPT", "ORDER-1")  # held back until two more are published
    third = sandbox.events.emit("ACCEPT", "ORDER-2")
    assert sandbox.events.held == 1
    fourth = sandbox.events.emit("CREATE_SHIPMENT", "ORDER-2")
    assert sandbox.events.held == 0
    order_of_ids = [message.id for message in received(sandbox.events.source)]
    ids = [event["id"] for event in (first, second, third, fourth)]
    assert order_of_ids == [ids[0], ids[0], ids[0], ids[2], ids[3], ids[1]]
    counters = sandbox.counters
    assert (counters.events_emitted, counters.events_delivered) == (4, 6)
    assert (counters.events_duplicated, counters.events_reordered) == (2, 1)
    assert sandbox.events.faults.pending == []


def test_what_is_held_back_comes_out_when_the_queue_is_read_or_flushed(
    sandbox: Sandbox, api: httpx.Client, tmp_path: Path
) -> None:
    stock(api)
    sandbox.events.faults.add(EventFault.reorder(type="CANCEL"))
    sandbox.events.emit("ACCEPT", "ORDER-0")
    cancel = sandbox.events.emit("CANCEL", "ORDER-1")
    assert sandbox.events.held == 1
    assert [message.id for message in received(sandbox.events.source)][-1] == cancel[
        "id"
    ]  # reading releases it
    with Sandbox(
        event_sink=tmp_path / "events.jsonl", event_faults=[EventFault.reorder()], rate_limits=False
    ) as sb:
        sb.state.orders[CHANNEL, STORE, "O-1"] = order("O-1")
        sb.events.emit("ACCEPT")
        assert not (tmp_path / "events.jsonl").exists() and sb.events.held == 1
        sb.events.flush()
        assert len((tmp_path / "events.jsonl").read_text().splitlines()) == 1
        sb.events.emit("ACCEPT")
    assert len((tmp_path / "events.jsonl").read_text().splitlines()) == 2  # stop() delivered it


def test_event_faults_are_checked_and_parsed() -> None:
    assert parse_event_fault("duplicate:copies=2:times=5:probability=0.5:type=accept") == EventFault(
        "duplicate", type="ACCEPT", probability=0.5, times=5, copies=2
    )
    assert parse_event_fault("reorder:by=3") == EventFault.reorder(by=3)
    for bad, message in [
        ("shuffle", "unknown event fault 'shuffle'"),
        ("duplicate:copies=0", "copies must be a whole number >= 1"),
        ("reorder:type=SHIP", "unknown action type 'SHIP'"),
        ("duplicate:probability=2", "probability must be between 0 and 1"),
        ("duplicate:after=1", "unknown key 'after'"),
    ]:
        with pytest.raises(ValueError, match=message):
            parse_event_fault(bad)
    with pytest.raises(TypeError, match="expected EventFault objects, got Fault"):
        Sandbox(event_faults=[Fault.disconnect()])  # type: ignore[list-item]


# -- the loop: the sandbox publishes, mc.events.consume handles and reports ---------------------------------


def connector(sb: Sandbox) -> mc.ConnectClient:
    """A client of the sandbox (the connector under test)."""
    return mc.ConnectClient(
        client_id=sb.client_id,
        client_secret=sb.client_secret,
        base_url=sb.base_url,
        token_url=sb.token_url,
        allow_insecure_http=True,
        retry=mc.RetryPolicy(backoff=0.01, jitter=False),
    )


@pytest.fixture
def connect(sandbox: Sandbox) -> Iterator[mc.ConnectClient]:
    with connector(sandbox) as made:
        yield made


def handled_by_two(dispatcher: mc.events.Dispatcher, calls: Counter[str]) -> None:
    """ACCEPT and CREATE_SHIPMENT succeed; REFUND and CANCEL fail with ORDER_IN_WRONG_STATE."""

    @dispatcher.on("ACCEPT", "CREATE_SHIPMENT")
    def ship(event: OrderActionEvent) -> None:
        calls[event.data.action_id] += 1

    @dispatcher.on("REFUND", "CANCEL")
    def refuse(event: OrderActionEvent) -> None:
        calls[event.data.action_id] += 1
        raise ActionFailed("ORDER_IN_WRONG_STATE", f"order {event.data.channel_order_id} is closed")


def expected(kind: str) -> tuple[str, str | None]:
    if kind in ("ACCEPT", "CREATE_SHIPMENT"):
        return "SUCCESS", None
    return "FAILED", "ORDER_IN_WRONG_STATE" if kind in ("REFUND", "CANCEL") else "ACTION_NOT_SUPPORTED"


def assert_closed_once(sb: Sandbox, events: list[dict[str, Any]], calls: Counter[str]) -> None:
    """Every action closed, once, as its handler said; no action handled twice."""
    for event in events:
        action_id = event["data"]["action_id"]
        outcome = sb.state.actions[action_id]
        assert outcome is not None, f"{event['type']} {action_id} left open"
        status, code = expected(event["type"])
        assert outcome["status"] == status
        assert [error["code"] for error in outcome["errors"]] == ([code] if code else [])
    assert set(calls.values()) <= {1}
    assert sb.counters.by_operation["updateActionStatus"] == len(events)


def test_fifty_actions_with_five_duplicates_are_each_closed_once(
    sandbox: Sandbox, api: httpx.Client, connect: mc.ConnectClient
) -> None:
    stock(api, orders=10)
    sandbox.events.faults.set([EventFault.duplicate(probability=0.2, times=5), EventFault.reorder(times=3)])
    events = [sandbox.events.emit(TYPES[i % len(TYPES)]) for i in range(50)]
    assert len({event["data"]["action_id"] for event in events}) == 50
    assert list(sandbox.state.actions.values()) == [None] * 50
    dispatcher = mc.events.Dispatcher(connect)
    calls: Counter[str] = Counter()
    handled_by_two(dispatcher, calls)
    summary = mc.events.consume(sandbox.events.source, dispatcher, concurrency=8, wait=0.05, until_empty=True)
    assert sandbox.counters.events_duplicated == 5 and sandbox.counters.events_delivered == 55
    assert summary.outcomes[Outcome.DUPLICATE] == 5
    assert summary.acked == 55 and summary.left == 0
    assert len(sandbox.events.source) == 0
    assert_closed_once(sandbox, events, calls)
    assert sum(calls.values()) == sum(
        1 for e in events if e["type"] in ("ACCEPT", "CREATE_SHIPMENT", "REFUND", "CANCEL")
    )


def test_auto_events_after_an_upsert(http: httpx.Client, tmp_path: Path) -> None:
    with (
        Sandbox(auto_events=True, rate_limits=False, clock=FakeClock(START)) as sb,
        client(base_url=sb.base_url) as api,
    ):
        api.headers.update(bearer(get_token(sb, api)))
        stock(api, orders=2)
        kinds = [(e["type"], e["data"]["channel_order_id"]) for e in sb.events.emitted]
        assert kinds == [
            ("ACCEPT", "ORDER-0"), ("CREATE_SHIPMENT", "ORDER-0"), ("ACCEPT", "ORDER-1"), ("CREATE_SHIPMENT", "ORDER-1"),
        ]  # fmt: skip
        for event in sb.events.emitted:
            assert_consistent(sb, event)
        assert len(received(sb.events.source)) == 4
        assert api.post("/v1/orders", json=orders_request(2)).status_code == 204  # known orders: nothing new
        sb.events.auto(["CANCEL"])
        assert api.post("/v1/orders", json=orders_request(3)).status_code == 204  # ORDER-2 is new
        assert [(e["type"], e["data"]["channel_order_id"]) for e in sb.events.emitted[4:]] == [
            ("CANCEL", "ORDER-2")
        ]
        sb.events.auto(False)
        assert api.post("/v1/orders", json=orders_request(1, prefix="OTHER")).status_code == 204
        assert len(sb.events.emitted) == 5 and sb.counters.events_emitted == 5
    with Sandbox(rate_limits=False) as quiet, client(base_url=quiet.base_url) as api:  # off by default
        api.headers.update(bearer(get_token(quiet, api)))
        stock(api)
        assert quiet.events.emitted == [] and quiet.state.actions == {}


def test_an_auto_event_that_cannot_be_sent_does_not_fail_the_upsert(
    sandbox: Sandbox, api: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    class Broken:
        def send(self, messages: Any) -> None:
            raise ConnectionError("queue unreachable")

        def source(self) -> Any:
            raise NotImplementedError

        def close(self) -> None:
            pass

    sandbox.events.sink = Broken()
    sandbox.events.auto()
    with caplog.at_level(logging.ERROR, logger="mirakl_connect_sandbox"):
        assert api.post("/v1/orders", json=orders_request(1)).status_code == 204
    assert "could not deliver 2 events of new orders" in caplog.text
    assert sandbox.counters.events_undelivered == 2 and sandbox.counters.events_delivered == 0


def test_emitted_actions_are_known_to_a_strict_sandbox() -> None:
    with Sandbox(require_known_actions=True, rate_limits=False) as sb, connector(sb) as connect:
        sb.state.orders[CHANNEL, STORE, "O-1"] = order("O-1")
        action_id = sb.events.emit("CANCEL")["data"]["action_id"]
        connect.orders.update_action_status(action_id, "SUCCESS")
        with pytest.raises(mc.NotFoundError):
            connect.orders.update_action_status("never-emitted", "SUCCESS")
        assert sb.state.actions == {action_id: {"status": "SUCCESS", "errors": []}}


# -- other sinks ---------------------------------------------------------------------------------------


def test_jsonl_file_sink(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    sandbox = Sandbox(
        event_sink=str(path), auto_events="ACCEPT,REFUND", rate_limits=False, clock=FakeClock(START)
    )
    with sandbox as sb, client(base_url=sb.base_url) as api, connector(sb) as connect:
        api.headers.update(bearer(get_token(sb, api)))
        sb.events.faults.add(EventFault.duplicate(times=1))
        stock(api, orders=3)
        lines = path.read_text(encoding="utf-8").splitlines()
        assert [json.loads(line) for line in lines] == [sb.events.emitted[0], *sb.events.emitted]
        assert all(isinstance(mc.events.parse(line), OrderActionEvent) for line in lines)
        dispatcher = mc.events.Dispatcher(connect)
        calls: Counter[str] = Counter()
        handled_by_two(dispatcher, calls)
        summary = mc.events.consume(sb.events.source, dispatcher, wait=0.05, until_empty=True)
        assert summary.outcomes[Outcome.DUPLICATE] == 1
        assert_closed_once(sb, sb.events.emitted, calls)
    assert len(path.read_text().splitlines()) == 7


# -- SQS, with moto's server on 127.0.0.1 (the ``sqs`` fixture of tests/conftest.py) ------------------------


def drain(sqs: Any, url: str) -> list[Any]:
    """Every message of a queue, deleted as received (a FIFO group's next one comes after)."""
    found: list[Any] = []
    while True:
        answer = sqs.receive_message(
            QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=0, MessageSystemAttributeNames=["All"]
        )
        messages = answer.get("Messages", [])
        if not messages:
            return found
        found += messages
        entries = [{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(messages)]
        sqs.delete_message_batch(QueueUrl=url, Entries=entries)


@pytest.mark.parametrize("fifo", [False, True], ids=["standard", "fifo"])
def test_sqs_sink(sqs: Any, fifo: bool, request: pytest.FixtureRequest) -> None:
    name = f"sandbox-events-{request.node.callspec.id}" + (".fifo" if fifo else "")
    attributes = {"VisibilityTimeout": "30"} | ({"FifoQueue": "true"} if fifo else {})
    url = sqs.create_queue(QueueName=name, Attributes=attributes)["QueueUrl"]
    faults = [EventFault.duplicate(times=2)]
    with Sandbox(event_sink=url, event_faults=faults, rate_limits=False, clock=FakeClock(START)) as sb:
        with client(base_url=sb.base_url) as api:
            api.headers.update(bearer(get_token(sb, api)))
            stock(api, orders=12)
        # What arrives: each event once, the first two twice (a FIFO queue keeps the copies:
        # they have deduplication ids of their own), in the order of each order's group.
        events = [sb.events.emit(kind) for kind in TYPES]
        seen = drain(sqs, url)
        by_id = Counter(json.loads(message["Body"])["id"] for message in seen)
        assert by_id == Counter({e["id"]: 2 if i < 2 else 1 for i, e in enumerate(events)})
        if fifo:
            for message in seen:
                body = json.loads(message["Body"])
                assert message["Attributes"]["MessageGroupId"] == body["data"]["channel_order_id"]
        assert sb.counters.events_delivered == 11
        # The loop: consumed from the queue, reported to the sandbox.
        sb.events.faults.set([EventFault.duplicate(times=2)])
        events = [sb.events.emit(kind) for kind in TYPES * 2]
        with connector(sb) as connect:
            dispatcher = mc.events.Dispatcher(connect)
            calls: Counter[str] = Counter()
            handled_by_two(dispatcher, calls)
            source = sb.events.source
            assert isinstance(source, mc.events.SQSSource) and source.fifo is fifo
            summary = mc.events.consume(source, dispatcher, wait=0.05, until_empty=True)
        assert summary.outcomes[Outcome.DUPLICATE] == 2 and summary.acked == 20
        assert_closed_once(sb, events, calls)


# -- the command line ---------------------------------------------------------------------------------------


def test_cli_event_options_need_a_sink(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--auto-events", "ACCEPT"], ["--event-fault", "duplicate"]):
        with pytest.raises(SystemExit) as exit_info:
            main(argv)
        assert exit_info.value.code == 2
        assert "need --event-sink" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--event-sink", "x.jsonl", "--auto-events", "ACCEPT,SHIPPING"])
    assert "unknown action type 'SHIPPING'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--event-sink", "x.jsonl", "--event-fault", "reorder:by=0"])
    assert "by must be a whole number >= 1" in capsys.readouterr().err


def test_cli_publishes_to_a_file(tmp_path: Path, http: httpx.Client) -> None:
    path = tmp_path / "events.jsonl"
    options = ["--no-rate-limits", "--event-sink", str(path), "--auto-events", "ACCEPT",
               "--event-fault", "duplicate:times=1"]  # fmt: skip
    with sandbox_cli(*options, lines=5) as shown:
        assert shown["events"] == f"ACCEPT for each new order, to {path}"
        form = {"grant_type": "client_credentials", "client_id": shown["client id"],
                "client_secret": shown["client secret"]}  # fmt: skip
        token = http.post(shown["token URL"], data=form).json()["access_token"]
        answer = http.post(f"{shown['base URL']}/v1/orders", json=orders_request(2), headers=bearer(token))
        assert answer.status_code == 204
        events = [json.loads(line) for line in path.read_text().splitlines()]
        assert [(e["type"], e["data"]["channel_order_id"]) for e in events] == [
            ("ACCEPT", "ORDER-0"), ("ACCEPT", "ORDER-0"), ("ACCEPT", "ORDER-1"),
        ]  # fmt: skip
