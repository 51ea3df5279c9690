from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import note_unknown_fields

if TYPE_CHECKING:
    from ..models.redefine_attribute_action_payload import RedefineAttributeActionPayload


T = TypeVar("T", bound="ProductTypeRuleActionRedefineAttribute")


@_attrs_define
class ProductTypeRuleActionRedefineAttribute:
    """Action that changes how an attribute is required.

    Attributes:
        redefine (RedefineAttributeActionPayload): Attribute whose requirement level a rule changes.
    """

    redefine: RedefineAttributeActionPayload
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        redefine = self.redefine.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "redefine": redefine,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.redefine_attribute_action_payload import RedefineAttributeActionPayload  # noqa: PLC0415

        d = dict(src_dict)
        redefine = RedefineAttributeActionPayload.from_dict(d.pop("redefine"))

        product_type_rule_action_redefine_attribute = cls(
            redefine=redefine,
        )

        if d:
            note_unknown_fields("ProductTypeRuleActionRedefineAttribute", d)
        product_type_rule_action_redefine_attribute.additional_properties = d
        return product_type_rule_action_redefine_attribute

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
