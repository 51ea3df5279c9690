from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, note_unknown_fields

if TYPE_CHECKING:
    from ..models.order_shipment_item_payload import OrderShipmentItemPayload


T = TypeVar("T", bound="OrderShipmentCommandEvent")


@_attrs_define
class OrderShipmentCommandEvent:
    """Payload of CREATE_SHIPMENT: ship order lines.

    Attributes:
        action_id (str): Action id; pass it to updateActionStatus.
        carrier (str):
        channel_id (str):
        channel_order_id (str):
        channel_store_id (str):
        items (list[OrderShipmentItemPayload] | Unset):
        return_tracking_number (str | Unset): Return tracking number, for channels that want it at shipment.
        sub_channel_code (str | Unset):
        tracking_number (str | Unset):
        tracking_url (str | Unset):
        warehouse_id (str | Unset): Warehouse shipping the items, for channels that need it.
    """

    action_id: str
    carrier: str
    channel_id: str
    channel_order_id: str
    channel_store_id: str
    items: list[OrderShipmentItemPayload] | Unset = UNSET
    return_tracking_number: str | Unset = UNSET
    sub_channel_code: str | Unset = UNSET
    tracking_number: str | Unset = UNSET
    tracking_url: str | Unset = UNSET
    warehouse_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_id = self.action_id

        carrier = self.carrier

        channel_id = self.channel_id

        channel_order_id = self.channel_order_id

        channel_store_id = self.channel_store_id

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        return_tracking_number = self.return_tracking_number

        sub_channel_code = self.sub_channel_code

        tracking_number = self.tracking_number

        tracking_url = self.tracking_url

        warehouse_id = self.warehouse_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_id": action_id,
                "carrier": carrier,
                "channel_id": channel_id,
                "channel_order_id": channel_order_id,
                "channel_store_id": channel_store_id,
            }
        )
        if items is not UNSET:
            field_dict["items"] = items
        if return_tracking_number is not UNSET:
            field_dict["return_tracking_number"] = return_tracking_number
        if sub_channel_code is not UNSET:
            field_dict["sub_channel_code"] = sub_channel_code
        if tracking_number is not UNSET:
            field_dict["tracking_number"] = tracking_number
        if tracking_url is not UNSET:
            field_dict["tracking_url"] = tracking_url
        if warehouse_id is not UNSET:
            field_dict["warehouse_id"] = warehouse_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_shipment_item_payload import OrderShipmentItemPayload  # noqa: PLC0415

        d = dict(src_dict)
        action_id = d.pop("action_id")

        carrier = d.pop("carrier")

        channel_id = d.pop("channel_id")

        channel_order_id = d.pop("channel_order_id")

        channel_store_id = d.pop("channel_store_id")

        _items = d.pop("items", UNSET)
        items: list[OrderShipmentItemPayload] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = OrderShipmentItemPayload.from_dict(items_item_data)

                items.append(items_item)

        return_tracking_number = d.pop("return_tracking_number", UNSET)

        sub_channel_code = d.pop("sub_channel_code", UNSET)

        tracking_number = d.pop("tracking_number", UNSET)

        tracking_url = d.pop("tracking_url", UNSET)

        warehouse_id = d.pop("warehouse_id", UNSET)

        order_shipment_command_event = cls(
            action_id=action_id,
            carrier=carrier,
            channel_id=channel_id,
            channel_order_id=channel_order_id,
            channel_store_id=channel_store_id,
            items=items,
            return_tracking_number=return_tracking_number,
            sub_channel_code=sub_channel_code,
            tracking_number=tracking_number,
            tracking_url=tracking_url,
            warehouse_id=warehouse_id,
        )

        if d:
            note_unknown_fields("OrderShipmentCommandEvent", d)
        order_shipment_command_event.additional_properties = d
        return order_shipment_command_event

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
