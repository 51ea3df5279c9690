from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import note_unknown_fields

T = TypeVar("T", bound="OrderLineAcceptancePayload")


@_attrs_define
class OrderLineAcceptancePayload:
    """Decision on one order line.

    Attributes:
        accepted (bool):
        channel_order_line_id (str):
    """

    accepted: bool
    channel_order_line_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepted = self.accepted

        channel_order_line_id = self.channel_order_line_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accepted": accepted,
                "channel_order_line_id": channel_order_line_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accepted = d.pop("accepted")

        channel_order_line_id = d.pop("channel_order_line_id")

        order_line_acceptance_payload = cls(
            accepted=accepted,
            channel_order_line_id=channel_order_line_id,
        )

        if d:
            note_unknown_fields("OrderLineAcceptancePayload", d)
        order_line_acceptance_payload.additional_properties = d
        return order_line_acceptance_payload

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
