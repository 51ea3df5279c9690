"""Small checks shared by the resources."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._errors import FieldError, ValidationError


def text(name: str, value: Any) -> str:
    """A required, non-empty string argument (path parameters and the like)."""
    if not isinstance(value, str) or not value:
        raise ValidationError([FieldError(name, "expected a non-empty string")])
    return value


def action_id_of(event_or_action_id: Any) -> str:
    """The ``action_id`` of an order action event (model, parsed event or raw dict), or the id itself."""
    if isinstance(event_or_action_id, str):
        return text("action_id", event_or_action_id)
    data = getattr(event_or_action_id, "data", None)
    if data is None and isinstance(event_or_action_id, Mapping):
        data = event_or_action_id.get("data", event_or_action_id)
    action_id = getattr(data, "action_id", None)
    if action_id is None and isinstance(data, Mapping):
        action_id = data.get("action_id")
    if not isinstance(action_id, str) or not action_id:
        raise ValidationError([FieldError("data.action_id", "this event carries no action_id to report on")])
    return action_id
