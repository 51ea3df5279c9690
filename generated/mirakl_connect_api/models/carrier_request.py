from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import note_unknown_fields

T = TypeVar("T", bound="CarrierRequest")


@_attrs_define
class CarrierRequest:
    """A carrier accepted by the channel.

    Attributes:
        channel_carrier_id (str): Carrier id on the channel.
        name (str):
    """

    channel_carrier_id: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_carrier_id = self.channel_carrier_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel_carrier_id": channel_carrier_id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel_carrier_id = d.pop("channel_carrier_id")

        name = d.pop("name")

        carrier_request = cls(
            channel_carrier_id=channel_carrier_id,
            name=name,
        )

        if d:
            note_unknown_fields("CarrierRequest", d)
        carrier_request.additional_properties = d
        return carrier_request

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
