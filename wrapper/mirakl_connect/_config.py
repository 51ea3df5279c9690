"""Client settings: arguments, environment variables and defaults, checked once.

Precedence: explicit arguments, then ``environment=``, then the environment variables
``MIRAKL_CONNECT_CLIENT_ID``, ``MIRAKL_CONNECT_CLIENT_SECRET``, ``MIRAKL_CONNECT_BASE_URL`` and
``MIRAKL_CONNECT_TOKEN_URL``, then production. Only HTTPS, except loopback hosts when
``allow_insecure_http=True`` (the sandbox).
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from . import environments
from ._clock import SYSTEM_CLOCK, Clock
from ._errors import ConfigurationError
from ._pacing import Pacing
from ._retry import RetryPolicy

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)  # the generated client's default is no timeout at all
UPLOAD_WRITE_TIMEOUT = 120.0  # seconds to send one document (up to 10 MB on a slow link)

# httpx_args keys that configure the connection pool, not the client
_TRANSPORT_ARGS = {
    "verify",
    "cert",
    "trust_env",
    "http1",
    "http2",
    "limits",
    "proxy",
    "local_address",
    "uds",
    "retries",
}
_MANAGED_ARGS = {"base_url", "auth", "timeout", "app"}


@dataclass(frozen=True)
class Settings:
    client_id: str
    client_secret: str
    base_url: str
    token_url: str
    timeout: httpx.Timeout
    retry: RetryPolicy
    pacing: Pacing | None
    clock: Clock
    client_args: Mapping[str, Any]
    transport_args: Mapping[str, Any]
    transport: Any  # a user-supplied httpx transport, or None

    def __repr__(self) -> str:  # never the secret
        return f"Settings(base_url={self.base_url!r}, client_id={self.client_id!r})"

    @property
    def base_path(self) -> str:
        return httpx.URL(self.base_url).path


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_url(name: str, url: str, *, allow_insecure_http: bool) -> str:
    parsed = httpx.URL(url)
    if parsed.scheme == "https" and parsed.host:
        return url.rstrip("/")
    if parsed.scheme == "http" and parsed.host:
        if not allow_insecure_http:
            raise ConfigurationError(
                f"{name} {url!r} is not HTTPS; pass allow_insecure_http=True for a local sandbox"
            )
        if not _is_loopback(parsed.host):
            raise ConfigurationError(f"{name} {url!r}: plain HTTP is only allowed to a loopback host")
        return url.rstrip("/")
    raise ConfigurationError(f"{name} {url!r} is not an http(s) URL")


def resolve(
    *,
    client_id: str | None,
    client_secret: str | None,
    base_url: str | None,
    token_url: str | None,
    environment: environments.Environment | None,
    timeout: httpx.Timeout | float | None,
    retry: RetryPolicy | None,
    pacing: bool | Pacing,
    allow_insecure_http: bool,
    httpx_args: Mapping[str, Any] | None,
    clock: Clock | None,
) -> Settings:
    client_id = client_id or os.environ.get("MIRAKL_CONNECT_CLIENT_ID")
    client_secret = client_secret or os.environ.get("MIRAKL_CONNECT_CLIENT_SECRET")
    missing = [
        name for name, value in (("client_id", client_id), ("client_secret", client_secret)) if not value
    ]
    if missing:
        raise ConfigurationError(
            f"missing {' and '.join(missing)}: pass them, "
            "or set MIRAKL_CONNECT_CLIENT_ID and MIRAKL_CONNECT_CLIENT_SECRET"
        )
    assert client_id is not None
    assert client_secret is not None
    env = environment or environments.PRODUCTION
    if environment is None:
        base_url = base_url or os.environ.get("MIRAKL_CONNECT_BASE_URL")
        token_url = token_url or os.environ.get("MIRAKL_CONNECT_TOKEN_URL")
    base_url = check_url("base_url", base_url or env.base_url, allow_insecure_http=allow_insecure_http)
    token_url = check_url("token_url", token_url or env.token_url, allow_insecure_http=allow_insecure_http)
    if timeout is None:
        raise ConfigurationError(
            "timeout=None would let a call hang forever; pass a number of seconds or httpx.Timeout"
        )
    args = dict(httpx_args or {})
    if managed := sorted(_MANAGED_ARGS & set(args)):
        raise ConfigurationError(f"httpx_args may not set {', '.join(managed)}: the client manages them")
    return Settings(
        client_id=client_id,
        client_secret=client_secret,
        base_url=base_url,
        token_url=token_url,
        timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
        retry=retry or RetryPolicy(),
        pacing=(pacing if isinstance(pacing, Pacing) else Pacing()) if pacing else None,
        clock=clock or SYSTEM_CLOCK,
        transport=args.pop("transport", None),
        transport_args={k: args.pop(k) for k in list(args) if k in _TRANSPORT_ARGS},
        client_args=args,
    )
