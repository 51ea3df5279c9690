"""``mirakl-connect events parse|consume``: read events; run a consumer with your handlers.

    $ mirakl-connect events parse message.json            # the typed event, or the error and its path
    $ mirakl-connect events consume --file events.jsonl --handlers connector.events:dispatcher
    $ mirakl-connect events consume --sqs https://sqs.eu-west-1.amazonaws.com/1234/connect.fifo \\
          --handlers connector.events:handlers --dead-letter poison.jsonl

``--handlers module:attribute`` names, in a module importable from the current directory: an
``mc.events.Dispatcher`` (built with your own client), a mapping ``{"CREATE_SHIPMENT": ship, ...}``,
or a function that takes the command's client and returns a Dispatcher.
"""

from __future__ import annotations

import importlib
import json
import sys
import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import click
from rich.live import Live

from ..events import Dispatcher, EventParseError, FileSource, Source, SQSSource
from ..events import consume as run_consumer
from ..events import parse as parse_event
from ._app import (
    CONTEXT,
    USAGE,
    Connection,
    connection_options,
    fail,
    showing_logs,
    stderr,
    stdout,
    verbose_option,
)
from ._io import FileProblem, read_text
from ._view import CountingDispatcher, event_tree

if TYPE_CHECKING:
    from .._client import ConnectClient


@click.group(context_settings=CONTEXT)
def events() -> None:
    """Events Connect publishes to your queue: parse them, consume them with your handlers."""


def _messages(text: str) -> list[tuple[str, Any]]:
    """(where, message) pairs: one JSON event, a JSON list of events, or JSON Lines."""
    try:
        whole = json.loads(text)
    except ValueError:
        return [(f"line {n}", line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    if isinstance(whole, list):
        return [(f"item {n}", item) for n, item in enumerate(whole, 1)]
    return [("event", text)]


@events.command(context_settings=CONTEXT)
@click.argument("file", metavar="FILE")
@click.option("--json", "as_json", is_flag=True, help="Print each event's JSON (as written back) instead.")
def parse(file: str, as_json: bool) -> None:
    """Parse the events in FILE (one JSON event, a list, or JSON Lines; - for standard input).

    Prints each typed event, or why it is not a valid event, with the path of each bad field.
    Exit code 1 when one does not parse.

    \b
    Example:
      $ mirakl-connect events parse message.json
    """
    try:
        messages = _messages(read_text(file))
    except FileProblem as problem:
        fail(str(problem), USAGE)
    out, bad = stdout(), 0
    for where, message in messages:
        try:
            event = parse_event(message if isinstance(message, str | Mapping) else json.dumps(message))
        except EventParseError as error:
            bad += 1
            out.print(f"{where}: not a valid event", markup=False)
            for found in error.errors:
                out.print(f"  {found.field or '(message)'}: {found.message}", markup=False)
            continue
        if as_json:
            click.echo(json.dumps(event.to_dict()))
        else:
            out.print(f"{where}:", markup=False)
            out.print(event_tree(event))
    if bad:
        raise click.exceptions.Exit(1)


def load_handlers(spec: str) -> Any:
    """The object ``module:attribute`` names (the current directory importable, as ``python -m`` does)."""
    module_name, colon, attribute = spec.partition(":")
    if not colon or not module_name or not attribute:
        raise click.BadParameter("expected module:attribute, e.g. connector.events:dispatcher")
    if "" not in sys.path and "." not in sys.path:
        sys.path.insert(0, "")
    try:
        found: Any = importlib.import_module(module_name)
        for part in attribute.split("."):
            found = getattr(found, part)
    except (ImportError, AttributeError) as error:
        raise click.BadParameter(f"cannot load {spec}: {error}") from None
    return found


def dispatcher_of(
    value: Any, connection: Connection, unhandled: str
) -> tuple[Dispatcher, ConnectClient | None]:
    """A Dispatcher from what ``--handlers`` named, and the client the command built for it, if any."""
    if isinstance(value, Dispatcher):
        return value, None
    if isinstance(value, Mapping):
        client = connection.client()
        dispatcher = Dispatcher(client, unhandled=unhandled)  # type: ignore[arg-type]
        for kind, handler in value.items():
            dispatcher.on(kind)(handler)
        return dispatcher, client
    if callable(value):
        client = connection.client()
        made = value(client)
        if not isinstance(made, Dispatcher):
            client.close()
            raise click.BadParameter(f"the function returned {type(made).__name__}, not a Dispatcher")
        return made, client
    raise click.BadParameter(
        f"expected a Dispatcher, a mapping of handlers or a function, not {type(value).__name__}"
    )


def _dead_letter(path: str) -> Callable[[bytes | str, EventParseError], None]:
    lock = threading.Lock()

    def keep(body: bytes | str, error: EventParseError) -> None:
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
        record = {"body": text, "errors": [str(e) for e in error.errors]}
        with lock, open(path, "a", encoding="utf-8") as out:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")

    return keep


def _source(sqs: str | None, file: str | None, endpoint_url: str | None, region: str | None) -> Source:
    if (sqs is None) == (file is None):
        raise click.UsageError("give one source: --sqs URL or --file PATH")
    if file is not None:
        try:
            return FileSource(file)
        except OSError as error:
            fail(f"cannot read {file}: {error.strerror or error}", USAGE)
    assert sqs is not None
    try:
        return SQSSource(sqs, endpoint_url=endpoint_url, region_name=region)
    except ImportError as error:
        fail(str(error), USAGE)


@events.command(context_settings=CONTEXT)
@click.option("--sqs", metavar="URL", help="An SQS queue URL (the sqs extra: boto3).")
@click.option("--file", metavar="PATH", help="A JSONL file, or a folder of .json/.jsonl files.")
@click.option(
    "--handlers", required=True, metavar="MODULE:ATTRIBUTE", help="Your Dispatcher, mapping or factory."
)
@click.option(
    "--concurrency",
    type=click.IntRange(min=1),
    default=8,
    show_default=True,
    help="Messages in hand at once.",
)
@click.option(
    "--wait", type=click.FloatRange(min=0), help="Long-poll seconds. [default: 20 for SQS, 0.1 for a file]"
)
@click.option(
    "--until-empty/--forever", default=None, help="Stop once the queue is empty. [default: files only]"
)
@click.option(
    "--dead-letter", metavar="PATH", help="Append poison messages to this JSONL file (then delete them)."
)
@click.option(
    "--unhandled",
    type=click.Choice(["fail", "ignore"]),
    default="fail",
    show_default=True,
    help="An order action with no handler (mapping or factory): report FAILED, or leave it.",
)
@click.option("--sqs-endpoint-url", metavar="URL", help="Another SQS endpoint (ElasticMQ, LocalStack...).")
@click.option("--region", help="The queue's AWS region. [default: boto3's, else the URL's]")
@verbose_option
@connection_options
def consume(
    *,
    sqs: str | None,
    file: str | None,
    handlers: str,
    concurrency: int,
    wait: float | None,
    until_empty: bool | None,
    dead_letter: str | None,
    unhandled: str,
    sqs_endpoint_url: str | None,
    region: str | None,
    verbose: bool,
    connection: Connection,
) -> None:
    """Consume events with your handlers, reporting each action's outcome; Ctrl-C stops gracefully.

    Shows a live count of handled / duplicates / failed / poison. Exit code 1 when messages were
    left in the queue (to be delivered again).

    \b
    Example:
      $ mirakl-connect events consume --file events.jsonl --handlers connector.events:dispatcher
    """
    value = load_handlers(handlers)
    source = _source(sqs, file, sqs_endpoint_url, region)
    dispatcher, client = dispatcher_of(value, connection, unhandled)
    counting = CountingDispatcher(dispatcher)
    console = stderr()
    until_empty = file is not None if until_empty is None else until_empty
    live = Live(counting, console=console, refresh_per_second=4, transient=False)
    try:
        with showing_logs(console, verbose):
            if console.is_terminal:
                live.start()
            summary = run_consumer(
                source,
                counting.as_dispatcher(),
                concurrency=concurrency,
                wait=(0.1 if file is not None else 20.0) if wait is None else wait,
                on_poison=_dead_letter(dead_letter) if dead_letter else None,
                until_empty=until_empty,
                handle_signals=True,
            )
    finally:
        live.stop()
        if client is not None:
            client.close()
    out = stdout()
    out.print(f"received {summary.received} · {counting.line()}", markup=False)
    out.print(f"acknowledged {summary.acked} · left in the queue {summary.left}", markup=False)
    if summary.left:
        raise click.exceptions.Exit(1)
