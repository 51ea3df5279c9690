from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, note_unknown_fields

T = TypeVar("T", bound="CloseReturnCommandEvent")


@_attrs_define
class CloseReturnCommandEvent:
    """Payload of CLOSE_RETURN: close a return.

    Attributes:
        action_id (str): Action id; pass it to updateActionStatus.
        channel_id (str):
        channel_order_id (str):
        channel_return_id (str):
        channel_store_id (str):
        sub_channel_code (str | Unset):
    """

    action_id: str
    channel_id: str
    channel_order_id: str
    channel_return_id: str
    channel_store_id: str
    sub_channel_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_id = self.action_id

        channel_id = self.channel_id

        channel_order_id = self.channel_order_id

        channel_return_id = self.channel_return_id

        channel_store_id = self.channel_store_id

        sub_channel_code = self.sub_channel_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_id": action_id,
                "channel_id": channel_id,
                "channel_order_id": channel_order_id,
                "channel_return_id": channel_return_id,
                "channel_store_id": channel_store_id,
            }
        )
        if sub_channel_code is not UNSET:
            field_dict["sub_channel_code"] = sub_channel_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action_id = d.pop("action_id")

        channel_id = d.pop("channel_id")

        channel_order_id = d.pop("channel_order_id")

        channel_return_id = d.pop("channel_return_id")

        channel_store_id = d.pop("channel_store_id")

        sub_channel_code = d.pop("sub_channel_code", UNSET)

        close_return_command_event = cls(
            action_id=action_id,
            channel_id=channel_id,
            channel_order_id=channel_order_id,
            channel_return_id=channel_return_id,
            channel_store_id=channel_store_id,
            sub_channel_code=sub_channel_code,
        )

        if d:
            note_unknown_fields("CloseReturnCommandEvent", d)
        close_return_command_event.additional_properties = d
        return close_return_command_event

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
