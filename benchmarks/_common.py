"""What the benchmarks share: sample data, clients and sandboxes, interleaved timing, verdicts.

Not a benchmark itself. The scripts import it as ``_common`` (``python benchmarks/bench_x.py``
puts ``benchmarks/`` first on ``sys.path``).
"""

from __future__ import annotations

import multiprocessing
import os
import statistics
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

import httpx
import mirakl_connect as mc
import mirakl_connect_sandbox as sandbox
from mirakl_connect_sandbox._samples import ORIGIN, order

__all__ = [
    "ORIGIN",
    "SandboxProcess",
    "alternate",
    "client",
    "interleave",
    "median",
    "orders",
    "token",
    "verdict",
]


# -- data ---------------------------------------------------------------------------------------------


def orders(count: int, prefix: str = "ORDER") -> list[dict[str, Any]]:
    """``count`` realistic orders (2 lines, taxes, custom attributes; ~2.7 KB of JSON each)."""
    return [order(f"{prefix}-{index}") for index in range(count)]


# -- clients --------------------------------------------------------------------------------------------


def client(sb: Any, *, asynchronous: bool = False, **options: Any) -> Any:
    """A ConnectClient (or AsyncConnectClient) for a sandbox (in-process or :class:`SandboxProcess`)."""
    cls = mc.AsyncConnectClient if asynchronous else mc.ConnectClient
    return cls(
        sb.client_id,
        sb.client_secret,
        base_url=sb.base_url,
        token_url=sb.token_url,
        allow_insecure_http=True,
        **options,
    )


def token(sb: Any) -> str:
    """An access token from the sandbox's token endpoint, fetched with plain httpx."""
    form = {"grant_type": "client_credentials", "client_id": sb.client_id, "client_secret": sb.client_secret}
    response = httpx.post(sb.token_url, data=form)
    response.raise_for_status()
    return str(response.json()["access_token"])


def _serve(conn: Connection, options: dict[str, Any], cpu: int | None = None) -> None:
    """The child process of :class:`SandboxProcess`: run a sandbox until told to stop."""
    if cpu is not None:
        os.sched_setaffinity(0, {cpu})
    with sandbox.Sandbox(**options) as sb:
        conn.send(
            {name: getattr(sb, name) for name in ("base_url", "token_url", "client_id", "client_secret")}
        )
        conn.recv()  # "stop"
        with sb.state.lock, sb.counters.lock:
            conn.send(
                {
                    "requests": sb.counters.requests,
                    "by_operation": dict(sb.counters.by_operation),
                    "tokens_issued": sb.counters.tokens_issued,
                    "rate_limited": sb.counters.rate_limited,
                    "orders": len(sb.state.orders),
                    "documents": {key: len(doc.content) for key, doc in sb.state.documents.items()},
                }
            )


class SandboxProcess:
    """``Sandbox(**options)`` in a child process, so that its work, memory and GC are not the client's.

    ``cpu``: the only CPU the child may run on (Linux), for benchmarks that pin each side.
    Has the attributes of a running :class:`~mirakl_connect_sandbox.Sandbox` that :func:`client`
    needs; after the ``with`` block, ``final`` holds its counters (``rate_limited``,
    ``tokens_issued``, ``by_operation``...), the number of stored ``orders`` and the size of each
    stored document.
    """

    def __init__(self, *, cpu: int | None = None, **options: Any) -> None:
        self._options, self._cpu = options, cpu
        self.base_url = self.token_url = self.client_id = self.client_secret = ""  # set by __enter__
        self.final: dict[str, Any] = {}

    def __enter__(self) -> SandboxProcess:
        context = multiprocessing.get_context("spawn")  # a fresh interpreter: nothing shared
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(child, self._options, self._cpu), daemon=True)
        self._process.start()
        if not self._conn.poll(60):
            self._process.kill()
            raise RuntimeError("the sandbox process did not start within 60 s")
        for name, value in self._conn.recv().items():
            setattr(self, name, value)
        return self

    def __exit__(self, *exc: object) -> None:
        self._conn.send("stop")
        if self._conn.poll(60):
            self.final = self._conn.recv()
        self._process.join(10)
        if self._process.is_alive():
            self._process.kill()


# -- timing -------------------------------------------------------------------------------------------


def median(values: list[float]) -> float:
    return statistics.median(values)


def interleave(rounds: int, sides: dict[str, Callable[[int], int]]) -> dict[str, list[float]]:
    """Time each side once per round, alternating which goes first; seconds per operation.

    A side is called with the round number and returns how many operations it did. Running the
    sides in turn, in the same process and minute, cancels most of the noise of a shared machine.
    """
    names = list(sides)
    per_op: dict[str, list[float]] = {name: [] for name in names}
    for number in range(rounds):
        for name in names if number % 2 == 0 else reversed(names):
            began = time.perf_counter()
            count = sides[name](number)
            per_op[name].append((time.perf_counter() - began) / count)
    return per_op


def alternate(calls: int, sides: dict[str, Callable[[int], object]]) -> dict[str, list[float]]:
    """Time single calls of the sides in turn (A B, B A, A B...); seconds of each call, by side.

    For calls of a few milliseconds whose difference is a few percent: alternating call by call
    leaves no time for the machine's load to drift between the sides, and a median of thousands
    of calls ignores the odd stall. A side is called with the call number.
    """
    names = list(sides)
    per_call: dict[str, list[float]] = {name: [] for name in names}
    clock = time.perf_counter
    for number in range(calls):
        for name in names if number % 2 == 0 else reversed(names):
            began = clock()
            sides[name](number)
            per_call[name].append(clock() - began)
    return per_call


def verdict(ok: bool, target: str) -> int:
    """Print the verdict line; the exit code of the script."""
    print(f"{'PASS' if ok else 'FAIL'}: {target}")
    return 0 if ok else 1
