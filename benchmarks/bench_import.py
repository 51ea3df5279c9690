"""``import mirakl_connect`` vs importing every generated model. Target: <= 0.5x.

    $ python benchmarks/bench_import.py [--rounds 15] [--without-cli-extra]

Each import runs in a fresh interpreter (``python -c``), timed inside it around the import
statement, so interpreter start-up is not counted: CPU time (``process_time``), which the load of
a shared machine barely moves, decides the verdict; wall time (``perf_counter``) is shown too. The
sides:

- ``mirakl_connect``: ``import mirakl_connect``, what every program using the package pays (its
  names load on first use);
- for information, ``+ ConnectClient``: ``import mirakl_connect`` and then ``mc.ConnectClient``,
  which loads the client, httpx included: what a program that makes calls pays;
- ``all models``: ``import mirakl_connect_api.models`` and then every name of its ``__all__``
  (what ``import mirakl_connect_api.models`` alone cost before the models were imported lazily);
- for information, ``mirakl_connect_api``: the generated package alone (its client: httpx, attrs),
  the floor under both.

Rounds alternate the order of the sides; the figures are medians, in milliseconds, and the ratio
of the medians. A warm-up round first, which writes the bytecode caches (even when
``PYTHONDONTWRITEBYTECODE`` is set here: an installed package has them). Standard library only:
it measures the installed packages, not code of its own. Exits 1 over 0.5x.

With ``-X importtime`` (``python -X importtime -c "import mirakl_connect"``) the same split shows
per module. httpx imports click, rich and pygments for its command line whenever they are
installed (our ``cli`` extra installs them), which weighs on both sides: ``--without-cli-extra``
measures what a plain ``pip install mirakl-connect`` pays, by making those imports fail in the
child interpreters as they would there.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys

TARGET = 0.5

SIDES = {
    "mirakl_connect": "import mirakl_connect",
    "+ ConnectClient": "import mirakl_connect as mc\nmc.ConnectClient",
    "all models": ("import mirakl_connect_api.models as m\nfor name in m.__all__:\n    getattr(m, name)"),
    "mirakl_connect_api": "import mirakl_connect_api",
}
WITHOUT_CLI_EXTRA = "import sys\nfor name in ('click', 'rich', 'pygments'):\n    sys.modules[name] = None\n"
TIMED = """\
import time
cpu, wall = time.process_time(), time.perf_counter()
{code}
print((time.process_time() - cpu) * 1000, (time.perf_counter() - wall) * 1000)
"""


def import_ms(code: str, prelude: str = "") -> tuple[float, float]:
    """Milliseconds of CPU and of wall time that ``code`` takes in a fresh interpreter."""
    result = subprocess.run(
        [sys.executable, "-c", prelude + TIMED.format(code=code)],
        capture_output=True,
        text=True,
        check=True,
        env={name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"},
    )
    cpu, wall = result.stdout.split()
    return float(cpu), float(wall)


def main() -> int:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--rounds", type=int, default=15)
    cli.add_argument(
        "--without-cli-extra", action="store_true", help="as if click, rich and pygments were not installed"
    )
    args = cli.parse_args()
    prelude = WITHOUT_CLI_EXTRA if args.without_cli_extra else ""
    for code in SIDES.values():  # warm-up: compile and cache bytecode
        import_ms(code, prelude)
    cpu: dict[str, list[float]] = {name: [] for name in SIDES}
    wall: dict[str, list[float]] = {name: [] for name in SIDES}
    names = list(SIDES)
    for number in range(args.rounds):
        for name in names if number % 2 == 0 else reversed(names):
            cpu_ms, wall_ms = import_ms(SIDES[name], prelude)
            cpu[name].append(cpu_ms)
            wall[name].append(wall_ms)
    medians = {name: statistics.median(values) for name, values in cpu.items()}
    walls = {name: statistics.median(values) for name, values in wall.items()}
    extra = ", without the cli extra" if args.without_cli_extra else ""
    print(f"medians of {args.rounds} runs{extra}, CPU ms (range) and wall ms")
    for name, value in medians.items():
        spread = f"{min(cpu[name]):.0f}-{max(cpu[name]):.0f}"
        print(f"{name:>20}: {value:7.1f} ms CPU ({spread}), {walls[name]:7.1f} ms wall")
    ratio = medians["mirakl_connect"] / medians["all models"]
    wall_ratio = walls["mirakl_connect"] / walls["all models"]
    floor = medians["mirakl_connect_api"] / medians["all models"]
    first_use = medians["+ ConnectClient"] / medians["all models"]
    print(f"{'ratio':>20}: {ratio:.2f}x CPU, {wall_ratio:.2f}x wall (import mirakl_connect / every model)")
    print(f"{'first use':>20}: {first_use:.2f}x (import mirakl_connect, then mc.ConnectClient / every model)")
    print(f"{'floor':>20}: {floor:.2f}x (mirakl_connect_api alone / every model)")
    ok = ratio <= TARGET
    print(f"{'PASS' if ok else 'FAIL'}: import mirakl_connect <= {TARGET}x importing every generated model")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
