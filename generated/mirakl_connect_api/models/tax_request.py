from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, note_unknown_fields

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="TaxRequest")


@_attrs_define
class TaxRequest:
    """A tax amount, never included in the price it applies to.

    Attributes:
        amount (Money): An amount in a currency.
        code (str): Tax kind as named by the channel, e.g. VAT.
        channel_collectible (Money | Unset): An amount in a currency.
        rate (float | Unset): Rate as a fraction, e.g. 0.2.
        seller_collectible (Money | Unset): An amount in a currency.
    """

    amount: Money
    code: str
    channel_collectible: Money | Unset = UNSET
    rate: float | Unset = UNSET
    seller_collectible: Money | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount.to_dict()

        code = self.code

        channel_collectible: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel_collectible, Unset):
            channel_collectible = self.channel_collectible.to_dict()

        rate = self.rate

        seller_collectible: dict[str, Any] | Unset = UNSET
        if not isinstance(self.seller_collectible, Unset):
            seller_collectible = self.seller_collectible.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "code": code,
            }
        )
        if channel_collectible is not UNSET:
            field_dict["channel_collectible"] = channel_collectible
        if rate is not UNSET:
            field_dict["rate"] = rate
        if seller_collectible is not UNSET:
            field_dict["seller_collectible"] = seller_collectible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        amount = Money.from_dict(d.pop("amount"))

        code = d.pop("code")

        _channel_collectible = d.pop("channel_collectible", UNSET)
        channel_collectible: Money | Unset
        if isinstance(_channel_collectible, Unset):
            channel_collectible = UNSET
        else:
            channel_collectible = Money.from_dict(_channel_collectible)

        rate = d.pop("rate", UNSET)

        _seller_collectible = d.pop("seller_collectible", UNSET)
        seller_collectible: Money | Unset
        if isinstance(_seller_collectible, Unset):
            seller_collectible = UNSET
        else:
            seller_collectible = Money.from_dict(_seller_collectible)

        tax_request = cls(
            amount=amount,
            code=code,
            channel_collectible=channel_collectible,
            rate=rate,
            seller_collectible=seller_collectible,
        )

        if d:
            note_unknown_fields("TaxRequest", d)
        tax_request.additional_properties = d
        return tax_request

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
