"""A real ``redis-server`` on a free loopback port, in a temporary folder, for the fleet tests.

    with RedisServer(tmp_path) as server:
        store = mc.RedisStore(server.url, namespace="t")
        server.stop(); server.start()      # Redis going away, and coming back on the same port

``redis-server`` is the Debian package (``.ci/run`` installs it when missing); its absence is an
error, never a skip.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import time
from pathlib import Path
from types import TracebackType
from typing import Self


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class RedisServer:
    def __init__(self, folder: Path) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError("redis-server is not installed (Debian: apt-get install redis-server)")
        self.binary, self.folder, self.port = binary, folder, free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.started = False

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        """Start it and wait until it answers. The first start moves to another free port if another
        process (another pytest worker's Redis) took the one chosen; a restart keeps its port."""
        for _ in range(5):
            if self._launch():
                self.started = True
                return
            if self.started:
                break
            self.port = free_port()
        raise RuntimeError(f"redis-server did not start on port {self.port}")

    def _launch(self) -> bool:
        command = [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.folder),
                   "--save", "", "--appendonly", "no", "--daemonize", "no", "--loglevel", "warning"]  # fmt: skip
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and self.process.poll() is None:
            try:
                if self._server_pid() == self.process.pid:  # ours, not whoever else holds the port
                    return True
            except OSError:
                pass
            time.sleep(0.02)
        self.stop()
        return False

    def _server_pid(self) -> int | None:
        """The process id of the Redis answering on the port (``INFO server``)."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as conn:
            conn.sendall(b"INFO server\r\n")
            data = b""
            while not (found := re.search(rb"process_id:(\d+)\r\n", data)):
                chunk = conn.recv(4096)
                if not chunk:
                    return None
                data += chunk
        return int(found[1])

    def stop(self) -> None:
        """Kill it (nothing is persisted; a clean shutdown waits for Redis's next 100 ms tick)."""
        if self.process is not None:
            self.process.kill()
            self.process.wait(10)
            if self.process.stderr is not None:
                self.process.stderr.close()
            self.process = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
