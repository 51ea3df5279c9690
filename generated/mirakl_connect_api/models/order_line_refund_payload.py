from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.adjustment_reason import AdjustmentReason
from ..types import UNSET, Unset, note_unknown_fields

if TYPE_CHECKING:
    from ..models.price_payload import PricePayload
    from ..models.tax_payload import TaxPayload


T = TypeVar("T", bound="OrderLineRefundPayload")


@_attrs_define
class OrderLineRefundPayload:
    """Quantities and amounts to refund on one line.

    Attributes:
        price (PricePayload): An amount in a currency.
        product_id (str):
        quantity (int):
        reason (AdjustmentReason): Business reason behind a refund or cancellation.
        shipping_price (PricePayload): An amount in a currency.
        channel_order_line_id (str | Unset):
        shipping_taxes (list[TaxPayload] | Unset):
        taxes (list[TaxPayload] | Unset):
    """

    price: PricePayload
    product_id: str
    quantity: int
    reason: AdjustmentReason
    shipping_price: PricePayload
    channel_order_line_id: str | Unset = UNSET
    shipping_taxes: list[TaxPayload] | Unset = UNSET
    taxes: list[TaxPayload] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price = self.price.to_dict()

        product_id = self.product_id

        quantity = self.quantity

        reason = self.reason.value

        shipping_price = self.shipping_price.to_dict()

        channel_order_line_id = self.channel_order_line_id

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
                "price": price,
                "product_id": product_id,
                "quantity": quantity,
                "reason": reason,
                "shipping_price": shipping_price,
            }
        )
        if channel_order_line_id is not UNSET:
            field_dict["channel_order_line_id"] = channel_order_line_id
        if shipping_taxes is not UNSET:
            field_dict["shipping_taxes"] = shipping_taxes
        if taxes is not UNSET:
            field_dict["taxes"] = taxes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.price_payload import PricePayload  # noqa: PLC0415
        from ..models.tax_payload import TaxPayload  # noqa: PLC0415

        d = dict(src_dict)
        price = PricePayload.from_dict(d.pop("price"))

        product_id = d.pop("product_id")

        quantity = d.pop("quantity")

        reason = AdjustmentReason(d.pop("reason"))

        shipping_price = PricePayload.from_dict(d.pop("shipping_price"))

        channel_order_line_id = d.pop("channel_order_line_id", UNSET)

        _shipping_taxes = d.pop("shipping_taxes", UNSET)
        shipping_taxes: list[TaxPayload] | Unset = UNSET
        if _shipping_taxes is not UNSET:
            shipping_taxes = []
            for shipping_taxes_item_data in _shipping_taxes:
                shipping_taxes_item = TaxPayload.from_dict(shipping_taxes_item_data)

                shipping_taxes.append(shipping_taxes_item)

        _taxes = d.pop("taxes", UNSET)
        taxes: list[TaxPayload] | Unset = UNSET
        if _taxes is not UNSET:
            taxes = []
            for taxes_item_data in _taxes:
                taxes_item = TaxPayload.from_dict(taxes_item_data)

                taxes.append(taxes_item)

        order_line_refund_payload = cls(
            price=price,
            product_id=product_id,
            quantity=quantity,
            reason=reason,
            shipping_price=shipping_price,
            channel_order_line_id=channel_order_line_id,
            shipping_taxes=shipping_taxes,
            taxes=taxes,
        )

        if d:
            note_unknown_fields("OrderLineRefundPayload", d)
        order_line_refund_payload.additional_properties = d
        return order_line_refund_payload

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
