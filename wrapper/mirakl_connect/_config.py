"""Client settings: arguments, environment variables and defaults, checked once.

Each setting comes from the first of:

1. the argument (``client_id=``, ``base_url=``...), when not None;
2. its environment variable, when set and not empty: ``MIRAKL_CONNECT_CLIENT_ID``,
   ``MIRAKL_CONNECT_CLIENT_SECRET``, ``MIRAKL_CONNECT_BASE_URL``, ``MIRAKL_CONNECT_TOKEN_URL``;
3. for the two URLs, the environment: the ``environment=`` argument, else the
   ``MIRAKL_CONNECT_ENVIRONMENT`` variable (``production`` or ``test``);
4. production.

So an environment only supplies default URLs, and a URL variable (a proxy, say) overrides
``environment=``. A wrong setting raises :class:`ConfigurationError` naming it (or the variable
it came from). Only HTTPS, except loopback hosts when ``allow_insecure_http=True`` (the sandbox).
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from . import environments
from ._checks import expect, number
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
# httpx_args keys refused: the client sets them (mounts would route requests past its transport)
_MANAGED_ARGS = {"base_url", "auth", "timeout", "app", "follow_redirects", "mounts"}
ENV_VARS = {
    "client_id": "MIRAKL_CONNECT_CLIENT_ID",
    "client_secret": "MIRAKL_CONNECT_CLIENT_SECRET",
    "base_url": "MIRAKL_CONNECT_BASE_URL",
    "token_url": "MIRAKL_CONNECT_TOKEN_URL",
    "environment": "MIRAKL_CONNECT_ENVIRONMENT",
}


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


def _from_env(setting: str, given: str | None) -> tuple[str, str | None]:
    """``given``, else the setting's environment variable (empty means unset): (source, value)."""
    if given is not None:
        expect(setting, given, str, "a string")
        return setting, given
    variable = ENV_VARS[setting]
    return variable, os.environ.get(variable) or None


def _credential(setting: str, given: str | None) -> str | None:
    if given is not None and (not isinstance(given, str) or not given):
        shown = "''" if isinstance(given, str) else type(given).__name__  # never the value: a secret
        raise ConfigurationError(f"{setting}: expected a non-empty string, not {shown}")
    return _from_env(setting, given)[1]


def _environment(given: environments.Environment | None) -> environments.Environment:
    if given is not None:
        expect("environment", given, environments.Environment, "an mc.environments.Environment")
        return given
    variable = ENV_VARS["environment"]
    name = os.environ.get(variable)
    return environments.named(name, setting=variable) if name else environments.PRODUCTION


def _timeout(timeout: httpx.Timeout | float | None) -> httpx.Timeout:
    if timeout is None:
        raise ConfigurationError(
            "timeout=None would let a call hang forever; pass a number of seconds or httpx.Timeout"
        )
    if isinstance(timeout, httpx.Timeout):
        # pool may be None: waiting for a connection ends when a (bounded) call ends
        if unbounded := [k for k in ("connect", "read", "write") if getattr(timeout, k) is None]:
            raise ConfigurationError(
                f"timeout: {timeout!r} has no {', '.join(unbounded)} limit; a call could hang forever"
            )
        return timeout
    number("timeout", timeout, above=True)
    return httpx.Timeout(timeout)


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
    """The checked settings of a client; see the module docstring for where each comes from."""
    client_id = _credential("client_id", client_id)
    client_secret = _credential("client_secret", client_secret)
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
    expect("allow_insecure_http", allow_insecure_http, bool, "True or False")
    env = _environment(environment)
    urls = {}
    for setting, given, default in (
        ("base_url", base_url, env.base_url),
        ("token_url", token_url, env.token_url),
    ):
        source, url = _from_env(setting, given)
        url = default if url is None else url
        urls[setting] = check_url(source, url, allow_insecure_http=allow_insecure_http)
    expect("retry", retry, (RetryPolicy, type(None)), "an mc.RetryPolicy (None: the default one)")
    expect("pacing", pacing, (bool, Pacing), "True, False or an mc.Pacing")
    expect("httpx_args", httpx_args, (Mapping, type(None)), "a mapping of httpx.Client arguments")
    args = dict(httpx_args or {})
    if managed := sorted(_MANAGED_ARGS & set(args)):
        raise ConfigurationError(
            f"httpx_args may not set {', '.join(managed)}: the client manages them "
            "(redirects are never followed: credentials never leave the API's origin)"
        )
    return Settings(
        client_id=client_id,
        client_secret=client_secret,
        base_url=urls["base_url"],
        token_url=urls["token_url"],
        timeout=_timeout(timeout),
        retry=retry or RetryPolicy(),
        pacing=(pacing if isinstance(pacing, Pacing) else Pacing()) if pacing else None,
        clock=clock or SYSTEM_CLOCK,
        transport=args.pop("transport", None),
        transport_args={k: args.pop(k) for k in list(args) if k in _TRANSPORT_ARGS},
        client_args=args,
    )
