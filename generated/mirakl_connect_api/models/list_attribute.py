from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.configuration_mode import ConfigurationMode
from ..models.requirement_level import RequirementLevel
from ..types import UNSET, Unset, note_unknown_fields

if TYPE_CHECKING:
    from ..models.list_attribute_item import ListAttributeItem
    from ..models.localized import Localized


T = TypeVar("T", bound="ListAttribute")


@_attrs_define
class ListAttribute:
    """An offer attribute whose values come from a fixed list.

    Attributes:
        configuration_modes (list[ConfigurationMode]):
        id (str):
        labels (list[Localized]):
        max_size (int): How many values may be selected; 1 for a single choice.
        requirement_level (RequirementLevel): How strongly an attribute value is expected.
        type_ (Literal['List']):  Default: 'List'.
        values (list[ListAttributeItem]):
        default_values (list[str] | Unset):
        descriptions (list[Localized] | Unset):
    """

    configuration_modes: list[ConfigurationMode]
    id: str
    labels: list[Localized]
    max_size: int
    requirement_level: RequirementLevel
    values: list[ListAttributeItem]
    type_: Literal["List"] = "List"
    default_values: list[str] | Unset = UNSET
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

        max_size = self.max_size

        requirement_level = self.requirement_level.value

        type_ = self.type_

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        default_values: list[str] | Unset = UNSET
        if not isinstance(self.default_values, Unset):
            default_values = self.default_values

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
                "max_size": max_size,
                "requirement_level": requirement_level,
                "type": type_,
                "values": values,
            }
        )
        if default_values is not UNSET:
            field_dict["default_values"] = default_values
        if descriptions is not UNSET:
            field_dict["descriptions"] = descriptions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_attribute_item import ListAttributeItem  # noqa: PLC0415
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

        max_size = d.pop("max_size")

        requirement_level = RequirementLevel(d.pop("requirement_level"))

        type_ = cast(Literal["List"], d.pop("type"))
        if type_ != "List":
            raise ValueError(f"type must match const 'List', got '{type_}'")

        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = ListAttributeItem.from_dict(values_item_data)

            values.append(values_item)

        default_values = cast(list[str], d.pop("default_values", UNSET))

        _descriptions = d.pop("descriptions", UNSET)
        descriptions: list[Localized] | Unset = UNSET
        if _descriptions is not UNSET:
            descriptions = []
            for descriptions_item_data in _descriptions:
                descriptions_item = Localized.from_dict(descriptions_item_data)

                descriptions.append(descriptions_item)

        list_attribute = cls(
            configuration_modes=configuration_modes,
            id=id,
            labels=labels,
            max_size=max_size,
            requirement_level=requirement_level,
            type_=type_,
            values=values,
            default_values=default_values,
            descriptions=descriptions,
        )

        if d:
            note_unknown_fields("ListAttribute", d)
        list_attribute.additional_properties = d
        return list_attribute

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
