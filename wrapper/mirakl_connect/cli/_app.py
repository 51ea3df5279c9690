"""The ``mirakl-connect`` command group, and what its commands share: settings, output, errors.

    $ mirakl-connect --help
    $ mirakl-connect orders upsert orders.jsonl --env test --origin acme/store-42 --verbose

Settings come from the flags, else the ``MIRAKL_CONNECT_*`` variables (read by the client: see
``mirakl_connect._config``), else the environment's defaults. Exit codes: 0 done, 1 something
was refused, not sent or failed, 2 a usage or validation error before anything was sent,
130 interrupted.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, NoReturn, TypeVar

import click
from rich.console import Console

from .. import environments
from .._client import ConnectClient
from .._errors import ConfigurationError, ConnectError, ValidationError
from ._tally import logging_to

F = TypeVar("F", bound=Callable[..., Any])
OK, SOME_FAILED, USAGE = 0, 1, 2
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def fail(message: str, code: int = SOME_FAILED) -> NoReturn:
    """End the command with ``Error: <message>`` on standard error and exit code ``code``."""
    click.echo(f"Error: {message}", err=True)
    raise click.exceptions.Exit(code)


class Group(click.Group):
    """A click group whose commands' client errors end in one line and an exit code, not a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ConfigurationError as error:
            fail(f"{error} (see --help: --client-id, --client-secret, --env...)", USAGE)
        except ValidationError as error:
            fail(str(error), USAGE)
        except ConnectError as error:
            fail(str(error))
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            raise click.exceptions.Exit(130) from None


def stdout() -> Console:
    """The console for results. Not a terminal (a pipe, a file, a test): 100 columns, no colour."""
    if Console().is_terminal or "COLUMNS" in os.environ:
        return Console(highlight=False, soft_wrap=True)
    return Console(width=100, highlight=False, soft_wrap=True)


def stderr() -> Console:
    """The console for progress displays and log lines."""
    return Console(stderr=True, highlight=False, soft_wrap=True)


class ConsoleLog(logging.Handler):
    """Log lines of ``mirakl_connect`` on a console, above any live display: ``info: ...``."""

    def __init__(self, console: Console, level: int) -> None:
        super().__init__(level)
        self.console = console

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = f"{record.levelname.lower()}: {record.getMessage()}"
            self.console.print(line, markup=False, highlight=False, soft_wrap=True)
        except Exception:  # a log line never breaks a command
            self.handleError(record)


def showing_logs(console: Console, verbose: bool) -> AbstractContextManager[None]:
    """Show the library's warnings (with ``verbose``: its INFO lines too) on ``console``."""
    level = logging.INFO if verbose else logging.WARNING
    return logging_to(ConsoleLog(console, level), logging.INFO if verbose else None)


@dataclass(frozen=True)
class Connection:
    """Where and as whom to connect: the flags given (None: the client's defaults apply)."""

    env: str | None = None
    client_id: str | None = None
    client_secret: str | None = None
    base_url: str | None = None
    token_url: str | None = None
    allow_insecure_http: bool = False
    timeout: float | None = None

    def __repr__(self) -> str:  # never the secret
        return f"Connection(env={self.env!r}, client_id={self.client_id!r}, base_url={self.base_url!r})"

    def client(self, **options: Any) -> ConnectClient:
        """A :class:`mc.ConnectClient` for these settings (``options``: more client arguments)."""
        if self.timeout is not None:
            options.setdefault("timeout", self.timeout)
        return ConnectClient(
            self.client_id,
            self.client_secret,
            base_url=self.base_url,
            token_url=self.token_url,
            environment=environments.named(self.env) if self.env else None,
            allow_insecure_http=self.allow_insecure_http,
            **options,
        )


_CONNECTION_OPTIONS = [
    click.option(
        "--env",
        type=click.Choice(sorted(environments.ENVIRONMENTS), case_sensitive=False),
        help="Mirakl Connect environment: its default URLs. [default: $MIRAKL_CONNECT_ENVIRONMENT, "
        "else production]",
    ),
    click.option("--client-id", metavar="ID", help="OAuth2 client id. [default: $MIRAKL_CONNECT_CLIENT_ID]"),
    click.option(
        "--client-secret",
        metavar="SECRET",
        help="OAuth2 client secret; prefer $MIRAKL_CONNECT_CLIENT_SECRET (never printed).",
    ),
    click.option("--base-url", metavar="URL", help="API root. [default: $MIRAKL_CONNECT_BASE_URL]"),
    click.option("--token-url", metavar="URL", help="Token endpoint. [default: $MIRAKL_CONNECT_TOKEN_URL]"),
    click.option(
        "--allow-insecure-http",
        is_flag=True,
        envvar="MIRAKL_CONNECT_ALLOW_INSECURE_HTTP",
        help="Allow http:// to a loopback host (a local sandbox). [env: MIRAKL_CONNECT_ALLOW_INSECURE_HTTP]",
    ),
    click.option(
        "--timeout", type=click.FloatRange(min=0, min_open=True), metavar="S", help="Seconds per attempt."
    ),
]


def verbose_option(f: F) -> F:
    return click.option("-v", "--verbose", is_flag=True, help="Show the library's INFO log lines.")(f)


def connection_options(f: F) -> F:
    """Add the settings flags to a command; it receives them as ``connection`` (a :class:`Connection`)."""

    @functools.wraps(f)
    def wrapper(**kwargs: Any) -> Any:
        names = (
            "env",
            "client_id",
            "client_secret",
            "base_url",
            "token_url",
            "allow_insecure_http",
            "timeout",
        )
        kwargs["connection"] = Connection(**{name: kwargs.pop(name) for name in names})
        return f(**kwargs)

    for option in reversed(_CONNECTION_OPTIONS):
        wrapper = option(wrapper)
    return wrapper  # type: ignore[return-value]


@click.group(cls=Group, context_settings=CONTEXT)
@click.version_option(package_name="mirakl-connect", prog_name="mirakl-connect")
def cli() -> None:
    """Mirakl Connect from a shell: the demo, a local sandbox, bulk pushes, documents, events.

    \b
    Start here (a local sandbox, no account needed):
      $ mirakl-connect demo
    Then, with credentials (or MIRAKL_CONNECT_CLIENT_ID / MIRAKL_CONNECT_CLIENT_SECRET):
      $ mirakl-connect token --env test
      $ mirakl-connect orders upsert orders.jsonl --origin acme/store-42 --env test

    Exit codes: 0 done; 1 some items refused or not sent (see FILE.failed.jsonl), or an API
    error; 2 a usage or validation error, before anything was sent.
    """
