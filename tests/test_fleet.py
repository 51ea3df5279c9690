"""A fleet of workers on one credential (issue 13): pacing, the token and event de-duplication
shared through a real redis-server; Redis going away never stops the work.

Workers are separate ``ConnectClient`` objects (each with its own pacer, token cache and pool, as
separate processes would have), on real time: the fleet's windows are Redis's.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import mirakl_connect as mc
import pytest
import redis
from mirakl_connect._fleet import FETCH
from mirakl_connect_sandbox import Sandbox

from .redis_server import RedisServer

RATE = mc.Rate(10, 0.25)  # updateActionStatus, on both sides: 40 calls a second
CALLS = 10  # per worker: three workers make three windows' worth, each worker alone one


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RedisServer]:
    with RedisServer(tmp_path) as running:
        yield running


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(rate_limits={"updateActionStatus": RATE}) as sb:
        yield sb


MADE: list[mc.ConnectClient] = []


@pytest.fixture(autouse=True)
def _close_workers() -> Iterator[None]:
    yield
    while MADE:
        MADE.pop().close()


def worker(sb: Sandbox, store: mc.RedisStore | None, **options: Any) -> mc.ConnectClient:
    """A worker's client (closed after the test)."""
    client = mc.ConnectClient(
        sb.client_id, sb.client_secret, base_url=sb.base_url, token_url=sb.token_url, allow_insecure_http=True,
        **{"shared": store, "pacing": mc.Pacing(margin=0.05, rates={"updateActionStatus": RATE}),
           "retry": mc.RetryPolicy(backoff=0.01, jitter=False), **options},
    )  # fmt: skip
    MADE.append(client)
    return client


def run_fleet(
    workers: list[mc.ConnectClient],
    calls: int,
    prefix: str = "a",
    refused: list[mc.RateLimitError] | None = None,
) -> None:
    """Each worker reports ``calls`` actions from 2 threads at once; the 429s the clients give up on
    are collected in ``refused`` when given (else they end the thread, and the test)."""

    def report(client: mc.ConnectClient, first: int) -> None:
        for i in range(first, calls, 2):
            try:
                client.orders.update_action_status(f"{prefix}-{id(client)}-{i}", "SUCCESS")
            except mc.RateLimitError as error:
                if refused is None:
                    raise
                refused.append(error)

    threads = [threading.Thread(target=report, args=(w, first)) for w in workers for first in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)


def test_pacing_holds_for_the_whole_fleet(server: RedisServer, sandbox: Sandbox) -> None:
    store = mc.RedisStore(server.url, namespace="pace")
    workers = [worker(sandbox, store) for _ in range(3)]
    run_fleet(workers, CALLS)
    assert sandbox.counters.by_operation["updateActionStatus"] == 3 * CALLS
    assert sandbox.counters.rate_limited == 0  # three workers, one window


def test_without_the_store_the_same_fleet_draws_429s(sandbox: Sandbox) -> None:
    # The sandbox asks to wait a whole second after a 429: the workers give up instead of waiting.
    workers = [worker(sandbox, None, retry=mc.RetryPolicy(backoff=0.01, max_retry_after=0)) for _ in range(3)]
    refused: list[mc.RateLimitError] = []
    run_fleet(workers, CALLS, refused=refused)
    assert sandbox.counters.rate_limited == len(refused) > 0  # what the shared store prevents


def test_one_token_serves_the_fleet_and_a_401_renews_it_once(server: RedisServer, sandbox: Sandbox) -> None:
    store = mc.RedisStore(server.url, namespace="token")
    workers = [worker(sandbox, store) for _ in range(4)]
    run_fleet(workers, 2)  # 8 threads asking at once, no token anywhere: no stampede
    assert sandbox.counters.tokens_issued == 1
    assert sum(w.auth.tokens_fetched for w in workers) == 1
    sandbox.revoke_tokens()  # the fleet's token is refused from now on
    run_fleet(workers, 2, prefix="b")
    assert sandbox.counters.tokens_issued == 2  # every worker saw the 401; one fetched, for all


def test_a_token_saved_between_the_look_and_the_lock_is_not_fetched_again(
    server: RedisServer, sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Worker B finds no token, and worker A saves one and unlocks before B takes the lock: B takes
    A's token. Before, B fetched a second one (a third token in the 401 test, one run in ten)."""
    store = mc.RedisStore(server.url, namespace="race")
    fleet_a, fleet_b = worker(sandbox, store).auth.fleet, worker(sandbox, store).auth.fleet
    assert fleet_a is not None and fleet_b is not None
    assert fleet_a.token_step(30) == FETCH  # A holds the lock and fetches
    look = fleet_b.load

    def look_then_a_lands() -> tuple[str, float] | None:
        monkeypatch.setattr(fleet_b, "load", look)  # only B's first look is raced
        found = look()
        fleet_a.save("t0k3n-of-A", 60.0)
        fleet_a.unlock()
        return found

    monkeypatch.setattr(fleet_b, "load", look_then_a_lands)
    step = fleet_b.token_step(30)
    assert isinstance(step, tuple) and step[0] == "t0k3n-of-A"
    assert redis.Redis.from_url(server.url).get(fleet_b.prefix + ":token-lock") is None  # B let go


def test_tokens_are_stored_unusable_without_the_secret(server: RedisServer, sandbox: Sandbox) -> None:
    store = mc.RedisStore(server.url, namespace="secret")
    with worker(sandbox, store) as client:
        client.orders.update_action_status("a-1", "SUCCESS")
        token = client.auth.usable()
    assert token is not None
    raw = redis.Redis.from_url(server.url)
    stored = b"".join(raw.dump(key) or b"" for key in raw.keys("*"))
    assert stored and token.value.encode() not in stored and sandbox.client_secret.encode() not in stored
    assert all(key.startswith(b"mirakl-connect:secret:") for key in raw.keys("*"))


def test_stores_are_apart_per_namespace_and_credential(server: RedisServer, sandbox: Sandbox) -> None:
    one, two = mc.RedisStore(server.url, namespace="one"), mc.RedisStore(server.url, namespace="two")
    with worker(sandbox, one) as a, worker(sandbox, two) as b:
        a.orders.update_action_status("a-1", "SUCCESS")
        b.orders.update_action_status("b-1", "SUCCESS")
    assert sandbox.counters.tokens_issued == 2
    assert one.prefix("id", "t", "u") != one.prefix("id2", "t", "u") != two.prefix("id", "t", "u")
    assert one.prefix("id", "https://auth-test", "u") != one.prefix("id", "https://auth", "u")


def test_redis_going_away_and_coming_back(
    server: RedisServer, sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="mirakl_connect")
    store = mc.RedisStore(server.url, namespace="flaky", retry_after=0.2, timeout=0.2)
    client = worker(sandbox, store)
    client.orders.update_action_status("a-1", "SUCCESS")
    server.stop()  # mid-run
    for i in range(8):  # 9 calls in the window: a 10th would meet the sandbox's limit (the local
        # pacer does not know of the call made through the store) and wait out its 1 s Retry-After
        client.orders.update_action_status(f"a-down-{i}", "SUCCESS")  # the work goes on, paced locally
    warnings = [r for r in caplog.records if "shared store unavailable" in r.getMessage()]
    assert len(warnings) == 1
    server.start()
    time.sleep(0.25)  # the store's retry_after
    client.orders.update_action_status("a-back", "SUCCESS")
    assert any("answers again" in r.getMessage() for r in caplog.records)
    keys = redis.Redis.from_url(server.url).keys("mirakl-connect:flaky:*")
    assert keys  # the pacing windows are in the store again
    client.close()


def test_a_silent_store_costs_at_most_its_timeout(sandbox: Sandbox) -> None:
    listener = socket.create_server(("127.0.0.1", 0))  # accepts, never answers
    port = listener.getsockname()[1]
    store = mc.RedisStore(f"redis://127.0.0.1:{port}/0", namespace="silent", timeout=0.1, retry_after=60)
    with worker(sandbox, store) as client:
        for i in range(5):
            client.orders.update_action_status(f"s-{i}", "SUCCESS")
    listener.close()
    assert sandbox.counters.by_operation["updateActionStatus"] == 5


def test_event_deduplication_across_workers(server: RedisServer) -> None:
    store = mc.RedisStore(server.url, namespace="events")
    first, second = store.deduplicator(ttl=60), mc.RedisStore(server.url, namespace="events").deduplicator()
    assert first.first_time("evt-1") is True
    assert second.first_time("evt-1") is False  # another worker already took it on
    second.forget("evt-1")  # its handling failed: a redelivery must be handled
    assert first.first_time("evt-1") is True
    assert mc.RedisStore(server.url, namespace="other").deduplicator().first_time("evt-1") is True


def test_the_async_client_shares_too(server: RedisServer, sandbox: Sandbox) -> None:
    store = mc.RedisStore(server.url, namespace="async")

    async def main() -> None:
        async with mc.AsyncConnectClient(
            sandbox.client_id, sandbox.client_secret, base_url=sandbox.base_url, token_url=sandbox.token_url,
            allow_insecure_http=True, shared=store, pacing=mc.Pacing(margin=0.05, rates={"updateActionStatus": RATE}),
        ) as client:  # fmt: skip
            await asyncio.gather(
                *(client.orders.update_action_status(f"x-{i}", "SUCCESS") for i in range(15))
            )

    with worker(sandbox, store) as sync_client:
        sync_client.orders.update_action_status("y-0", "SUCCESS")
        asyncio.run(main())
    assert sandbox.counters.tokens_issued == 1 and sandbox.counters.rate_limited == 0
