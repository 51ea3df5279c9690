from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import note_unknown_fields

if TYPE_CHECKING:
    from ..models.origin_request import OriginRequest
    from ..models.return_request import ReturnRequest


T = TypeVar("T", bound="UpsertReturnsRequest")


@_attrs_define
class UpsertReturnsRequest:
    """Returns to create or replace.

    Attributes:
        origin (OriginRequest): Channel and store the data belongs to.
        returns (list[ReturnRequest]):
    """

    origin: OriginRequest
    returns: list[ReturnRequest]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        origin = self.origin.to_dict()

        returns = []
        for returns_item_data in self.returns:
            returns_item = returns_item_data.to_dict()
            returns.append(returns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "origin": origin,
                "returns": returns,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.origin_request import OriginRequest  # noqa: PLC0415
        from ..models.return_request import ReturnRequest  # noqa: PLC0415

        d = dict(src_dict)
        origin = OriginRequest.from_dict(d.pop("origin"))

        returns = []
        _returns = d.pop("returns")
        for returns_item_data in _returns:
            returns_item = ReturnRequest.from_dict(returns_item_data)

            returns.append(returns_item)

        upsert_returns_request = cls(
            origin=origin,
            returns=returns,
        )

        if d:
            note_unknown_fields("UpsertReturnsRequest", d)
        upsert_returns_request.additional_properties = d
        return upsert_returns_request

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
