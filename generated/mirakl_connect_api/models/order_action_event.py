from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.order_action_type import OrderActionType
from ..types import UNSET, Unset, note_unknown_fields, parse_union, prefer_variant

if TYPE_CHECKING:
    from ..models.acknowledge_return_reception_command_event import AcknowledgeReturnReceptionCommandEvent
    from ..models.close_return_command_event import CloseReturnCommandEvent
    from ..models.document_upload_command_event import DocumentUploadCommandEvent
    from ..models.order_acceptance_command_event import OrderAcceptanceCommandEvent
    from ..models.order_cancelation_command_event import OrderCancelationCommandEvent
    from ..models.order_refund_command_event import OrderRefundCommandEvent
    from ..models.order_shipment_command_event import OrderShipmentCommandEvent
    from ..models.return_acceptance_command_event import ReturnAcceptanceCommandEvent
    from ..models.return_tracking_information_update_command_event import (
        ReturnTrackingInformationUpdateCommandEvent,
    )


T = TypeVar("T", bound="OrderActionEvent")


@_attrs_define
class OrderActionEvent:
    """Event: the seller asks for an action on an order or return. Report the outcome with updateActionStatus.

    Attributes:
        id (str): Event id (ULID); use it to drop duplicates.
        time (datetime.datetime): When the event was produced.
        type_ (OrderActionType): Seller action requested by an order action event; tells which payload `data` holds.
        data (AcknowledgeReturnReceptionCommandEvent | CloseReturnCommandEvent | DocumentUploadCommandEvent |
            OrderAcceptanceCommandEvent | OrderCancelationCommandEvent | OrderRefundCommandEvent | OrderShipmentCommandEvent
            | ReturnAcceptanceCommandEvent | ReturnTrackingInformationUpdateCommandEvent | Unset): Payload of an order
            action event; the envelope `type` tells which one.
    """

    id: str
    time: datetime.datetime
    type_: OrderActionType
    data: (
        AcknowledgeReturnReceptionCommandEvent
        | CloseReturnCommandEvent
        | DocumentUploadCommandEvent
        | OrderAcceptanceCommandEvent
        | OrderCancelationCommandEvent
        | OrderRefundCommandEvent
        | OrderShipmentCommandEvent
        | ReturnAcceptanceCommandEvent
        | ReturnTrackingInformationUpdateCommandEvent
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.acknowledge_return_reception_command_event import AcknowledgeReturnReceptionCommandEvent  # noqa: PLC0415
        from ..models.close_return_command_event import CloseReturnCommandEvent  # noqa: PLC0415
        from ..models.document_upload_command_event import DocumentUploadCommandEvent  # noqa: PLC0415
        from ..models.order_acceptance_command_event import OrderAcceptanceCommandEvent  # noqa: PLC0415
        from ..models.order_cancelation_command_event import OrderCancelationCommandEvent  # noqa: PLC0415
        from ..models.order_refund_command_event import OrderRefundCommandEvent  # noqa: PLC0415
        from ..models.order_shipment_command_event import OrderShipmentCommandEvent  # noqa: PLC0415
        from ..models.return_acceptance_command_event import ReturnAcceptanceCommandEvent  # noqa: PLC0415
        from ..models.return_tracking_information_update_command_event import (
            ReturnTrackingInformationUpdateCommandEvent,  # noqa: PLC0415
        )

        id = self.id

        time = _types.format_datetime(self.time)

        type_ = self.type_.value

        data: dict[str, Any] | Unset | Any
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, OrderCancelationCommandEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, OrderAcceptanceCommandEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, OrderShipmentCommandEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, DocumentUploadCommandEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, ReturnAcceptanceCommandEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, ReturnTrackingInformationUpdateCommandEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, AcknowledgeReturnReceptionCommandEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, CloseReturnCommandEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, OrderRefundCommandEvent):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "time": time,
                "type": type_,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.acknowledge_return_reception_command_event import AcknowledgeReturnReceptionCommandEvent  # noqa: PLC0415
        from ..models.close_return_command_event import CloseReturnCommandEvent  # noqa: PLC0415
        from ..models.document_upload_command_event import DocumentUploadCommandEvent  # noqa: PLC0415
        from ..models.order_acceptance_command_event import OrderAcceptanceCommandEvent  # noqa: PLC0415
        from ..models.order_cancelation_command_event import OrderCancelationCommandEvent  # noqa: PLC0415
        from ..models.order_refund_command_event import OrderRefundCommandEvent  # noqa: PLC0415
        from ..models.order_shipment_command_event import OrderShipmentCommandEvent  # noqa: PLC0415
        from ..models.return_acceptance_command_event import ReturnAcceptanceCommandEvent  # noqa: PLC0415
        from ..models.return_tracking_information_update_command_event import (
            ReturnTrackingInformationUpdateCommandEvent,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        time = _types.parse_datetime(d.pop("time"))

        type_ = OrderActionType(d.pop("type"))

        _payload_classes = {
            "ACCEPT": "OrderAcceptanceCommandEvent",
            "ACCEPT_RETURN": "ReturnAcceptanceCommandEvent",
            "ACKNOWLEDGE_RETURN_RECEPTION": "AcknowledgeReturnReceptionCommandEvent",
            "CANCEL": "OrderCancelationCommandEvent",
            "CLOSE_RETURN": "CloseReturnCommandEvent",
            "CREATE_SHIPMENT": "OrderShipmentCommandEvent",
            "REFUND": "OrderRefundCommandEvent",
            "UPDATE_RETURN_TRACKING_INFORMATION": "ReturnTrackingInformationUpdateCommandEvent",
            "UPLOAD_DOCUMENT": "DocumentUploadCommandEvent",
        }
        with prefer_variant(_payload_classes.get(str(src_dict.get("type")))):

            def _parse_data(
                data: object,
            ) -> (
                AcknowledgeReturnReceptionCommandEvent
                | CloseReturnCommandEvent
                | DocumentUploadCommandEvent
                | OrderAcceptanceCommandEvent
                | OrderCancelationCommandEvent
                | OrderRefundCommandEvent
                | OrderShipmentCommandEvent
                | ReturnAcceptanceCommandEvent
                | ReturnTrackingInformationUpdateCommandEvent
                | Unset
            ):
                if isinstance(data, Unset):
                    return data

                def _as_0(data: object) -> OrderCancelationCommandEvent:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_action_payload_type_0 = OrderCancelationCommandEvent.from_dict(data)

                    return componentsschemas_action_payload_type_0

                def _as_1(data: object) -> OrderAcceptanceCommandEvent:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_action_payload_type_1 = OrderAcceptanceCommandEvent.from_dict(data)

                    return componentsschemas_action_payload_type_1

                def _as_2(data: object) -> OrderShipmentCommandEvent:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_action_payload_type_2 = OrderShipmentCommandEvent.from_dict(data)

                    return componentsschemas_action_payload_type_2

                def _as_3(data: object) -> DocumentUploadCommandEvent:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_action_payload_type_3 = DocumentUploadCommandEvent.from_dict(data)

                    return componentsschemas_action_payload_type_3

                def _as_4(data: object) -> ReturnAcceptanceCommandEvent:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_action_payload_type_4 = ReturnAcceptanceCommandEvent.from_dict(data)

                    return componentsschemas_action_payload_type_4

                def _as_5(data: object) -> ReturnTrackingInformationUpdateCommandEvent:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_action_payload_type_5 = (
                        ReturnTrackingInformationUpdateCommandEvent.from_dict(data)
                    )

                    return componentsschemas_action_payload_type_5

                def _as_6(data: object) -> AcknowledgeReturnReceptionCommandEvent:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_action_payload_type_6 = (
                        AcknowledgeReturnReceptionCommandEvent.from_dict(data)
                    )

                    return componentsschemas_action_payload_type_6

                def _as_7(data: object) -> CloseReturnCommandEvent:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_action_payload_type_7 = CloseReturnCommandEvent.from_dict(data)

                    return componentsschemas_action_payload_type_7

                def _as_8(data: object) -> OrderRefundCommandEvent:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_action_payload_type_8 = OrderRefundCommandEvent.from_dict(data)

                    return componentsschemas_action_payload_type_8

                return cast(
                    AcknowledgeReturnReceptionCommandEvent
                    | CloseReturnCommandEvent
                    | DocumentUploadCommandEvent
                    | OrderAcceptanceCommandEvent
                    | OrderCancelationCommandEvent
                    | OrderRefundCommandEvent
                    | OrderShipmentCommandEvent
                    | ReturnAcceptanceCommandEvent
                    | ReturnTrackingInformationUpdateCommandEvent
                    | Unset,
                    parse_union(
                        data,
                        (
                            _as_0,
                            _as_1,
                            _as_2,
                            _as_3,
                            _as_4,
                            _as_5,
                            _as_6,
                            _as_7,
                            _as_8,
                        ),
                        "data",
                    ),
                )

            data = _parse_data(d.pop("data", UNSET))

        order_action_event = cls(
            id=id,
            time=time,
            type_=type_,
            data=data,
        )

        if d:
            note_unknown_fields("OrderActionEvent", d)
        order_action_event.additional_properties = d
        return order_action_event

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
