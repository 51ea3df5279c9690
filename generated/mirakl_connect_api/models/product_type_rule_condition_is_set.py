from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import note_unknown_fields

if TYPE_CHECKING:
    from ..models.is_set_rule_condition_payload import IsSetRuleConditionPayload


T = TypeVar("T", bound="ProductTypeRuleConditionIsSet")


@_attrs_define
class ProductTypeRuleConditionIsSet:
    """Holds when an attribute has a value.

    Attributes:
        is_set (IsSetRuleConditionPayload): Attribute checked by an `isSet` condition.
    """

    is_set: IsSetRuleConditionPayload
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_set = self.is_set.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isSet": is_set,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.is_set_rule_condition_payload import IsSetRuleConditionPayload  # noqa: PLC0415

        d = dict(src_dict)
        is_set = IsSetRuleConditionPayload.from_dict(d.pop("isSet"))

        product_type_rule_condition_is_set = cls(
            is_set=is_set,
        )

        if d:
            note_unknown_fields("ProductTypeRuleConditionIsSet", d)
        product_type_rule_condition_is_set.additional_properties = d
        return product_type_rule_condition_is_set

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
