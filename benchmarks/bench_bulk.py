"""Bulk sync of 20,000 orders under the API's rate limit. Targets: >= 95 % of 3,000 orders/s, no 429.

    $ python benchmarks/bench_bulk.py [--orders 20000] [--in-process] [--concurrency N] [--latency S]

``client.orders.upsert(origin, orders)`` sends realistic orders (2 lines, taxes, custom
attributes: ~2.7 KB of JSON each) 100 per call to a sandbox that enforces the documented limits
(upsertOrders: 30 calls/s, so at most 3,000 orders/s), with the client's defaults (8 batches in
flight, pacing, retries; ``--concurrency`` changes the first). ``--latency`` makes the sandbox
hold each call, as a distant API would. The orders are built before the clock starts; the clock
covers the whole ``upsert`` (checking every order, batching, encoding, sending, pacing).

The sandbox runs in a child process (``sandbox.Sandbox()`` there), as a real API runs elsewhere:
in-process, its work (parsing and storing 265 KB a call) and its 20,000 stored orders share the
client's interpreter lock and garbage collector, whose full collections then pause the client
for about 0.3 s each. ``--in-process`` measures that setup anyway.

Figures: elapsed time, orders/s, its share of the 3,000 orders/s ceiling, the 429 answers of
the sandbox's rate limiter (``sb.counters.rate_limited``) and ``result.ok``. Exits 1 if the
throughput is under 95 % of the ceiling, if any 429 was answered, or if an order was not accepted.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

import _common
import mirakl_connect_sandbox as sandbox

CEILING = 30 * 100  # upsertOrders: 30 calls/s x 100 orders
TARGET = 0.95


def sync(sb: Any, orders: list[Any], concurrency: int | None) -> tuple[Any, float]:
    """Upsert the orders with a default client; (result, seconds)."""
    with _common.client(sb) as client:
        client.orders.update_action_status("warm-up", "SUCCESS")  # token, connection
        began = time.perf_counter()
        result = client.orders.upsert(_common.ORIGIN, orders, concurrency=concurrency)
        return result, time.perf_counter() - began


def main() -> int:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--orders", type=int, default=20_000)
    cli.add_argument("--in-process", action="store_true", help="run the sandbox in this process")
    cli.add_argument("--concurrency", type=int, default=None, help="batches in flight (default 1)")
    cli.add_argument(
        "--latency",
        type=float,
        default=0.0,
        metavar="S",
        help="the sandbox holds each upsertOrders call S seconds",
    )
    args = cli.parse_args()
    orders = _common.orders(args.orders, prefix="BULK")
    faults = [sandbox.Fault.slow(args.latency, operation="upsertOrders")] if args.latency else []
    if args.in_process:
        with sandbox.Sandbox(faults=faults) as sb:  # rate limits on (the default)
            result, elapsed = sync(sb, orders, args.concurrency)
            rate_limited, stored = sb.counters.rate_limited, len(sb.state.orders)
    else:
        with _common.SandboxProcess(faults=faults) as child:  # rate limits on (the default)
            result, elapsed = sync(child, orders, args.concurrency)
        rate_limited, stored = child.final["rate_limited"], child.final["orders"]
    per_second = args.orders / elapsed
    share = per_second / CEILING
    where = "in this process" if args.in_process else "in a child process"
    print(f"orders:    {args.orders} in {result.calls} calls; sandbox {where}, limit 30 calls/s")
    print(f"elapsed:   {elapsed:.2f} s")
    print(f"orders/s:  {per_second:.0f} ({share:.1%} of the {CEILING} orders/s ceiling)")
    print(f"429s:      {rate_limited}")
    print(f"result:    ok={result.ok} {result!r}; orders stored: {stored}")
    ok = share >= TARGET and rate_limited == 0 and result.ok and stored == args.orders
    target = f"{share:.1%} >= {TARGET:.0%} of the ceiling, {rate_limited} x 429, ok={result.ok}"
    return _common.verdict(ok, target)


if __name__ == "__main__":
    sys.exit(main())
