from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, note_unknown_fields

T = TypeVar("T", bound="ProductUpsertAttribute")


@_attrs_define
class ProductUpsertAttribute:
    """A product attribute value in the channel's format.

    Attributes:
        id (str):
        locale (str | Unset): Locale of `value`, present only for localized attributes.
        value (str | Unset):
    """

    id: str
    locale: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        locale = self.locale

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if locale is not UNSET:
            field_dict["locale"] = locale
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        locale = d.pop("locale", UNSET)

        value = d.pop("value", UNSET)

        product_upsert_attribute = cls(
            id=id,
            locale=locale,
            value=value,
        )

        if d:
            note_unknown_fields("ProductUpsertAttribute", d)
        product_upsert_attribute.additional_properties = d
        return product_upsert_attribute

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
