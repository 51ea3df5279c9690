from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import note_unknown_fields

T = TypeVar("T", bound="CustomAttributeDateRequest")


@_attrs_define
class CustomAttributeDateRequest:
    """A date-time custom attribute.

    Attributes:
        id (str):
        type_ (Literal['DATE']):  Default: 'DATE'.
        value (datetime.datetime):
    """

    id: str
    value: datetime.datetime
    type_: Literal["DATE"] = "DATE"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        value = _types.format_datetime(self.value)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["DATE"], d.pop("type"))
        if type_ != "DATE":
            raise ValueError(f"type must match const 'DATE', got '{type_}'")

        value = _types.parse_datetime(d.pop("value"))

        custom_attribute_date_request = cls(
            id=id,
            type_=type_,
            value=value,
        )

        if d:
            note_unknown_fields("CustomAttributeDateRequest", d)
        custom_attribute_date_request.additional_properties = d
        return custom_attribute_date_request

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
