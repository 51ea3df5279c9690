"""README.md says what works: its set-up commands are the ones CI runs, and its Python code runs.

A ``python`` block that starts with an import is a complete program and runs as written (against
the sandbox it starts itself). A block that does not (a list of calls on ``client``) is a
reference: it is checked to be valid Python, and every ``client.<resource>.<method>`` it names
exists, on both clients.
"""

from __future__ import annotations

import ast
import re
import shlex
from pathlib import Path

import mirakl_connect as mc
import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, flags=re.S)
PROGRAMS = [b for b in BLOCKS if b.startswith(("import ", "from "))]
REFERENCES = [b for b in BLOCKS if b not in PROGRAMS]


def test_there_are_programs_and_references() -> None:
    assert len(PROGRAMS) >= 2 and len(REFERENCES) >= 2


@pytest.mark.parametrize("source", PROGRAMS, ids=lambda s: s.splitlines()[-1].strip()[:40])
def test_programs_run_as_written(source: str, capsys: pytest.CaptureFixture[str]) -> None:
    exec(compile(source, "README.md", "exec"), {"__name__": "__readme__"})
    assert capsys.readouterr().out  # each prints what it shows


@pytest.mark.parametrize("source", REFERENCES, ids=lambda s: s.splitlines()[0].strip()[:40])
def test_references_name_real_methods(source: str) -> None:
    tree = ast.parse(source)  # valid Python
    named = [
        (node.value.attr, node.attr)
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Attribute)
        and isinstance(node.value.value, ast.Name)
        and node.value.value.id == "client"
    ]
    for cls in (mc.ConnectClient, mc.AsyncConnectClient):
        client = cls("id", "secret")
        for resource, method in named:
            assert callable(getattr(getattr(client, resource), method, None)), f"client.{resource}.{method}"


def test_the_set_up_commands_are_two_and_the_test_one_is_what_ci_runs() -> None:
    setup = re.search(r"## Set up\n.*?```sh\n(.*?)```", README, flags=re.S)
    assert setup is not None
    lines = [line.split("#")[0].strip() for line in setup[1].strip().splitlines()]
    assert len(lines) == 2
    assert shlex.split(lines[1])[-3:] == ["-m", "tox"] or lines[1].endswith("tox")
    assert "tox" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_the_layout_matches_the_tree() -> None:
    layout = re.search(r"## Layout\n\n```\n(.*?)```", README, flags=re.S)
    assert layout is not None
    for line in layout[1].splitlines():
        name = line.split()[0]
        assert (ROOT / name).exists(), f"README's layout names {name}, which is not in the repo"
