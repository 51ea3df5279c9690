from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, note_unknown_fields

if TYPE_CHECKING:
    from ..models.localized import Localized
    from ..models.product_list_attribute_value import ProductListAttributeValue


T = TypeVar("T", bound="ProductListAttribute")


@_attrs_define
class ProductListAttribute:
    """A product attribute with a fixed list of values.

    Attributes:
        available_values (list[ProductListAttributeValue]):
        id (str): Identifier of a product attribute.
        labels (list[Localized]):
        type_ (Literal['List']):  Default: 'List'.
        descriptions (list[Localized] | Unset):
        max_values (int | Unset):
    """

    available_values: list[ProductListAttributeValue]
    id: str
    labels: list[Localized]
    type_: Literal["List"] = "List"
    descriptions: list[Localized] | Unset = UNSET
    max_values: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_values = []
        for available_values_item_data in self.available_values:
            available_values_item = available_values_item_data.to_dict()
            available_values.append(available_values_item)

        id = self.id

        labels = []
        for labels_item_data in self.labels:
            labels_item = labels_item_data.to_dict()
            labels.append(labels_item)

        type_ = self.type_

        descriptions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.descriptions, Unset):
            descriptions = []
            for descriptions_item_data in self.descriptions:
                descriptions_item = descriptions_item_data.to_dict()
                descriptions.append(descriptions_item)

        max_values = self.max_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available_values": available_values,
                "id": id,
                "labels": labels,
                "type": type_,
            }
        )
        if descriptions is not UNSET:
            field_dict["descriptions"] = descriptions
        if max_values is not UNSET:
            field_dict["max_values"] = max_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.localized import Localized  # noqa: PLC0415
        from ..models.product_list_attribute_value import ProductListAttributeValue  # noqa: PLC0415

        d = dict(src_dict)
        available_values = []
        _available_values = d.pop("available_values")
        for available_values_item_data in _available_values:
            available_values_item = ProductListAttributeValue.from_dict(available_values_item_data)

            available_values.append(available_values_item)

        id = d.pop("id")

        labels = []
        _labels = d.pop("labels")
        for labels_item_data in _labels:
            labels_item = Localized.from_dict(labels_item_data)

            labels.append(labels_item)

        type_ = cast(Literal["List"], d.pop("type"))
        if type_ != "List":
            raise ValueError(f"type must match const 'List', got '{type_}'")

        _descriptions = d.pop("descriptions", UNSET)
        descriptions: list[Localized] | Unset = UNSET
        if _descriptions is not UNSET:
            descriptions = []
            for descriptions_item_data in _descriptions:
                descriptions_item = Localized.from_dict(descriptions_item_data)

                descriptions.append(descriptions_item)

        max_values = d.pop("max_values", UNSET)

        product_list_attribute = cls(
            available_values=available_values,
            id=id,
            labels=labels,
            type_=type_,
            descriptions=descriptions,
            max_values=max_values,
        )

        if d:
            note_unknown_fields("ProductListAttribute", d)
        product_list_attribute.additional_properties = d
        return product_list_attribute

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
