"""Where Mirakl Connect runs: API base URL and token endpoint, per environment.

    client = mc.ConnectClient(environment=mc.environments.TEST)

The default is :data:`PRODUCTION`. ``MIRAKL_CONNECT_BASE_URL`` and ``MIRAKL_CONNECT_TOKEN_URL``
override it; explicit ``base_url=`` / ``token_url=`` arguments override everything.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Environment:
    name: str
    base_url: str
    token_url: str


PRODUCTION = Environment(
    "production",
    base_url="https://miraklconnect.com/api/channel-platform",
    token_url="https://auth.mirakl.net/oauth/token",  # noqa: S106 - a URL, not a password  # noqa: S106 - a URL, not a password
)
TEST = Environment(
    "test",
    base_url="https://connectpartner-test.mirakl.net/api/channel-platform",
    token_url="https://auth-test.mirakl.net/oauth/token",  # noqa: S106 - a URL, not a password  # noqa: S106 - a URL, not a password
)

__all__ = ["PRODUCTION", "TEST", "Environment"]
