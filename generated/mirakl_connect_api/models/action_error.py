from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_error_code import ActionErrorCode
from ..types import note_unknown_fields

T = TypeVar("T", bound="ActionError")


@_attrs_define
class ActionError:
    """One reason a seller action failed.

    Attributes:
        code (ActionErrorCode): Why a seller action could not be carried out.
        message (str):
    """

    code: ActionErrorCode
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = ActionErrorCode(d.pop("code"))

        message = d.pop("message")

        action_error = cls(
            code=code,
            message=message,
        )

        if d:
            note_unknown_fields("ActionError", d)
        action_error.additional_properties = d
        return action_error

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
