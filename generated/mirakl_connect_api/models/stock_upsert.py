from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upsert_action_type import UpsertActionType
from ..types import UNSET, Unset, note_unknown_fields, parse_union

if TYPE_CHECKING:
    from ..models.fulfillment_partner_stock import FulfillmentPartnerStock
    from ..models.seller_centralized_stock import SellerCentralizedStock
    from ..models.seller_warehouse_stock import SellerWarehouseStock


T = TypeVar("T", bound="StockUpsert")


@_attrs_define
class StockUpsert:
    """Stock change, broken down by location.

    Attributes:
        action_type (UpsertActionType): What the connector should do with a price or stock block: apply it, remove it,
            or leave it unchanged.
        breakdown (list[FulfillmentPartnerStock | SellerCentralizedStock | SellerWarehouseStock] | None | Unset): Stock
            per location; null unless action_type is UPDATE.
    """

    action_type: UpsertActionType
    breakdown: (
        list[FulfillmentPartnerStock | SellerCentralizedStock | SellerWarehouseStock] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fulfillment_partner_stock import FulfillmentPartnerStock  # noqa: PLC0415
        from ..models.seller_centralized_stock import SellerCentralizedStock  # noqa: PLC0415
        from ..models.seller_warehouse_stock import SellerWarehouseStock  # noqa: PLC0415

        action_type = self.action_type.value

        breakdown: list[dict[str, Any]] | None | Unset | Any
        if isinstance(self.breakdown, Unset):
            breakdown = UNSET
        elif isinstance(self.breakdown, list):
            breakdown = []
            for breakdown_type_0_item_data in self.breakdown:
                breakdown_type_0_item: dict[str, Any] | Any
                if isinstance(breakdown_type_0_item_data, FulfillmentPartnerStock):
                    breakdown_type_0_item = breakdown_type_0_item_data.to_dict()
                elif isinstance(breakdown_type_0_item_data, SellerCentralizedStock):
                    breakdown_type_0_item = breakdown_type_0_item_data.to_dict()
                elif isinstance(breakdown_type_0_item_data, SellerWarehouseStock):
                    breakdown_type_0_item = breakdown_type_0_item_data.to_dict()
                else:
                    breakdown_type_0_item = breakdown_type_0_item_data

                breakdown.append(breakdown_type_0_item)

        else:
            breakdown = self.breakdown

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_type": action_type,
            }
        )
        if breakdown is not UNSET:
            field_dict["breakdown"] = breakdown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fulfillment_partner_stock import FulfillmentPartnerStock  # noqa: PLC0415
        from ..models.seller_centralized_stock import SellerCentralizedStock  # noqa: PLC0415
        from ..models.seller_warehouse_stock import SellerWarehouseStock  # noqa: PLC0415

        d = dict(src_dict)
        action_type = UpsertActionType(d.pop("action_type"))

        def _parse_breakdown(
            data: object,
        ) -> list[FulfillmentPartnerStock | SellerCentralizedStock | SellerWarehouseStock] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            def _as_0(
                data: object,
            ) -> list[FulfillmentPartnerStock | SellerCentralizedStock | SellerWarehouseStock]:
                if not isinstance(data, list):
                    raise TypeError()
                breakdown_type_0 = []
                _breakdown_type_0 = data
                for breakdown_type_0_item_data in _breakdown_type_0:

                    def _parse_breakdown_type_0_item(
                        data: object,
                    ) -> FulfillmentPartnerStock | SellerCentralizedStock | SellerWarehouseStock:

                        def _as_0(data: object) -> FulfillmentPartnerStock:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_stock_detail_type_0 = FulfillmentPartnerStock.from_dict(data)

                            return componentsschemas_stock_detail_type_0

                        def _as_1(data: object) -> SellerCentralizedStock:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_stock_detail_type_1 = SellerCentralizedStock.from_dict(data)

                            return componentsschemas_stock_detail_type_1

                        def _as_2(data: object) -> SellerWarehouseStock:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_stock_detail_type_2 = SellerWarehouseStock.from_dict(data)

                            return componentsschemas_stock_detail_type_2

                        return cast(
                            FulfillmentPartnerStock | SellerCentralizedStock | SellerWarehouseStock,
                            parse_union(
                                data,
                                (
                                    _as_0,
                                    _as_1,
                                    _as_2,
                                ),
                                "breakdown_type_0_item",
                            ),
                        )

                    breakdown_type_0_item = _parse_breakdown_type_0_item(breakdown_type_0_item_data)

                    breakdown_type_0.append(breakdown_type_0_item)

                return breakdown_type_0

            return cast(
                list[FulfillmentPartnerStock | SellerCentralizedStock | SellerWarehouseStock] | None | Unset,
                parse_union(data, (_as_0,), "breakdown"),
            )

        breakdown = _parse_breakdown(d.pop("breakdown", UNSET))

        stock_upsert = cls(
            action_type=action_type,
            breakdown=breakdown,
        )

        if d:
            note_unknown_fields("StockUpsert", d)
        stock_upsert.additional_properties = d
        return stock_upsert

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
