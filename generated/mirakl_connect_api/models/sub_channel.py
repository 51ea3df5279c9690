from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import note_unknown_fields

T = TypeVar("T", bound="SubChannel")


@_attrs_define
class SubChannel:
    """A sales channel inside the marketplace that the store sells on.

    Attributes:
        currency (str): ISO 4217 currency code; cannot change once set.
        id (str):
        name (str):
    """

    currency: str
    id: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "id": id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency")

        id = d.pop("id")

        name = d.pop("name")

        sub_channel = cls(
            currency=currency,
            id=id,
            name=name,
        )

        if d:
            note_unknown_fields("SubChannel", d)
        sub_channel.additional_properties = d
        return sub_channel

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
