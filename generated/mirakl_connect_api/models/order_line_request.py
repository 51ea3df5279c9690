from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.order_status import OrderStatus
from ..models.order_status_reason import OrderStatusReason
from ..types import UNSET, Unset, note_unknown_fields, parse_union

if TYPE_CHECKING:
    from ..models.adjustment_request import AdjustmentRequest
    from ..models.custom_attribute_boolean_request import CustomAttributeBooleanRequest
    from ..models.custom_attribute_date_request import CustomAttributeDateRequest
    from ..models.custom_attribute_list_request import CustomAttributeListRequest
    from ..models.custom_attribute_numeric_request import CustomAttributeNumericRequest
    from ..models.custom_attribute_string_request import CustomAttributeStringRequest
    from ..models.money import Money
    from ..models.product_request import ProductRequest
    from ..models.tax_request import TaxRequest


T = TypeVar("T", bound="OrderLineRequest")


@_attrs_define
class OrderLineRequest:
    """One product line of an order.

    Attributes:
        can_cancel (bool):
        can_refund (bool):
        channel_order_line_id (str): Line id, unique across all orders of the channel.
        created_at (datetime.datetime):
        price (Money): An amount in a currency.
        product (ProductRequest): The product sold on an order line.
        quantity (int):
        status (OrderStatus): Lifecycle state of an order or order line.
        total_shipping_price (Money): An amount in a currency.
        updated_at (datetime.datetime):
        adjustments (list[AdjustmentRequest] | Unset): Every refund and cancellation so far; send the whole history each
            time.
        custom_attributes (list[CustomAttributeBooleanRequest | CustomAttributeDateRequest | CustomAttributeListRequest
            | CustomAttributeNumericRequest | CustomAttributeStringRequest] | Unset): Channel-specific attributes.
        shipping_taxes (list[TaxRequest] | Unset): Taxes on the shipping price, not included in it.
        status_reason (OrderStatusReason | Unset): Why an order or order line reached its state.
        taxes (list[TaxRequest] | Unset): Taxes on `price`, not included in it.
    """

    can_cancel: bool
    can_refund: bool
    channel_order_line_id: str
    created_at: datetime.datetime
    price: Money
    product: ProductRequest
    quantity: int
    status: OrderStatus
    total_shipping_price: Money
    updated_at: datetime.datetime
    adjustments: list[AdjustmentRequest] | Unset = UNSET
    custom_attributes: (
        list[
            CustomAttributeBooleanRequest
            | CustomAttributeDateRequest
            | CustomAttributeListRequest
            | CustomAttributeNumericRequest
            | CustomAttributeStringRequest
        ]
        | Unset
    ) = UNSET
    shipping_taxes: list[TaxRequest] | Unset = UNSET
    status_reason: OrderStatusReason | Unset = UNSET
    taxes: list[TaxRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_attribute_boolean_request import CustomAttributeBooleanRequest  # noqa: PLC0415
        from ..models.custom_attribute_date_request import CustomAttributeDateRequest  # noqa: PLC0415
        from ..models.custom_attribute_list_request import CustomAttributeListRequest  # noqa: PLC0415
        from ..models.custom_attribute_numeric_request import CustomAttributeNumericRequest  # noqa: PLC0415
        from ..models.custom_attribute_string_request import CustomAttributeStringRequest  # noqa: PLC0415

        can_cancel = self.can_cancel

        can_refund = self.can_refund

        channel_order_line_id = self.channel_order_line_id

        created_at = _types.format_datetime(self.created_at)

        price = self.price.to_dict()

        product = self.product.to_dict()

        quantity = self.quantity

        status = self.status.value

        total_shipping_price = self.total_shipping_price.to_dict()

        updated_at = _types.format_datetime(self.updated_at)

        adjustments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.adjustments, Unset):
            adjustments = []
            for adjustments_item_data in self.adjustments:
                adjustments_item = adjustments_item_data.to_dict()
                adjustments.append(adjustments_item)

        custom_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_attributes, Unset):
            custom_attributes = []
            for componentsschemas_custom_attributes_request_item_data in self.custom_attributes:
                componentsschemas_custom_attributes_request_item: dict[str, Any] | Any
                if isinstance(
                    componentsschemas_custom_attributes_request_item_data, CustomAttributeBooleanRequest
                ):
                    componentsschemas_custom_attributes_request_item = (
                        componentsschemas_custom_attributes_request_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_custom_attributes_request_item_data, CustomAttributeDateRequest
                ):
                    componentsschemas_custom_attributes_request_item = (
                        componentsschemas_custom_attributes_request_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_custom_attributes_request_item_data, CustomAttributeListRequest
                ):
                    componentsschemas_custom_attributes_request_item = (
                        componentsschemas_custom_attributes_request_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_custom_attributes_request_item_data, CustomAttributeNumericRequest
                ):
                    componentsschemas_custom_attributes_request_item = (
                        componentsschemas_custom_attributes_request_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_custom_attributes_request_item_data, CustomAttributeStringRequest
                ):
                    componentsschemas_custom_attributes_request_item = (
                        componentsschemas_custom_attributes_request_item_data.to_dict()
                    )
                else:
                    componentsschemas_custom_attributes_request_item = (
                        componentsschemas_custom_attributes_request_item_data
                    )

                custom_attributes.append(componentsschemas_custom_attributes_request_item)

        shipping_taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipping_taxes, Unset):
            shipping_taxes = []
            for shipping_taxes_item_data in self.shipping_taxes:
                shipping_taxes_item = shipping_taxes_item_data.to_dict()
                shipping_taxes.append(shipping_taxes_item)

        status_reason: str | Unset = UNSET
        if not isinstance(self.status_reason, Unset):
            status_reason = self.status_reason.value

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
                "can_cancel": can_cancel,
                "can_refund": can_refund,
                "channel_order_line_id": channel_order_line_id,
                "created_at": created_at,
                "price": price,
                "product": product,
                "quantity": quantity,
                "status": status,
                "total_shipping_price": total_shipping_price,
                "updated_at": updated_at,
            }
        )
        if adjustments is not UNSET:
            field_dict["adjustments"] = adjustments
        if custom_attributes is not UNSET:
            field_dict["custom_attributes"] = custom_attributes
        if shipping_taxes is not UNSET:
            field_dict["shipping_taxes"] = shipping_taxes
        if status_reason is not UNSET:
            field_dict["status_reason"] = status_reason
        if taxes is not UNSET:
            field_dict["taxes"] = taxes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.adjustment_request import AdjustmentRequest  # noqa: PLC0415
        from ..models.custom_attribute_boolean_request import CustomAttributeBooleanRequest  # noqa: PLC0415
        from ..models.custom_attribute_date_request import CustomAttributeDateRequest  # noqa: PLC0415
        from ..models.custom_attribute_list_request import CustomAttributeListRequest  # noqa: PLC0415
        from ..models.custom_attribute_numeric_request import CustomAttributeNumericRequest  # noqa: PLC0415
        from ..models.custom_attribute_string_request import CustomAttributeStringRequest  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415
        from ..models.product_request import ProductRequest  # noqa: PLC0415
        from ..models.tax_request import TaxRequest  # noqa: PLC0415

        d = dict(src_dict)
        can_cancel = d.pop("can_cancel")

        can_refund = d.pop("can_refund")

        channel_order_line_id = d.pop("channel_order_line_id")

        created_at = _types.parse_datetime(d.pop("created_at"))

        price = Money.from_dict(d.pop("price"))

        product = ProductRequest.from_dict(d.pop("product"))

        quantity = d.pop("quantity")

        status = OrderStatus(d.pop("status"))

        total_shipping_price = Money.from_dict(d.pop("total_shipping_price"))

        updated_at = _types.parse_datetime(d.pop("updated_at"))

        _adjustments = d.pop("adjustments", UNSET)
        adjustments: list[AdjustmentRequest] | Unset = UNSET
        if _adjustments is not UNSET:
            adjustments = []
            for adjustments_item_data in _adjustments:
                adjustments_item = AdjustmentRequest.from_dict(adjustments_item_data)

                adjustments.append(adjustments_item)

        _custom_attributes = d.pop("custom_attributes", UNSET)
        custom_attributes: (
            list[
                CustomAttributeBooleanRequest
                | CustomAttributeDateRequest
                | CustomAttributeListRequest
                | CustomAttributeNumericRequest
                | CustomAttributeStringRequest
            ]
            | Unset
        ) = UNSET
        if _custom_attributes is not UNSET:
            custom_attributes = []
            for componentsschemas_custom_attributes_request_item_data in _custom_attributes:

                def _parse_componentsschemas_custom_attributes_request_item(
                    data: object,
                ) -> (
                    CustomAttributeBooleanRequest
                    | CustomAttributeDateRequest
                    | CustomAttributeListRequest
                    | CustomAttributeNumericRequest
                    | CustomAttributeStringRequest
                ):

                    def _as_0(data: object) -> CustomAttributeBooleanRequest:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_custom_attribute_request_type_0 = (
                            CustomAttributeBooleanRequest.from_dict(data)
                        )

                        return componentsschemas_custom_attribute_request_type_0

                    def _as_1(data: object) -> CustomAttributeDateRequest:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_custom_attribute_request_type_1 = (
                            CustomAttributeDateRequest.from_dict(data)
                        )

                        return componentsschemas_custom_attribute_request_type_1

                    def _as_2(data: object) -> CustomAttributeListRequest:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_custom_attribute_request_type_2 = (
                            CustomAttributeListRequest.from_dict(data)
                        )

                        return componentsschemas_custom_attribute_request_type_2

                    def _as_3(data: object) -> CustomAttributeNumericRequest:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_custom_attribute_request_type_3 = (
                            CustomAttributeNumericRequest.from_dict(data)
                        )

                        return componentsschemas_custom_attribute_request_type_3

                    def _as_4(data: object) -> CustomAttributeStringRequest:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_custom_attribute_request_type_4 = (
                            CustomAttributeStringRequest.from_dict(data)
                        )

                        return componentsschemas_custom_attribute_request_type_4

                    return cast(
                        CustomAttributeBooleanRequest
                        | CustomAttributeDateRequest
                        | CustomAttributeListRequest
                        | CustomAttributeNumericRequest
                        | CustomAttributeStringRequest,
                        parse_union(
                            data,
                            (
                                _as_0,
                                _as_1,
                                _as_2,
                                _as_3,
                                _as_4,
                            ),
                            "CustomAttributesRequest_item",
                        ),
                    )

                componentsschemas_custom_attributes_request_item = (
                    _parse_componentsschemas_custom_attributes_request_item(
                        componentsschemas_custom_attributes_request_item_data
                    )
                )

                custom_attributes.append(componentsschemas_custom_attributes_request_item)

        _shipping_taxes = d.pop("shipping_taxes", UNSET)
        shipping_taxes: list[TaxRequest] | Unset = UNSET
        if _shipping_taxes is not UNSET:
            shipping_taxes = []
            for shipping_taxes_item_data in _shipping_taxes:
                shipping_taxes_item = TaxRequest.from_dict(shipping_taxes_item_data)

                shipping_taxes.append(shipping_taxes_item)

        _status_reason = d.pop("status_reason", UNSET)
        status_reason: OrderStatusReason | Unset
        if isinstance(_status_reason, Unset):
            status_reason = UNSET
        else:
            status_reason = OrderStatusReason(_status_reason)

        _taxes = d.pop("taxes", UNSET)
        taxes: list[TaxRequest] | Unset = UNSET
        if _taxes is not UNSET:
            taxes = []
            for taxes_item_data in _taxes:
                taxes_item = TaxRequest.from_dict(taxes_item_data)

                taxes.append(taxes_item)

        order_line_request = cls(
            can_cancel=can_cancel,
            can_refund=can_refund,
            channel_order_line_id=channel_order_line_id,
            created_at=created_at,
            price=price,
            product=product,
            quantity=quantity,
            status=status,
            total_shipping_price=total_shipping_price,
            updated_at=updated_at,
            adjustments=adjustments,
            custom_attributes=custom_attributes,
            shipping_taxes=shipping_taxes,
            status_reason=status_reason,
            taxes=taxes,
        )

        if d:
            note_unknown_fields("OrderLineRequest", d)
        order_line_request.additional_properties = d
        return order_line_request

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
