"""Shared fixtures: paths to the repo, the vendor's facts (and files, when given) and the scripts; the
sandbox, clients on a fake clock; moto's SQS; one TLS context per setting (the Hypothesis profiles: reliability/conftest.py)."""

from __future__ import annotations

import copy
import importlib.util
import json
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent

# The vendor's facts kept in the repo (scripts/spec_drift.py --write-snapshot), and their files' names.
VENDOR_FACTS = json.loads((ROOT / "scripts" / "vendor-facts.json").read_text(encoding="utf-8"))
API_FILE = VENDOR_FACTS["documents"]["api"]["file"]
EVENTS_FILE = VENDOR_FACTS["documents"]["webhooks"]["file"]


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


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> None:
    """Two pytest-xdist workers by default (the suite in about half the time on two cores), unless
    ``-n`` says otherwise (``-n 0``: one process), or ``--pdb``, or pytest-xdist is not installed
    (``tox -e regen``). Each worker has its own servers: moto and the sandboxes on ports of their
    own, redis-server on a free port that it checks is its own, its own temporary folders."""
    if (
        config.pluginmanager.hasplugin("xdist")
        and getattr(config.option, "numprocesses", None) is None
        and not hasattr(config, "workerinput")
        and not config.getoption("usepdb", False)
        and not config.getoption("collectonly", False)
    ):
        config.option.numprocesses = 2


@pytest.fixture(scope="session", autouse=True)
def one_tls_context_per_setting() -> Iterator[None]:
    """Every httpx transport loads the CA bundle into a new ``ssl.SSLContext`` (30 ms; 600 clients
    made in a run, 18 s). The tests talk plain HTTP on loopback, so the contexts are shared: one per
    (verify, cert, trust_env) and certificate environment. httpx 0.25 to 0.28 all make them with
    ``httpx._transports.default.create_ssl_context``; if that name goes, nothing is shared."""
    import httpx._transports.default as transports

    make = getattr(transports, "create_ssl_context", None)
    if make is None:
        yield
        return
    made: dict[Any, Any] = {}

    def shared(*args: Any, **kwargs: Any) -> Any:
        env = tuple(os.environ.get(name) for name in ("SSL_CERT_FILE", "SSL_CERT_DIR"))
        key = (args, tuple(sorted(kwargs.items())), env)
        try:
            hash(key)
        except TypeError:  # an unhashable setting: not shared
            return make(*args, **kwargs)
        if key not in made:
            made[key] = make(*args, **kwargs)
        return made[key]

    transports.create_ssl_context = shared
    yield
    transports.create_ssl_context = make


@pytest.fixture(scope="session")
def vendor_facts() -> dict[str, Any]:
    """``scripts/vendor-facts.json``: per kind ("api", "webhooks"), the vendor file's name, sha256,
    date, facts (an OpenAPI document without prose, with the example payloads) and description digests."""
    return copy.deepcopy(VENDOR_FACTS)


@pytest.fixture(scope="session")
def vendor_api(vendor_facts: dict[str, Any]) -> dict[str, Any]:
    """The facts of the vendor's API bundle (from the snapshot: no vendor file needed)."""
    return vendor_facts["documents"]["api"]["facts"]  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def vendor_events(vendor_facts: dict[str, Any]) -> dict[str, Any]:
    """The facts of the vendor's events description (from the snapshot)."""
    return vendor_facts["documents"]["webhooks"]["facts"]  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def vendor_description_digests(vendor_facts: dict[str, Any]) -> set[str]:
    """Digests of the vendor's descriptions and summaries (compare with spec_drift.description_digest)."""
    return {d for doc in vendor_facts["documents"].values() for d in doc["description_digests"]}


@pytest.fixture(scope="session")
def upstream() -> Path:
    """The folder of the vendor's published files, named by $MIRAKL_CONNECT_UPSTREAM (read-only
    reference data). Only the tests marked ``upstream`` use it; they are not collected by default:
    ``MIRAKL_CONNECT_UPSTREAM=path/to/vendor/files pytest -m upstream``."""
    folder = os.environ.get("MIRAKL_CONNECT_UPSTREAM", "")
    if not folder or not all((Path(folder) / name).is_file() for name in (API_FILE, EVENTS_FILE)):
        pytest.fail(f"MIRAKL_CONNECT_UPSTREAM must name a folder holding {API_FILE} and {EVENTS_FILE}")
    return Path(folder)


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
    from mirakl_connect_sandbox import Sandbox

    with Sandbox(clock=clock) as running:
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


# -- SQS: moto's server on loopback ---------------------------------------------------------------------
@pytest.fixture(scope="session")
def endpoint() -> Iterator[str]:
    """moto's SQS, served over HTTP on 127.0.0.1 in a thread of this process: one for the session
    (each test makes queues of its own names)."""
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def sqs(endpoint: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A boto3 SQS client of ``endpoint``, with test credentials (also in the environment, for the
    clients the code under test makes)."""
    import boto3

    for name, value in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                        "AWS_DEFAULT_REGION": "eu-west-1", "AWS_SESSION_TOKEN": "testing"}.items():  # fmt: skip
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    return boto3.client("sqs", endpoint_url=endpoint)
