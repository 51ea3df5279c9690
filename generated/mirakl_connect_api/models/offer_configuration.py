from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, note_unknown_fields, parse_union

if TYPE_CHECKING:
    from ..models.boolean_attribute import BooleanAttribute
    from ..models.list_attribute import ListAttribute
    from ..models.numeric_attribute import NumericAttribute
    from ..models.pricing_configuration import PricingConfiguration
    from ..models.text_attribute import TextAttribute


T = TypeVar("T", bound="OfferConfiguration")


@_attrs_define
class OfferConfiguration:
    """Offer-level settings sellers fill in.

    Attributes:
        custom_attributes (list[BooleanAttribute | ListAttribute | NumericAttribute | TextAttribute] | Unset):
        pricing_configuration (PricingConfiguration | Unset): Pricing options of the channel.
    """

    custom_attributes: list[BooleanAttribute | ListAttribute | NumericAttribute | TextAttribute] | Unset = (
        UNSET
    )
    pricing_configuration: PricingConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.boolean_attribute import BooleanAttribute  # noqa: PLC0415
        from ..models.list_attribute import ListAttribute  # noqa: PLC0415
        from ..models.numeric_attribute import NumericAttribute  # noqa: PLC0415
        from ..models.text_attribute import TextAttribute  # noqa: PLC0415

        custom_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_attributes, Unset):
            custom_attributes = []
            for custom_attributes_item_data in self.custom_attributes:
                custom_attributes_item: dict[str, Any] | Any
                if isinstance(custom_attributes_item_data, BooleanAttribute):
                    custom_attributes_item = custom_attributes_item_data.to_dict()
                elif isinstance(custom_attributes_item_data, ListAttribute):
                    custom_attributes_item = custom_attributes_item_data.to_dict()
                elif isinstance(custom_attributes_item_data, NumericAttribute):
                    custom_attributes_item = custom_attributes_item_data.to_dict()
                elif isinstance(custom_attributes_item_data, TextAttribute):
                    custom_attributes_item = custom_attributes_item_data.to_dict()
                else:
                    custom_attributes_item = custom_attributes_item_data

                custom_attributes.append(custom_attributes_item)

        pricing_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing_configuration, Unset):
            pricing_configuration = self.pricing_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_attributes is not UNSET:
            field_dict["custom_attributes"] = custom_attributes
        if pricing_configuration is not UNSET:
            field_dict["pricing_configuration"] = pricing_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.boolean_attribute import BooleanAttribute  # noqa: PLC0415
        from ..models.list_attribute import ListAttribute  # noqa: PLC0415
        from ..models.numeric_attribute import NumericAttribute  # noqa: PLC0415
        from ..models.pricing_configuration import PricingConfiguration  # noqa: PLC0415
        from ..models.text_attribute import TextAttribute  # noqa: PLC0415

        d = dict(src_dict)
        _custom_attributes = d.pop("custom_attributes", UNSET)
        custom_attributes: (
            list[BooleanAttribute | ListAttribute | NumericAttribute | TextAttribute] | Unset
        ) = UNSET
        if _custom_attributes is not UNSET:
            custom_attributes = []
            for custom_attributes_item_data in _custom_attributes:

                def _parse_custom_attributes_item(
                    data: object,
                ) -> BooleanAttribute | ListAttribute | NumericAttribute | TextAttribute:

                    def _as_0(data: object) -> BooleanAttribute:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_attribute_type_0 = BooleanAttribute.from_dict(data)

                        return componentsschemas_attribute_type_0

                    def _as_1(data: object) -> ListAttribute:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_attribute_type_1 = ListAttribute.from_dict(data)

                        return componentsschemas_attribute_type_1

                    def _as_2(data: object) -> NumericAttribute:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_attribute_type_2 = NumericAttribute.from_dict(data)

                        return componentsschemas_attribute_type_2

                    def _as_3(data: object) -> TextAttribute:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_attribute_type_3 = TextAttribute.from_dict(data)

                        return componentsschemas_attribute_type_3

                    return cast(
                        BooleanAttribute | ListAttribute | NumericAttribute | TextAttribute,
                        parse_union(
                            data,
                            (
                                _as_0,
                                _as_1,
                                _as_2,
                                _as_3,
                            ),
                            "custom_attributes_item",
                        ),
                    )

                custom_attributes_item = _parse_custom_attributes_item(custom_attributes_item_data)

                custom_attributes.append(custom_attributes_item)

        _pricing_configuration = d.pop("pricing_configuration", UNSET)
        pricing_configuration: PricingConfiguration | Unset
        if isinstance(_pricing_configuration, Unset):
            pricing_configuration = UNSET
        else:
            pricing_configuration = PricingConfiguration.from_dict(_pricing_configuration)

        offer_configuration = cls(
            custom_attributes=custom_attributes,
            pricing_configuration=pricing_configuration,
        )

        if d:
            note_unknown_fields("OfferConfiguration", d)
        offer_configuration.additional_properties = d
        return offer_configuration

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
