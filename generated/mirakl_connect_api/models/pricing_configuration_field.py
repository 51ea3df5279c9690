from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pricing_requirement_level import PricingRequirementLevel
from ..types import note_unknown_fields

T = TypeVar("T", bound="PricingConfigurationField")


@_attrs_define
class PricingConfigurationField:
    """Requirement for one pricing field.

    Attributes:
        requirement_level (PricingRequirementLevel): Whether a pricing field must be provided.
    """

    requirement_level: PricingRequirementLevel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requirement_level = self.requirement_level.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requirement_level": requirement_level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        requirement_level = PricingRequirementLevel(d.pop("requirement_level"))

        pricing_configuration_field = cls(
            requirement_level=requirement_level,
        )

        if d:
            note_unknown_fields("PricingConfigurationField", d)
        pricing_configuration_field.additional_properties = d
        return pricing_configuration_field

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
