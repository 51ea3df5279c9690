"""The mirakl-connect command line, every command run against a sandbox with click's CliRunner:
exit codes, what is printed, what the sandbox received, and FILE.failed.jsonl (nothing lost)."""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from mirakl_connect._clock import SystemClock
from mirakl_connect.cli._scenario import Day
from mirakl_connect.cli._tally import NONE, TIMES
from mirakl_connect_sandbox import Fault, Sandbox

from .support import HANDLERS, SHIPMENT, cli, jsonl, python, settings

ORIGIN = "acme/s1"


@pytest.fixture(autouse=True)
def no_waiting(monkeypatch: pytest.MonkeyPatch) -> None:
    """Back-off and Retry-After waits return at once; no MIRAKL_CONNECT_* variable of the machine leaks in."""
    monkeypatch.setattr(SystemClock, "sleep", lambda self, seconds: None)
    for name in ("CLIENT_ID", "CLIENT_SECRET", "BASE_URL", "TOKEN_URL", "ENVIRONMENT", "ALLOW_INSECURE_HTTP"):
        monkeypatch.delenv(f"MIRAKL_CONNECT_{name}", raising=False)


@pytest.fixture
def box() -> Iterator[Sandbox]:
    """A sandbox on the real clock (the commands build their own clients), rate limits on."""
    with Sandbox() as running:
        yield running


def orders(count: int, start: int = 1) -> list[dict[str, Any]]:
    day = Day(None, {"channel_id": "acme", "channel_store_id": "s1"})  # type: ignore[arg-type]
    return [
        json.loads(json.dumps(day.order(n), default=lambda d: d.isoformat()))
        for n in range(start, start + count)
    ]


def secret_not_in(result: Result, sb: Sandbox) -> None:
    assert sb.client_secret not in result.output + result.stderr


# -- help, import -------------------------------------------------------------------------------------
COMMANDS = [["demo"], ["sandbox"], ["token"], ["orders", "upsert"], ["returns", "upsert"], ["carriers", "upsert"],
            ["catalog", "items"], ["documents", "upload"], ["documents", "delete"], ["events", "parse"],
            ["events", "consume"]]  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help_with_an_example(command: list[str]) -> None:
    result = cli(*command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.output and f"$ mirakl-connect {command[0]}" in result.output


def test_importing_the_client_does_not_import_the_cli() -> None:
    code = "import sys, mirakl_connect; print([m for m in sys.modules if m.startswith(('mirakl_connect.cli', 'mirakl_connect_s'))])"
    assert python(code) == "[]\n"


# -- demo ---------------------------------------------------------------------------------------------
def row(output: str, step: str) -> list[str]:
    """The cells of a step's row in the demo's table."""
    found = re.search(rf"^{step}\s{{2,}}(.*)$", output, re.M)
    assert found, f"no row {step!r} in:\n{output}"
    return re.split(r"\s{2,}", found[1].strip())


def test_demo_a_connectors_day() -> None:
    result = cli("demo")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert row(out, "store information")[:5] == ["1", NONE, "1", "1", "0"]
    assert row(out, "orders") == ["9", f"503 {TIMES}1", "0", "247", "3", "0", row(out, "orders")[-1]]
    assert row(out, "order actions")[:5] == ["6", f"dropped connection {TIMES}1", "0", "6", "0"]
    assert row(out, "label")[:2] == ["2", f"429 {TIMES}1"] and row(out, "returns")[3:5] == ["1", "1"]
    assert row(out, "catalog items")[:4] == ["1", f"520 {TIMES}1", "0", "500"]
    assert row(out, "anonymization")[2:4] == ["1", "247"] and "401" in row(out, "anonymization")[1]
    assert "orders: refused ORDER-17: INVALID_INPUT: status: must be one of" in out
    assert "CREATE_SHIPMENT ORDER-2: reported FAILED (CARRIER_NOT_SUPPORTED" in out
    assert "ACCEPT ORDER-1: delivered twice, the duplicate dropped" in out
    assert "returns: refused RET-ORDER-5: returns[1].return_lines[0].channel_order_line_id" in out
    assert "actions 6 (5 SUCCESS, 1 FAILED)" in out


def test_demo_json_summary() -> None:
    result = cli("demo", "--json", "--no-faults", "--orders", "120")
    assert result.exit_code == 0
    summary = json.loads(result.stdout)
    steps = {step["step"]: step for step in summary["steps"]}
    assert list(steps) == ["store information", "carriers", "orders", "order actions", "label", "returns",
                           "catalog items", "anonymization"]  # fmt: skip
    assert (steps["orders"]["accepted"], steps["orders"]["refused"]) == (118, 2)  # 17 and 101 refused
    assert all(not step["retries"] and step["error"] is None for step in summary["steps"])
    assert summary["sandbox"]["faults"] == {} and summary["sandbox"]["orders"] == 118


def test_demo_live_against_another_server(box: Sandbox) -> None:
    result = cli("demo", "--live", "--origin", ORIGIN, "--orders", "20", *settings(box))
    assert result.exit_code == 0, result.output
    assert (
        row(result.stdout, "carriers")[-1] == "skipped"
        and row(result.stdout, "order actions")[-1] == "skipped"
    )
    assert len(box.state.orders) == 19 and all(key[2].startswith("DEMO-") for key in box.state.orders)
    assert "skipped against a real environment: replaces the channel's carriers" in result.stdout
    secret_not_in(result, box)


def test_demo_settings_need_live() -> None:
    result = cli("demo", "--client-id", "x")
    assert result.exit_code == 2 and "--client-id: for --live only" in result.stderr
    assert cli("demo", "--live").exit_code == 2


# -- pushes: orders -----------------------------------------------------------------------------------
def thousand_with_seven_bad(tmp_path: Path) -> Path:
    """1,000 orders: 4 the client refuses (not JSON, a field missing, mistyped, null) and 3 Connect refuses."""
    lines: list[Any] = orders(1000)
    for n in (17, 101, 230):
        lines[n - 1]["status"] = "ON_HOLD"  # any string passes the client (new enum values); not this Connect
    del lines[4]["channel_updated_at"]
    lines[49]["order_lines"][0]["quantity"] = "two"
    lines[499] = '{"channel_order_id": "ORDER-500", '
    lines[899]["order_lines"][0]["price"]["currency"] = None
    return jsonl(tmp_path / "orders.jsonl", lines)


def test_a_thousand_orders_seven_bad_then_fixed(box: Sandbox, tmp_path: Path) -> None:
    path = thousand_with_seven_bad(tmp_path)
    result = cli("orders", "upsert", str(path), "--origin", ORIGIN, "--json", *settings(box))
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert (summary["accepted"], summary["refused"], summary["invalid"], summary["not_sent"]) == (
        993,
        3,
        4,
        0,
    )
    assert len(box.state.orders) == 993
    failed = tmp_path / "orders.jsonl.failed.jsonl"
    assert summary["failed_file"] == str(failed)
    records = [json.loads(line) for line in failed.read_text().splitlines()]
    assert [r["line"] for r in records] == [5, 17, 50, 101, 230, 500, 900]
    errors = {r["line"]: r["error"] for r in records}
    assert errors[5]["fields"] == [{"field": "channel_updated_at", "message": "required"}]
    assert errors[50]["fields"] == [{"field": "order_lines[0].quantity", "message": "expected integer"}]
    assert errors[17]["stage"] == "refused" and errors[17]["code"] == "INVALID_INPUT"
    assert errors[17]["fields"][0]["field"] == "orders[0].status"
    assert errors[500]["stage"] == "invalid" and errors[500]["message"].startswith("not JSON")
    assert next(r for r in records if r["line"] == 500)["raw"] == '{"channel_order_id": "ORDER-500", '
    assert all(r["origin"] == {"channel_id": "acme", "channel_store_id": "s1"} for r in records)

    good = {o["channel_order_id"]: o for o in orders(1000)}  # fix each line in the failed file, in place
    fixed = []
    for record in records:
        record["item"] = good[f"ORDER-{record['line']}"] | {"status": "AWAITING_SHIPMENT"}
        fixed.append(record)
    jsonl(failed, fixed)
    again = cli("orders", "upsert", str(failed), "--json", *settings(box))  # origin: from each line
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)["accepted"] == 7
    assert len(box.state.orders) == 1000 and not failed.exists()


def test_orders_human_summary_and_dry_run(box: Sandbox, tmp_path: Path) -> None:
    path = thousand_with_seven_bad(tmp_path)
    dry = cli("orders", "upsert", str(path), "--origin", ORIGIN, "--dry-run", *settings(box))
    assert dry.exit_code == 1 and box.counters.requests == 0
    assert "1000 lines checked (dry run)" in dry.stdout and re.search(r"valid\s+996", dry.stdout)
    assert not (tmp_path / "orders.jsonl.failed.jsonl").exists()
    sent = cli("orders", "upsert", str(path), "--origin", ORIGIN, *settings(box))
    assert sent.exit_code == 1
    assert re.search(r"accepted\s+993", sent.stdout) and re.search(r"refused\s+3", sent.stdout)
    assert "line 50: invalid: order_lines[0].quantity: expected integer" in sent.stdout
    assert "7 line(s) did not go through" in sent.stdout
    secret_not_in(sent, box)


def test_orders_from_stdin_and_json_documents(box: Sandbox, tmp_path: Path) -> None:
    stdin = "\n".join(json.dumps(o) for o in orders(3)) + "\n"
    result = cli("orders", "upsert", "-", "--origin", ORIGIN, "--json", *settings(box), input=stdin)
    assert result.exit_code == 0 and json.loads(result.stdout)["accepted"] == 3
    document = {"origin": {"channel_id": "acme", "channel_store_id": "s2"}, "orders": orders(2, start=10)}
    (tmp_path / "orders.json").write_text(json.dumps(document, indent=2))
    assert cli("orders", "upsert", str(tmp_path / "orders.json"), *settings(box)).exit_code == 0
    envelopes = [{"origin": {"channel_id": "acme", "channel_store_id": f"s{n}"}, "item": o}
                 for n, o in enumerate(orders(2, start=20))]  # fmt: skip
    assert cli("orders", "upsert", str(jsonl(tmp_path / "e.jsonl", envelopes)), *settings(box)).exit_code == 0
    assert {key[1] for key in box.state.orders} == {"s0", "s1", "s2"} and len(box.state.orders) == 7


def test_orders_without_origin_are_invalid_lines(box: Sandbox, tmp_path: Path) -> None:
    path = jsonl(tmp_path / "o.jsonl", [{"origin": {"channel_id": "acme", "channel_store_id": "s1"}, **orders(1)[0]},
                                        orders(1, start=2)[0]])  # fmt: skip
    result = cli("orders", "upsert", str(path), "--json", *settings(box))
    assert result.exit_code == 1 and json.loads(result.stdout)["invalid"] == 1
    record = json.loads((tmp_path / "o.jsonl.failed.jsonl").read_text())
    assert record["line"] == 2 and "no origin: give --origin" in record["error"]["message"]


def test_usage_errors_exit_2(box: Sandbox, tmp_path: Path) -> None:
    assert cli("orders", "upsert", str(tmp_path / "missing.jsonl"), "--origin", ORIGIN).exit_code == 2
    (tmp_path / "broken.json").write_text('[{"channel_order_id": "O-1"},\n  {"channel_order_id": ]')
    broken = cli("orders", "upsert", str(tmp_path / "broken.json"), "--origin", ORIGIN, *settings(box))
    assert broken.exit_code == 2 and "not a valid JSON list" in broken.stderr
    (tmp_path / "text.txt").write_text("hello\nworld\n")
    assert cli("orders", "upsert", str(tmp_path / "text.txt"), "--origin", ORIGIN).exit_code == 2
    assert cli("orders", "upsert", "x.jsonl", "--origin", "acme").exit_code == 2  # not CHANNEL/STORE
    path = jsonl(tmp_path / "o.jsonl", orders(1))
    missing = cli("orders", "upsert", str(path), "--origin", ORIGIN)  # no credentials anywhere
    assert missing.exit_code == 2 and "missing client_id and client_secret" in missing.stderr
    assert box.counters.requests == 0


def test_what_a_stopped_run_did_not_send_is_kept(tmp_path: Path) -> None:
    with Sandbox(faults=[Fault.status_code(500, operation="upsertOrders")]) as sb:
        result = cli("orders", "upsert", str(jsonl(tmp_path / "o.jsonl", orders(250))), "--origin", ORIGIN,
                     "--json", *settings(sb))  # fmt: skip
    summary = json.loads(result.stdout)
    assert result.exit_code == 1 and (summary["accepted"], summary["not_sent"]) == (0, 250)
    assert summary["retries"] == {"500": 4 * summary["calls"]}  # each call tried 5 times
    records = [json.loads(line) for line in (tmp_path / "o.jsonl.failed.jsonl").read_text().splitlines()]
    assert len(records) == 250 and records[0]["error"]["stage"] == "not_sent"
    assert (records[0]["error"]["status"], records[0]["error"]["code"]) == (500, "INTERNAL_SERVER_ERROR")


def test_verbose_shows_the_librarys_info_lines(box: Sandbox, tmp_path: Path) -> None:
    result = cli("orders", "upsert", str(jsonl(tmp_path / "o.jsonl", orders(2))), "--origin", ORIGIN,
                 "--verbose", *settings(box))  # fmt: skip
    assert result.exit_code == 0 and "info: fetched an access token" in result.stderr
    secret_not_in(result, box)


# -- returns, carriers, catalog -----------------------------------------------------------------------
def test_returns_one_refused(box: Sandbox, tmp_path: Path) -> None:
    assert (
        cli(
            "orders", "upsert", "-", "--origin", ORIGIN, *settings(box), input=json.dumps(orders(1)[0])
        ).exit_code
        == 0
    )
    line = {"channel_order_line_id": "ORDER-1-1", "quantity": 1, "reason": "DAMAGED_ITEM"}
    base = {"channel_order_id": "ORDER-1", "channel_updated_at": "2026-11-20T08:30:00Z",
            "created_at": "2026-11-20T08:30:00Z", "status": "REQUEST_INITIATED"}  # fmt: skip
    returns = [base | {"channel_return_id": "R-1", "return_lines": [line]},
               base | {"channel_return_id": "R-2", "return_lines": [line | {"channel_order_line_id": "nope"}]}]  # fmt: skip
    result = cli(
        "returns", "upsert", str(jsonl(tmp_path / "r.jsonl", returns)), "--origin", ORIGIN, *settings(box)
    )
    assert result.exit_code == 1 and re.search(r"accepted\s+1", result.stdout)
    record = json.loads((tmp_path / "r.jsonl.failed.jsonl").read_text())
    assert record["item"]["channel_return_id"] == "R-2" and record["error"]["stage"] == "refused"
    assert record["error"]["fields"][0]["code"] == "DATA_NOT_FOUND"


def test_carriers_are_sent_whole_or_not_at_all(box: Sandbox, tmp_path: Path) -> None:
    carriers = [{"channel_carrier_id": "ups", "name": "UPS"}, {"channel_carrier_id": "dhl", "name": "DHL"}]
    good = cli(
        "carriers",
        "upsert",
        str(jsonl(tmp_path / "c.jsonl", carriers)),
        "--channel-id",
        "acme",
        *settings(box),
    )
    assert good.exit_code == 0 and box.state.carriers["acme"] == carriers
    bad = cli("carriers", "upsert", str(jsonl(tmp_path / "d.jsonl", [*carriers, {"name": "no id"}])),
              "--channel-id", "acme", "--json", *settings(box))  # fmt: skip
    assert bad.exit_code == 1 and json.loads(bad.stdout)["calls"] == 0
    records = [json.loads(line) for line in (tmp_path / "d.jsonl.failed.jsonl").read_text().splitlines()]
    assert [r["error"]["stage"] for r in records] == ["not_sent", "not_sent", "invalid"]
    assert box.state.carriers["acme"] == carriers


def test_catalog_items(box: Sandbox, tmp_path: Path) -> None:
    items = [{"id": f"SKU-{n}", "offer_status": "OFFER_ACTIVE"} for n in range(500)]
    result = cli(
        "catalog", "items", str(jsonl(tmp_path / "i.jsonl", items)), "--origin", ORIGIN, *settings(box)
    )
    assert result.exit_code == 0 and re.search(r"accepted\s+500", result.stdout)
    assert len(box.state.store_catalog_items["acme", "s1"]) == 500


# -- documents, token -----------------------------------------------------------------------------------
def test_documents_upload_and_delete(box: Sandbox, tmp_path: Path) -> None:
    label = tmp_path / "label.pdf"
    label.write_bytes(b"%PDF-1.7\n% label\n%%EOF\n")
    upload = cli("documents", "upload", "ORDER-7", str(label), "--document-id", "LBL-7", "--type",
                 "SHIPMENT_DELIVERY_SLIP", "--entity", "RETURN:RET-1", "--origin", ORIGIN, *settings(box))  # fmt: skip
    assert upload.exit_code == 0 and "uploaded LBL-7 to order ORDER-7" in upload.stdout
    stored = box.state.documents["LBL-7"]
    assert stored.channel_order_id == "ORDER-7" and stored.metadata["entity"] == {
        "type": "RETURN",
        "id": "RET-1",
    }
    assert cli("documents", "delete", "LBL-7", "--origin", ORIGIN, *settings(box)).exit_code == 0
    assert "LBL-7" not in box.state.documents
    gone = cli("documents", "delete", "LBL-7", "--origin", ORIGIN, *settings(box))
    assert gone.exit_code == 1 and "404" in gone.stderr
    (tmp_path / "notes.txt").write_bytes(b"\x00\x01 not a document")
    bad = cli("documents", "upload", "O-1", str(tmp_path / "notes.txt"), "--document-id", "D", "--type", "CHANNEL_SPECIFIC",
              "--origin", ORIGIN, *settings(box))  # fmt: skip
    assert bad.exit_code == 2 and "file:" in bad.stderr


def test_token_shows_expiry_not_the_token(box: Sandbox) -> None:
    result = cli("token", *settings(box))
    assert result.exit_code == 0
    assert f"token for client {box.client_id!r}" in result.stdout and "expires in  3599 s" in result.stdout
    assert "scopes      none stated" in result.stdout and "token   " not in result.stdout
    shown = json.loads(cli("token", "--json", "--show", *settings(box)).stdout)
    assert shown["expires_in"] == 3599 and shown["access_token"].count(".") == 2
    assert shown["access_token"] not in result.output
    wrong = cli("token", *settings(box)[:-3], "--client-secret", "wrong-secret", "--allow-insecure-http")
    assert wrong.exit_code == 1 and "wrong-secret" not in wrong.output + wrong.stderr
    assert wrong.stderr.startswith("Error: ") and len(wrong.stderr.strip().splitlines()) == 1


# -- events -----------------------------------------------------------------------------------------------
def test_events_parse(tmp_path: Path) -> None:
    path = tmp_path / "event.json"
    path.write_text(json.dumps(SHIPMENT, indent=2))
    result = cli("events", "parse", str(path))
    assert result.exit_code == 0
    for shown in ("OrderActionEvent CREATE_SHIPMENT  id=01JD0000000000000000000001", "data: OrderShipmentCommandEvent",
                  "carrier: 'ups'", "new_field (a field this version does not know): 1", "quantity: 1"):  # fmt: skip
        assert shown in result.stdout
    broken = dict(SHIPMENT, data={"action_id": 5})
    lines = jsonl(tmp_path / "events.jsonl", [SHIPMENT, broken, "not json"])
    mixed = cli("events", "parse", str(lines))
    assert mixed.exit_code == 1
    assert "line 2: not a valid event" in mixed.stdout and "  data.action_id: expected string" in mixed.stdout
    assert "  data.carrier: required" in mixed.stdout and "line 3: not a valid event" in mixed.stdout
    as_json = cli("events", "parse", "-", "--json", input=json.dumps(SHIPMENT))
    assert json.loads(as_json.stdout) == SHIPMENT  # written back unchanged, the new field too


def test_events_consume_a_file(box: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "my_handlers.py").write_text(HANDLERS)
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    other = {
        **SHIPMENT,
        "id": "01JD0000000000000000000002",
        "data": {**SHIPMENT["data"], "action_id": "a-2", "carrier": "dhl"},
    }
    path = jsonl(tmp_path / "events.jsonl", [SHIPMENT, SHIPMENT, other, "not json"])
    result = cli("events", "consume", "--file", str(path), "--handlers", "my_handlers:handlers",
                 "--dead-letter", "poison.jsonl", *settings(box))  # fmt: skip
    assert result.exit_code == 0, result.output
    assert (
        "received 4 · handled 1 · duplicates 1 · failed 1 · left for redelivery 0 · poison 1" in result.stdout
    )
    assert box.state.actions["a-1"] == {"status": "SUCCESS", "errors": []}
    assert box.state.actions["a-2"]["errors"][0]["code"] == "CARRIER_NOT_SUPPORTED"  # type: ignore[index]
    poison = json.loads((tmp_path / "poison.jsonl").read_text())
    assert poison["body"] == "not json" and poison["errors"][0].startswith("not JSON")
    left = cli("events", "consume", "--file", str(path), "--handlers", "my_handlers:handlers", *settings(box))
    assert (
        left.exit_code == 1 and "left in the queue 1" in left.stdout
    )  # the poison message, without a dead letter
    assert cli("events", "consume", "--handlers", "my_handlers:handlers").exit_code == 2  # no source
    assert cli("events", "consume", "--file", str(path), "--handlers", "my_handlers:nope").exit_code == 2


# -- sandbox ------------------------------------------------------------------------------------------------
def test_sandbox_prints_urls_and_credentials() -> None:
    result = cli("sandbox", "--stop-after", "0.1", "--client-id", "me", "--client-secret", "s3cret",
                 "--fault", "503:times=1")  # fmt: skip
    assert result.exit_code == 0
    assert re.search(r"^base URL:\s+http://127\.0\.0\.1:\d+/api/channel-platform$", result.stdout, re.M)
    assert "client id:     me" in result.stdout and "client secret: s3cret" in result.stdout
    assert "MIRAKL_CONNECT_ALLOW_INSECURE_HTTP=1" in result.stdout and "stopped: 0 requests" in result.stdout


def test_sandbox_on_a_busy_port_is_one_line() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        result = cli("sandbox", "--port", str(taken.getsockname()[1]), "--stop-after", "0")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "already in use" in result.stderr
    assert cli("sandbox", "--fault", "bogus").exit_code == 2


def test_sandbox_event_sink_options(tmp_path: Path) -> None:
    sink = tmp_path / "events.jsonl"
    result = cli("sandbox", "--stop-after", "0", "--event-sink", str(sink), "--auto-events", "ACCEPT")
    assert result.exit_code == 0 and f"events:        ACCEPT for each new order, to {sink}" in result.stdout
    assert cli("sandbox", "--auto-events", "ACCEPT").exit_code == 2  # needs --event-sink
    assert cli("sandbox", "--event-sink", str(sink), "--auto-events", "SHIP").exit_code == 2


def test_orders_pushed_then_their_actions_consumed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The sandbox publishes ACCEPT and CREATE_SHIPMENT for each new order to a file; the consumer
    reports them; each action ends as the handler decided."""
    (tmp_path / "pushed_handlers.py").write_text(
        HANDLERS.replace('!= "ups"', "is None") + 'handlers["ACCEPT"] = print\n'
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    sink = tmp_path / "events.jsonl"
    with Sandbox(event_sink=sink, auto_events=True) as sb:
        assert cli("orders", "upsert", str(jsonl(tmp_path / "o.jsonl", orders(5))), "--origin", ORIGIN,
                   *settings(sb)).exit_code == 0  # fmt: skip
        result = cli(
            "events", "consume", "--file", str(sink), "--handlers", "pushed_handlers:handlers", *settings(sb)
        )
        assert result.exit_code == 0, result.output
        assert "received 10 · handled 10" in result.stdout
        assert [action["status"] for action in sb.state.actions.values()] == ["SUCCESS"] * 10  # type: ignore[index]
