from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upsert_action_type import UpsertActionType
from ..types import UNSET, Unset, accept, note_unknown_fields, parse_union

if TYPE_CHECKING:
    from ..models.delivery_partner import DeliveryPartner


T = TypeVar("T", bound="InventoryUpsert")


@_attrs_define
class InventoryUpsert:
    """Aggregated stock change (kept for older connectors).

    Attributes:
        action_type (UpsertActionType | Unset): What the connector should do with a price or stock block: apply it,
            remove it, or leave it unchanged.
        delivery_partner (DeliveryPartner | None | Unset):
        quantity (int | None | Unset):
    """

    action_type: UpsertActionType | Unset = UNSET
    delivery_partner: DeliveryPartner | None | Unset = UNSET
    quantity: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.delivery_partner import DeliveryPartner  # noqa: PLC0415

        action_type: str | Unset = UNSET
        if not isinstance(self.action_type, Unset):
            action_type = self.action_type.value

        delivery_partner: dict[str, Any] | None | Unset | Any
        if isinstance(self.delivery_partner, Unset):
            delivery_partner = UNSET
        elif isinstance(self.delivery_partner, DeliveryPartner):
            delivery_partner = self.delivery_partner.to_dict()
        else:
            delivery_partner = self.delivery_partner

        quantity: int | None | Unset | Any
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action_type is not UNSET:
            field_dict["action_type"] = action_type
        if delivery_partner is not UNSET:
            field_dict["delivery_partner"] = delivery_partner
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delivery_partner import DeliveryPartner  # noqa: PLC0415

        d = dict(src_dict)
        _action_type = d.pop("action_type", UNSET)
        action_type: UpsertActionType | Unset
        if isinstance(_action_type, Unset):
            action_type = UNSET
        else:
            action_type = UpsertActionType(_action_type)

        def _parse_delivery_partner(data: object) -> DeliveryPartner | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            def _as_0(data: object) -> DeliveryPartner:
                if not isinstance(data, dict):
                    raise TypeError()
                delivery_partner_type_0 = DeliveryPartner.from_dict(data)

                return delivery_partner_type_0

            return cast(
                DeliveryPartner | None | Unset,
                parse_union(data, (_as_0,), "delivery_partner"),
            )

        delivery_partner = _parse_delivery_partner(d.pop("delivery_partner", UNSET))

        def _parse_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(
                int | None | Unset,
                parse_union(data, (accept(int),), "quantity"),
            )

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        inventory_upsert = cls(
            action_type=action_type,
            delivery_partner=delivery_partner,
            quantity=quantity,
        )

        if d:
            note_unknown_fields("InventoryUpsert", d)
        inventory_upsert.additional_properties = d
        return inventory_upsert

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
