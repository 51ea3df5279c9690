from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, note_unknown_fields

if TYPE_CHECKING:
    from ..models.order_line_acceptance_payload import OrderLineAcceptancePayload


T = TypeVar("T", bound="OrderAcceptanceCommandEvent")


@_attrs_define
class OrderAcceptanceCommandEvent:
    """Payload of ACCEPT: accept or refuse order lines.

    Attributes:
        action_id (str): Action id; pass it to updateActionStatus.
        channel_id (str):
        channel_order_id (str):
        channel_store_id (str):
        order_lines (list[OrderLineAcceptancePayload]):
        sub_channel_code (str | Unset):
    """

    action_id: str
    channel_id: str
    channel_order_id: str
    channel_store_id: str
    order_lines: list[OrderLineAcceptancePayload]
    sub_channel_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_id = self.action_id

        channel_id = self.channel_id

        channel_order_id = self.channel_order_id

        channel_store_id = self.channel_store_id

        order_lines = []
        for order_lines_item_data in self.order_lines:
            order_lines_item = order_lines_item_data.to_dict()
            order_lines.append(order_lines_item)

        sub_channel_code = self.sub_channel_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_id": action_id,
                "channel_id": channel_id,
                "channel_order_id": channel_order_id,
                "channel_store_id": channel_store_id,
                "order_lines": order_lines,
            }
        )
        if sub_channel_code is not UNSET:
            field_dict["sub_channel_code"] = sub_channel_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_line_acceptance_payload import OrderLineAcceptancePayload  # noqa: PLC0415

        d = dict(src_dict)
        action_id = d.pop("action_id")

        channel_id = d.pop("channel_id")

        channel_order_id = d.pop("channel_order_id")

        channel_store_id = d.pop("channel_store_id")

        order_lines = []
        _order_lines = d.pop("order_lines")
        for order_lines_item_data in _order_lines:
            order_lines_item = OrderLineAcceptancePayload.from_dict(order_lines_item_data)

            order_lines.append(order_lines_item)

        sub_channel_code = d.pop("sub_channel_code", UNSET)

        order_acceptance_command_event = cls(
            action_id=action_id,
            channel_id=channel_id,
            channel_order_id=channel_order_id,
            channel_store_id=channel_store_id,
            order_lines=order_lines,
            sub_channel_code=sub_channel_code,
        )

        if d:
            note_unknown_fields("OrderAcceptanceCommandEvent", d)
        order_acceptance_command_event.additional_properties = d
        return order_acceptance_command_event

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
