"""Shared fixtures: paths to the repo, the vendor reference files and the scripts."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
API_FILE = "mirakl-connect-channel-openapi.json"
EVENTS_FILE = "mirakl-connect-channel-webhooks-openapi.yaml"


def load_script(name: str) -> ModuleType:
    """Import ``scripts/<name>.py`` as a module."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def upstream() -> Path:
    """The vendor's published files (read-only reference data; see spec_drift.find_upstream)."""
    return load_script("spec_drift").find_upstream()  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def vendor_api(upstream: Path) -> dict[str, Any]:
    return json.loads((upstream / API_FILE).read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def vendor_events(upstream: Path) -> dict[str, Any]:
    return yaml.safe_load((upstream / EVENTS_FILE).read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "openapi3.yaml").read_text(encoding="utf-8"))


# -- a sandbox and clients talking to it, on one fake clock --------------------------------------------
@pytest.fixture
def clock() -> Any:
    from .fakes import FakeClock

    return FakeClock()


@pytest.fixture
def sb(clock: Any) -> Any:
    from mirakl_connect import sandbox

    with sandbox.run(clock=clock) as running:
        yield running


@pytest.fixture
def connect(sb: Any, clock: Any) -> Any:
    """Build clients for the sandbox: ``connect(async_=False, **options)``; sync ones closed after the test."""
    import mirakl_connect as mc

    made: list[Any] = []

    def make(async_: bool = False, **options: Any) -> Any:
        options = {
            "client_id": sb.client_id,
            "client_secret": sb.client_secret,
            "base_url": sb.base_url,
            "token_url": sb.token_url,
            "retry": mc.RetryPolicy(jitter=False),
            **options,
        }
        cls = mc.AsyncConnectClient if async_ else mc.ConnectClient
        client = cls(allow_insecure_http=True, clock=clock, **options)
        made.append(client)
        return client

    yield make
    for client in made:  # async clients are closed by their test, inside its event loop
        if isinstance(client, mc.ConnectClient):
            client.close()
