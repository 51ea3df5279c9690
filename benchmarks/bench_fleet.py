"""A fleet of 4 worker processes sharing 20,000 orders, with and without the shared store.

    $ python benchmarks/bench_fleet.py [--orders 20000] [--workers 4]

The sandbox runs in its own process with the documented rate limits on (upsertOrders: 30 calls
a second, 100 orders a call: a ceiling of 3,000 orders a second for the credential, whatever the
number of workers). A real redis-server (the Debian package) runs on a free port. Each worker
process has its own ``ConnectClient`` and upserts its share of the orders, all starting at once:

- shared: ``ConnectClient(shared=mc.RedisStore(...))``: the fleet paces as one client and
  fetches one token. Targets: 0 x 429, >= 90 % of the ceiling, 1 token fetch.
- alone: the same workers without the store, each pacing to the full limit by itself: the
  figures to compare (429s drawn, attempts, throughput, tokens).

Both runs in one invocation, shared first. Exits 1 when a target of the shared run is missed.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import _common
import mirakl_connect as mc

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.redis_server import RedisServer

CEILING = 3000.0  # orders a second: upsertOrders' 30 calls a second, 100 orders each


def _work(
    sandbox: dict[str, str], redis_url: str | None, share: list[dict[str, Any]], go: Any, out: Any
) -> None:
    logging.basicConfig(level=logging.WARNING, format="worker: %(message)s")  # the store's warnings, if any
    store = mc.RedisStore(redis_url, namespace="bench") if redis_url else None
    with mc.ConnectClient(
        sandbox["client_id"], sandbox["client_secret"], base_url=sandbox["base_url"],
        token_url=sandbox["token_url"], allow_insecure_http=True, shared=store,
    ) as client:  # fmt: skip
        go.wait()
        result = client.orders.upsert(_common.ORIGIN, share)
        out.put({"accepted": len(result.accepted), "failed": len(result.failed) + len(result.not_sent),
                 "tokens": client.auth.tokens_fetched, "done": time.perf_counter()})  # fmt: skip


def run(orders: list[dict[str, Any]], workers: int, redis_url: str | None) -> dict[str, Any]:
    context = multiprocessing.get_context("spawn")
    with _common.SandboxProcess(rate_limits=True) as sb:
        info = {name: getattr(sb, name) for name in ("base_url", "token_url", "client_id", "client_secret")}
        go, out = context.Event(), context.Queue()
        shares = [orders[i::workers] for i in range(workers)]
        processes = [context.Process(target=_work, args=(info, redis_url, s, go, out)) for s in shares]
        for process in processes:
            process.start()
        time.sleep(2.0)  # every worker imported and connected
        started = time.perf_counter()
        go.set()
        reports = [out.get(timeout=600) for _ in processes]
        for process in processes:
            process.join(30)
    elapsed = max(r["done"] for r in reports) - started
    accepted = sum(r["accepted"] for r in reports)
    return {
        "accepted": accepted,
        "failed": sum(r["failed"] for r in reports),
        "seconds": elapsed,
        "rate": accepted / elapsed,
        "calls": sb.final["by_operation"].get("upsertOrders", 0),
        "429": sb.final["rate_limited"],
        "tokens": sb.final["tokens_issued"],
    }


def main() -> int:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--orders", type=int, default=20_000)
    cli.add_argument("--workers", type=int, default=4)
    args = cli.parse_args()
    orders = _common.orders(args.orders, prefix="FLEET")
    with tempfile.TemporaryDirectory() as folder, RedisServer(Path(folder)) as redis_server:
        shared = run(orders, args.workers, redis_server.url)
    alone = run(orders, args.workers, None)
    print(
        f"{args.workers} worker processes, {args.orders} orders, "
        f"sandbox rate limits on (ceiling {CEILING:.0f}/s)\n"
    )
    print(
        "| run | orders/s | % of ceiling | wall s | upsertOrders calls | 429 | token fetches | not accepted |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for name, r in (("shared store", shared), ("no store", alone)):
        print(
            f"| {name} | {r['rate']:.0f} | {100 * r['rate'] / CEILING:.1f} % | {r['seconds']:.2f} | "
            f"{r['calls']} | {r['429']} | {r['tokens']} | {r['failed']} |"
        )
    ok = (
        shared["429"] == 0
        and shared["rate"] >= 0.9 * CEILING
        and shared["tokens"] == 1
        and shared["failed"] == 0
    )
    return _common.verdict(
        ok, "shared: 0 x 429, >= 90 % of 3,000 orders/s, 1 token fetch, every order accepted"
    )


if __name__ == "__main__":
    sys.exit(main())
