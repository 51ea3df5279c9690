from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, note_unknown_fields

if TYPE_CHECKING:
    from ..models.address_request import AddressRequest


T = TypeVar("T", bound="BillingInfoRequest")


@_attrs_define
class BillingInfoRequest:
    """Billing details of the buyer.

    Attributes:
        address (AddressRequest | Unset): A postal address.
    """

    address: AddressRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address_request import AddressRequest  # noqa: PLC0415

        d = dict(src_dict)
        _address = d.pop("address", UNSET)
        address: AddressRequest | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = AddressRequest.from_dict(_address)

        billing_info_request = cls(
            address=address,
        )

        if d:
            note_unknown_fields("BillingInfoRequest", d)
        billing_info_request.additional_properties = d
        return billing_info_request

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
