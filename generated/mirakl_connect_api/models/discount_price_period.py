from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.support_status import SupportStatus
from ..types import note_unknown_fields

if TYPE_CHECKING:
    from ..models.pricing_configuration_field import PricingConfigurationField


T = TypeVar("T", bound="DiscountPricePeriod")


@_attrs_define
class DiscountPricePeriod:
    """Whether discount prices may carry a validity period, and which dates are needed.

    Attributes:
        end_date (PricingConfigurationField): Requirement for one pricing field.
        start_date (PricingConfigurationField): Requirement for one pricing field.
        support (SupportStatus): Whether the channel supports a capability.
    """

    end_date: PricingConfigurationField
    start_date: PricingConfigurationField
    support: SupportStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_date = self.end_date.to_dict()

        start_date = self.start_date.to_dict()

        support = self.support.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_date": end_date,
                "start_date": start_date,
                "support": support,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pricing_configuration_field import PricingConfigurationField  # noqa: PLC0415

        d = dict(src_dict)
        end_date = PricingConfigurationField.from_dict(d.pop("end_date"))

        start_date = PricingConfigurationField.from_dict(d.pop("start_date"))

        support = SupportStatus(d.pop("support"))

        discount_price_period = cls(
            end_date=end_date,
            start_date=start_date,
            support=support,
        )

        if d:
            note_unknown_fields("DiscountPricePeriod", d)
        discount_price_period.additional_properties = d
        return discount_price_period

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
