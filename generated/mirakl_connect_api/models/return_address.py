from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, note_unknown_fields

T = TypeVar("T", bound="ReturnAddress")


@_attrs_define
class ReturnAddress:
    """Address the return is sent from.

    Attributes:
        city (str):
        country_iso_code (str):
        street (str):
        country (str | Unset):
        state (str | Unset):
        street_additional_info (str | Unset):
        zip_code (str | Unset):
    """

    city: str
    country_iso_code: str
    street: str
    country: str | Unset = UNSET
    state: str | Unset = UNSET
    street_additional_info: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        country_iso_code = self.country_iso_code

        street = self.street

        country = self.country

        state = self.state

        street_additional_info = self.street_additional_info

        zip_code = self.zip_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "city": city,
                "country_iso_code": country_iso_code,
                "street": street,
            }
        )
        if country is not UNSET:
            field_dict["country"] = country
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

        country_iso_code = d.pop("country_iso_code")

        street = d.pop("street")

        country = d.pop("country", UNSET)

        state = d.pop("state", UNSET)

        street_additional_info = d.pop("street_additional_info", UNSET)

        zip_code = d.pop("zip_code", UNSET)

        return_address = cls(
            city=city,
            country_iso_code=country_iso_code,
            street=street,
            country=country,
            state=state,
            street_additional_info=street_additional_info,
            zip_code=zip_code,
        )

        if d:
            note_unknown_fields("ReturnAddress", d)
        return_address.additional_properties = d
        return return_address

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
