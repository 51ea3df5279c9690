"""The examples the README tells newcomers to run keep working (run in-process, without real sleeps)."""

from __future__ import annotations

import importlib.util
import re
import runpy
from types import ModuleType

import pytest
from mirakl_connect._clock import SystemClock
from mirakl_connect.cli._tally import TIMES

from .conftest import ROOT


def example(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "examples" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_demo(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """examples/demo.py is ``mirakl-connect demo``: the same table (see tests/test_cli.py for all of it)."""
    slept: list[float] = []
    monkeypatch.setattr(SystemClock, "sleep", lambda self, seconds: slept.append(seconds))
    with pytest.raises(SystemExit) as exited:
        runpy.run_path(str(ROOT / "examples" / "demo.py"), run_name="__main__")
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert re.search(rf"^orders\s+9\s+503 {TIMES}1\s+0\s+247\s+3\s+0\s", out, re.M)
    assert "orders: refused ORDER-17: INVALID_INPUT: status: must be one of" in out
    assert "order actions: ACCEPT ORDER-1: delivered twice, the duplicate dropped" in out
    assert "actions 6 (5 SUCCESS, 1 FAILED)" in out
    assert 1 in slept  # the injected 429's Retry-After was honoured


def test_forward_compat(capsys: pytest.CaptureFixture[str]) -> None:
    example("forward_compat").main()
    assert capsys.readouterr().out.splitlines()[-1] == "both events written back unchanged"
