from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, note_unknown_fields, parse_union

if TYPE_CHECKING:
    from ..models.embedded_decimal_attribute import EmbeddedDecimalAttribute
    from ..models.embedded_integer_attribute import EmbeddedIntegerAttribute
    from ..models.embedded_list_attribute import EmbeddedListAttribute
    from ..models.embedded_media_attribute import EmbeddedMediaAttribute
    from ..models.embedded_text_attribute import EmbeddedTextAttribute
    from ..models.localized import Localized
    from ..models.product_type_context import ProductTypeContext
    from ..models.product_type_rule_reference import ProductTypeRuleReference


T = TypeVar("T", bound="ProductType")


@_attrs_define
class ProductType:
    """Complete definition of a channel product type (replaces the stored one).

    Attributes:
        embedded_attributes (list[EmbeddedDecimalAttribute | EmbeddedIntegerAttribute | EmbeddedListAttribute |
            EmbeddedMediaAttribute | EmbeddedTextAttribute]): Every attribute of the product type.
        labels (list[Localized]):
        context (ProductTypeContext | Unset): Where a product type sits in the channel's own taxonomy.
        rules (list[ProductTypeRuleReference] | Unset): Taxonomy rules applied to this product type.
    """

    embedded_attributes: list[
        EmbeddedDecimalAttribute
        | EmbeddedIntegerAttribute
        | EmbeddedListAttribute
        | EmbeddedMediaAttribute
        | EmbeddedTextAttribute
    ]
    labels: list[Localized]
    context: ProductTypeContext | Unset = UNSET
    rules: list[ProductTypeRuleReference] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.embedded_decimal_attribute import EmbeddedDecimalAttribute  # noqa: PLC0415
        from ..models.embedded_integer_attribute import EmbeddedIntegerAttribute  # noqa: PLC0415
        from ..models.embedded_list_attribute import EmbeddedListAttribute  # noqa: PLC0415
        from ..models.embedded_media_attribute import EmbeddedMediaAttribute  # noqa: PLC0415
        from ..models.embedded_text_attribute import EmbeddedTextAttribute  # noqa: PLC0415

        embedded_attributes = []
        for embedded_attributes_item_data in self.embedded_attributes:
            embedded_attributes_item: dict[str, Any] | Any
            if isinstance(embedded_attributes_item_data, EmbeddedDecimalAttribute):
                embedded_attributes_item = embedded_attributes_item_data.to_dict()
            elif isinstance(embedded_attributes_item_data, EmbeddedIntegerAttribute):
                embedded_attributes_item = embedded_attributes_item_data.to_dict()
            elif isinstance(embedded_attributes_item_data, EmbeddedListAttribute):
                embedded_attributes_item = embedded_attributes_item_data.to_dict()
            elif isinstance(embedded_attributes_item_data, EmbeddedMediaAttribute):
                embedded_attributes_item = embedded_attributes_item_data.to_dict()
            elif isinstance(embedded_attributes_item_data, EmbeddedTextAttribute):
                embedded_attributes_item = embedded_attributes_item_data.to_dict()
            else:
                embedded_attributes_item = embedded_attributes_item_data

            embedded_attributes.append(embedded_attributes_item)

        labels = []
        for labels_item_data in self.labels:
            labels_item = labels_item_data.to_dict()
            labels.append(labels_item)

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = []
            for rules_item_data in self.rules:
                rules_item = rules_item_data.to_dict()
                rules.append(rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "embedded_attributes": embedded_attributes,
                "labels": labels,
            }
        )
        if context is not UNSET:
            field_dict["context"] = context
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.embedded_decimal_attribute import EmbeddedDecimalAttribute  # noqa: PLC0415
        from ..models.embedded_integer_attribute import EmbeddedIntegerAttribute  # noqa: PLC0415
        from ..models.embedded_list_attribute import EmbeddedListAttribute  # noqa: PLC0415
        from ..models.embedded_media_attribute import EmbeddedMediaAttribute  # noqa: PLC0415
        from ..models.embedded_text_attribute import EmbeddedTextAttribute  # noqa: PLC0415
        from ..models.localized import Localized  # noqa: PLC0415
        from ..models.product_type_context import ProductTypeContext  # noqa: PLC0415
        from ..models.product_type_rule_reference import ProductTypeRuleReference  # noqa: PLC0415

        d = dict(src_dict)
        embedded_attributes = []
        _embedded_attributes = d.pop("embedded_attributes")
        for embedded_attributes_item_data in _embedded_attributes:

            def _parse_embedded_attributes_item(
                data: object,
            ) -> (
                EmbeddedDecimalAttribute
                | EmbeddedIntegerAttribute
                | EmbeddedListAttribute
                | EmbeddedMediaAttribute
                | EmbeddedTextAttribute
            ):

                def _as_0(data: object) -> EmbeddedDecimalAttribute:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_embedded_attribute_type_0 = EmbeddedDecimalAttribute.from_dict(data)

                    return componentsschemas_embedded_attribute_type_0

                def _as_1(data: object) -> EmbeddedIntegerAttribute:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_embedded_attribute_type_1 = EmbeddedIntegerAttribute.from_dict(data)

                    return componentsschemas_embedded_attribute_type_1

                def _as_2(data: object) -> EmbeddedListAttribute:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_embedded_attribute_type_2 = EmbeddedListAttribute.from_dict(data)

                    return componentsschemas_embedded_attribute_type_2

                def _as_3(data: object) -> EmbeddedMediaAttribute:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_embedded_attribute_type_3 = EmbeddedMediaAttribute.from_dict(data)

                    return componentsschemas_embedded_attribute_type_3

                def _as_4(data: object) -> EmbeddedTextAttribute:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_embedded_attribute_type_4 = EmbeddedTextAttribute.from_dict(data)

                    return componentsschemas_embedded_attribute_type_4

                return cast(
                    EmbeddedDecimalAttribute
                    | EmbeddedIntegerAttribute
                    | EmbeddedListAttribute
                    | EmbeddedMediaAttribute
                    | EmbeddedTextAttribute,
                    parse_union(
                        data,
                        (
                            _as_0,
                            _as_1,
                            _as_2,
                            _as_3,
                            _as_4,
                        ),
                        "embedded_attributes_item",
                    ),
                )

            embedded_attributes_item = _parse_embedded_attributes_item(embedded_attributes_item_data)

            embedded_attributes.append(embedded_attributes_item)

        labels = []
        _labels = d.pop("labels")
        for labels_item_data in _labels:
            labels_item = Localized.from_dict(labels_item_data)

            labels.append(labels_item)

        _context = d.pop("context", UNSET)
        context: ProductTypeContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = ProductTypeContext.from_dict(_context)

        _rules = d.pop("rules", UNSET)
        rules: list[ProductTypeRuleReference] | Unset = UNSET
        if _rules is not UNSET:
            rules = []
            for rules_item_data in _rules:
                rules_item = ProductTypeRuleReference.from_dict(rules_item_data)

                rules.append(rules_item)

        product_type = cls(
            embedded_attributes=embedded_attributes,
            labels=labels,
            context=context,
            rules=rules,
        )

        if d:
            note_unknown_fields("ProductType", d)
        product_type.additional_properties = d
        return product_type

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
