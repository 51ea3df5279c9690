"""The calls shown in the sandbox's docstrings run and give what they show."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import mirakl_connect_sandbox
import pytest


def modules() -> list[str]:
    found = pkgutil.walk_packages(mirakl_connect_sandbox.__path__, "mirakl_connect_sandbox.")
    return ["mirakl_connect_sandbox", *sorted(m.name for m in found if not m.name.endswith("__main__"))]


@pytest.mark.parametrize("name", modules())
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, report=False, verbose=False)
    assert result.failed == 0, (
        f"{result.failed} docstring example(s) of {name} failed: see the captured output"
    )
