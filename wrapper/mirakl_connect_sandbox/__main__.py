"""Run the sandbox in the foreground until Ctrl-C.

    $ python -m mirakl_connect_sandbox --port 8080 --fault 503:times=3 --fault disconnect:probability=0.1
    $ python -m mirakl_connect_sandbox --seed 7 --fault truncate:after=1:probability=0.01 429:probability=0.02

It prints the base URL, the token URL and the client credentials to use (the sandbox's own
throwaway ones unless --client-id/--client-secret are given). A port already in use is a one-line
error and exit code 1.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from collections.abc import Sequence

from ._faults import SPEC_HELP, Fault, parse_fault
from ._sandbox import Sandbox

PROG = "python -m mirakl_connect_sandbox"


def _fault(text: str) -> Fault:
    try:
        return parse_fault(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def parser() -> argparse.ArgumentParser:
    cli = argparse.ArgumentParser(
        prog=PROG,
        description="A local fake of the Mirakl Connect Channel Platform API.",
        epilog=SPEC_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    cli.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    cli.add_argument("--seed", type=int, default=0, help="seed of the random fault draws (default: 0)")
    cli.add_argument(
        "--fault",
        action="extend",
        nargs="+",
        type=_fault,
        default=[],
        metavar="SPEC",
        help="inject faults, tried in order (see below); repeatable",
    )
    cli.add_argument(
        "--no-rate-limits", action="store_true", help="do not enforce the documented rate limits"
    )
    cli.add_argument(
        "--token-ttl", type=float, default=3599, metavar="S", help="token lifetime (default: 3599)"
    )
    cli.add_argument("--require-known-actions", action="store_true", help="404 for undeclared action ids")
    cli.add_argument("--client-id", metavar="X", help="accepted client id (default: random)")
    cli.add_argument("--client-secret", metavar="Y", help="accepted client secret (default: random)")
    cli.add_argument("-v", "--verbose", action="store_true", help="log every request (no headers or bodies)")
    return cli


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.verbose:
        logging.basicConfig(level=logging.DEBUG, format="%(asctime)s %(message)s")
    sb = Sandbox(
        seed=args.seed,
        faults=args.fault,
        rate_limits=not args.no_rate_limits,
        token_ttl=args.token_ttl,
        client_id=args.client_id,
        client_secret=args.client_secret,
        port=args.port,
        require_known_actions=args.require_known_actions,
    )
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
        print("Ctrl-C to stop.", flush=True)
        while not done.wait(3600):
            pass
    finally:
        sb.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
