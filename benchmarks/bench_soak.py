"""The reliability soak of ``tests/reliability/test_soak.py``, run alone: its figures as markdown.

    $ python benchmarks/bench_soak.py [--seed 2026] [--runs 1]

2,000 calls over the 12 operations, from 8 threads sharing a ConnectClient and 8 asyncio tasks
sharing an AsyncConnectClient, against the in-process sandbox injecting faults into 35% of its
requests (429, 5xx, 520, dropped connections and cut answers before and after processing,
token revocations), with tiny back-offs and no pacing. Then the test's checks: every call ended
in success or a documented error, the sandbox holds exactly what the outcomes say, no upload was
processed twice. Prints a table per run (seeds ``seed``, ``seed + 1``...) for BENCHMARKS.md, then
PASS or FAIL; exits 1 when a check fails or a run takes 60 s or more.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from pathlib import Path
from types import ModuleType

LIMIT = 60.0  # seconds, the test's budget on a 2-core machine


def load_soak() -> ModuleType:
    """The test module: the one definition of the soak."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    return importlib.import_module("tests.reliability.test_soak")


def main() -> int:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--seed", type=int, default=None, help="first seed (default: the test's)")
    cli.add_argument("--runs", type=int, default=1)
    args = cli.parse_args()
    logging.disable(logging.WARNING)  # the client's "giving up" warnings are expected here
    soak = load_soak()
    seed = soak.SEED if args.seed is None else args.seed
    failed = False
    for run in range(args.runs):
        result = soak.run_soak(seed + run)
        print(soak.markdown(result.figures))
        print()
        print(soak.markdown_by_operation(result.figures))
        print()
        problems = soak.problems(result)
        for problem in problems[:20]:
            print(f"  problem: {problem}", file=sys.stderr)
        if problems or result.seconds >= LIMIT:
            failed = True
    print("FAIL" if failed else "PASS")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
