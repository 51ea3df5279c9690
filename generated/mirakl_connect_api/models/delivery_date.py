from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import note_unknown_fields

T = TypeVar("T", bound="DeliveryDate")


@_attrs_define
class DeliveryDate:
    """Delivery window promised to the buyer.

    Attributes:
        earliest (datetime.datetime):
        latest (datetime.datetime):
    """

    earliest: datetime.datetime
    latest: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        earliest = _types.format_datetime(self.earliest)

        latest = _types.format_datetime(self.latest)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "earliest": earliest,
                "latest": latest,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        earliest = _types.parse_datetime(d.pop("earliest"))

        latest = _types.parse_datetime(d.pop("latest"))

        delivery_date = cls(
            earliest=earliest,
            latest=latest,
        )

        if d:
            note_unknown_fields("DeliveryDate", d)
        delivery_date.additional_properties = d
        return delivery_date

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
