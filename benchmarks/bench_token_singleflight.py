"""Token requests made by a 200-way burst of calls while no valid token is held. Target: exactly 1.

    $ python benchmarks/bench_token_singleflight.py [--burst 200] [--token-delay 0.2]

Against an in-process sandbox (rate limits off) whose token endpoint answers after 0.2 s (a
``Fault.slow`` on the ``token`` operation, once per burst), ``--burst`` calls of
``update_action_status`` start together, in four bursts:

- threads: one ConnectClient shared by a ``ThreadPoolExecutor(200)``;
- tasks: one AsyncConnectClient, ``asyncio.gather`` of 200 coroutines;

each once with a fresh client (no token yet) and once with a client whose token has expired (its
clock is moved past the token's lifetime after a first call). Every call must succeed, and the
sandbox must count exactly one token request (and one token issued) per burst. Exits 1 otherwise.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import _common
import mirakl_connect as mc
import mirakl_connect_sandbox as sandbox

STATES = {False: "no token yet", True: "expired token"}


class MovableClock(mc.SystemClock):
    """The real clock, plus an offset: ``expire()`` makes the client's token look expired."""

    def __init__(self) -> None:
        self.offset = 0.0

    def monotonic(self) -> float:
        return time.monotonic() + self.offset

    def expire(self) -> None:
        self.offset += 3600 + 1  # past the sandbox's token lifetime (3599 s)


class Bursts:
    """Counts the sandbox's token requests around each burst; arms the slow token endpoint first."""

    def __init__(self, sb: sandbox.Sandbox, delay: float) -> None:
        self.sb, self.delay = sb, delay
        self.results: list[tuple[str, int, int, float]] = []  # name, token requests, issued, seconds

    @contextlib.contextmanager
    def burst(self, name: str) -> Iterator[None]:
        counters = self.sb.counters
        self.sb.faults.add(sandbox.Fault.slow(self.delay, operation="token", times=1))
        requests, issued = counters.by_operation["token"], counters.tokens_issued
        began = time.perf_counter()
        yield
        elapsed = time.perf_counter() - began
        requests, issued = counters.by_operation["token"] - requests, counters.tokens_issued - issued
        if self.sb.faults.pending:
            raise RuntimeError(f"{name}: the burst did not meet the slow token endpoint")
        self.results.append((name, requests, issued, elapsed))


def threads(sb: sandbox.Sandbox, bursts: Bursts, size: int, *, expired: bool) -> None:
    clock = MovableClock()
    with _common.client(sb, clock=clock) as client:
        if expired:
            client.orders.update_action_status(f"threads-{expired}-warm", "SUCCESS")
            clock.expire()
        with bursts.burst(f"threads, {STATES[expired]}"), ThreadPoolExecutor(size) as pool:
            calls = [
                pool.submit(client.orders.update_action_status, f"threads-{expired}-{i}", "SUCCESS")
                for i in range(size)
            ]
            for call in calls:
                call.result()  # raises if the call failed


async def tasks(sb: sandbox.Sandbox, bursts: Bursts, size: int, *, expired: bool) -> None:
    clock = MovableClock()
    async with _common.client(sb, asynchronous=True, clock=clock) as client:
        if expired:
            await client.orders.update_action_status(f"tasks-{expired}-warm", "SUCCESS")
            clock.expire()
        with bursts.burst(f"tasks, {STATES[expired]}"):
            await asyncio.gather(
                *(client.orders.update_action_status(f"tasks-{expired}-{i}", "SUCCESS") for i in range(size))
            )


def main() -> int:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--burst", type=int, default=200)
    cli.add_argument("--token-delay", type=float, default=0.2)
    args = cli.parse_args()
    with sandbox.Sandbox(rate_limits=False) as sb:
        bursts = Bursts(sb, args.token_delay)
        for expired in (False, True):
            threads(sb, bursts, args.burst, expired=expired)
            asyncio.run(tasks(sb, bursts, args.burst, expired=expired))
        closed = sum(1 for value in sb.state.actions.values() if value is not None)
    expected = 4 * args.burst + 2  # + the two warm-up calls
    print(f"burst:     {args.burst} concurrent calls; the token endpoint answers in {args.token_delay} s")
    for name, requests, issued, elapsed in bursts.results:
        print(f"{name + ':':27s} {requests} token request(s), {issued} issued, burst done in {elapsed:.2f} s")
    print(f"actions:   {closed} closed in the sandbox (expected {expected})")
    single = all(requests == 1 and issued == 1 for _, requests, issued, _ in bursts.results)
    ok = single and closed == expected
    return _common.verdict(ok, "exactly 1 token request per burst, every call succeeded")


if __name__ == "__main__":
    sys.exit(main())
