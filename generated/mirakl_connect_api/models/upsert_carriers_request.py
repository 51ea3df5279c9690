from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import note_unknown_fields

if TYPE_CHECKING:
    from ..models.carrier_request import CarrierRequest


T = TypeVar("T", bound="UpsertCarriersRequest")


@_attrs_define
class UpsertCarriersRequest:
    """The channel's complete carrier list.

    Attributes:
        carriers (list[CarrierRequest]): Complete list; carriers left out are deleted.
    """

    carriers: list[CarrierRequest]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carriers = []
        for carriers_item_data in self.carriers:
            carriers_item = carriers_item_data.to_dict()
            carriers.append(carriers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "carriers": carriers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.carrier_request import CarrierRequest  # noqa: PLC0415

        d = dict(src_dict)
        carriers = []
        _carriers = d.pop("carriers")
        for carriers_item_data in _carriers:
            carriers_item = CarrierRequest.from_dict(carriers_item_data)

            carriers.append(carriers_item)

        upsert_carriers_request = cls(
            carriers=carriers,
        )

        if d:
            note_unknown_fields("UpsertCarriersRequest", d)
        upsert_carriers_request.additional_properties = d
        return upsert_carriers_request

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
