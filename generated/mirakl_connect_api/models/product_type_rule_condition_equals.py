from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import note_unknown_fields

if TYPE_CHECKING:
    from ..models.equals_rule_condition_payload import EqualsRuleConditionPayload


T = TypeVar("T", bound="ProductTypeRuleConditionEquals")


@_attrs_define
class ProductTypeRuleConditionEquals:
    """Holds when an attribute equals a value.

    Attributes:
        equals (EqualsRuleConditionPayload): Attribute and value compared by an `equals` condition.
    """

    equals: EqualsRuleConditionPayload
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        equals = self.equals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "equals": equals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.equals_rule_condition_payload import EqualsRuleConditionPayload  # noqa: PLC0415

        d = dict(src_dict)
        equals = EqualsRuleConditionPayload.from_dict(d.pop("equals"))

        product_type_rule_condition_equals = cls(
            equals=equals,
        )

        if d:
            note_unknown_fields("ProductTypeRuleConditionEquals", d)
        product_type_rule_condition_equals.additional_properties = d
        return product_type_rule_condition_equals

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
