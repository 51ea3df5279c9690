from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.return_reason import ReturnReason
from ..types import note_unknown_fields

T = TypeVar("T", bound="ReturnLineRequest")


@_attrs_define
class ReturnLineRequest:
    """An order line being returned.

    Attributes:
        channel_order_line_id (str):
        quantity (int):
        reason (ReturnReason): Why the buyer sends an item back.
    """

    channel_order_line_id: str
    quantity: int
    reason: ReturnReason
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_order_line_id = self.channel_order_line_id

        quantity = self.quantity

        reason = self.reason.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel_order_line_id": channel_order_line_id,
                "quantity": quantity,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel_order_line_id = d.pop("channel_order_line_id")

        quantity = d.pop("quantity")

        reason = ReturnReason(d.pop("reason"))

        return_line_request = cls(
            channel_order_line_id=channel_order_line_id,
            quantity=quantity,
            reason=reason,
        )

        if d:
            note_unknown_fields("ReturnLineRequest", d)
        return_line_request.additional_properties = d
        return return_line_request

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
