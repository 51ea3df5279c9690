"""The clients' entry points: settings spelt out and checked, where each comes from, documented methods."""

from __future__ import annotations

import inspect
import json
import pydoc
from pathlib import Path
from typing import Any

import httpx
import mirakl_connect as mc
import pytest
from mirakl_connect import _config, _resources
from mirakl_connect._bulk import concurrency_for

from .support import python

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = [
    "client_id",
    "client_secret",
    "base_url",
    "token_url",
    "environment",
    "timeout",
    "retry",
    "pacing",
    "allow_insecure_http",
    "httpx_args",
    "clock",
    "shared",
]
RESOURCES = ["orders", "documents", "returns", "carriers", "stores", "catalog", "taxonomy"]
CLIENTS = [mc.ConnectClient, mc.AsyncConnectClient]
PROXY = "https://proxy.example/api/channel-platform"


@pytest.fixture(autouse=True)
def no_settings_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in _config.ENV_VARS.values():
        monkeypatch.delenv(variable, raising=False)


def settings(**options: Any) -> _config.Settings:
    """The settings a ConnectClient resolves from ``options`` and the environment."""
    client = mc.ConnectClient(**{"client_id": "id", "client_secret": "s3cr3t", **options})
    client.close()
    return client._settings


# -- the signature ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("cls", CLIENTS)
def test_every_setting_is_a_typed_documented_keyword(cls: type[Any]) -> None:
    parameters = inspect.signature(cls).parameters
    assert list(parameters) == SETTINGS
    for parameter in parameters.values():
        assert parameter.kind in (parameter.POSITIONAL_OR_KEYWORD, parameter.KEYWORD_ONLY)
        assert parameter.annotation is not parameter.empty, parameter.name
    assert "__init__" not in vars(cls)  # one signature, in the shared base
    doc = inspect.getdoc(cls.__init__) or ""
    args = doc.split("Args:", 1)[1]
    assert all(f"\n    {name}: " in args for name in SETTINGS)


@pytest.mark.parametrize("cls", CLIENTS)
def test_help_shows_the_settings_and_the_resources(cls: type[Any]) -> None:
    text = pydoc.render_doc(cls, renderer=pydoc.plaintext)
    for name in SETTINGS:
        assert f"{name}: " in text
    prefix = "Async" if cls is mc.AsyncConnectClient else ""
    for name in RESOURCES:
        assert f"{name} ({prefix}{name.capitalize()})" in text
    assert "api (ConnectAPI)" in text
    assert "argument > variable > environment > production" in text


# -- the resources ---------------------------------------------------------------------------------------
def resource_classes() -> list[type[Any]]:
    classes = [getattr(_resources, name) for name in _resources.__all__]
    return [cls for cls in classes if cls is not _resources.ReturnsResult]


def public_methods(cls: type[Any]) -> dict[str, Any]:
    return {name: f for name, f in vars(cls).items() if not name.startswith("_") and callable(f)}


@pytest.mark.parametrize("cls", [*resource_classes(), *CLIENTS], ids=lambda cls: cls.__name__)
def test_every_public_method_has_a_docstring(cls: type[Any]) -> None:
    assert inspect.getdoc(cls), cls.__name__
    methods = public_methods(cls)
    assert methods
    for name, method in methods.items():
        doc = inspect.getdoc(method)
        assert doc, f"{cls.__name__}.{name} has no docstring"
        if inspect.iscoroutinefunction(method):
            assert "await" in doc.lower(), f"{cls.__name__}.{name}: say that it is awaited"


@pytest.mark.parametrize("cls", [c for c in resource_classes() if c.__name__.startswith("Async")])
def test_async_twins_take_the_same_arguments(cls: type[Any]) -> None:
    twin = getattr(_resources, cls.__name__.removeprefix("Async"))
    assert public_methods(cls).keys() == public_methods(twin).keys()
    for name, method in public_methods(cls).items():
        assert inspect.iscoroutinefunction(method)
        assert inspect.signature(method) == inspect.signature(getattr(twin, name)), name


def test_payloads_are_typed_not_any() -> None:
    for cls in resource_classes():
        for name, method in public_methods(cls).items():
            for parameter in list(inspect.signature(method).parameters.values())[1:]:
                assert parameter.annotation not in ("Any", inspect.Parameter.empty), (cls, name, parameter)
                assert "Iterable[Any]" not in parameter.annotation, (cls, name, parameter)


# -- settings are checked, naming the setting ------------------------------------------------------------
@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("client_id", ""),
        ("client_id", 42),
        ("client_secret", ""),
        ("client_secret", b"s3cr3t"),
        ("base_url", 42),
        ("base_url", ""),
        ("token_url", b"https://auth.mirakl.net/oauth/token"),
        ("environment", "test"),
        ("timeout", None),
        ("timeout", "30"),
        ("timeout", 0),
        ("timeout", -1),
        ("timeout", True),
        ("timeout", float("nan")),
        ("timeout", float("inf")),
        ("timeout", httpx.Timeout(None)),
        ("timeout", httpx.Timeout(10, read=None)),
        ("retry", 3),
        ("retry", {"max_attempts": 2}),
        ("pacing", "yes"),
        ("pacing", 1),
        ("allow_insecure_http", "yes"),
        ("httpx_args", [("verify", False)]),
    ],
)
@pytest.mark.parametrize("cls", CLIENTS)
def test_a_wrong_setting_is_refused_naming_it(cls: type[Any], setting: str, value: object) -> None:
    options = {"client_id": "id", "client_secret": "s3cr3t", setting: value}
    with pytest.raises(mc.ConfigurationError, match=rf"^{setting}\b") as caught:
        cls(**options)
    assert "s3cr3t" not in str(caught.value)


def test_settings_that_are_right() -> None:
    assert settings(timeout=5).timeout == httpx.Timeout(5)
    assert settings(timeout=0.5).timeout == httpx.Timeout(0.5)
    assert settings(timeout=httpx.Timeout(10, pool=None)).timeout == httpx.Timeout(10, pool=None)
    assert settings(pacing=False).pacing is None
    assert settings(pacing=mc.Pacing(max_wait=1)).pacing == mc.Pacing(max_wait=1)
    assert settings(retry=mc.RetryPolicy.disabled()).retry.max_attempts == 1
    assert settings(httpx_args={"verify": False}).transport_args == {"verify": False}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("max_attempts", 0),
        ("max_attempts", 2.5),
        ("max_attempts", True),
        ("backoff", -1),
        ("backoff", "1"),
        ("max_backoff", -0.1),
        ("max_retry_after", float("nan")),
        ("deadline", 0),
        ("deadline", -5),
        ("jitter", "no"),
        ("retry_statuses", [503]),
        ("retry_statuses", frozenset({"503"})),
        ("retry_statuses", frozenset({99})),
    ],
)
def test_a_wrong_retry_policy_field_is_refused_naming_it(field: str, value: object) -> None:
    with pytest.raises(mc.ConfigurationError, match=rf"^RetryPolicy\.{field}: expected"):
        mc.RetryPolicy(**{field: value})


def test_retry_policy_fields_that_are_right() -> None:
    policy = mc.RetryPolicy(backoff=0, max_backoff=0, deadline=None, retry_statuses={503}, jitter=False)
    assert policy.backoff_for(3) == 0
    assert mc.RetryPolicy(max_attempts=1, deadline=0.5).deadline == 0.5


@pytest.mark.parametrize("wrong", [0, -1, True, 2.5, "2"])
def test_a_wrong_concurrency_is_a_validation_error_naming_it(wrong: object) -> None:
    with pytest.raises(mc.ValidationError) as caught:
        concurrency_for("upsertOrders", wrong)  # type: ignore[arg-type]
    assert [e.field for e in caught.value.errors] == ["concurrency"]


# -- where each setting comes from: argument > variable > environment > production -----------------------
def test_production_by_default() -> None:
    s = settings()
    assert (s.base_url, s.token_url) == (
        mc.environments.PRODUCTION.base_url,
        "https://auth.mirakl.net/oauth/token",
    )


def test_the_environment_variable_chooses_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MIRAKL_CONNECT_ENVIRONMENT", "TEST")
    s = settings()
    assert (s.base_url, s.token_url) == (mc.environments.TEST.base_url, mc.environments.TEST.token_url)
    monkeypatch.setenv("MIRAKL_CONNECT_ENVIRONMENT", "")  # empty: unset
    assert settings().base_url == mc.environments.PRODUCTION.base_url
    monkeypatch.setenv("MIRAKL_CONNECT_ENVIRONMENT", "staging")
    with pytest.raises(
        mc.ConfigurationError, match=r"^MIRAKL_CONNECT_ENVIRONMENT: expected production or test"
    ):
        settings()


def test_the_environment_argument_beats_the_environment_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MIRAKL_CONNECT_ENVIRONMENT", "test")
    assert settings(environment=mc.environments.PRODUCTION).base_url == mc.environments.PRODUCTION.base_url


def test_url_variables_beat_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MIRAKL_CONNECT_BASE_URL", PROXY)
    s = settings(environment=mc.environments.TEST)
    assert (s.base_url, s.token_url) == (PROXY, mc.environments.TEST.token_url)
    monkeypatch.setenv("MIRAKL_CONNECT_TOKEN_URL", "https://auth.proxy.example/oauth/token")
    assert settings().token_url == "https://auth.proxy.example/oauth/token"
    monkeypatch.setenv("MIRAKL_CONNECT_BASE_URL", "")  # empty: unset
    assert settings(environment=mc.environments.TEST).base_url == mc.environments.TEST.base_url


def test_arguments_beat_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MIRAKL_CONNECT_ENVIRONMENT", "test")
    monkeypatch.setenv("MIRAKL_CONNECT_BASE_URL", PROXY)
    monkeypatch.setenv("MIRAKL_CONNECT_CLIENT_ID", "from-env")
    s = settings(base_url="https://other.example/x/", environment=mc.environments.TEST)
    assert (s.base_url, s.client_id) == ("https://other.example/x", "id")


def test_credentials_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MIRAKL_CONNECT_CLIENT_ID", "from-env")
    monkeypatch.setenv("MIRAKL_CONNECT_CLIENT_SECRET", "")  # empty: unset
    with pytest.raises(mc.ConfigurationError, match=r"^missing client_secret"):
        mc.ConnectClient()
    monkeypatch.setenv("MIRAKL_CONNECT_CLIENT_SECRET", "s3cr3t")
    with mc.ConnectClient() as client:
        assert (client.client_id, client._settings.client_secret) == ("from-env", "s3cr3t")


def test_a_bad_url_names_the_variable_it_came_from(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MIRAKL_CONNECT_TOKEN_URL", "http://auth.example/oauth/token")
    with pytest.raises(mc.ConfigurationError, match=r"^MIRAKL_CONNECT_TOKEN_URL 'http://auth\.example"):
        settings()
    with pytest.raises(mc.ConfigurationError, match=r"^base_url 'http://connect\.example"):
        settings(base_url="http://connect.example")


def test_importing_the_client_loads_no_endpoint_model_asyncio_or_validator() -> None:
    """Loading the clients costs little more than the generated client (issue 10): endpoint
    modules, models, asyncio, thread pools, jsonschema_rs and the spec file's reader load on first use."""
    code = (
        "import json, sys\n"
        "import mirakl_connect_api.client, mirakl_connect_api.types\n"  # the floor, whatever it imports
        "before = set(sys.modules)\n"
        "import mirakl_connect\n"
        "mirakl_connect.ConnectClient, mirakl_connect.AsyncConnectClient  # load the clients\n"
        "print(json.dumps(sorted(set(sys.modules) - before)))"
    )
    added = json.loads(python(code))
    lazy = (
        "mirakl_connect_api.api.",
        "mirakl_connect_api.models",
        "asyncio",
        "concurrent.futures",
        "jsonschema_rs",
        "importlib.resources",
    )
    assert [name for name in added if name.startswith(lazy)] == []
    assert "mirakl_connect._resources.orders" in added  # the check sees what the import loads
