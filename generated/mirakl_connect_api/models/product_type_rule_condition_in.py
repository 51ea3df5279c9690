from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import note_unknown_fields

if TYPE_CHECKING:
    from ..models.in_rule_condition_payload import InRuleConditionPayload


T = TypeVar("T", bound="ProductTypeRuleConditionIn")


@_attrs_define
class ProductTypeRuleConditionIn:
    """Holds when an attribute's value is one of a list.

    Attributes:
        in_ (InRuleConditionPayload): Attribute and candidate values of an `in` condition.
    """

    in_: InRuleConditionPayload
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_ = self.in_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "in": in_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.in_rule_condition_payload import InRuleConditionPayload  # noqa: PLC0415

        d = dict(src_dict)
        in_ = InRuleConditionPayload.from_dict(d.pop("in"))

        product_type_rule_condition_in = cls(
            in_=in_,
        )

        if d:
            note_unknown_fields("ProductTypeRuleConditionIn", d)
        product_type_rule_condition_in.additional_properties = d
        return product_type_rule_condition_in

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
