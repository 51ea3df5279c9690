"""Small request bodies found valid are not checked again (the validator is cold between calls)."""

from __future__ import annotations

from typing import Any

import mirakl_connect as mc
import pytest
from mirakl_connect import _validation
from mirakl_connect._inputs import written


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The values the validator is asked about, from a clean memo."""
    seen: list[Any] = []
    real = _validation.validator

    class Counting:
        def __init__(self, schema: str, many: bool = False) -> None:
            self.inner = real(schema, many)

        def is_valid(self, value: Any) -> bool:
            seen.append(value)
            return bool(self.inner.is_valid(value))

        def iter_errors(self, value: Any) -> Any:
            return self.inner.iter_errors(value)

    monkeypatch.setattr(_validation, "_VALID", {})
    monkeypatch.setattr(_validation, "validator", Counting)
    return seen


def test_a_small_valid_body_is_checked_once(checks: list[Any]) -> None:
    for _ in range(3):
        assert _validation.prepare("UpdateActionRequest", {"status": "SUCCESS"}) == {"status": "SUCCESS"}
    assert checks == [{"status": "SUCCESS"}]
    _validation.prepare("ActionError", [{"code": "C", "message": "m"}], "errors", many=True)  # another schema
    assert len(checks) == 2


def test_an_invalid_body_is_refused_every_time(checks: list[Any]) -> None:
    _validation.prepare("UpdateActionRequest", {"status": "SUCCESS"})
    for _ in range(2):
        with pytest.raises(mc.ValidationError, match="status"):
            _validation.prepare("UpdateActionRequest", {"status": 1})
        with pytest.raises(mc.ValidationError, match="status"):
            _validation.prepare("UpdateActionRequest", {"status": True})  # marshal tells True from 1
    assert _validation._VALID.keys() == {("UpdateActionRequest", False, written({"status": "SUCCESS"}))}


def test_large_bodies_are_not_kept_and_the_memo_is_bounded(
    checks: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    big = [{"code": "C", "message": "x" * 600}]
    for _ in range(2):
        _validation.prepare("ActionError", big, "errors", many=True)
    assert len(checks) == 2 and _validation._VALID == {}
    monkeypatch.setattr(_validation, "_MOST_VALID", 3)
    for number in range(5):
        _validation.prepare("ActionError", [{"code": "C", "message": f"m{number}"}], "errors", many=True)
    assert 1 <= len(_validation._VALID) <= 3


def test_models_and_enums_are_converted_then_checked_as_before(checks: list[Any]) -> None:
    from mirakl_connect_api.models import ActionStatus

    assert _validation.prepare("UpdateActionRequest", {"status": ActionStatus.SUCCESS}) == {
        "status": "SUCCESS"
    }
    assert checks == [{"status": "SUCCESS"}]
