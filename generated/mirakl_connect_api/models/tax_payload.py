from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import note_unknown_fields

if TYPE_CHECKING:
    from ..models.price_payload import PricePayload


T = TypeVar("T", bound="TaxPayload")


@_attrs_define
class TaxPayload:
    """A tax amount.

    Attributes:
        amount (PricePayload): An amount in a currency.
        code (str):
    """

    amount: PricePayload
    code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount.to_dict()

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "code": code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.price_payload import PricePayload  # noqa: PLC0415

        d = dict(src_dict)
        amount = PricePayload.from_dict(d.pop("amount"))

        code = d.pop("code")

        tax_payload = cls(
            amount=amount,
            code=code,
        )

        if d:
            note_unknown_fields("TaxPayload", d)
        tax_payload.additional_properties = d
        return tax_payload

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
