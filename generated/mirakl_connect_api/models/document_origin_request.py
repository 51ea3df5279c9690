from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, note_unknown_fields

T = TypeVar("T", bound="DocumentOriginRequest")


@_attrs_define
class DocumentOriginRequest:
    """Channel, store and sub-channel a document comes from.

    Attributes:
        channel_id (str):
        channel_store_id (str):
        sub_channel_code (str | Unset): Sub-channel the document belongs to, if any.
    """

    channel_id: str
    channel_store_id: str
    sub_channel_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_id = self.channel_id

        channel_store_id = self.channel_store_id

        sub_channel_code = self.sub_channel_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel_id": channel_id,
                "channel_store_id": channel_store_id,
            }
        )
        if sub_channel_code is not UNSET:
            field_dict["sub_channel_code"] = sub_channel_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel_id = d.pop("channel_id")

        channel_store_id = d.pop("channel_store_id")

        sub_channel_code = d.pop("sub_channel_code", UNSET)

        document_origin_request = cls(
            channel_id=channel_id,
            channel_store_id=channel_store_id,
            sub_channel_code=sub_channel_code,
        )

        if d:
            note_unknown_fields("DocumentOriginRequest", d)
        document_origin_request.additional_properties = d
        return document_origin_request

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
