from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, note_unknown_fields

if TYPE_CHECKING:
    from ..models.return_error import ReturnError
    from ..models.return_success import ReturnSuccess


T = TypeVar("T", bound="UpsertReturnsResponse")


@_attrs_define
class UpsertReturnsResponse:
    """Per-return result of a returns upsert.

    Attributes:
        return_errors (list[ReturnError] | Unset):
        return_success (list[ReturnSuccess] | Unset):
    """

    return_errors: list[ReturnError] | Unset = UNSET
    return_success: list[ReturnSuccess] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return_errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.return_errors, Unset):
            return_errors = []
            for return_errors_item_data in self.return_errors:
                return_errors_item = return_errors_item_data.to_dict()
                return_errors.append(return_errors_item)

        return_success: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.return_success, Unset):
            return_success = []
            for return_success_item_data in self.return_success:
                return_success_item = return_success_item_data.to_dict()
                return_success.append(return_success_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if return_errors is not UNSET:
            field_dict["return_errors"] = return_errors
        if return_success is not UNSET:
            field_dict["return_success"] = return_success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.return_error import ReturnError  # noqa: PLC0415
        from ..models.return_success import ReturnSuccess  # noqa: PLC0415

        d = dict(src_dict)
        _return_errors = d.pop("return_errors", UNSET)
        return_errors: list[ReturnError] | Unset = UNSET
        if _return_errors is not UNSET:
            return_errors = []
            for return_errors_item_data in _return_errors:
                return_errors_item = ReturnError.from_dict(return_errors_item_data)

                return_errors.append(return_errors_item)

        _return_success = d.pop("return_success", UNSET)
        return_success: list[ReturnSuccess] | Unset = UNSET
        if _return_success is not UNSET:
            return_success = []
            for return_success_item_data in _return_success:
                return_success_item = ReturnSuccess.from_dict(return_success_item_data)

                return_success.append(return_success_item)

        upsert_returns_response = cls(
            return_errors=return_errors,
            return_success=return_success,
        )

        if d:
            note_unknown_fields("UpsertReturnsResponse", d)
        upsert_returns_response.additional_properties = d
        return upsert_returns_response

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
