"""Run the sandbox in the foreground until Ctrl-C.

    $ python -m mirakl_connect_sandbox --port 8080 --fault 503:times=3 --fault disconnect:probability=0.1
    $ python -m mirakl_connect_sandbox --seed 7 --fault truncate:after=1:probability=0.01 429:probability=0.02
    $ python -m mirakl_connect_sandbox --event-sink events.jsonl --event-fault duplicate:probability=0.1
    $ python -m mirakl_connect_sandbox --event-sink https://sqs.eu-west-1.amazonaws.com/123456789012/q.fifo \
          --auto-events ACCEPT,CREATE_SHIPMENT,UPLOAD_DOCUMENT

It prints the base URL, the token URL and the client credentials to use (the sandbox's own
throwaway ones unless --client-id/--client-secret are given). A port already in use is a one-line
error and exit code 1. With --event-sink, each order upsertOrders stores for the first time gets
seller actions (ACCEPT, then CREATE_SHIPMENT, unless --auto-events says otherwise), published to a
JSONL file or an SQS queue (the sqs extra).
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

from ._events import DEFAULT_AUTO, auto_types
from ._faults import EVENT_SPEC_HELP, SPEC_HELP, parse_event_fault, parse_fault
from ._sandbox import Sandbox

PROG = "python -m mirakl_connect_sandbox"
T = TypeVar("T")


def _argument(parse: Callable[[str], T]) -> Callable[[str], T]:
    """``parse`` as an argparse ``type``: its ValueError is the usage error, word for word."""

    def convert(text: str) -> T:
        try:
            return parse(text)
        except ValueError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    return convert


def _specs(cli: argparse.ArgumentParser, flag: str, parse: Callable[[str], object], what: str) -> None:
    """A repeatable option of fault specs, each checked by ``parse``."""
    cli.add_argument(
        flag,
        action="extend",
        nargs="+",
        type=_argument(parse),
        default=[],
        metavar="SPEC",
        help=f"{what} (see below); repeatable",
    )


def parser() -> argparse.ArgumentParser:
    cli = argparse.ArgumentParser(
        prog=PROG,
        description="A local fake of the Mirakl Connect Channel Platform API.",
        epilog=f"{SPEC_HELP}\n\n{EVENT_SPEC_HELP}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    cli.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    cli.add_argument("--seed", type=int, default=0, help="seed of faults and events (default: 0)")
    _specs(cli, "--fault", parse_fault, "inject faults, tried in order")
    cli.add_argument(
        "--no-rate-limits", action="store_true", help="do not enforce the documented rate limits"
    )
    cli.add_argument(
        "--token-ttl", type=float, default=3599, metavar="S", help="token lifetime (default: 3599)"
    )
    cli.add_argument("--require-known-actions", action="store_true", help="404 for undeclared action ids")
    cli.add_argument("--client-id", metavar="X", help="accepted client id (default: random)")
    cli.add_argument("--client-secret", metavar="Y", help="accepted client secret (default: random)")
    cli.add_argument(
        "--event-sink",
        metavar="FILE|URL",
        help="publish seller actions for new orders to a JSONL file or an SQS queue URL",
    )
    cli.add_argument(
        "--auto-events",
        type=_argument(auto_types),
        metavar="TYPES",
        help=f"action types for each new order, comma-separated (default: {','.join(DEFAULT_AUTO)})",
    )
    _specs(cli, "--event-fault", parse_event_fault, "inject event delivery faults")
    cli.add_argument("-v", "--verbose", action="store_true", help="log every request (no headers or bodies)")
    return cli


def _sandbox(args: argparse.Namespace) -> Sandbox:
    return Sandbox(
        seed=args.seed,
        faults=args.fault,
        rate_limits=not args.no_rate_limits,
        token_ttl=args.token_ttl,
        client_id=args.client_id,
        client_secret=args.client_secret,
        port=args.port,
        require_known_actions=args.require_known_actions,
        event_sink=args.event_sink,
        auto_events=(args.auto_events or DEFAULT_AUTO) if args.event_sink else False,
        event_faults=args.event_fault,
    )


def main(argv: Sequence[str] | None = None) -> int:
    cli = parser()
    args = cli.parse_args(argv)
    if args.event_sink is None and (args.auto_events is not None or args.event_fault):
        cli.error("--auto-events and --event-fault need --event-sink (a JSONL file or an SQS queue URL)")
    if args.verbose:
        logging.basicConfig(level=logging.DEBUG, format="%(asctime)s %(message)s")
    try:
        sb = _sandbox(args)
    except ImportError as error:  # an SQS sink without boto3
        cli.error(str(error))
    done = threading.Event()
    for stop in (signal.SIGINT, signal.SIGTERM):  # SIGINT too: a shell's background job inherits it ignored
        signal.signal(stop, lambda *_: done.set())
    try:
        sb.start()
    except OSError as error:  # a busy port: one line, no traceback
        print(f"{PROG}: error: {error.strerror or error}", file=sys.stderr)
        return 1
    try:
        # The sandbox's own throwaway credentials: printing them is the point of this command.
        print(f"base URL:      {sb.base_url}")
        print(f"token URL:     {sb.token_url}")
        print(f"client id:     {sb.client_id}")
        print(f"client secret: {sb.client_secret}")
        if args.event_sink:
            actions = ", ".join(sb.events.auto_types)
            print(f"events:        {actions} for each new order, to {args.event_sink}")
        print("Ctrl-C to stop.", flush=True)
        while not done.wait(3600):
            pass
    finally:
        sb.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
