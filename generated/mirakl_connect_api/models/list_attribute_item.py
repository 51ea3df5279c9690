from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, note_unknown_fields

if TYPE_CHECKING:
    from ..models.localized import Localized


T = TypeVar("T", bound="ListAttributeItem")


@_attrs_define
class ListAttributeItem:
    """One allowed value of a list attribute.

    Attributes:
        id (str):
        labels (list[Localized] | Unset):
    """

    id: str
    labels: list[Localized] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.localized import Localized  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        _labels = d.pop("labels", UNSET)
        labels: list[Localized] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = Localized.from_dict(labels_item_data)

                labels.append(labels_item)

        list_attribute_item = cls(
            id=id,
            labels=labels,
        )

        if d:
            note_unknown_fields("ListAttributeItem", d)
        list_attribute_item.additional_properties = d
        return list_attribute_item

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
