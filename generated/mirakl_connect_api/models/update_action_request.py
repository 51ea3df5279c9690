from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_status import ActionStatus
from ..types import UNSET, Unset, note_unknown_fields

if TYPE_CHECKING:
    from ..models.action_error import ActionError


T = TypeVar("T", bound="UpdateActionRequest")


@_attrs_define
class UpdateActionRequest:
    """Outcome of a seller action.

    Attributes:
        status (ActionStatus): Final outcome of a seller action.
        errors (list[ActionError] | Unset): Why the action failed; needed when status is FAILED.
    """

    status: ActionStatus
    errors: list[ActionError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_error import ActionError  # noqa: PLC0415

        d = dict(src_dict)
        status = ActionStatus(d.pop("status"))

        _errors = d.pop("errors", UNSET)
        errors: list[ActionError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ActionError.from_dict(errors_item_data)

                errors.append(errors_item)

        update_action_request = cls(
            status=status,
            errors=errors,
        )

        if d:
            note_unknown_fields("UpdateActionRequest", d)
        update_action_request.additional_properties = d
        return update_action_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
