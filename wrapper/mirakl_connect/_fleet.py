"""A fleet of workers on one credential: pacing, the token and event de-duplication shared in Redis.

    store = mc.RedisStore("redis://cache:6379/0", namespace="acme-connector")
    client = mc.ConnectClient(shared=store)          # in every worker process, with the same credential
    dispatcher = mc.events.Dispatcher(client, dedupe=store.deduplicator())

- Pacing: each operation's documented limit holds for the whole fleet, with the local pacer's
  guarantee (a call counts from its start until a window after its answer), decided by one Lua
  script per call, so two workers never read-then-write the same window. An in-flight call is a
  lease: a worker that dies frees its slots after ``lease`` seconds.
- The token: one fetch serves the fleet until shortly before it expires. One process fetches
  (a lock with a lease) while the others wait for the token to appear; a 401 drops it for
  everyone only if it is still the token that failed (compare-and-delete). Tokens are stored
  encrypted (Fernet, with a key derived from the client secret): a reader of the store who lacks
  the secret cannot use them.
- De-duplication: ``SET id NX EX ttl``, shared by every consumer of the namespace.
- Redis trouble never stops the work: every command has a short timeout; on failure the client
  paces and fetches tokens locally, logs one warning, and tries the store again ``retry_after``
  seconds later (an INFO line when it is back).

Keys are ``mirakl-connect:<namespace>:<credential>:...``, ``<credential>`` a digest of the client
id, token URL and API URL (never the secret): workers of another credential or environment never
share a window or a token. Needs the ``redis`` extra (redis-py and cryptography). Hand-written
because no library offers a call-until-answered window (see ``_pacing``) nor a token cache for an
OAuth client shared across processes.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import threading
import time
import uuid
from collections import defaultdict, deque
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from ._auth import FETCH
from ._clock import Clock
from ._errors import ConfigurationError
from ._pacing import Pacer, Pacing
from .spec import Operation

if TYPE_CHECKING:
    import redis

logger = logging.getLogger("mirakl_connect")
T = TypeVar("T")

# KEYS: in-flight leases, answers. ARGV: calls, window, lease, member. Returns the wait ("0": admitted).
_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local calls, window, lease = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - window)
local flying = redis.call('ZCARD', KEYS[1])
local answered = redis.call('ZRANGE', KEYS[2], 0, -1, 'WITHSCORES')
local count = flying + #answered / 2
if count < calls then
  redis.call('ZADD', KEYS[1], now + lease, ARGV[4])
  redis.call('PEXPIRE', KEYS[1], math.ceil(lease * 1000))
  return '0'
end
local index = count - calls + 1
if index <= #answered / 2 then
  return tostring(math.max(tonumber(answered[index * 2]) + window - now, 0.001))
end
return tostring(window)
"""
# KEYS: in-flight leases, answers. ARGV: member, reached (1/0), window.
_RELEASE = """
redis.call('ZREM', KEYS[1], ARGV[1])
if ARGV[2] == '1' then
  local t = redis.call('TIME')
  redis.call('ZADD', KEYS[2], tonumber(t[1]) + tonumber(t[2]) / 1000000, ARGV[1])
  redis.call('PEXPIRE', KEYS[2], math.ceil(tonumber(ARGV[3]) * 2000))
end
return 1
"""
_DELETE_IF = (
    "if redis.call('HGET', KEYS[1], 'id') == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0"
)
_UNLOCK = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0"


class _Health:
    """Whether the store answers: after a failure, the work goes on locally for ``retry_after`` s."""

    def __init__(self, retry_after: float) -> None:
        self.retry_after = retry_after
        self._down_until = 0.0
        self._warned = False
        self._lock = threading.Lock()

    def run(self, command: Callable[[], T]) -> T | None:
        """``command()``, or None when the store is down (or fails now)."""
        import redis  # noqa: PLC0415 - the redis extra, imported once RedisStore exists

        if time.monotonic() < self._down_until:
            return None
        try:
            result = command()
        except (redis.RedisError, OSError) as error:
            with self._lock:
                self._down_until = time.monotonic() + self.retry_after
                if not self._warned:
                    self._warned = True
                    logger.warning(
                        "shared store unavailable (%s): pacing and tokens are local until it answers again",
                        type(error).__name__,
                    )
            return None
        if self._warned:
            with self._lock:
                if self._warned:
                    self._warned = False
                    logger.info("shared store answers again: pacing and tokens are shared again")
        return result


class RedisStore:
    """Where a fleet of workers keeps what they share (see the module docstring).

    ``url``: a redis-py URL (``redis://host:6379/0``, ``rediss://...`` for TLS); or ``client``, a
    ``redis.Redis`` of your own. ``timeout``: seconds for each command (the store must never slow
    the work down for long). ``lease``: how long an in-flight call keeps its pacing slot if its
    worker dies. ``retry_after``: seconds of local work after a store failure.
    """

    def __init__(
        self,
        url: str = "redis://localhost:6379/0",
        *,
        namespace: str = "default",
        timeout: float = 0.25,
        lease: float = 300.0,
        retry_after: float = 5.0,
        client: redis.Redis | None = None,
    ) -> None:
        try:
            import redis  # noqa: PLC0415 - optional: the redis extra
        except ModuleNotFoundError as missing:  # pragma: no cover - depends on the install
            raise ConfigurationError(
                "RedisStore needs the redis extra: pip install 'mirakl-connect[redis]'"
            ) from missing
        if not namespace or ":" in namespace:
            raise ConfigurationError(f"namespace {namespace!r}: a non-empty name without ':'")
        self.namespace, self.lease = namespace, lease
        self.redis = client or redis.Redis.from_url(
            url, socket_timeout=timeout, socket_connect_timeout=timeout, health_check_interval=30
        )
        self.health = _Health(retry_after)
        self._reserve = self.redis.register_script(_RESERVE)
        self._release = self.redis.register_script(_RELEASE)
        self._delete_if = self.redis.register_script(_DELETE_IF)
        self._unlock = self.redis.register_script(_UNLOCK)

    def __repr__(self) -> str:
        return f"RedisStore(namespace={self.namespace!r})"

    def prefix(self, *parts: str) -> str:
        """The key prefix of a credential (or of the namespace alone)."""
        digest = hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16] if parts else "-"
        return f"mirakl-connect:{self.namespace}:{digest}"

    def deduplicator(self, ttl: float = 7 * 86400) -> RedisDeduplicator:
        """A de-duplicator for ``mc.events`` shared by the namespace: an id is new once per ``ttl`` s."""
        return RedisDeduplicator(self, ttl)

    def for_client(self, client_id: str, client_secret: str, token_url: str, base_url: str) -> Fleet:
        """What one credential shares."""
        return Fleet(self, self.prefix(client_id, token_url, base_url), client_secret)


class RedisDeduplicator:
    """``mc.events`` de-duplication in Redis (``SET NX EX``): the ``DedupeStore`` protocol.

    When Redis is down, every id counts as new (a duplicate may be handled twice, never an event
    dropped), with the store's warning.
    """

    def __init__(self, store: RedisStore, ttl: float) -> None:
        self.store, self.ttl, self._prefix = store, ttl, store.prefix() + ":event:"

    def first_time(self, event_id: str) -> bool:
        answer = self.store.health.run(
            lambda: bool(
                self.store.redis.set(self._prefix + event_id, b"1", nx=True, ex=max(1, int(self.ttl)))
            )
        )
        return answer is None or answer  # None: the store is down, take it as new

    def forget(self, event_id: str) -> None:
        self.store.health.run(lambda: self.store.redis.delete(self._prefix + event_id))


class Fleet:
    """One credential's shared state: a pacer for the fleet and the token protocol."""

    POLL = 0.02  # seconds between two looks at the store while another worker fetches the token

    def __init__(self, store: RedisStore, prefix: str, secret: str) -> None:
        from cryptography.fernet import Fernet  # noqa: PLC0415 - the redis extra

        self.store, self.prefix = store, prefix
        key = hashlib.sha256(b"mirakl-connect fleet token\0" + secret.encode()).digest()
        self._fernet = Fernet(base64.urlsafe_b64encode(key))
        self._lock_id = uuid.uuid4().hex

    def __repr__(self) -> str:
        return f"Fleet({self.prefix!r})"

    def pacer(self, pacing: Pacing, clock: Clock) -> SharedPacer:
        return SharedPacer(pacing, clock, self)

    # -- the token ---------------------------------------------------------------------------------
    def load(self) -> tuple[str, float] | None:
        """The fleet's token and the seconds it stays fresh, or None."""

        def read() -> tuple[str, float] | None:
            with self.store.redis.pipeline() as pipe:
                pipe.hget(self.prefix + ":token", "blob")
                pipe.pttl(self.prefix + ":token")
                blob, ttl = pipe.execute()
            if not blob or ttl is None or ttl <= 0:
                return None
            return self._fernet.decrypt(blob).decode(), ttl / 1000

        try:
            return self.store.health.run(read)
        except Exception:
            return None

    def save(self, value: str, fresh_for: float) -> None:
        def write() -> None:
            with self.store.redis.pipeline() as pipe:
                key = self.prefix + ":token"
                pipe.hset(
                    key, mapping={"blob": self._fernet.encrypt(value.encode()), "id": _fingerprint(value)}
                )
                pipe.pexpire(key, max(1, int(fresh_for * 1000)))
                pipe.execute()

        self.store.health.run(write)

    def drop(self, value: str) -> None:
        """A 401 with ``value``: drop it for the fleet, unless another worker already replaced it."""
        store = self.store
        store.health.run(lambda: store._delete_if(keys=[self.prefix + ":token"], args=[_fingerprint(value)]))

    def token_step(self, lock_lease: float) -> tuple[str, float] | str | float:
        """One look at the fleet: its token (value, seconds fresh); or ``FETCH``: this process
        fetches (it took the lock, or the store is down); or seconds to wait for another worker."""
        found = self.load()
        if found is not None:
            return found
        lock = self.prefix + ":token-lock"
        taken = self.store.health.run(
            lambda: bool(self.store.redis.set(lock, self._lock_id, nx=True, px=int(lock_lease * 1000)))
        )
        if taken is None:  # the store is down: this process fetches for itself
            return FETCH
        if not taken:
            return self.POLL
        # the worker that held the lock may have saved its token between our look and our lock
        if (found := self.load()) is not None:
            self.unlock()
            return found
        return FETCH

    def unlock(self) -> None:
        self.store.health.run(
            lambda: self.store._unlock(keys=[self.prefix + ":token-lock"], args=[self._lock_id])
        )


class SharedPacer(Pacer):
    """A :class:`Pacer` whose windows are the fleet's, in Redis; local when the store is down."""

    def __init__(self, pacing: Pacing, clock: Clock, fleet: Fleet) -> None:
        super().__init__(pacing, clock)
        self.fleet = fleet
        self._tickets: defaultdict[str, deque[str]] = defaultdict(deque)  # our leases in Redis, by operation
        self._tickets_lock = threading.Lock()

    def _keys(self, key: str) -> list[str]:
        return [f"{self.fleet.prefix}:pace:{key}:flying", f"{self.fleet.prefix}:pace:{key}:answered"]

    def reserve(self, operation: Operation | None) -> float:
        rate = self.rate(operation)
        if rate is None or operation is None:
            return 0.0
        key, window, member = (
            operation.operation_id,
            rate.seconds * (1 + self.pacing.margin),
            uuid.uuid4().hex,
        )
        store = self.fleet.store
        answer = store.health.run(
            lambda: store._reserve(keys=self._keys(key), args=[rate.calls, window, store.lease, member])
        )
        if answer is None:  # the store is down: this process paces alone
            return super().reserve(operation)
        wait = float(answer)
        if wait == 0:
            with self._tickets_lock:
                self._tickets[key].append(member)
            return 0.0
        self.check_wait(key, rate, wait)
        return max(wait, 1e-3)

    def release(self, operation: Operation | None, *, reached: bool = True) -> None:
        rate = self.rate(operation)
        if rate is None or operation is None:
            return
        key = operation.operation_id
        with self._tickets_lock:
            member = self._tickets[key].popleft() if self._tickets[key] else None
        if member is None:  # admitted locally while the store was down
            super().release(operation, reached=reached)
            return
        store, window = self.fleet.store, rate.seconds * (1 + self.pacing.margin)
        store.health.run(lambda: store._release(keys=self._keys(key), args=[member, int(reached), window]))


def _fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:32]


__all__ = ["FETCH", "Fleet", "RedisDeduplicator", "RedisStore", "SharedPacer"]
