"""``mirakl-connect sandbox``: a local Mirakl Connect in the foreground, until Ctrl-C.

    $ mirakl-connect sandbox --port 8080 --fault 503:times=3 --fault disconnect:probability=0.1

It prints its URLs and its throwaway credentials, and the variables that point the other
commands at it, to paste in another shell::

    export MIRAKL_CONNECT_BASE_URL=http://127.0.0.1:8080/api/channel-platform ...

The same server as ``python -m mirakl_connect_sandbox`` (same fault syntax); needs the
``sandbox`` extra.
"""

from __future__ import annotations

import logging
import signal
import threading
from types import FrameType
from typing import Any

import click

from ._app import CONTEXT, fail, stdout

FAULT_HELP = "A fault to inject, e.g. 503:times=3, 429:retry_after=2, disconnect:probability=0.1; repeatable."
EVENT_FAULT_HELP = "An event delivery fault: duplicate:probability=0.1, reorder:by=2:times=3...; repeatable."


def sandbox_module() -> Any:
    """``mirakl_connect_sandbox``, or exit 2 naming the extra it needs."""
    try:
        import mirakl_connect_sandbox  # noqa: PLC0415 - the sandbox extra; heavy (openapi-core)
    except ImportError as error:
        fail(f"{error} (needs the sandbox extra: pip install 'mirakl-connect[sandbox]')", 2)
    return mirakl_connect_sandbox


def _parsed(parser: str) -> Any:
    """A click callback reading each value with the sandbox's ``parser`` (its command line syntax)."""

    def parse(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> list[Any]:
        if not values:
            return []
        read, found = getattr(sandbox_module(), parser), []
        for value in values:
            try:
                found.append(read(value))
            except ValueError as error:
                raise click.BadParameter(str(error).splitlines()[0]) from None
        return found

    return parse


def _events(event_sink: str | None, auto_events: str | None, event_faults: list[Any]) -> dict[str, Any]:
    """The Sandbox arguments of the event options (ACCEPT then CREATE_SHIPMENT by default)."""
    if event_sink is None:
        if auto_events is not None or event_faults:
            raise click.UsageError(
                "--auto-events and --event-fault need --event-sink (a JSONL file or SQS URL)"
            )
        return {}
    return {"event_sink": event_sink, "auto_events": auto_events or True, "event_faults": event_faults}


@click.command(context_settings=CONTEXT)
@click.option(
    "--port", type=click.IntRange(0, 65535), default=0, help="Port on 127.0.0.1. [default: a free one]"
)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the random fault draws.")
@click.option(
    "--fault", "faults", multiple=True, metavar="SPEC", callback=_parsed("parse_fault"), help=FAULT_HELP
)
@click.option("--no-rate-limits", is_flag=True, help="Do not enforce the documented rate limits.")
@click.option(
    "--token-ttl",
    type=click.FloatRange(min=0, min_open=True),
    default=3599,
    show_default=True,
    metavar="S",
    help="Access token lifetime, in seconds.",
)
@click.option("--client-id", metavar="ID", help="The accepted client id. [default: random]")
@click.option("--client-secret", metavar="SECRET", help="The accepted client secret. [default: random]")
@click.option(
    "--require-known-actions", is_flag=True, help="404 for an action id the sandbox did not publish."
)
@click.option(
    "--event-sink",
    metavar="FILE|URL",
    help="Publish seller actions for each new order to a JSONL file or an SQS queue URL.",
)
@click.option(
    "--auto-events",
    metavar="TYPES",
    help="Action types for each new order, comma-separated. [default: ACCEPT,CREATE_SHIPMENT]",
)
@click.option(
    "--event-fault",
    "event_faults",
    multiple=True,
    metavar="SPEC",
    callback=_parsed("parse_event_fault"),
    help=EVENT_FAULT_HELP,
)
@click.option(
    "--stop-after", type=click.FloatRange(min=0), metavar="S", help="Stop after S seconds (scripts)."
)
@click.option("-v", "--verbose", is_flag=True, help="Log every request (never headers or bodies).")
def sandbox(
    *,
    port: int,
    seed: int,
    faults: list[Any],
    no_rate_limits: bool,
    token_ttl: float,
    client_id: str | None,
    client_secret: str | None,
    require_known_actions: bool,
    event_sink: str | None,
    auto_events: str | None,
    event_faults: list[Any],
    stop_after: float | None,
    verbose: bool,
) -> None:
    """Run the sandbox, a local Mirakl Connect, in the foreground until Ctrl-C.

    Prints its URLs, its credentials and the MIRAKL_CONNECT_* variables that point the other
    commands at it. With --event-sink, each order it stores for the first time gets seller actions
    (ACCEPT, then CREATE_SHIPMENT), published to that JSONL file or SQS queue: consume them with
    `mirakl-connect events consume`. A busy port is a one-line error (exit code 1).

    \b
    Example:
      $ mirakl-connect sandbox --port 8080 --fault 503:times=3 --event-sink events.jsonl
    """
    module = sandbox_module()
    try:
        server = module.Sandbox(
            seed=seed,
            faults=faults,
            rate_limits=not no_rate_limits,
            token_ttl=token_ttl,
            client_id=client_id,
            client_secret=client_secret,
            port=port,
            require_known_actions=require_known_actions,
            **_events(event_sink, auto_events, event_faults),
        )
    except ValueError as error:  # an unknown action type in --auto-events
        raise click.BadParameter(str(error), param_hint="--auto-events") from None
    except ImportError as error:  # an SQS sink without boto3
        fail(str(error), 2)
    try:
        server.start()
    except OSError as error:
        fail(str(error.strerror or error))
    handler = logging.StreamHandler()
    if verbose:
        logging.getLogger("mirakl_connect_sandbox").addHandler(handler)
        logging.getLogger("mirakl_connect_sandbox").setLevel(logging.DEBUG)
    done = threading.Event()
    previous = _on_signals(done)
    try:
        out = stdout()
        # The sandbox's own throwaway credentials: printing them is the point of this command.
        out.print(f"base URL:      {server.base_url}", markup=False)
        out.print(f"token URL:     {server.token_url}", markup=False)
        out.print(f"client id:     {server.client_id}", markup=False)
        out.print(f"client secret: {server.client_secret}", markup=False)
        out.print("For the other commands, in another shell:", markup=False)
        out.print(
            f"  export MIRAKL_CONNECT_BASE_URL={server.base_url} "
            f"MIRAKL_CONNECT_TOKEN_URL={server.token_url} MIRAKL_CONNECT_CLIENT_ID={server.client_id} "
            f"MIRAKL_CONNECT_CLIENT_SECRET={server.client_secret} "
            "MIRAKL_CONNECT_ALLOW_INSECURE_HTTP=1",
            markup=False,
            soft_wrap=True,
        )
        if event_sink:
            actions = ", ".join(server.events.auto_types)
            out.print(f"events:        {actions} for each new order, to {event_sink}", markup=False)
        out.print("Ctrl-C to stop.", markup=False)
        done.wait(stop_after)
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)
        logging.getLogger("mirakl_connect_sandbox").removeHandler(handler)
        server.stop()
    counters = server.counters
    stdout().print(
        f"stopped: {counters.requests} requests, {counters.tokens_issued} tokens issued, "
        f"faults {dict(counters.faults) or 'none'}",
        markup=False,
    )


def _on_signals(done: threading.Event) -> dict[int, Any]:
    """SIGINT and SIGTERM set ``done`` (main thread only); the previous handlers, to restore."""
    if threading.current_thread() is not threading.main_thread():
        return {}

    def stop(signum: int, frame: FrameType | None) -> None:
        done.set()

    return {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
