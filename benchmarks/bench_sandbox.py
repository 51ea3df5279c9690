"""How many 100-order upsertOrders calls a second the sandbox takes, validation on, rate limits off.

    $ python benchmarks/bench_sandbox.py [--seconds 3] [--threads 2]

Each call carries 100 realistic orders (2 lines each, taxes, custom attributes: ~270 KB of JSON),
sent over keep-alive httpx clients, one per thread. The bodies are encoded once beforehand so that
the figure is the sandbox's (routing, token check, openapi-core parameters, jsonschema-rs body
validation, storage), not the client's JSON encoder. Exits 1 under the 60 calls/s target.
"""

from __future__ import annotations

import argparse
import json
import ssl
import sys
import threading
import time

import httpx
from mirakl_connect_sandbox import Sandbox
from mirakl_connect_sandbox._samples import orders_request

TARGET = 60.0  # calls/s
ORDERS = 100
BATCHES = 8  # distinct bodies, cycled


def main() -> int:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--seconds", type=float, default=3.0)
    cli.add_argument("--threads", type=int, default=2)
    args = cli.parse_args()
    bodies = [json.dumps(orders_request(ORDERS, prefix=f"B{batch}")).encode() for batch in range(BATCHES)]
    tls = ssl.create_default_context()
    with Sandbox(rate_limits=False) as sandbox:
        form = {
            "grant_type": "client_credentials",
            "client_id": sandbox.client_id,
            "client_secret": sandbox.client_secret,
        }
        token = httpx.post(sandbox.token_url, data=form, verify=tls).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        url = f"{sandbox.base_url}/v1/orders"
        counts = [0] * args.threads
        failures: list[str] = []
        start = threading.Barrier(args.threads + 1)
        deadline = 0.0

        def worker(index: int) -> None:
            with httpx.Client(headers=headers, timeout=10, verify=tls) as client:
                client.post(url, content=bodies[0])  # warm up: connection, compiled validators
                start.wait()
                calls = 0
                while time.perf_counter() < deadline:
                    response = client.post(url, content=bodies[(index + calls) % BATCHES])
                    if response.status_code != 204:
                        failures.append(f"{response.status_code} {response.text[:200]}")
                        return
                    calls += 1
                counts[index] = calls

        threads = [threading.Thread(target=worker, args=(i,)) for i in range(args.threads)]
        for thread in threads:
            thread.start()
        began = time.perf_counter()
        deadline = began + args.seconds  # read by the workers once the barrier releases them
        start.wait()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - began
        stored = len(sandbox.state.orders)
    if failures:
        print(f"FAILED: {failures[0]}", file=sys.stderr)
        return 1
    calls_per_s = sum(counts) / elapsed
    print(f"body:      {ORDERS} orders, {len(bodies[0]) / 1024:.0f} KB, {args.threads} client threads")
    print(f"calls:     {sum(counts)} in {elapsed:.2f} s (orders stored: {stored})")
    print(f"calls/s:   {calls_per_s:.1f}")
    print(f"orders/s:  {calls_per_s * ORDERS:.0f}")
    print(f"vs target: {calls_per_s / TARGET:.2f}x of {TARGET:.0f} calls/s")
    return 0 if calls_per_s >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
