from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, note_unknown_fields

if TYPE_CHECKING:
    from ..models.list_value import ListValue


T = TypeVar("T", bound="ProductOfferListAttribute")


@_attrs_define
class ProductOfferListAttribute:
    """A multi-value offer attribute.

    Attributes:
        id (str):
        type_ (Literal['LIST']):  Default: 'LIST'.
        values (list[ListValue] | Unset):
    """

    id: str
    type_: Literal["LIST"] = "LIST"
    values: list[ListValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_value import ListValue  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["LIST"], d.pop("type"))
        if type_ != "LIST":
            raise ValueError(f"type must match const 'LIST', got '{type_}'")

        _values = d.pop("values", UNSET)
        values: list[ListValue] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = ListValue.from_dict(values_item_data)

                values.append(values_item)

        product_offer_list_attribute = cls(
            id=id,
            type_=type_,
            values=values,
        )

        if d:
            note_unknown_fields("ProductOfferListAttribute", d)
        product_offer_list_attribute.additional_properties = d
        return product_offer_list_attribute

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
