from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import note_unknown_fields

if TYPE_CHECKING:
    from ..models.discount_price_upsert import DiscountPriceUpsert
    from ..models.standard_price_upsert import StandardPriceUpsert


T = TypeVar("T", bound="SubChannelPrice")


@_attrs_define
class SubChannelPrice:
    """Deprecated, internal to Connect; do not rely on it.

    Attributes:
        code (str):
        discount_price (DiscountPriceUpsert): Discount price change.
        standard_price (StandardPriceUpsert): Standard price change.
    """

    code: str
    discount_price: DiscountPriceUpsert
    standard_price: StandardPriceUpsert
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        discount_price = self.discount_price.to_dict()

        standard_price = self.standard_price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "discount_price": discount_price,
                "standard_price": standard_price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.discount_price_upsert import DiscountPriceUpsert  # noqa: PLC0415
        from ..models.standard_price_upsert import StandardPriceUpsert  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        discount_price = DiscountPriceUpsert.from_dict(d.pop("discount_price"))

        standard_price = StandardPriceUpsert.from_dict(d.pop("standard_price"))

        sub_channel_price = cls(
            code=code,
            discount_price=discount_price,
            standard_price=standard_price,
        )

        if d:
            note_unknown_fields("SubChannelPrice", d)
        sub_channel_price.additional_properties = d
        return sub_channel_price

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
