from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.return_rejection_reason import ReturnRejectionReason
from ..models.return_status import ReturnStatus
from ..types import UNSET, Unset, note_unknown_fields

if TYPE_CHECKING:
    from ..models.return_address import ReturnAddress
    from ..models.return_line_request import ReturnLineRequest
    from ..models.return_tracking import ReturnTracking


T = TypeVar("T", bound="ReturnRequest")


@_attrs_define
class ReturnRequest:
    """A return, sent in full on every upsert.

    Attributes:
        channel_order_id (str):
        channel_return_id (str):
        channel_updated_at (datetime.datetime): Last change on the channel.
        created_at (datetime.datetime):
        return_lines (list[ReturnLineRequest]):
        status (ReturnStatus): Lifecycle state of a return.
        address (ReturnAddress | Unset): Address the return is sent from.
        label_url (str | Unset):
        method (str | Unset):
        rejection_reason (ReturnRejectionReason | Unset): Why a return was refused.
        rma_id (str | Unset): Return merchandise authorization id.
        sub_channel_code (str | Unset):
        tracking (ReturnTracking | Unset): Shipment tracking of a return parcel.
    """

    channel_order_id: str
    channel_return_id: str
    channel_updated_at: datetime.datetime
    created_at: datetime.datetime
    return_lines: list[ReturnLineRequest]
    status: ReturnStatus
    address: ReturnAddress | Unset = UNSET
    label_url: str | Unset = UNSET
    method: str | Unset = UNSET
    rejection_reason: ReturnRejectionReason | Unset = UNSET
    rma_id: str | Unset = UNSET
    sub_channel_code: str | Unset = UNSET
    tracking: ReturnTracking | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_order_id = self.channel_order_id

        channel_return_id = self.channel_return_id

        channel_updated_at = _types.format_datetime(self.channel_updated_at)

        created_at = _types.format_datetime(self.created_at)

        return_lines = []
        for return_lines_item_data in self.return_lines:
            return_lines_item = return_lines_item_data.to_dict()
            return_lines.append(return_lines_item)

        status = self.status.value

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        label_url = self.label_url

        method = self.method

        rejection_reason: str | Unset = UNSET
        if not isinstance(self.rejection_reason, Unset):
            rejection_reason = self.rejection_reason.value

        rma_id = self.rma_id

        sub_channel_code = self.sub_channel_code

        tracking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tracking, Unset):
            tracking = self.tracking.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel_order_id": channel_order_id,
                "channel_return_id": channel_return_id,
                "channel_updated_at": channel_updated_at,
                "created_at": created_at,
                "return_lines": return_lines,
                "status": status,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if label_url is not UNSET:
            field_dict["label_url"] = label_url
        if method is not UNSET:
            field_dict["method"] = method
        if rejection_reason is not UNSET:
            field_dict["rejection_reason"] = rejection_reason
        if rma_id is not UNSET:
            field_dict["rma_id"] = rma_id
        if sub_channel_code is not UNSET:
            field_dict["sub_channel_code"] = sub_channel_code
        if tracking is not UNSET:
            field_dict["tracking"] = tracking

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.return_address import ReturnAddress  # noqa: PLC0415
        from ..models.return_line_request import ReturnLineRequest  # noqa: PLC0415
        from ..models.return_tracking import ReturnTracking  # noqa: PLC0415

        d = dict(src_dict)
        channel_order_id = d.pop("channel_order_id")

        channel_return_id = d.pop("channel_return_id")

        channel_updated_at = _types.parse_datetime(d.pop("channel_updated_at"))

        created_at = _types.parse_datetime(d.pop("created_at"))

        return_lines = []
        _return_lines = d.pop("return_lines")
        for return_lines_item_data in _return_lines:
            return_lines_item = ReturnLineRequest.from_dict(return_lines_item_data)

            return_lines.append(return_lines_item)

        status = ReturnStatus(d.pop("status"))

        _address = d.pop("address", UNSET)
        address: ReturnAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = ReturnAddress.from_dict(_address)

        label_url = d.pop("label_url", UNSET)

        method = d.pop("method", UNSET)

        _rejection_reason = d.pop("rejection_reason", UNSET)
        rejection_reason: ReturnRejectionReason | Unset
        if isinstance(_rejection_reason, Unset):
            rejection_reason = UNSET
        else:
            rejection_reason = ReturnRejectionReason(_rejection_reason)

        rma_id = d.pop("rma_id", UNSET)

        sub_channel_code = d.pop("sub_channel_code", UNSET)

        _tracking = d.pop("tracking", UNSET)
        tracking: ReturnTracking | Unset
        if isinstance(_tracking, Unset):
            tracking = UNSET
        else:
            tracking = ReturnTracking.from_dict(_tracking)

        return_request = cls(
            channel_order_id=channel_order_id,
            channel_return_id=channel_return_id,
            channel_updated_at=channel_updated_at,
            created_at=created_at,
            return_lines=return_lines,
            status=status,
            address=address,
            label_url=label_url,
            method=method,
            rejection_reason=rejection_reason,
            rma_id=rma_id,
            sub_channel_code=sub_channel_code,
            tracking=tracking,
        )

        if d:
            note_unknown_fields("ReturnRequest", d)
        return_request.additional_properties = d
        return return_request

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
