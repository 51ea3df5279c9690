from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.configuration_mode import ConfigurationMode
from ..models.requirement_level import RequirementLevel
from ..types import UNSET, Unset, note_unknown_fields

if TYPE_CHECKING:
    from ..models.localized import Localized


T = TypeVar("T", bound="BooleanAttribute")


@_attrs_define
class BooleanAttribute:
    """A yes/no offer attribute.

    Attributes:
        configuration_modes (list[ConfigurationMode]):
        id (str):
        labels (list[Localized]):
        requirement_level (RequirementLevel): How strongly an attribute value is expected.
        type_ (Literal['Boolean']):  Default: 'Boolean'.
        default_value (bool | Unset):
        descriptions (list[Localized] | Unset):
    """

    configuration_modes: list[ConfigurationMode]
    id: str
    labels: list[Localized]
    requirement_level: RequirementLevel
    type_: Literal["Boolean"] = "Boolean"
    default_value: bool | Unset = UNSET
    descriptions: list[Localized] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configuration_modes = []
        for configuration_modes_item_data in self.configuration_modes:
            configuration_modes_item = configuration_modes_item_data.value
            configuration_modes.append(configuration_modes_item)

        id = self.id

        labels = []
        for labels_item_data in self.labels:
            labels_item = labels_item_data.to_dict()
            labels.append(labels_item)

        requirement_level = self.requirement_level.value

        type_ = self.type_

        default_value = self.default_value

        descriptions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.descriptions, Unset):
            descriptions = []
            for descriptions_item_data in self.descriptions:
                descriptions_item = descriptions_item_data.to_dict()
                descriptions.append(descriptions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configuration_modes": configuration_modes,
                "id": id,
                "labels": labels,
                "requirement_level": requirement_level,
                "type": type_,
            }
        )
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if descriptions is not UNSET:
            field_dict["descriptions"] = descriptions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.localized import Localized  # noqa: PLC0415

        d = dict(src_dict)
        configuration_modes = []
        _configuration_modes = d.pop("configuration_modes")
        for configuration_modes_item_data in _configuration_modes:
            configuration_modes_item = ConfigurationMode(configuration_modes_item_data)

            configuration_modes.append(configuration_modes_item)

        id = d.pop("id")

        labels = []
        _labels = d.pop("labels")
        for labels_item_data in _labels:
            labels_item = Localized.from_dict(labels_item_data)

            labels.append(labels_item)

        requirement_level = RequirementLevel(d.pop("requirement_level"))

        type_ = cast(Literal["Boolean"], d.pop("type"))
        if type_ != "Boolean":
            raise ValueError(f"type must match const 'Boolean', got '{type_}'")

        default_value = d.pop("default_value", UNSET)

        _descriptions = d.pop("descriptions", UNSET)
        descriptions: list[Localized] | Unset = UNSET
        if _descriptions is not UNSET:
            descriptions = []
            for descriptions_item_data in _descriptions:
                descriptions_item = Localized.from_dict(descriptions_item_data)

                descriptions.append(descriptions_item)

        boolean_attribute = cls(
            configuration_modes=configuration_modes,
            id=id,
            labels=labels,
            requirement_level=requirement_level,
            type_=type_,
            default_value=default_value,
            descriptions=descriptions,
        )

        if d:
            note_unknown_fields("BooleanAttribute", d)
        boolean_attribute.additional_properties = d
        return boolean_attribute

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
