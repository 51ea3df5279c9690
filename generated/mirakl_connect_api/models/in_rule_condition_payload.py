from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import accept, note_unknown_fields, parse_union

T = TypeVar("T", bound="InRuleConditionPayload")


@_attrs_define
class InRuleConditionPayload:
    """Attribute and candidate values of an `in` condition.

    Attributes:
        attribute (str): Identifier of a product attribute.
        values (list[bool | float | str]):
    """

    attribute: str
    values: list[bool | float | str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute = self.attribute

        values = []
        for values_item_data in self.values:
            values_item: bool | float | str | Any
            values_item = values_item_data

            values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attribute": attribute,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attribute = d.pop("attribute")

        values = []
        _values = d.pop("values")
        for values_item_data in _values:

            def _parse_values_item(data: object) -> bool | float | str:

                return cast(
                    bool | float | str,
                    parse_union(
                        data,
                        (
                            accept(str),
                            accept(int, float),
                            accept(bool),
                        ),
                        "values_item",
                    ),
                )

            values_item = _parse_values_item(values_item_data)

            values.append(values_item)

        in_rule_condition_payload = cls(
            attribute=attribute,
            values=values,
        )

        if d:
            note_unknown_fields("InRuleConditionPayload", d)
        in_rule_condition_payload.additional_properties = d
        return in_rule_condition_payload

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
