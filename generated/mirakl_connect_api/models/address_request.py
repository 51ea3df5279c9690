from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, note_unknown_fields

T = TypeVar("T", bound="AddressRequest")


@_attrs_define
class AddressRequest:
    """A postal address.

    Attributes:
        city (str):
        last_name (str):
        street (str):
        additional_info (str | Unset):
        company (str | Unset):
        country (str | Unset):
        country_iso_code (str | Unset): ISO 3166-1 alpha-3 country code, e.g. FRA.
        first_name (str | Unset):
        phone (str | Unset):
        state (str | Unset):
        street_additional_info (str | Unset):
        zip_code (str | Unset):
    """

    city: str
    last_name: str
    street: str
    additional_info: str | Unset = UNSET
    company: str | Unset = UNSET
    country: str | Unset = UNSET
    country_iso_code: str | Unset = UNSET
    first_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    state: str | Unset = UNSET
    street_additional_info: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        last_name = self.last_name

        street = self.street

        additional_info = self.additional_info

        company = self.company

        country = self.country

        country_iso_code = self.country_iso_code

        first_name = self.first_name

        phone = self.phone

        state = self.state

        street_additional_info = self.street_additional_info

        zip_code = self.zip_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "city": city,
                "last_name": last_name,
                "street": street,
            }
        )
        if additional_info is not UNSET:
            field_dict["additional_info"] = additional_info
        if company is not UNSET:
            field_dict["company"] = company
        if country is not UNSET:
            field_dict["country"] = country
        if country_iso_code is not UNSET:
            field_dict["country_iso_code"] = country_iso_code
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if state is not UNSET:
            field_dict["state"] = state
        if street_additional_info is not UNSET:
            field_dict["street_additional_info"] = street_additional_info
        if zip_code is not UNSET:
            field_dict["zip_code"] = zip_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        city = d.pop("city")

        last_name = d.pop("last_name")

        street = d.pop("street")

        additional_info = d.pop("additional_info", UNSET)

        company = d.pop("company", UNSET)

        country = d.pop("country", UNSET)

        country_iso_code = d.pop("country_iso_code", UNSET)

        first_name = d.pop("first_name", UNSET)

        phone = d.pop("phone", UNSET)

        state = d.pop("state", UNSET)

        street_additional_info = d.pop("street_additional_info", UNSET)

        zip_code = d.pop("zip_code", UNSET)

        address_request = cls(
            city=city,
            last_name=last_name,
            street=street,
            additional_info=additional_info,
            company=company,
            country=country,
            country_iso_code=country_iso_code,
            first_name=first_name,
            phone=phone,
            state=state,
            street_additional_info=street_additional_info,
            zip_code=zip_code,
        )

        if d:
            note_unknown_fields("AddressRequest", d)
        address_request.additional_properties = d
        return address_request

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
