from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset, note_unknown_fields

T = TypeVar("T", bound="UpdateAnonymizeAfterRequestItem")


@_attrs_define
class UpdateAnonymizeAfterRequestItem:
    """When one order may be anonymized.

    Attributes:
        anonymize_after (datetime.datetime): UTC date-time after which Connect anonymizes the order; must be in the
            future.
        channel_id (str):
        channel_order_id (str):
        sub_channel_code (str | Unset):
    """

    anonymize_after: datetime.datetime
    channel_id: str
    channel_order_id: str
    sub_channel_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anonymize_after = _types.format_datetime(self.anonymize_after)

        channel_id = self.channel_id

        channel_order_id = self.channel_order_id

        sub_channel_code = self.sub_channel_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "anonymize_after": anonymize_after,
                "channel_id": channel_id,
                "channel_order_id": channel_order_id,
            }
        )
        if sub_channel_code is not UNSET:
            field_dict["sub_channel_code"] = sub_channel_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        anonymize_after = _types.parse_datetime(d.pop("anonymize_after"))

        channel_id = d.pop("channel_id")

        channel_order_id = d.pop("channel_order_id")

        sub_channel_code = d.pop("sub_channel_code", UNSET)

        update_anonymize_after_request_item = cls(
            anonymize_after=anonymize_after,
            channel_id=channel_id,
            channel_order_id=channel_order_id,
            sub_channel_code=sub_channel_code,
        )

        if d:
            note_unknown_fields("UpdateAnonymizeAfterRequestItem", d)
        update_anonymize_after_request_item.additional_properties = d
        return update_anonymize_after_request_item

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
