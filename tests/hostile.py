"""A raw-socket HTTP server on 127.0.0.1 that misbehaves as proxies, load balancers and CDNs do.

    def script(request: Raw, conn: socket.socket) -> None:
        if request.path == "/oauth/token":
            send(conn, 200, {"access_token": "t0k3n", "expires_in": 3599})
        else:
            conn.sendall(b"HTTP/1.1 503 Service Unavailable\\r\\nContent-Length: 100\\r\\n\\r\\nshort")  # cut short

    with Hostile(script) as server:
        client = mc.ConnectClient("id", "secret", base_url=server.base_url, token_url=server.token_url,
                                  allow_insecure_http=True)

Each connection is served by a thread, one request at a time (keep-alive unless the script closes
it); the script writes whatever bytes it likes, sleeps, or says nothing. ``server.requests`` lists
every request received, ``server.bytes_sent`` what the scripts wrote.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Self

CLIENT_ID, SECRET, TOKEN = "hostile-client", "s3cr3t-HOSTILE-value", "t0k3n-HOSTILE-value"


@dataclass
class Raw:
    """One request as received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes = field(repr=False)

    @property
    def authorization(self) -> str | None:
        return self.headers.get("authorization")


class Close(Exception):
    """Raised by a script to close the connection (after what it wrote)."""


Script = Callable[[Raw, socket.socket], None]


def send(
    conn: socket.socket,
    status: int,
    body: bytes | str | Any = b"",
    headers: dict[str, str] | None = None,
    reason: str = "Whatever",
) -> None:
    """Write a complete answer: ``body`` as bytes, text, or JSON for anything else."""
    if not isinstance(body, bytes | str):
        body = json.dumps(body)
        headers = {"Content-Type": "application/json", **(headers or {})}
    data = body.encode() if isinstance(body, str) else body
    lines = [f"HTTP/1.1 {status} {reason}", f"Content-Length: {len(data)}"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + data)


def token_answer(conn: socket.socket, **fields: Any) -> None:
    send(conn, 200, {"access_token": TOKEN, "token_type": "Bearer", "expires_in": 3599, **fields})


def api_script(answer: Script) -> Script:
    """A server whose token endpoint works and whose API answers with ``answer``."""

    def script(request: Raw, conn: socket.socket) -> None:
        if request.path == "/oauth/token":
            token_answer(conn)
        else:
            answer(request, conn)

    return script


def ok(request: Raw, conn: socket.socket) -> None:
    """An empty success (204)."""
    send(conn, 204)


class Hostile:
    """The server: ``with Hostile(script) as server`` (see the module docstring)."""

    def __init__(self, script: Script) -> None:
        self.script = script
        self.requests: list[Raw] = []
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self.port = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._conns: list[socket.socket] = []

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.origin}/api/channel-platform"

    @property
    def token_url(self) -> str:
        return f"{self.origin}/oauth/token"

    def client_options(self, **options: Any) -> dict[str, Any]:
        """Keyword arguments for ``mc.ConnectClient`` talking to this server."""
        return {
            "client_id": CLIENT_ID,
            "client_secret": SECRET,
            "base_url": self.base_url,
            "token_url": self.token_url,
            "allow_insecure_http": True,
            **options,
        }

    def clients(self, async_: bool = False, **options: Any) -> Callable[[], Any]:
        """A factory of clients talking to this server (``support.call`` makes, uses and closes one):
        an ``mc.AsyncConnectClient`` if ``async_``, else an ``mc.ConnectClient``."""
        import mirakl_connect as mc

        cls = mc.AsyncConnectClient if async_ else mc.ConnectClient
        return lambda: cls(**self.client_options(**options))

    def paths(self) -> list[str]:
        with self._lock:
            return [r.path for r in self.requests]

    def __enter__(self) -> Self:
        thread = threading.Thread(target=self._accept, name="hostile-accept", daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stop.set()
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), timeout=1):
            pass  # wakes the accept loop now rather than at its next 0.1 s poll
        with self._lock:
            for conn in self._conns:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
                conn.close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._listener.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if self._stop.is_set():
                conn.close()
                return
            with self._lock:
                self._conns.append(conn)
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self, conn: socket.socket) -> None:
        reader = conn.makefile("rb")
        try:
            while not self._stop.is_set():
                request = _read_request(reader)
                if request is None:
                    return
                with self._lock:
                    self.requests.append(request)
                self.script(request, conn)
        except (Close, OSError, ValueError):
            pass
        finally:
            reader.close()
            conn.close()

    def wait_quiet(self, seconds: float) -> None:
        """Let a silent or trickling script run on for ``seconds`` (only where a test needs it)."""
        time.sleep(seconds)


def _read_request(reader: Any) -> Raw | None:
    line = reader.readline()
    if not line:
        return None
    method, target, _ = line.decode("latin-1").split(" ", 2)
    headers: dict[str, str] = {}
    while (header := reader.readline()) not in (b"\r\n", b"\n", b""):
        name, _, value = header.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = b""
        while size := int(reader.readline().split(b";")[0], 16):
            body += reader.read(size)
            reader.readline()
        reader.readline()
    else:
        body = reader.read(int(headers.get("content-length", "0")))
    return Raw(method, target.split("?")[0], headers, body)


def reachable(root: Any, *, limit: int = 20_000) -> list[str | bytes]:
    """Every str and bytes reachable from ``root``: attributes, items, and what httpx objects hold
    (headers, bodies, history, follow-up request...), for secret scans."""
    import httpx

    seen: set[int] = set()
    alive: list[Any] = []  # what was seen stays alive: a freed object's id is reused by the next one
    found: list[str | bytes] = []
    stack = [root]
    while stack and len(seen) < limit:
        obj = stack.pop()
        if id(obj) in seen or obj is None or isinstance(obj, int | float | bool | type):
            continue
        seen.add(id(obj))
        alive.append(obj)
        if isinstance(obj, str | bytes | bytearray):
            found.append(bytes(obj) if isinstance(obj, bytearray) else obj)
            continue
        if isinstance(obj, httpx.Headers):
            stack.extend(obj.raw)
            continue
        if isinstance(obj, httpx.Request):
            with contextlib.suppress(httpx.RequestNotRead):
                stack.append(obj.content)
            stack.extend([str(obj.url), obj.headers, obj.extensions])
            continue
        if isinstance(obj, httpx.Response):
            stack.extend([obj.headers, obj.history, obj.next_request, obj.extensions, obj.content])
            with contextlib.suppress(RuntimeError):
                stack.append(obj.request)
            continue
        if isinstance(obj, dict):
            stack.extend(obj.keys())
            stack.extend(obj.values())
            continue
        if isinstance(obj, list | tuple | set | frozenset):
            stack.extend(obj)
            continue
        if isinstance(obj, BaseException):
            stack.extend([obj.args, obj.__cause__, obj.__context__, str(obj), repr(obj)])
        for name in getattr(type(obj), "__slots__", ()):
            stack.append(getattr(obj, name, None))
        if hasattr(obj, "__dict__") and not callable(obj):
            stack.append(vars(obj))
    return found


def leaks(root: Any, *secrets: str) -> list[str]:
    """The secrets found anywhere reachable from ``root``."""
    texts = reachable(root)
    return [
        secret
        for secret in secrets
        if any(secret in t if isinstance(t, str) else secret.encode() in t for t in texts)
    ]
