from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, note_unknown_fields

if TYPE_CHECKING:
    from ..models.return_error_detail import ReturnErrorDetail


T = TypeVar("T", bound="ReturnError")


@_attrs_define
class ReturnError:
    """A return that was not stored, with the reasons.

    Attributes:
        channel_order_id (str | Unset):
        channel_return_id (str | Unset):
        details (list[ReturnErrorDetail] | Unset):
    """

    channel_order_id: str | Unset = UNSET
    channel_return_id: str | Unset = UNSET
    details: list[ReturnErrorDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_order_id = self.channel_order_id

        channel_return_id = self.channel_return_id

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel_order_id is not UNSET:
            field_dict["channel_order_id"] = channel_order_id
        if channel_return_id is not UNSET:
            field_dict["channel_return_id"] = channel_return_id
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.return_error_detail import ReturnErrorDetail  # noqa: PLC0415

        d = dict(src_dict)
        channel_order_id = d.pop("channel_order_id", UNSET)

        channel_return_id = d.pop("channel_return_id", UNSET)

        _details = d.pop("details", UNSET)
        details: list[ReturnErrorDetail] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = ReturnErrorDetail.from_dict(details_item_data)

                details.append(details_item)

        return_error = cls(
            channel_order_id=channel_order_id,
            channel_return_id=channel_return_id,
            details=details,
        )

        if d:
            note_unknown_fields("ReturnError", d)
        return_error.additional_properties = d
        return return_error

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
