from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, note_unknown_fields

T = TypeVar("T", bound="ReturnSuccess")


@_attrs_define
class ReturnSuccess:
    """A return that was stored.

    Attributes:
        channel_order_id (str | Unset):
        channel_return_id (str | Unset):
    """

    channel_order_id: str | Unset = UNSET
    channel_return_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_order_id = self.channel_order_id

        channel_return_id = self.channel_return_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel_order_id is not UNSET:
            field_dict["channel_order_id"] = channel_order_id
        if channel_return_id is not UNSET:
            field_dict["channel_return_id"] = channel_return_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel_order_id = d.pop("channel_order_id", UNSET)

        channel_return_id = d.pop("channel_return_id", UNSET)

        return_success = cls(
            channel_order_id=channel_order_id,
            channel_return_id=channel_return_id,
        )

        if d:
            note_unknown_fields("ReturnSuccess", d)
        return_success.additional_properties = d
        return return_success

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
