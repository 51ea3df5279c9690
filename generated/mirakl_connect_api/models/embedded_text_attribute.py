from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connect_standard_attribute import ConnectStandardAttribute
from ..models.requirement_level import RequirementLevel
from ..types import UNSET, Unset, note_unknown_fields

if TYPE_CHECKING:
    from ..models.attribute_context import AttributeContext
    from ..models.localized import Localized


T = TypeVar("T", bound="EmbeddedTextAttribute")


@_attrs_define
class EmbeddedTextAttribute:
    """A free-text product attribute.

    Attributes:
        id (str): Identifier of a product attribute.
        labels (list[Localized]):
        requirement_level (RequirementLevel): How strongly an attribute value is expected.
        type_ (Literal['Text']):  Default: 'Text'.
        connect_standard_attributes (list[ConnectStandardAttribute] | Unset):
        context (AttributeContext | Unset): Where a product type attribute sits in the channel's own data model.
        descriptions (list[Localized] | Unset):
        max_length (int | Unset):
        min_length (int | Unset):
    """

    id: str
    labels: list[Localized]
    requirement_level: RequirementLevel
    type_: Literal["Text"] = "Text"
    connect_standard_attributes: list[ConnectStandardAttribute] | Unset = UNSET
    context: AttributeContext | Unset = UNSET
    descriptions: list[Localized] | Unset = UNSET
    max_length: int | Unset = UNSET
    min_length: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        labels = []
        for labels_item_data in self.labels:
            labels_item = labels_item_data.to_dict()
            labels.append(labels_item)

        requirement_level = self.requirement_level.value

        type_ = self.type_

        connect_standard_attributes: list[str] | Unset = UNSET
        if not isinstance(self.connect_standard_attributes, Unset):
            connect_standard_attributes = []
            for connect_standard_attributes_item_data in self.connect_standard_attributes:
                connect_standard_attributes_item = connect_standard_attributes_item_data.value
                connect_standard_attributes.append(connect_standard_attributes_item)

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        descriptions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.descriptions, Unset):
            descriptions = []
            for descriptions_item_data in self.descriptions:
                descriptions_item = descriptions_item_data.to_dict()
                descriptions.append(descriptions_item)

        max_length = self.max_length

        min_length = self.min_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "labels": labels,
                "requirement_level": requirement_level,
                "type": type_,
            }
        )
        if connect_standard_attributes is not UNSET:
            field_dict["connect_standard_attributes"] = connect_standard_attributes
        if context is not UNSET:
            field_dict["context"] = context
        if descriptions is not UNSET:
            field_dict["descriptions"] = descriptions
        if max_length is not UNSET:
            field_dict["max_length"] = max_length
        if min_length is not UNSET:
            field_dict["min_length"] = min_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attribute_context import AttributeContext  # noqa: PLC0415
        from ..models.localized import Localized  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        labels = []
        _labels = d.pop("labels")
        for labels_item_data in _labels:
            labels_item = Localized.from_dict(labels_item_data)

            labels.append(labels_item)

        requirement_level = RequirementLevel(d.pop("requirement_level"))

        type_ = cast(Literal["Text"], d.pop("type"))
        if type_ != "Text":
            raise ValueError(f"type must match const 'Text', got '{type_}'")

        _connect_standard_attributes = d.pop("connect_standard_attributes", UNSET)
        connect_standard_attributes: list[ConnectStandardAttribute] | Unset = UNSET
        if _connect_standard_attributes is not UNSET:
            connect_standard_attributes = []
            for connect_standard_attributes_item_data in _connect_standard_attributes:
                connect_standard_attributes_item = ConnectStandardAttribute(
                    connect_standard_attributes_item_data
                )

                connect_standard_attributes.append(connect_standard_attributes_item)

        _context = d.pop("context", UNSET)
        context: AttributeContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = AttributeContext.from_dict(_context)

        _descriptions = d.pop("descriptions", UNSET)
        descriptions: list[Localized] | Unset = UNSET
        if _descriptions is not UNSET:
            descriptions = []
            for descriptions_item_data in _descriptions:
                descriptions_item = Localized.from_dict(descriptions_item_data)

                descriptions.append(descriptions_item)

        max_length = d.pop("max_length", UNSET)

        min_length = d.pop("min_length", UNSET)

        embedded_text_attribute = cls(
            id=id,
            labels=labels,
            requirement_level=requirement_level,
            type_=type_,
            connect_standard_attributes=connect_standard_attributes,
            context=context,
            descriptions=descriptions,
            max_length=max_length,
            min_length=min_length,
        )

        if d:
            note_unknown_fields("EmbeddedTextAttribute", d)
        embedded_text_attribute.additional_properties = d
        return embedded_text_attribute

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
