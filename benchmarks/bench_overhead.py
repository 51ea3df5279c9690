"""Per-call overhead of ConnectClient over raw httpx, on updateActionStatus. Target: <= 1.05x.

    $ python benchmarks/bench_overhead.py [--rounds 20] [--calls 150] [--pin]

Both sides send ``PUT /v1/orders/actions/{id}`` with ``{"status": "SUCCESS"}`` to the same
sandbox, running in its own process as a real server would (rate limits off), each call with a
new action id (an action is closed once):

- raw: an ``httpx.Client`` with a fixed ``Authorization: Bearer`` header (token fetched once);
- client: ``client.orders.update_action_status(id, "SUCCESS")`` (validation, token check, operation
  lookup, pacing, retry and deadline bookkeeping, the bounded body read, the generated function,
  the error check).

After a warm-up round, each round opens new connections for both sides (so the sandbox serves
them on new threads, wherever the OS places them) and makes ``--calls`` calls per side,
alternating call by call (raw, client, client, raw...), so that both sides see the same load.
The figures are the median time of a call on each side over all rounds, and their ratio,
client/raw, judged against the target; the spread of the per-round ratios is printed too. The
sandbox's own work is in both, in the other process. Exits 1 over 1.05x.

``--pin`` puts this process on CPU 0 and the sandbox on CPU 1 (Linux, two CPUs or more): the
figures then vary less from run to run (per-round ratios 0.98-1.07x pinned, 0.90-1.23x not, on a
2-core VM). Between two calls the CPU waits for the server, so each call runs with cold caches:
code then costs about three times what it costs in a hot loop, the client's and httpx's alike.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

import _common
import httpx

TARGET = 1.05


def main() -> int:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--rounds", type=int, default=20)
    cli.add_argument("--calls", type=int, default=150, help="calls per round and side")
    cli.add_argument(
        "--pin",
        action="store_true",
        help="this process on CPU 0, the sandbox on CPU 1 (Linux): steadier figures",
    )
    args = cli.parse_args()
    if args.pin:
        os.sched_setaffinity(0, {0})
    with _common.SandboxProcess(rate_limits=False, cpu=1 if args.pin else None) as sb:
        headers = {"Authorization": f"Bearer {_common.token(sb)}"}
        url = f"{sb.base_url}/v1/orders/actions"
        rounds: list[dict[str, list[float]]] = []
        for number in range(args.rounds + 1):  # round 0: warm-up
            # new connections each round (so new server threads, wherever the OS puts them: one
            # side's thread landing on a busier CPU for a whole run was a +-8 % bias)
            with httpx.Client(headers=headers) as raw, _common.client(sb) as client:

                def raw_call(i: int, number: int = number, raw: httpx.Client = raw) -> None:
                    response = raw.put(f"{url}/r-{number}-{i}", json={"status": "SUCCESS"})
                    if response.status_code != 204:
                        raise RuntimeError(f"raw: HTTP {response.status_code} {response.text[:200]}")

                def client_call(i: int, number: int = number, client: Any = client) -> None:
                    client.orders.update_action_status(f"c-{number}-{i}", "SUCCESS")

                raw_call(-1)  # connect (and, for the client, fetch its token): not timed
                client_call(-1)
                rounds.append(_common.alternate(args.calls, {"raw": raw_call, "client": client_call}))
    closed = sb.final.get("by_operation", {}).get("updateActionStatus", 0)
    measured = rounds[1:]
    raw_s = _common.median([t for r in measured for t in r["raw"]])
    client_s = _common.median([t for r in measured for t in r["client"]])
    ratio = client_s / raw_s
    per_round = sorted(_common.median(r["client"]) / _common.median(r["raw"]) for r in measured)
    print(f"calls:     {args.rounds} rounds x {args.calls} calls each side, alternated (+1 warm-up round)")
    print(f"raw httpx: {raw_s * 1e6:.0f} us/call (median)")
    print(f"client:    {client_s * 1e6:.0f} us/call (median)")
    print(f"overhead:  {(client_s - raw_s) * 1e6:+.0f} us/call")
    print(f"ratio:     {ratio:.3f}x client/raw (rounds: {per_round[0]:.3f} to {per_round[-1]:.3f})")
    print(f"actions:   {closed} updateActionStatus calls served by the sandbox process")
    return _common.verdict(ratio <= TARGET, f"client/raw {ratio:.3f}x <= {TARGET}x")


if __name__ == "__main__":
    sys.exit(main())
