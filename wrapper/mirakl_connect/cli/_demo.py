"""``mirakl-connect demo``: a connector's day against a local sandbox, shown step by step.

    $ mirakl-connect demo                  # the sandbox in this process; no account needed
    $ mirakl-connect demo --json           # the per-step summary as JSON
    $ mirakl-connect demo --live --env test --origin acme/store-42    # a real environment

It runs the steps of ``_scenario.Day`` while the sandbox injects a 503, a 429, a 520, a dropped
connection and a token revocation, with a live progress display (on a terminal), then prints a
table: per step, the calls made, the retries by cause, the tokens fetched, the items accepted,
refused and not sent, and the time taken; under it, what was refused and why.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import time
from dataclasses import dataclass
from typing import Any

import click
from rich import box
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from .._errors import ConnectError
from ._app import CONTEXT, Connection, connection_options, showing_logs, stderr, stdout, verbose_option
from ._io import parse_origin
from ._sandbox import sandbox_module
from ._scenario import Day, Step, StepOutcome, event_faults, faults
from ._tally import NONE, TIMES, Counts, Tally

DEFAULT_ORIGIN = "acme-market/store-42"


@dataclass
class StepReport:
    """One row of the table: the step's outcome, what the client did, how long it took."""

    name: str
    outcome: StepOutcome
    counts: Counts
    seconds: float
    error: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "step": self.name,
            "calls": self.counts.calls,
            "retries": dict(self.counts.retries),
            "token_fetches": self.counts.tokens,
            "accepted": self.outcome.accepted,
            "refused": self.outcome.refused,
            "not_sent": self.outcome.not_sent,
            "seconds": round(self.seconds, 3),
            "notes": self.outcome.notes,
            "skipped": self.outcome.skipped,
            "error": self.error,
        }


class Display:
    """A live progress display, one line per step (only on a terminal)."""

    def __init__(self, console: Console, quiet: bool) -> None:
        self.progress = Progress(
            SpinnerColumn(finished_text="[green]✓"),
            TextColumn("[bold]{task.description:<18}"),
            BarColumn(bar_width=30),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.fields[status]}"),
            console=console,
            disable=quiet or not console.is_terminal,
        )
        self.totals: dict[Any, int | None] = {}

    def step(self, step: Step) -> tuple[Any, Any]:
        total = step.total() if callable(step.total) else step.total
        task = self.progress.add_task(step.name, total=total, status="")
        self.totals[task] = total

        def done(completed: int) -> None:
            self.progress.update(task, completed=completed)

        return task, done

    def finish(self, task: Any, report: StepReport) -> None:
        outcome = report.outcome
        status = (
            report.error
            or outcome.skipped
            or (f"{outcome.accepted} accepted" + (f", {outcome.refused} refused" if outcome.refused else ""))
        )
        total = self.totals.get(task) or 1
        self.progress.update(task, total=total, completed=total, status=status)


def run_steps(day: Day, tally: Tally, display: Display) -> list[StepReport]:
    """Run each step in turn, with its counts; an API error ends that step, not the day."""
    reports = []
    with display.progress:
        for step in day.steps():
            task, done = display.step(step)
            before, started = tally.snapshot(), time.monotonic()
            error = None
            try:
                outcome = step.run(done)
            except ConnectError as failure:
                outcome, error = StepOutcome(), f"{type(failure).__name__}: {failure}"
            report = StepReport(
                step.name, outcome, tally.snapshot() - before, time.monotonic() - started, error
            )
            display.finish(task, report)
            reports.append(report)
    return reports


def table(reports: list[StepReport]) -> Table:
    shown = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    shown.add_column("step")
    for name in ("calls", "retries", "tokens", "accepted", "refused", "not sent", "time"):
        shown.add_column(name, justify="left" if name == "retries" else "right")
    for report in reports:
        counts, outcome = report.counts, report.outcome
        if outcome.skipped:
            shown.add_row(report.name, *[NONE] * 6, "skipped")
            continue
        shown.add_row(
            report.name,
            str(counts.calls),
            counts.retries_text(),
            str(counts.tokens),
            str(outcome.accepted),
            str(outcome.refused),
            str(outcome.not_sent),
            f"{report.seconds:.1f} s",
        )
    return shown


def sandbox_summary(sb: Any) -> dict[str, Any]:
    counters, state = sb.counters, sb.state
    return {
        "requests": counters.requests,
        "tokens_issued": counters.tokens_issued,
        "faults": {str(kind): n for kind, n in sorted(counters.faults.items(), key=lambda kv: str(kv[0]))},
        "orders": len(state.orders),
        "returns": len(state.returns),
        "documents": len(state.documents),
        "actions": {key: (value or {}).get("status", "open") for key, value in sorted(state.actions.items())},
        "events": {  # what the sandbox's queue did
            name: getattr(counters, f"events_{name}")
            for name in ("emitted", "delivered", "duplicated", "reordered")
        },
    }


def print_report(
    out: Console, target: str, reports: list[StepReport], sb: dict[str, Any] | None, seconds: float
) -> None:
    out.print(f"A connector's day against {target}", markup=False)
    out.print(table(reports))
    for report in reports:
        notes = [report.error or "", report.outcome.skipped or "", *report.outcome.notes]
        for note in filter(None, notes):
            out.print(f"  {report.name}: {note}", markup=False)
    if sb is not None:
        injected = ", ".join(f"{kind} {TIMES}{n}" for kind, n in sb["faults"].items()) or "none"
        out.print(
            f"sandbox: {sb['requests']} requests, {sb['tokens_issued']} tokens issued, "
            f"faults injected: {injected}",
            markup=False,
        )
        queue = sb["events"]
        out.print(
            f"sandbox events: {queue['emitted']} emitted, {queue['delivered']} delivered "
            f"({queue['duplicated']} duplicated, {queue['reordered']} reordered)",
            markup=False,
        )
        statuses = list(sb["actions"].values())
        success, failed = statuses.count("SUCCESS"), statuses.count("FAILED")
        out.print(
            f"sandbox holds: orders {sb['orders']}, returns {sb['returns']}, documents {sb['documents']}, "
            f"actions {len(statuses)} ({success} SUCCESS, {failed} FAILED)",
            markup=False,
        )
    broken = [r.name for r in reports if r.error]
    end = f"; failed: {', '.join(broken)}" if broken else ""
    out.print(f"done in {seconds:.1f} s{end}", markup=False)


@click.command(context_settings=CONTEXT)
@click.option(
    "--live", is_flag=True, help="Run against a real environment (credentials needed), not the sandbox."
)
@click.option(
    "--origin", metavar="CHANNEL_ID/STORE_ID", help=f"Channel and store. [default: {DEFAULT_ORIGIN}]"
)
@click.option(
    "--orders",
    "order_count",
    type=click.IntRange(10, 100_000),
    default=250,
    show_default=True,
    help="Orders to push.",
)
@click.option("--no-faults", is_flag=True, help="A sandbox that never fails.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@verbose_option
@connection_options
def demo(
    *,
    live: bool,
    origin: str | None,
    order_count: int,
    no_faults: bool,
    as_json: bool,
    verbose: bool,
    connection: Connection,
) -> None:
    """A connector's day, end to end, against a local sandbox (no account needed).

    Store information, carriers, orders (a few refused), order actions handled and reported,
    a label, returns, catalog item statuses, anonymization dates, while the sandbox injects
    429/503/520 answers, a dropped connection and a token revocation. A table per step follows.
    The settings flags apply with --live only: the demo then runs against that environment
    (carriers and order actions skipped: they would replace real data or need Connect's events).

    \b
    Example:
      $ mirakl-connect demo
    """
    given = {k: v for k, v in vars(connection).items() if v is not None and k != "allow_insecure_http"}
    if given and not live:
        names = ", ".join("--" + k.replace("_", "-") for k in given)
        raise click.UsageError(f"{names}: for --live only (the demo runs on a local sandbox by default)")
    if live and origin is None:
        raise click.UsageError("--live needs --origin CHANNEL_ID/STORE_ID: the channel and store to write to")
    try:
        where = parse_origin(origin or DEFAULT_ORIGIN)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--origin") from None
    tally, console, started = Tally(), stderr(), time.monotonic()
    with contextlib.ExitStack() as stack:
        sb = None
        if live:
            client = connection.client(httpx_args=tally.httpx_args())
            stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d%H%M%S")
            prefix, target = f"DEMO-{stamp}", client.base_url
        else:
            module = sandbox_module()
            http, queue = ([], []) if no_faults else (faults(module), event_faults(module))
            sb = stack.enter_context(module.Sandbox(faults=http, event_faults=queue))
            sandboxed = Connection(
                client_id=sb.client_id,
                client_secret=sb.client_secret,
                base_url=sb.base_url,
                token_url=sb.token_url,
                allow_insecure_http=True,
            )
            client = sandboxed.client(httpx_args=tally.httpx_args())
            prefix, target = "ORDER", f"the sandbox at {sb.base_url}"
        stack.enter_context(client)
        stack.enter_context(tally.watching())
        stack.enter_context(showing_logs(console, verbose))
        if not as_json:
            console.print(f"running a connector's day against {target}...", markup=False)
        day = Day(client, where, sandbox=sb, orders=order_count, prefix=prefix)
        reports = run_steps(day, tally, Display(console, quiet=as_json))
        kept = sandbox_summary(sb) if sb is not None else None
    seconds = time.monotonic() - started
    if as_json:
        summary = {
            "target": target,
            "steps": [r.as_json() for r in reports],
            "sandbox": kept,
            "seconds": round(seconds, 3),
        }
        click.echo(json.dumps(summary))
    else:
        print_report(stdout(), target, reports, kept, seconds)
    if any(report.error for report in reports):
        raise click.exceptions.Exit(1)
