"""The calls shown in the wrapper's docstrings run and give what they show."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from types import ModuleType

import mirakl_connect
import pytest


def modules() -> list[str]:
    found = pkgutil.walk_packages(mirakl_connect.__path__, "mirakl_connect.")
    return ["mirakl_connect", *sorted(m.name for m in found if not m.name.endswith("__main__"))]


@pytest.mark.parametrize("name", modules())
def test_docstring_examples(name: str) -> None:
    module: ModuleType = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, report=False, verbose=False)
    assert result.failed == 0, (
        f"{result.failed} docstring example(s) of {name} failed: see the captured output"
    )
