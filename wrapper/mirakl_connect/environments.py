"""Where Mirakl Connect runs: API base URL and token endpoint, per environment.

    client = mc.ConnectClient(environment=mc.environments.TEST)
    client = mc.ConnectClient(environment=mc.environments.named("test"))   # from a setting

Each URL comes from the first of: the argument (``base_url=``, ``token_url=``), the environment
variable (``MIRAKL_CONNECT_BASE_URL``, ``MIRAKL_CONNECT_TOKEN_URL``), the ``environment=``
argument, the ``MIRAKL_CONNECT_ENVIRONMENT`` variable (``production`` or ``test``), and last
:data:`PRODUCTION`. An environment only supplies default URLs: a URL variable (a proxy, say)
overrides it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._errors import ConfigurationError


@dataclass(frozen=True)
class Environment:
    """An API base URL and the token endpoint that goes with it."""

    name: str
    base_url: str
    token_url: str


PRODUCTION = Environment(
    "production",
    base_url="https://miraklconnect.com/api/channel-platform",
    token_url="https://auth.mirakl.net/oauth/token",  # noqa: S106 - a URL, not a password
)
TEST = Environment(
    "test",
    base_url="https://connectpartner-test.mirakl.net/api/channel-platform",
    token_url="https://auth-test.mirakl.net/oauth/token",  # noqa: S106 - a URL, not a password
)
ENVIRONMENTS = {env.name: env for env in (PRODUCTION, TEST)}


def named(name: str, *, setting: str = "environment") -> Environment:
    """The environment called ``name`` (``production`` or ``test``, any case).

    >>> named("TEST") is TEST
    True
    >>> named("prod")
    Traceback (most recent call last):
    ...
    mirakl_connect._errors.ConfigurationError: environment: expected production or test, not 'prod'

    ``setting`` names where ``name`` came from, in the error.
    """
    env = ENVIRONMENTS.get(name.strip().lower()) if isinstance(name, str) else None
    if env is None:
        raise ConfigurationError(f"{setting}: expected {' or '.join(ENVIRONMENTS)}, not {name!r}")
    return env


__all__ = ["ENVIRONMENTS", "PRODUCTION", "TEST", "Environment", "named"]
