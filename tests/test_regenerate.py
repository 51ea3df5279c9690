"""scripts/regenerate.py: clear failures, stale detection, reproducible output."""

from __future__ import annotations

import hashlib
from importlib import metadata
from pathlib import Path

import pytest

from .conftest import ROOT, load_script

regenerate = load_script("regenerate")
VALID: set[tuple[str, str]] = set()


@pytest.fixture(autouse=True)
def validated_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """``generate`` validates openapi3.yaml first (0.5 s: YAML and the OpenAPI schema): a spec file's
    content found valid is not validated again in this module; any other still is."""
    original = regenerate.validate_spec

    def validate_spec() -> None:
        key = (str(regenerate.SPEC), hashlib.sha256(regenerate.SPEC.read_bytes()).hexdigest())
        if key not in VALID:
            original()
            VALID.add(key)

    monkeypatch.setattr(regenerate, "validate_spec", validate_spec)


def test_missing_generator_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def not_installed(name: str) -> str:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(regenerate.metadata, "version", not_installed)
    assert regenerate.main(["--check"]) == 2
    assert "openapi-python-client is not installed" in capsys.readouterr().err


def test_wrong_generator_version_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(regenerate.metadata, "version", lambda name: "0.30.0")
    assert regenerate.main([]) == 2
    assert "0.30.0 is installed, 0.29.1 is pinned" in capsys.readouterr().err


def test_invalid_spec_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "openapi3.yaml"
    spec.write_text(
        (ROOT / "openapi3.yaml")
        .read_text(encoding="utf-8")
        .replace("operationId: upsertOrders", "operationId: [1]")
    )
    monkeypatch.setattr(regenerate, "SPEC", spec)
    assert regenerate.main(["--check"]) == 2
    err = capsys.readouterr().err
    assert "openapi3.yaml is not a valid OpenAPI 3.1 document at paths//v1/orders/post/operationId" in err


def test_stale_report_names_each_difference(tmp_path: Path) -> None:
    fresh, current = tmp_path / "fresh", tmp_path / "current"
    for root in (fresh, current):
        (root / "models").mkdir(parents=True)
        (root / "same.py").write_text("x = 1\n")
    (fresh / "models" / "changed.py").write_text("a = 1\nb = 2\n")
    (current / "models" / "changed.py").write_text("a = 1\nb = 3\n")
    (fresh / "new.py").write_text("")
    (current / "old.py").write_text("")
    report = regenerate.stale_report(fresh, current)
    assert report[:3] == [
        "missing: new.py",
        "not generated (remove it): old.py",
        "changed: models/changed.py",
    ]
    assert "    -b = 3" in report and "    +b = 2" in report
    assert regenerate.stale_report(fresh, fresh) == []


@pytest.mark.regen
def test_generated_package_is_up_to_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert regenerate.main(["--check"]) == 0, capsys.readouterr().err


@pytest.mark.regen
def test_generation_is_deterministic(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = regenerate.generate(tmp_path / "a")
    second = regenerate.generate(tmp_path / "b")
    assert regenerate.relative_files(first)
    assert regenerate.stale_report(first, second) == []
