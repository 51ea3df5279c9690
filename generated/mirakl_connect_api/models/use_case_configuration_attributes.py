from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.standard_offer_attribute import StandardOfferAttribute
from ..types import UNSET, Unset, note_unknown_fields

T = TypeVar("T", bound="UseCaseConfigurationAttributes")


@_attrs_define
class UseCaseConfigurationAttributes:
    """Standard and custom offer fields.

    Attributes:
        custom_attributes (list[str] | Unset):
        standard_attributes (list[StandardOfferAttribute] | Unset):
    """

    custom_attributes: list[str] | Unset = UNSET
    standard_attributes: list[StandardOfferAttribute] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_attributes: list[str] | Unset = UNSET
        if not isinstance(self.custom_attributes, Unset):
            custom_attributes = self.custom_attributes

        standard_attributes: list[str] | Unset = UNSET
        if not isinstance(self.standard_attributes, Unset):
            standard_attributes = []
            for standard_attributes_item_data in self.standard_attributes:
                standard_attributes_item = standard_attributes_item_data.value
                standard_attributes.append(standard_attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_attributes is not UNSET:
            field_dict["custom_attributes"] = custom_attributes
        if standard_attributes is not UNSET:
            field_dict["standard_attributes"] = standard_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        custom_attributes = cast(list[str], d.pop("custom_attributes", UNSET))

        _standard_attributes = d.pop("standard_attributes", UNSET)
        standard_attributes: list[StandardOfferAttribute] | Unset = UNSET
        if _standard_attributes is not UNSET:
            standard_attributes = []
            for standard_attributes_item_data in _standard_attributes:
                standard_attributes_item = StandardOfferAttribute(standard_attributes_item_data)

                standard_attributes.append(standard_attributes_item)

        use_case_configuration_attributes = cls(
            custom_attributes=custom_attributes,
            standard_attributes=standard_attributes,
        )

        if d:
            note_unknown_fields("UseCaseConfigurationAttributes", d)
        use_case_configuration_attributes.additional_properties = d
        return use_case_configuration_attributes

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
