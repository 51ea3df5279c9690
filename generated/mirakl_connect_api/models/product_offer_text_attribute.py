from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, note_unknown_fields

T = TypeVar("T", bound="ProductOfferTextAttribute")


@_attrs_define
class ProductOfferTextAttribute:
    """A text offer attribute value.

    Attributes:
        id (str):
        type_ (Literal['TEXT']):  Default: 'TEXT'.
        value (str | Unset):
    """

    id: str
    type_: Literal["TEXT"] = "TEXT"
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["TEXT"], d.pop("type"))
        if type_ != "TEXT":
            raise ValueError(f"type must match const 'TEXT', got '{type_}'")

        value = d.pop("value", UNSET)

        product_offer_text_attribute = cls(
            id=id,
            type_=type_,
            value=value,
        )

        if d:
            note_unknown_fields("ProductOfferTextAttribute", d)
        product_offer_text_attribute.additional_properties = d
        return product_offer_text_attribute

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
