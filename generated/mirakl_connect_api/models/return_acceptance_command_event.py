from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.return_rejection_reason import ReturnRejectionReason
from ..types import UNSET, Unset, note_unknown_fields, parse_union

T = TypeVar("T", bound="ReturnAcceptanceCommandEvent")


@_attrs_define
class ReturnAcceptanceCommandEvent:
    """Payload of ACCEPT_RETURN: accept or refuse a return.

    Attributes:
        accepted (bool):
        action_id (str): Action id; pass it to updateActionStatus.
        channel_id (str):
        channel_order_id (str):
        channel_return_id (str):
        channel_store_id (str):
        rejection_reason (None | ReturnRejectionReason | Unset):
        sub_channel_code (str | Unset):
    """

    accepted: bool
    action_id: str
    channel_id: str
    channel_order_id: str
    channel_return_id: str
    channel_store_id: str
    rejection_reason: None | ReturnRejectionReason | Unset = UNSET
    sub_channel_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepted = self.accepted

        action_id = self.action_id

        channel_id = self.channel_id

        channel_order_id = self.channel_order_id

        channel_return_id = self.channel_return_id

        channel_store_id = self.channel_store_id

        rejection_reason: None | str | Unset | Any
        if isinstance(self.rejection_reason, Unset):
            rejection_reason = UNSET
        elif isinstance(self.rejection_reason, ReturnRejectionReason):
            rejection_reason = self.rejection_reason.value
        else:
            rejection_reason = self.rejection_reason

        sub_channel_code = self.sub_channel_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accepted": accepted,
                "action_id": action_id,
                "channel_id": channel_id,
                "channel_order_id": channel_order_id,
                "channel_return_id": channel_return_id,
                "channel_store_id": channel_store_id,
            }
        )
        if rejection_reason is not UNSET:
            field_dict["rejection_reason"] = rejection_reason
        if sub_channel_code is not UNSET:
            field_dict["sub_channel_code"] = sub_channel_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accepted = d.pop("accepted")

        action_id = d.pop("action_id")

        channel_id = d.pop("channel_id")

        channel_order_id = d.pop("channel_order_id")

        channel_return_id = d.pop("channel_return_id")

        channel_store_id = d.pop("channel_store_id")

        def _parse_rejection_reason(data: object) -> None | ReturnRejectionReason | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            def _as_0(data: object) -> ReturnRejectionReason:
                if not isinstance(data, str):
                    raise TypeError()
                rejection_reason_type_0 = ReturnRejectionReason(data)

                return rejection_reason_type_0

            return cast(
                None | ReturnRejectionReason | Unset,
                parse_union(data, (_as_0,), "rejection_reason"),
            )

        rejection_reason = _parse_rejection_reason(d.pop("rejection_reason", UNSET))

        sub_channel_code = d.pop("sub_channel_code", UNSET)

        return_acceptance_command_event = cls(
            accepted=accepted,
            action_id=action_id,
            channel_id=channel_id,
            channel_order_id=channel_order_id,
            channel_return_id=channel_return_id,
            channel_store_id=channel_store_id,
            rejection_reason=rejection_reason,
            sub_channel_code=sub_channel_code,
        )

        if d:
            note_unknown_fields("ReturnAcceptanceCommandEvent", d)
        return_acceptance_command_event.additional_properties = d
        return return_acceptance_command_event

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
