"""The calls shown in docstrings run and give what they show.

One case per module that has examples (a module without any is not collected: a case that runs
nothing cannot fail), in the client and in the sandbox. An example marked ``+SKIP`` is a defect:
it would be shown to users without ever being run.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from types import ModuleType

import mirakl_connect
import mirakl_connect_sandbox
import pytest

FINDER = doctest.DocTestFinder(exclude_empty=True)


def modules() -> list[str]:
    names = []
    for package in (mirakl_connect, mirakl_connect_sandbox):
        found = pkgutil.walk_packages(package.__path__, package.__name__ + ".")
        names += [package.__name__, *sorted(m.name for m in found if not m.name.endswith("__main__"))]
    return [name for name in names if _examples(importlib.import_module(name))]


def _examples(module: ModuleType) -> list[doctest.Example]:
    return [example for test in FINDER.find(module) for example in test.examples]


@pytest.mark.parametrize("name", modules())
def test_docstring_examples(name: str) -> None:
    module: ModuleType = importlib.import_module(name)
    skipped = [e.source.strip() for e in _examples(module) if e.options.get(doctest.SKIP)]
    assert not skipped, f"{name}: examples marked +SKIP are never run: {skipped}"
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, report=False, verbose=False)
    assert result.attempted > 0
    assert result.failed == 0, (
        f"{result.failed} docstring example(s) of {name} failed: see the captured output"
    )
