from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.adjustment_reason import AdjustmentReason
from ..models.adjustment_type import AdjustmentType
from ..types import UNSET, Unset, note_unknown_fields

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.tax_request import TaxRequest


T = TypeVar("T", bound="AdjustmentRequest")


@_attrs_define
class AdjustmentRequest:
    """A refund or cancellation recorded on an order line after the order was placed.

    Attributes:
        channel_adjustment_id (str):
        created_at (datetime.datetime):
        price (Money): An amount in a currency.
        quantity (int): Units cancelled or refunded.
        reason (AdjustmentReason): Business reason behind a refund or cancellation.
        shipping_price (Money): An amount in a currency.
        type_ (AdjustmentType): REFUND returns money without changing quantities; CANCELATION removes units from the
            line.
        shipping_taxes (list[TaxRequest] | Unset): Shipping taxes adjusted (not included in `shipping_price`).
        taxes (list[TaxRequest] | Unset): Taxes adjusted (not included in `price`).
    """

    channel_adjustment_id: str
    created_at: datetime.datetime
    price: Money
    quantity: int
    reason: AdjustmentReason
    shipping_price: Money
    type_: AdjustmentType
    shipping_taxes: list[TaxRequest] | Unset = UNSET
    taxes: list[TaxRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_adjustment_id = self.channel_adjustment_id

        created_at = _types.format_datetime(self.created_at)

        price = self.price.to_dict()

        quantity = self.quantity

        reason = self.reason.value

        shipping_price = self.shipping_price.to_dict()

        type_ = self.type_.value

        shipping_taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipping_taxes, Unset):
            shipping_taxes = []
            for shipping_taxes_item_data in self.shipping_taxes:
                shipping_taxes_item = shipping_taxes_item_data.to_dict()
                shipping_taxes.append(shipping_taxes_item)

        taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = []
            for taxes_item_data in self.taxes:
                taxes_item = taxes_item_data.to_dict()
                taxes.append(taxes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel_adjustment_id": channel_adjustment_id,
                "created_at": created_at,
                "price": price,
                "quantity": quantity,
                "reason": reason,
                "shipping_price": shipping_price,
                "type": type_,
            }
        )
        if shipping_taxes is not UNSET:
            field_dict["shipping_taxes"] = shipping_taxes
        if taxes is not UNSET:
            field_dict["taxes"] = taxes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415
        from ..models.tax_request import TaxRequest  # noqa: PLC0415

        d = dict(src_dict)
        channel_adjustment_id = d.pop("channel_adjustment_id")

        created_at = _types.parse_datetime(d.pop("created_at"))

        price = Money.from_dict(d.pop("price"))

        quantity = d.pop("quantity")

        reason = AdjustmentReason(d.pop("reason"))

        shipping_price = Money.from_dict(d.pop("shipping_price"))

        type_ = AdjustmentType(d.pop("type"))

        _shipping_taxes = d.pop("shipping_taxes", UNSET)
        shipping_taxes: list[TaxRequest] | Unset = UNSET
        if _shipping_taxes is not UNSET:
            shipping_taxes = []
            for shipping_taxes_item_data in _shipping_taxes:
                shipping_taxes_item = TaxRequest.from_dict(shipping_taxes_item_data)

                shipping_taxes.append(shipping_taxes_item)

        _taxes = d.pop("taxes", UNSET)
        taxes: list[TaxRequest] | Unset = UNSET
        if _taxes is not UNSET:
            taxes = []
            for taxes_item_data in _taxes:
                taxes_item = TaxRequest.from_dict(taxes_item_data)

                taxes.append(taxes_item)

        adjustment_request = cls(
            channel_adjustment_id=channel_adjustment_id,
            created_at=created_at,
            price=price,
            quantity=quantity,
            reason=reason,
            shipping_price=shipping_price,
            type_=type_,
            shipping_taxes=shipping_taxes,
            taxes=taxes,
        )

        if d:
            note_unknown_fields("AdjustmentRequest", d)
        adjustment_request.additional_properties = d
        return adjustment_request

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
