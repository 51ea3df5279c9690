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
    from ..models.billing_info_request import BillingInfoRequest
    from ..models.custom_attribute_boolean_request import CustomAttributeBooleanRequest
    from ..models.custom_attribute_date_request import CustomAttributeDateRequest
    from ..models.custom_attribute_list_request import CustomAttributeListRequest
    from ..models.custom_attribute_numeric_request import CustomAttributeNumericRequest
    from ..models.custom_attribute_string_request import CustomAttributeStringRequest
    from ..models.fulfillment_request import FulfillmentRequest
    from ..models.order_line_request import OrderLineRequest
    from ..models.shipping_info_request import ShippingInfoRequest


T = TypeVar("T", bound="OrderRequest")


@_attrs_define
class OrderRequest:
    """A channel order, sent in full on every upsert.

    Attributes:
        channel_order_id (str): Order id, unique within the channel.
        channel_updated_at (datetime.datetime): Last change on the channel; Connect ignores an update older than what it
            holds.
        created_at (datetime.datetime):
        fulfillment (FulfillmentRequest): Who fulfills the order.
        order_lines (list[OrderLineRequest]): The order's lines, at least one.
        shipping_info (ShippingInfoRequest): Where and how the order is shipped.
        status (OrderStatus): Lifecycle state of an order or order line.
        billing_info (BillingInfoRequest | Unset): Billing details of the buyer.
        custom_attributes (list[CustomAttributeBooleanRequest | CustomAttributeDateRequest | CustomAttributeListRequest
            | CustomAttributeNumericRequest | CustomAttributeStringRequest] | Unset): Channel-specific attributes.
        has_incident (bool | Unset): True while a dispute or incident is open.
        status_reason (OrderStatusReason | Unset): Why an order or order line reached its state.
        sub_channel_code (str | Unset):
    """

    channel_order_id: str
    channel_updated_at: datetime.datetime
    created_at: datetime.datetime
    fulfillment: FulfillmentRequest
    order_lines: list[OrderLineRequest]
    shipping_info: ShippingInfoRequest
    status: OrderStatus
    billing_info: BillingInfoRequest | Unset = UNSET
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
    has_incident: bool | Unset = UNSET
    status_reason: OrderStatusReason | Unset = UNSET
    sub_channel_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_attribute_boolean_request import CustomAttributeBooleanRequest  # noqa: PLC0415
        from ..models.custom_attribute_date_request import CustomAttributeDateRequest  # noqa: PLC0415
        from ..models.custom_attribute_list_request import CustomAttributeListRequest  # noqa: PLC0415
        from ..models.custom_attribute_numeric_request import CustomAttributeNumericRequest  # noqa: PLC0415
        from ..models.custom_attribute_string_request import CustomAttributeStringRequest  # noqa: PLC0415

        channel_order_id = self.channel_order_id

        channel_updated_at = _types.format_datetime(self.channel_updated_at)

        created_at = _types.format_datetime(self.created_at)

        fulfillment = self.fulfillment.to_dict()

        order_lines = []
        for order_lines_item_data in self.order_lines:
            order_lines_item = order_lines_item_data.to_dict()
            order_lines.append(order_lines_item)

        shipping_info = self.shipping_info.to_dict()

        status = self.status.value

        billing_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_info, Unset):
            billing_info = self.billing_info.to_dict()

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

        has_incident = self.has_incident

        status_reason: str | Unset = UNSET
        if not isinstance(self.status_reason, Unset):
            status_reason = self.status_reason.value

        sub_channel_code = self.sub_channel_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel_order_id": channel_order_id,
                "channel_updated_at": channel_updated_at,
                "created_at": created_at,
                "fulfillment": fulfillment,
                "order_lines": order_lines,
                "shipping_info": shipping_info,
                "status": status,
            }
        )
        if billing_info is not UNSET:
            field_dict["billing_info"] = billing_info
        if custom_attributes is not UNSET:
            field_dict["custom_attributes"] = custom_attributes
        if has_incident is not UNSET:
            field_dict["has_incident"] = has_incident
        if status_reason is not UNSET:
            field_dict["status_reason"] = status_reason
        if sub_channel_code is not UNSET:
            field_dict["sub_channel_code"] = sub_channel_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_info_request import BillingInfoRequest  # noqa: PLC0415
        from ..models.custom_attribute_boolean_request import CustomAttributeBooleanRequest  # noqa: PLC0415
        from ..models.custom_attribute_date_request import CustomAttributeDateRequest  # noqa: PLC0415
        from ..models.custom_attribute_list_request import CustomAttributeListRequest  # noqa: PLC0415
        from ..models.custom_attribute_numeric_request import CustomAttributeNumericRequest  # noqa: PLC0415
        from ..models.custom_attribute_string_request import CustomAttributeStringRequest  # noqa: PLC0415
        from ..models.fulfillment_request import FulfillmentRequest  # noqa: PLC0415
        from ..models.order_line_request import OrderLineRequest  # noqa: PLC0415
        from ..models.shipping_info_request import ShippingInfoRequest  # noqa: PLC0415

        d = dict(src_dict)
        channel_order_id = d.pop("channel_order_id")

        channel_updated_at = _types.parse_datetime(d.pop("channel_updated_at"))

        created_at = _types.parse_datetime(d.pop("created_at"))

        fulfillment = FulfillmentRequest.from_dict(d.pop("fulfillment"))

        order_lines = []
        _order_lines = d.pop("order_lines")
        for order_lines_item_data in _order_lines:
            order_lines_item = OrderLineRequest.from_dict(order_lines_item_data)

            order_lines.append(order_lines_item)

        shipping_info = ShippingInfoRequest.from_dict(d.pop("shipping_info"))

        status = OrderStatus(d.pop("status"))

        _billing_info = d.pop("billing_info", UNSET)
        billing_info: BillingInfoRequest | Unset
        if isinstance(_billing_info, Unset):
            billing_info = UNSET
        else:
            billing_info = BillingInfoRequest.from_dict(_billing_info)

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

        has_incident = d.pop("has_incident", UNSET)

        _status_reason = d.pop("status_reason", UNSET)
        status_reason: OrderStatusReason | Unset
        if isinstance(_status_reason, Unset):
            status_reason = UNSET
        else:
            status_reason = OrderStatusReason(_status_reason)

        sub_channel_code = d.pop("sub_channel_code", UNSET)

        order_request = cls(
            channel_order_id=channel_order_id,
            channel_updated_at=channel_updated_at,
            created_at=created_at,
            fulfillment=fulfillment,
            order_lines=order_lines,
            shipping_info=shipping_info,
            status=status,
            billing_info=billing_info,
            custom_attributes=custom_attributes,
            has_incident=has_incident,
            status_reason=status_reason,
            sub_channel_code=sub_channel_code,
        )

        if d:
            note_unknown_fields("OrderRequest", d)
        order_request.additional_properties = d
        return order_request

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
