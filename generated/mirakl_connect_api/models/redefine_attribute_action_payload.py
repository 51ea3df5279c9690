from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.requirement_level import RequirementLevel
from ..types import note_unknown_fields

T = TypeVar("T", bound="RedefineAttributeActionPayload")


@_attrs_define
class RedefineAttributeActionPayload:
    """Attribute whose requirement level a rule changes.

    Attributes:
        attribute (str): Identifier of a product attribute.
        requirement_level (RequirementLevel): How strongly an attribute value is expected.
    """

    attribute: str
    requirement_level: RequirementLevel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute = self.attribute

        requirement_level = self.requirement_level.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attribute": attribute,
                "requirementLevel": requirement_level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attribute = d.pop("attribute")

        requirement_level = RequirementLevel(d.pop("requirementLevel"))

        redefine_attribute_action_payload = cls(
            attribute=attribute,
            requirement_level=requirement_level,
        )

        if d:
            note_unknown_fields("RedefineAttributeActionPayload", d)
        redefine_attribute_action_payload.additional_properties = d
        return redefine_attribute_action_payload

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
