"""``import mirakl_connect`` vs importing every generated model. Target: <= 0.5x.

    $ python benchmarks/bench_import.py [--rounds 15]

Each import runs in a fresh interpreter (``python -c``), timed inside it with ``perf_counter``
around the import statement, so interpreter start-up is not counted. The sides:

- ``mirakl_connect``: ``import mirakl_connect``, what every program using the client pays;
- ``all models``: ``import mirakl_connect_api.models`` and then every name of its ``__all__``
  (what ``import mirakl_connect_api.models`` alone cost before the models were imported lazily);
- for information, ``mirakl_connect_api``: the generated package alone (its client: httpx, attrs),
  the floor under both.

Rounds alternate the order of the sides; the figures are medians, in milliseconds, and the ratio
of the medians. A warm-up round first (bytecode caches). Standard library only: it measures the
installed packages, not code of its own. Exits 1 over 0.5x.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

TARGET = 0.5

SIDES = {
    "mirakl_connect": "import mirakl_connect",
    "all models": ("import mirakl_connect_api.models as m\nfor name in m.__all__:\n    getattr(m, name)"),
    "mirakl_connect_api": "import mirakl_connect_api",
}
TIMED = """\
import time
began = time.perf_counter()
{code}
print((time.perf_counter() - began) * 1000)
"""


def import_ms(code: str) -> float:
    """Milliseconds that ``code`` takes in a fresh interpreter."""
    result = subprocess.run(
        [sys.executable, "-c", TIMED.format(code=code)],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(result.stdout.strip().splitlines()[-1])


def main() -> int:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--rounds", type=int, default=15)
    args = cli.parse_args()
    for code in SIDES.values():  # warm-up: compile and cache bytecode
        import_ms(code)
    times: dict[str, list[float]] = {name: [] for name in SIDES}
    names = list(SIDES)
    for number in range(args.rounds):
        for name in names if number % 2 == 0 else reversed(names):
            times[name].append(import_ms(SIDES[name]))
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, value in medians.items():
        spread = f"{min(times[name]):.0f}-{max(times[name]):.0f}"
        print(f"{name:>20}: {value:7.1f} ms median (range {spread} ms, {args.rounds} runs)")
    ratio = medians["mirakl_connect"] / medians["all models"]
    print(f"{'ratio':>20}: {ratio:.2f}x (import mirakl_connect / every generated model)")
    ok = ratio <= TARGET
    print(f"{'PASS' if ok else 'FAIL'}: import mirakl_connect <= {TARGET}x importing every generated model")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
