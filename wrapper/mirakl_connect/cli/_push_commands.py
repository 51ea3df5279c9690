"""``orders upsert``, ``returns upsert``, ``carriers upsert``, ``catalog items``: push a JSON/JSONL file.

    $ mirakl-connect orders upsert orders.jsonl --origin acme/store-42
    $ mirakl-connect orders upsert orders.jsonl.failed.jsonl          # after fixing what was refused
    $ mirakl-connect catalog items statuses.jsonl --origin acme/store-42 --json
    $ mirakl-connect carriers upsert carriers.json --channel-id acme --dry-run

Exit codes: 0 every line accepted; 1 some lines refused, invalid or not sent (all of them are in
``FILE.failed.jsonl`` with their error, ready to be sent again); 2 usage error or unreadable file.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ._app import OK, SOME_FAILED, USAGE, Connection, connection_options, fail, showing_logs, stderr, stdout
from ._app import verbose_option as verbose_flag
from ._io import FileProblem, failed_path, parse_origin, read_lines, write_failed
from ._push import KINDS, Kind, Push, summary_of
from ._tally import Counts, Tally

SHOWN_FAILURES = 10


def _origin(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return parse_origin(text)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--origin") from None


def _progress_bar(console: Console, quiet: bool) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=quiet or not console.is_terminal,
    )


def _summary(
    run: Push, path: str, target: Path | None, counts: Counts, *, seconds: float, dry: bool
) -> dict[str, Any]:
    return {
        "command": run.kind.command,
        "file": path,
        "dry_run": dry,
        "lines": len(run.lines),
        "valid" if dry else "accepted": run.valid if dry else run.accepted,
        "refused": run.counts["refused"],
        "invalid": run.counts["invalid"],
        "not_sent": run.counts["not_sent"],
        "calls": counts.calls,
        "retries": dict(counts.retries),
        "token_fetches": counts.tokens,
        "seconds": round(seconds, 3),
        "failed_file": str(target) if target is not None and run.failed else None,
    }


def _print_summary(summary: dict[str, Any], run: Push, counts: Counts) -> None:
    out = stdout()
    verb = "checked (dry run)" if summary["dry_run"] else "sent"
    out.print(f"{summary['command']} {summary['file']}: {summary['lines']} lines {verb}")
    first = ("valid", summary["valid"]) if summary["dry_run"] else ("accepted", summary["accepted"])
    for name, value in (first, ("refused", summary["refused"]), ("invalid", summary["invalid"])):
        out.print(f"  {name:<9}{value:>7}")
    out.print(f"  {'not sent':<9}{summary['not_sent']:>7}")
    if not summary["dry_run"]:
        out.print(
            f"  {counts.calls} calls, retries: {counts.retries_text()}, token fetches: {counts.tokens}, "
            f"{summary['seconds']:.1f} s"
        )
    records = run.sorted_records()
    for record in records[:SHOWN_FAILURES]:
        error = record["error"]
        out.print(
            f"  line {record['line']}: {error.get('stage')}: {summary_of(error, 120)}",
            markup=False,
            soft_wrap=True,
        )
    if len(records) > SHOWN_FAILURES:
        out.print(f"  ... and {len(records) - SHOWN_FAILURES} more")
    if summary["failed_file"]:
        out.print(
            f"{len(records)} line(s) did not go through: written with their errors to "
            f"{summary['failed_file']}; fix them and send that file again.",
            markup=False,
            soft_wrap=True,
        )


def run_push(
    kind: Kind,
    path: str,
    *,
    origin: Any,
    failed: str | None,
    dry_run: bool,
    as_json: bool,
    connection: Connection,
    verbose: bool,
) -> None:
    """Read, check, send, account for every line; exits with 0, 1 or 2 (see the module docstring)."""
    try:
        lines, file_origin = read_lines(path, kind.list_key)
    except FileProblem as problem:
        fail(str(problem), USAGE)
    run = Push(kind, lines, origin if origin is not None else file_origin)
    target = None if dry_run else failed_path(path, failed)
    tally, started = Tally(), time.monotonic()
    console = stderr()
    if not dry_run and run.valid:
        client = connection.client(httpx_args=tally.httpx_args())  # settings checked before reading on
        with client, tally.watching(), showing_logs(console, verbose), _progress_bar(console, as_json) as bar:
            task = bar.add_task(kind.command, total=run.valid)

            def progress(done: int, total: int) -> None:
                bar.update(task, completed=done)

            run.send(client, progress)
    if target is not None:
        write_failed(target, run.sorted_records())
    counts = tally.snapshot()
    summary = _summary(run, path, target, counts, seconds=time.monotonic() - started, dry=dry_run)
    code = OK if not run.failed else SOME_FAILED
    if as_json:
        click.echo(json.dumps(summary | {"exit_code": code}))
    else:
        _print_summary(summary, run, counts)
    if code:
        raise click.exceptions.Exit(code)


def _push_options(example: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The options every push command shares, and its help text with an example."""

    def decorate(f: Callable[..., Any]) -> Callable[..., Any]:
        f = connection_options(f)
        f = verbose_flag(f)
        f = click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")(f)
        f = click.option("--dry-run", is_flag=True, help="Check every line against the spec; send nothing.")(
            f
        )
        f = click.option(
            "--failed",
            metavar="PATH",
            help="Where to write the lines that did not go through. [default: FILE.failed.jsonl]",
        )(f)
        f = click.argument("file", metavar="FILE")(f)
        f.__doc__ = (f.__doc__ or "") + (
            f"\n\n\b\nExample:\n  $ {example}\n\n"
            "FILE: JSON Lines (one item a line), a JSON list, or - for standard input. A line may carry "
            'its own origin: {"origin": {...}, "item": {...}}. Every line refused, invalid or not sent is '
            "written with its error to FILE.failed.jsonl, ready to be sent again. Exit codes: 0 all "
            "accepted, 1 some lines did not go through, 2 usage error or unreadable file."
        )
        return f

    return decorate


def _channel(channel_id: str | None) -> Any:
    return {"channel_id": channel_id} if channel_id else None


_ORIGIN = click.option(
    "--origin",
    "where",
    metavar="CHANNEL_ID/STORE_ID",
    help='Origin of the lines that give none: CHANNEL_ID/STORE_ID, or JSON {"channel_id": ..., ...}.',
)
_CHANNEL = click.option(
    "--channel-id", "where", metavar="ID", help="The channel whose list the file replaces."
)


def _push_group(
    kind: Kind,
    *,
    about: str,
    doc: str,
    example: str,
    where: Callable[[Callable[..., Any]], Callable[..., Any]] = _ORIGIN,
    origin_of: Callable[[str | None], Any] = _origin,
) -> click.Group:
    """The group named by ``kind.command``'s first word, with its one command: push a file of ``kind``.

    ``about``: the group's help; ``doc`` and ``example``: the command's; ``where``: the option that
    gives the origin, and ``origin_of``: the origin its value stands for.
    """
    group_name, command_name = kind.command.split()

    def push(file: str, where: str | None, **options: Any) -> None:
        run_push(kind, file, origin=origin_of(where), **options)

    push.__doc__ = doc
    group = click.Group(name=group_name, help=about)
    group.command(name=command_name)(where(_push_options(example)(push)))
    return group


GROUPS = [
    _push_group(
        KINDS["orders"],
        about="Orders: push a file of orders (100 per call, refused orders isolated).",
        doc="Create or replace orders (OrderRequest), one per line.",
        example="mirakl-connect orders upsert orders.jsonl --origin acme/store-42",
    ),
    _push_group(
        KINDS["returns"],
        about="Returns: push a file of returns (paced to the API's one call a minute).",
        doc="Create or replace returns (ReturnRequest), one per line; the API accepts or refuses each.",
        example="mirakl-connect returns upsert returns.jsonl --origin acme/store-42",
    ),
    _push_group(
        KINDS["carriers"],
        about="Carriers: replace a channel's carrier list.",
        doc="Replace the channel's carriers with the file's complete list (CarrierRequest, one per line)."
        "\n\nThe list is sent whole or not at all: with one invalid line, nothing is sent (a partial list"
        " would delete the carriers left out).",
        example="mirakl-connect carriers upsert carriers.jsonl --channel-id acme",
        where=_CHANNEL,
        origin_of=_channel,
    ),
    _push_group(
        KINDS["catalog"],
        about="Catalog: report store catalog item statuses.",
        doc="Report catalog item statuses (UpdateStoreCatalogItem), one per line, 10,000 per call.",
        example="mirakl-connect catalog items statuses.jsonl --origin acme/store-42",
    ),
]
