from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, note_unknown_fields

if TYPE_CHECKING:
    from ..models.tracking import Tracking


T = TypeVar("T", bound="ReturnTrackingInformationUpdateCommandEvent")


@_attrs_define
class ReturnTrackingInformationUpdateCommandEvent:
    """Payload of UPDATE_RETURN_TRACKING_INFORMATION: new tracking for a return.

    Attributes:
        action_id (str): Action id; pass it to updateActionStatus.
        channel_id (str):
        channel_order_id (str):
        channel_return_id (str):
        channel_store_id (str):
        label_url (str | Unset):
        rma_id (str | Unset):
        sub_channel_code (str | Unset):
        tracking (Tracking | Unset): Tracking of a return parcel.
    """

    action_id: str
    channel_id: str
    channel_order_id: str
    channel_return_id: str
    channel_store_id: str
    label_url: str | Unset = UNSET
    rma_id: str | Unset = UNSET
    sub_channel_code: str | Unset = UNSET
    tracking: Tracking | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_id = self.action_id

        channel_id = self.channel_id

        channel_order_id = self.channel_order_id

        channel_return_id = self.channel_return_id

        channel_store_id = self.channel_store_id

        label_url = self.label_url

        rma_id = self.rma_id

        sub_channel_code = self.sub_channel_code

        tracking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tracking, Unset):
            tracking = self.tracking.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_id": action_id,
                "channel_id": channel_id,
                "channel_order_id": channel_order_id,
                "channel_return_id": channel_return_id,
                "channel_store_id": channel_store_id,
            }
        )
        if label_url is not UNSET:
            field_dict["label_url"] = label_url
        if rma_id is not UNSET:
            field_dict["rma_id"] = rma_id
        if sub_channel_code is not UNSET:
            field_dict["sub_channel_code"] = sub_channel_code
        if tracking is not UNSET:
            field_dict["tracking"] = tracking

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tracking import Tracking  # noqa: PLC0415

        d = dict(src_dict)
        action_id = d.pop("action_id")

        channel_id = d.pop("channel_id")

        channel_order_id = d.pop("channel_order_id")

        channel_return_id = d.pop("channel_return_id")

        channel_store_id = d.pop("channel_store_id")

        label_url = d.pop("label_url", UNSET)

        rma_id = d.pop("rma_id", UNSET)

        sub_channel_code = d.pop("sub_channel_code", UNSET)

        _tracking = d.pop("tracking", UNSET)
        tracking: Tracking | Unset
        if isinstance(_tracking, Unset):
            tracking = UNSET
        else:
            tracking = Tracking.from_dict(_tracking)

        return_tracking_information_update_command_event = cls(
            action_id=action_id,
            channel_id=channel_id,
            channel_order_id=channel_order_id,
            channel_return_id=channel_return_id,
            channel_store_id=channel_store_id,
            label_url=label_url,
            rma_id=rma_id,
            sub_channel_code=sub_channel_code,
            tracking=tracking,
        )

        if d:
            note_unknown_fields("ReturnTrackingInformationUpdateCommandEvent", d)
        return_tracking_information_update_command_event.additional_properties = d
        return return_tracking_information_update_command_event

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
