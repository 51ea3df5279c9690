from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset, note_unknown_fields

if TYPE_CHECKING:
    from ..models.address_request import AddressRequest
    from ..models.delivery_date import DeliveryDate


T = TypeVar("T", bound="ShippingInfoRequest")


@_attrs_define
class ShippingInfoRequest:
    """Where and how the order is shipped.

    Attributes:
        address (AddressRequest | Unset): A postal address.
        carrier (str | Unset):
        delivery_date (DeliveryDate | Unset): Delivery window promised to the buyer.
        email (str | Unset):
        method (str | Unset):
        pudo_id (str | Unset): Pick-up/drop-off point, when not delivered to an address.
        shipping_deadline (datetime.datetime | Unset): Latest time the seller may ship.
    """

    address: AddressRequest | Unset = UNSET
    carrier: str | Unset = UNSET
    delivery_date: DeliveryDate | Unset = UNSET
    email: str | Unset = UNSET
    method: str | Unset = UNSET
    pudo_id: str | Unset = UNSET
    shipping_deadline: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        carrier = self.carrier

        delivery_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_date, Unset):
            delivery_date = self.delivery_date.to_dict()

        email = self.email

        method = self.method

        pudo_id = self.pudo_id

        shipping_deadline: str | Unset = UNSET
        if not isinstance(self.shipping_deadline, Unset):
            shipping_deadline = _types.format_datetime(self.shipping_deadline)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if delivery_date is not UNSET:
            field_dict["delivery_date"] = delivery_date
        if email is not UNSET:
            field_dict["email"] = email
        if method is not UNSET:
            field_dict["method"] = method
        if pudo_id is not UNSET:
            field_dict["pudo_id"] = pudo_id
        if shipping_deadline is not UNSET:
            field_dict["shipping_deadline"] = shipping_deadline

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address_request import AddressRequest  # noqa: PLC0415
        from ..models.delivery_date import DeliveryDate  # noqa: PLC0415

        d = dict(src_dict)
        _address = d.pop("address", UNSET)
        address: AddressRequest | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = AddressRequest.from_dict(_address)

        carrier = d.pop("carrier", UNSET)

        _delivery_date = d.pop("delivery_date", UNSET)
        delivery_date: DeliveryDate | Unset
        if isinstance(_delivery_date, Unset):
            delivery_date = UNSET
        else:
            delivery_date = DeliveryDate.from_dict(_delivery_date)

        email = d.pop("email", UNSET)

        method = d.pop("method", UNSET)

        pudo_id = d.pop("pudo_id", UNSET)

        _shipping_deadline = d.pop("shipping_deadline", UNSET)
        shipping_deadline: datetime.datetime | Unset
        if isinstance(_shipping_deadline, Unset):
            shipping_deadline = UNSET
        else:
            shipping_deadline = _types.parse_datetime(_shipping_deadline)

        shipping_info_request = cls(
            address=address,
            carrier=carrier,
            delivery_date=delivery_date,
            email=email,
            method=method,
            pudo_id=pudo_id,
            shipping_deadline=shipping_deadline,
        )

        if d:
            note_unknown_fields("ShippingInfoRequest", d)
        shipping_info_request.additional_properties = d
        return shipping_info_request

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
