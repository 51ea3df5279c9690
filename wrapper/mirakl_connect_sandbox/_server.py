"""The HTTP/1.1 server under the sandbox: stdlib ``http.server``, one thread per connection, keep-alive.

    >>> import httpx
    >>> server = HttpServer(("127.0.0.1", 0), lambda request: Response.json(200, {"path": request.path}))
    >>> thread = threading.Thread(target=server.serve)
    >>> thread.start()
    >>> httpx.get(f"http://127.0.0.1:{server.server_port}/ping").json()
    {'path': '/ping'}
    >>> server.close(); thread.join(); server.server_close()

Why the stdlib: the sandbox must be importable with no web framework, start in milliseconds, and
serve a handful of clients at a few hundred calls a second, which ``ThreadingHTTPServer`` does
(the benchmark measures it). Two things are added by hand: de-chunking of ``Transfer-Encoding:
chunked`` request bodies (``http.server`` only knows Content-Length; httpx streams uploads chunked),
and a clean stop: the accept loop wakes on a socketpair instead of polling, and :meth:`close` shuts
down the keep-alive connections still open and joins their threads, so nothing leaks.
"""

from __future__ import annotations

import contextlib
import json
import logging
import selectors
import socket
import socketserver
import threading
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

from ._http import JSON, Request, Response

logger = logging.getLogger("mirakl_connect_sandbox")

App = Callable[[Request], Response]
MAX_BODY = 64 * 1024 * 1024  # more than any valid request (documents: 10 MB)
_MAX_LINE = 65536
_REASONS = {520: "Unknown Error"}


class _BodyError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "MiraklConnectSandbox/1"
    sys_version = ""
    disable_nagle_algorithm = True  # header and body are two writes: no 40 ms Nagle/delayed-ACK stall
    server: HttpServer

    def _dispatch(self) -> None:
        try:
            body = self._read_body()
        except _BodyError as error:
            self.close_connection = True
            self._write(
                Response.json(error.status, {"code": HTTPStatus(error.status).name, "message": str(error)})
            )
            return
        except (ConnectionError, TimeoutError):
            self.close_connection = True
            return
        path, _, query = self.path.partition("?")
        request = Request(
            self.command, path, dict(parse_qsl(query, keep_blank_values=True)), self.headers, body
        )
        response = self.server.app(request)
        if response.disconnect:
            self.close_connection = True  # the socket is closed with nothing written
            return
        self._write(response)

    def parse_request(self) -> bool:
        if not super().parse_request():
            return False
        # Every method goes to the app, which answers 405 (with Allow) to those no operation uses;
        # http.server would answer 501 to a method without a do_<METHOD>.
        setattr(self, f"do_{self.command}", self._dispatch)
        return True

    def _read_body(self) -> bytes:
        encoding = self.headers.get("Transfer-Encoding")
        if encoding:
            if encoding.split(",")[-1].strip().lower() != "chunked":
                raise _BodyError(400, "Unsupported Transfer-Encoding")
            return self._read_chunked()
        length = self.headers.get("Content-Length")
        if length is None:
            return b""
        try:
            size = int(length)
        except ValueError:
            raise _BodyError(400, "Invalid Content-Length") from None
        if size < 0:
            raise _BodyError(400, "Invalid Content-Length")
        if size > MAX_BODY:
            raise _BodyError(413, "Request body too large")
        return self._read_exactly(size)

    def _read_chunked(self) -> bytes:
        chunks = []
        total = 0
        while True:
            line = self.rfile.readline(_MAX_LINE)
            if not line.endswith(b"\n"):
                raise ConnectionError("truncated chunked body")
            try:
                size = int(line.split(b";", 1)[0].strip(), 16)
            except ValueError:
                raise _BodyError(400, "Malformed chunked body") from None
            if size == 0:
                break
            total += size
            if total > MAX_BODY:
                raise _BodyError(413, "Request body too large")
            chunks.append(self._read_exactly(size))
            if self.rfile.readline(_MAX_LINE).strip():
                raise _BodyError(400, "Malformed chunked body")
        while self.rfile.readline(_MAX_LINE).strip():  # trailer fields, ignored
            pass
        return b"".join(chunks)

    def _read_exactly(self, size: int) -> bytes:
        data = self.rfile.read(size)
        if len(data) < size:
            raise ConnectionError("the client closed the connection mid-body")
        return data

    def _write(self, response: Response) -> None:
        self.send_response(response.status, _REASONS.get(response.status))
        if response.content_type:
            self.send_header("Content-Type", response.content_type)
        for name, value in response.headers.items():
            self.send_header(name, value)
        if response.truncate == "chunk":
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(len(response.body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command == "HEAD":
            return
        if response.truncate:
            self._write_cut(response.body, chunked=response.truncate == "chunk")
        elif response.body:
            self.wfile.write(response.body)

    def _write_cut(self, body: bytes, *, chunked: bool) -> None:
        """Half of the body (in a good chunk, then a malformed one), then close the connection."""
        self.close_connection = True
        half = body[: max(1, len(body) // 2)]
        if chunked:
            self.wfile.write(b"%x\r\n%s\r\nzz\r\n" % (len(half), half))
        else:
            self.wfile.write(half)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Protocol errors (bad request line, unknown method...) with a JSON body, then close."""
        self.close_connection = True
        status = HTTPStatus(code)
        body = json.dumps({"code": status.name, "message": message or status.phrase}).encode()
        self.send_response(code, message)
        self.send_header("Content-Type", JSON)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        if getattr(self, "command", "") != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        # The request line and status only: never headers (Authorization) nor bodies.
        logger.debug("%s %s", self.address_string(), format % args)


class HttpServer(ThreadingHTTPServer):
    """A ThreadingHTTPServer that can be stopped at once and leaves no thread or socket behind."""

    daemon_threads = True
    request_queue_size = 128  # 200 callers connecting at once are queued, not reset (default: 5)
    timeout = 0.5  # handle_request's wait; the accept loop only calls it once the socket is readable

    def __init__(self, address: tuple[str, int], app: App | None = None) -> None:
        # Before binding: a failed bind calls server_close(), which closes these too.
        self._wake_r, self._wake_w = socket.socketpair()
        self.app: App = app or _not_ready
        self._lock = threading.Lock()
        self._connections: dict[socket.socket, threading.Thread] = {}
        self._closing = False
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind also resolves the host's FQDN, a DNS round trip the sandbox never needs.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def serve(self) -> None:
        """Accept connections until :meth:`close`."""
        with selectors.DefaultSelector() as selector:
            selector.register(self.socket, selectors.EVENT_READ)
            selector.register(self._wake_r, selectors.EVENT_READ)
            while True:
                ready = selector.select()
                if any(key.fileobj is self._wake_r for key, _ in ready):
                    return
                self.handle_request()

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self._serve_connection,
            args=(request, client_address),
            name=f"mirakl-sandbox-{client_address[1]}",
            daemon=True,
        )
        with self._lock:
            if self._closing:
                self.shutdown_request(request)
                return
            self._connections[request] = thread
            thread.start()  # under the lock: close() never sees a thread it cannot join

    def _serve_connection(self, request: socket.socket, client_address: Any) -> None:
        try:
            self.process_request_thread(request, client_address)
        finally:
            with self._lock:
                self._connections.pop(request, None)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients hanging up (timeouts, disconnect faults) are routine here, not worth stderr.
        logger.debug("sandbox: connection from %s ended with an error", client_address, exc_info=True)

    def close(self, timeout: float = 5.0) -> None:
        """Stop accepting (the serve loop returns), close every connection, join their threads."""
        self._wake_w.send(b"\0")
        with self._lock:
            self._closing = True
            connections = list(self._connections.items())
        for sock, _ in connections:
            with contextlib.suppress(OSError):  # already closed by its client
                sock.shutdown(socket.SHUT_RDWR)
        for _, thread in connections:
            thread.join(timeout)

    def server_close(self) -> None:
        super().server_close()
        self._wake_r.close()
        self._wake_w.close()


def _not_ready(request: Request) -> Response:
    return Response.json(503, {"code": "SERVICE_UNAVAILABLE", "message": "The sandbox is starting"})
