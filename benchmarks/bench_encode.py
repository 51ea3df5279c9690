"""Building and encoding a 100-order upsertOrders body vs json.dumps alone. Target: <= 2x.

    $ python benchmarks/bench_encode.py [--rounds 15] [--repeat 20]

"Building and encoding" is what the client does between the user's plain dicts and the request
body bytes: ``_validation.prepare`` of the origin and of the 100 orders (checked against the spec
by jsonschema-rs), then the JSON encoding httpx applies to ``json=`` (``httpx._content.encode_json``:
compact separators, ``ensure_ascii=False``, ``allow_nan=False``, UTF-8). The reference is
``json.dumps({"origin": origin, "orders": orders})`` with the default arguments.

Rounds alternate the two sides; the figure is the median time per body, and the ratio. For
information (no target), the same measure when the orders are generated models
(``OrderRequest.from_dict``, built before timing): they are converted to plain data first.
Exits 1 over 2x.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

import _common
from mirakl_connect import _validation
from mirakl_connect_api.models import OrderRequest

TARGET = 2.0
ORDERS = 100


def encode(data: Any) -> bytes:
    """What ``httpx._content.encode_json`` does to a ``json=`` argument (httpx 0.28)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def client_body(origin: Any, orders: Any) -> bytes:
    """The upsertOrders body the client sends for these arguments (one batch of <= 100)."""
    origin_data = _validation.prepare("OriginRequest", origin, "origin")
    payloads = _validation.prepare("OrderRequest", orders, "orders", many=True)
    return encode({"origin": origin_data, "orders": payloads})


def main() -> int:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--rounds", type=int, default=15)
    cli.add_argument("--repeat", type=int, default=20, help="bodies per round and side")
    args = cli.parse_args()
    origin, orders = dict(_common.ORIGIN), _common.orders(ORDERS)
    models = [OrderRequest.from_dict(order) for order in orders]
    reference = json.dumps({"origin": origin, "orders": orders}).encode()
    if json.loads(client_body(origin, orders)) != json.loads(reference):
        raise SystemExit("the client's body differs from the reference")
    from_models = json.loads(client_body(origin, models))  # same data; date-times in isoformat()
    if [o["channel_order_id"] for o in from_models["orders"]] != [o["channel_order_id"] for o in orders]:
        raise SystemExit("the body built from models differs from the reference")

    def side(build: Any) -> Any:
        def run(_: int) -> int:
            for _ in range(args.repeat):
                build()
            return args.repeat

        return run

    sides = {
        "json.dumps": side(lambda: json.dumps({"origin": origin, "orders": orders})),
        "client (dicts)": side(lambda: client_body(origin, orders)),
        "client (models)": side(lambda: client_body(origin, models)),
    }
    _common.interleave(1, sides)  # warm-up: compiled validators, caches
    timings = _common.interleave(args.rounds, sides)
    medians = {name: _common.median(values) for name, values in timings.items()}
    base = medians["json.dumps"]
    print(f"body:      {ORDERS} orders, {len(reference) / 1024:.0f} KB of JSON")
    print(f"rounds:    {args.rounds} x {args.repeat} bodies each side")
    for name, value in medians.items():
        print(f"{name + ':':18s} {value * 1e3:7.2f} ms/body  ({value / base:.2f}x json.dumps)")
    ratio = medians["client (dicts)"] / base
    return _common.verdict(ratio <= TARGET, f"client (dicts) {ratio:.2f}x <= {TARGET}x json.dumps")


if __name__ == "__main__":
    sys.exit(main())
