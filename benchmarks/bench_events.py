"""Events a second through parse → dedupe → no-op handler → report, and the consumer's share of a core.

    $ python benchmarks/bench_events.py [--events 3000] [--concurrency 1 8 32] [--duplicates 0.05]

The sandbox runs in its own process (``_common.SandboxProcess``), so the CPU time measured is the
consumer's alone. Three figures:

- ``parse``: µs per CREATE_SHIPMENT message (bytes → schema check → typed event), one thread;
- ``dispatch``: µs per message through ``Dispatcher.handle`` with a report that does nothing
  (parse, dedupe, handler, outcome), one thread: the dispatcher's own cost;
- ``consume``: ``mc.events.consume`` over an in-memory queue, each action reported to the sandbox
  over HTTP (updateActionStatus), at each concurrency: events/s, and the consumer process's CPU
  time over wall time (1.0 = one core busy). A share well under 1 means the consumer waits on
  the API, not on itself.

The sandbox answers updateActionStatus in about 10 ms and has one core to itself at best, so
events/s here is mostly the sandbox's figure; the consumer's own cost is its CPU time per event.
Exits 1 if an action is not reported exactly once, or if the consumer needs more than
TARGET_CPU ms of CPU per event at the highest concurrency (one core: under 400 events/s).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from types import SimpleNamespace
from typing import Any

import _common
import mirakl_connect as mc

TARGET_CPU = 2.5  # ms of consumer CPU per event (parse, dedupe, handler, report over HTTP, ack)
TIME = "2026-11-20T08:30:00Z"


def messages(count: int, prefix: str, duplicates: float) -> tuple[list[bytes], int]:
    """(``count`` CREATE_SHIPMENT messages, some delivered twice; the number of distinct actions)."""
    distinct = round(count / (1 + duplicates))
    bodies = []
    for n in range(distinct):
        data = {
            "action_id": f"{prefix}-{n}", "channel_id": "acme", "channel_order_id": f"O-{n}",
            "channel_store_id": "s1", "carrier": "UPS", "tracking_number": f"1Z{n:08d}",
            "items": [{"channel_order_line_id": f"O-{n}-1", "id": "SKU-1", "quantity": 1}],
        }  # fmt: skip
        bodies.append(
            json.dumps({"id": f"{prefix}-ev-{n}", "time": TIME, "type": "CREATE_SHIPMENT", "data": data})
        )
    step = max(1, round(distinct / max(1, count - distinct)))
    extra = [bodies[i] for i in range(0, distinct, step)][: count - distinct]
    return [b.encode() for b in bodies + extra], distinct


def per_message(bodies: list[bytes], work: Any) -> float:
    """Median µs per message of ``work(body)`` over 5 rounds."""
    rounds = []
    for _ in range(5):
        began = time.perf_counter()
        for body in bodies:
            work(body)
        rounds.append((time.perf_counter() - began) / len(bodies) * 1e6)
    return _common.median(rounds)


def consume(sb: Any, bodies: list[bytes], concurrency: int) -> tuple[float, float, mc.events.Summary]:
    """(events/s, CPU share, summary) of one consumer run over ``bodies``."""
    with _common.client(sb) as client:
        dispatcher = mc.events.Dispatcher(client)
        dispatcher.on("CREATE_SHIPMENT")(lambda event: None)
        client.orders.report(f"warm-up-{concurrency}")  # token, connection
        source = mc.events.MemorySource(bodies)
        wall, cpu = time.perf_counter(), time.process_time()
        summary = mc.events.consume(source, dispatcher, concurrency=concurrency, wait=0, until_empty=True)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return len(bodies) / wall, cpu / wall, summary


def main() -> int:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--events", type=int, default=3000)
    cli.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    cli.add_argument("--duplicates", type=float, default=0.05, help="share of messages delivered twice")
    args = cli.parse_args()

    sample, _ = messages(1000, "parse", 0.0)
    parse_us = per_message(sample, mc.events.parse)
    offline = SimpleNamespace(orders=SimpleNamespace(report=lambda event, errors=None: None))

    def dispatch(body: bytes) -> None:
        dispatcher.handle(body)

    dispatcher = mc.events.Dispatcher(offline)  # type: ignore[arg-type]
    dispatcher.on("CREATE_SHIPMENT")(lambda event: None)
    dispatch_us = per_message(sample, dispatch)  # rounds 2-5 are duplicates: dedupe's fast path
    dispatcher = mc.events.Dispatcher(offline)  # type: ignore[arg-type]
    dispatcher.on("CREATE_SHIPMENT")(lambda event: None)
    began = time.perf_counter()
    for body in sample:
        dispatcher.handle(body)
    first_us = (time.perf_counter() - began) / len(sample) * 1e6

    print(f"parse:     {parse_us:.0f} µs/event (CREATE_SHIPMENT, {len(sample[0])} bytes)")
    print(
        f"dispatch:  {first_us:.0f} µs/event first delivery, {dispatch_us:.0f} µs/event duplicate (no HTTP)"
    )
    ok, per_event, expected = True, [], 0
    with _common.SandboxProcess(rate_limits=False) as sb:
        for concurrency in args.concurrency:
            bodies, distinct = messages(args.events, f"c{concurrency}", args.duplicates)
            expected += distinct + 1  # and the warm-up report
            rate, share, summary = consume(sb, bodies, concurrency)
            reported = summary.outcomes[mc.events.Outcome.REPORTED]
            ok &= (
                reported == distinct
                and summary.outcomes[mc.events.Outcome.DUPLICATE] == len(bodies) - distinct
            )
            per_event.append(share / rate * 1e3)
            print(
                f"consume:   concurrency {concurrency:>2}: {rate:4.0f} events/s, CPU {share:.2f} of a core, "
                f"{per_event[-1]:.2f} ms CPU/event ({reported} reported, {len(bodies) - distinct} duplicates)"
            )
    reports = sb.final.get("by_operation", {}).get("updateActionStatus", 0)
    ok &= reports == expected
    print(f"sandbox:   {reports} updateActionStatus calls")
    if not ok:
        print("FAILED: an action was not reported exactly once", file=sys.stderr)
        return 1
    target = f"at most {TARGET_CPU} ms of consumer CPU per event (1 core: {1e3 / per_event[-1]:.0f} events/s)"
    return _common.verdict(per_event[-1] <= TARGET_CPU, target)


if __name__ == "__main__":
    sys.exit(main())
