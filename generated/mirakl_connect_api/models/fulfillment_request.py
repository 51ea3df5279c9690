from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fulfillment_type import FulfillmentType
from ..types import UNSET, Unset, note_unknown_fields

T = TypeVar("T", bound="FulfillmentRequest")


@_attrs_define
class FulfillmentRequest:
    """Who fulfills the order.

    Attributes:
        type_ (FulfillmentType): Who ships the order: the seller or a fulfillment partner.
        code (str | Unset): Fulfillment partner id; used only with FULFILLED_BY_PARTNER.
    """

    type_: FulfillmentType
    code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = FulfillmentType(d.pop("type"))

        code = d.pop("code", UNSET)

        fulfillment_request = cls(
            type_=type_,
            code=code,
        )

        if d:
            note_unknown_fields("FulfillmentRequest", d)
        fulfillment_request.additional_properties = d
        return fulfillment_request

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
