from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, note_unknown_fields

if TYPE_CHECKING:
    from ..models.localized import Localized


T = TypeVar("T", bound="ProductTextAttribute")


@_attrs_define
class ProductTextAttribute:
    """A free-text product attribute.

    Attributes:
        id (str): Identifier of a product attribute.
        labels (list[Localized]):
        type_ (Literal['Text']):  Default: 'Text'.
        descriptions (list[Localized] | Unset):
    """

    id: str
    labels: list[Localized]
    type_: Literal["Text"] = "Text"
    descriptions: list[Localized] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        labels = []
        for labels_item_data in self.labels:
            labels_item = labels_item_data.to_dict()
            labels.append(labels_item)

        type_ = self.type_

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
                "id": id,
                "labels": labels,
                "type": type_,
            }
        )
        if descriptions is not UNSET:
            field_dict["descriptions"] = descriptions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.localized import Localized  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        labels = []
        _labels = d.pop("labels")
        for labels_item_data in _labels:
            labels_item = Localized.from_dict(labels_item_data)

            labels.append(labels_item)

        type_ = cast(Literal["Text"], d.pop("type"))
        if type_ != "Text":
            raise ValueError(f"type must match const 'Text', got '{type_}'")

        _descriptions = d.pop("descriptions", UNSET)
        descriptions: list[Localized] | Unset = UNSET
        if _descriptions is not UNSET:
            descriptions = []
            for descriptions_item_data in _descriptions:
                descriptions_item = Localized.from_dict(descriptions_item_data)

                descriptions.append(descriptions_item)

        product_text_attribute = cls(
            id=id,
            labels=labels,
            type_=type_,
            descriptions=descriptions,
        )

        if d:
            note_unknown_fields("ProductTextAttribute", d)
        product_text_attribute.additional_properties = d
        return product_text_attribute

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
