from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, note_unknown_fields

if TYPE_CHECKING:
    from ..models.discount_price_period import DiscountPricePeriod


T = TypeVar("T", bound="PricingConfiguration")


@_attrs_define
class PricingConfiguration:
    """Pricing options of the channel.

    Attributes:
        discount_price_period (DiscountPricePeriod | Unset): Whether discount prices may carry a validity period, and
            which dates are needed.
    """

    discount_price_period: DiscountPricePeriod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discount_price_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_price_period, Unset):
            discount_price_period = self.discount_price_period.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if discount_price_period is not UNSET:
            field_dict["discount_price_period"] = discount_price_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.discount_price_period import DiscountPricePeriod  # noqa: PLC0415

        d = dict(src_dict)
        _discount_price_period = d.pop("discount_price_period", UNSET)
        discount_price_period: DiscountPricePeriod | Unset
        if isinstance(_discount_price_period, Unset):
            discount_price_period = UNSET
        else:
            discount_price_period = DiscountPricePeriod.from_dict(_discount_price_period)

        pricing_configuration = cls(
            discount_price_period=discount_price_period,
        )

        if d:
            note_unknown_fields("PricingConfiguration", d)
        pricing_configuration.additional_properties = d
        return pricing_configuration

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
