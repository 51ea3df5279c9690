from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, note_unknown_fields

if TYPE_CHECKING:
    from ..models.partner import Partner


T = TypeVar("T", bound="FulfillmentPartnerStock")


@_attrs_define
class FulfillmentPartnerStock:
    """Stock held by a fulfillment partner.

    Attributes:
        quantity (int):
        type_ (Literal['FULFILLMENT_PARTNER']):  Default: 'FULFILLMENT_PARTNER'.
        partner (Partner | Unset): A fulfillment partner.
    """

    quantity: int
    type_: Literal["FULFILLMENT_PARTNER"] = "FULFILLMENT_PARTNER"
    partner: Partner | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        type_ = self.type_

        partner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partner, Unset):
            partner = self.partner.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quantity": quantity,
                "type": type_,
            }
        )
        if partner is not UNSET:
            field_dict["partner"] = partner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partner import Partner  # noqa: PLC0415

        d = dict(src_dict)
        quantity = d.pop("quantity")

        type_ = cast(Literal["FULFILLMENT_PARTNER"], d.pop("type"))
        if type_ != "FULFILLMENT_PARTNER":
            raise ValueError(f"type must match const 'FULFILLMENT_PARTNER', got '{type_}'")

        _partner = d.pop("partner", UNSET)
        partner: Partner | Unset
        if isinstance(_partner, Unset):
            partner = UNSET
        else:
            partner = Partner.from_dict(_partner)

        fulfillment_partner_stock = cls(
            quantity=quantity,
            type_=type_,
            partner=partner,
        )

        if d:
            note_unknown_fields("FulfillmentPartnerStock", d)
        fulfillment_partner_stock.additional_properties = d
        return fulfillment_partner_stock

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
