"""The examples the README tells newcomers to run keep working (run in-process, without real sleeps)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from mirakl_connect._clock import SystemClock

from .conftest import ROOT


def example(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "examples" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_demo(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    slept: list[float] = []
    monkeypatch.setattr(SystemClock, "sleep", lambda self, seconds: slept.append(seconds))
    example("demo").main()
    out = capsys.readouterr().out.splitlines()
    assert "orders: 247 accepted, 3 refused, 9 calls" in out
    assert "  refused ORDER-17 (INVALID_INPUT on status)" in out
    assert "event 01JD6Y2W6W3X2Q5Z8K9R7B1C07: delivered twice, skipped" in out
    assert "returns: 1 stored, 0 refused" in out and "catalog: 500 item statuses reported" in out
    assert out[-1] == "kept: 247 orders, 2 documents, 2 actions"
    assert 1 in slept  # the injected 429's Retry-After was honoured


def test_forward_compat(capsys: pytest.CaptureFixture[str]) -> None:
    example("forward_compat").main()
    assert capsys.readouterr().out.splitlines()[-1] == "both events written back unchanged"
