from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import note_unknown_fields

if TYPE_CHECKING:
    from ..models.product_type_rule_action_redefine_attribute import ProductTypeRuleActionRedefineAttribute


T = TypeVar("T", bound="ProductTypeRuleActionAll")


@_attrs_define
class ProductTypeRuleActionAll:
    """Actions applied together when a rule fires.

    Attributes:
        all_ (list[ProductTypeRuleActionRedefineAttribute]):
    """

    all_: list[ProductTypeRuleActionRedefineAttribute]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_ = []
        for all_item_data in self.all_:
            all_item = all_item_data.to_dict()
            all_.append(all_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "all": all_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_type_rule_action_redefine_attribute import (
            ProductTypeRuleActionRedefineAttribute,  # noqa: PLC0415
        )

        d = dict(src_dict)
        all_ = []
        _all_ = d.pop("all")
        for all_item_data in _all_:
            all_item = ProductTypeRuleActionRedefineAttribute.from_dict(all_item_data)

            all_.append(all_item)

        product_type_rule_action_all = cls(
            all_=all_,
        )

        if d:
            note_unknown_fields("ProductTypeRuleActionAll", d)
        product_type_rule_action_all.additional_properties = d
        return product_type_rule_action_all

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
