from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.offer_status import OfferStatus
from ..models.product_status import ProductStatus
from ..types import UNSET, Unset, note_unknown_fields, parse_union

if TYPE_CHECKING:
    from ..models.diagnostic import Diagnostic


T = TypeVar("T", bound="UpdateStoreCatalogItem")


@_attrs_define
class UpdateStoreCatalogItem:
    """Status of one catalog item on the channel.

    Attributes:
        id (str): Catalog item id.
        diagnostics (list[Diagnostic] | None | Unset): Deprecated; use offer_diagnostics.
        offer_diagnostics (list[Diagnostic] | None | Unset): All current offer diagnostics; an empty list clears them.
        offer_status (OfferStatus | Unset): State of the offer on the channel.
        product_diagnostics (list[Diagnostic] | None | Unset): All current product diagnostics; an empty list clears
            them.
        product_status (ProductStatus | Unset): State of the product on the channel.
    """

    id: str
    diagnostics: list[Diagnostic] | None | Unset = UNSET
    offer_diagnostics: list[Diagnostic] | None | Unset = UNSET
    offer_status: OfferStatus | Unset = UNSET
    product_diagnostics: list[Diagnostic] | None | Unset = UNSET
    product_status: ProductStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        diagnostics: list[dict[str, Any]] | None | Unset | Any
        if isinstance(self.diagnostics, Unset):
            diagnostics = UNSET
        elif isinstance(self.diagnostics, list):
            diagnostics = []
            for diagnostics_type_0_item_data in self.diagnostics:
                diagnostics_type_0_item = diagnostics_type_0_item_data.to_dict()
                diagnostics.append(diagnostics_type_0_item)

        else:
            diagnostics = self.diagnostics

        offer_diagnostics: list[dict[str, Any]] | None | Unset | Any
        if isinstance(self.offer_diagnostics, Unset):
            offer_diagnostics = UNSET
        elif isinstance(self.offer_diagnostics, list):
            offer_diagnostics = []
            for offer_diagnostics_type_0_item_data in self.offer_diagnostics:
                offer_diagnostics_type_0_item = offer_diagnostics_type_0_item_data.to_dict()
                offer_diagnostics.append(offer_diagnostics_type_0_item)

        else:
            offer_diagnostics = self.offer_diagnostics

        offer_status: str | Unset = UNSET
        if not isinstance(self.offer_status, Unset):
            offer_status = self.offer_status.value

        product_diagnostics: list[dict[str, Any]] | None | Unset | Any
        if isinstance(self.product_diagnostics, Unset):
            product_diagnostics = UNSET
        elif isinstance(self.product_diagnostics, list):
            product_diagnostics = []
            for product_diagnostics_type_0_item_data in self.product_diagnostics:
                product_diagnostics_type_0_item = product_diagnostics_type_0_item_data.to_dict()
                product_diagnostics.append(product_diagnostics_type_0_item)

        else:
            product_diagnostics = self.product_diagnostics

        product_status: str | Unset = UNSET
        if not isinstance(self.product_status, Unset):
            product_status = self.product_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if diagnostics is not UNSET:
            field_dict["diagnostics"] = diagnostics
        if offer_diagnostics is not UNSET:
            field_dict["offer_diagnostics"] = offer_diagnostics
        if offer_status is not UNSET:
            field_dict["offer_status"] = offer_status
        if product_diagnostics is not UNSET:
            field_dict["product_diagnostics"] = product_diagnostics
        if product_status is not UNSET:
            field_dict["product_status"] = product_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.diagnostic import Diagnostic  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_diagnostics(data: object) -> list[Diagnostic] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            def _as_0(data: object) -> list[Diagnostic]:
                if not isinstance(data, list):
                    raise TypeError()
                diagnostics_type_0 = []
                _diagnostics_type_0 = data
                for diagnostics_type_0_item_data in _diagnostics_type_0:
                    diagnostics_type_0_item = Diagnostic.from_dict(diagnostics_type_0_item_data)

                    diagnostics_type_0.append(diagnostics_type_0_item)

                return diagnostics_type_0

            return cast(
                list[Diagnostic] | None | Unset,
                parse_union(data, (_as_0,), "diagnostics"),
            )

        diagnostics = _parse_diagnostics(d.pop("diagnostics", UNSET))

        def _parse_offer_diagnostics(data: object) -> list[Diagnostic] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            def _as_0(data: object) -> list[Diagnostic]:
                if not isinstance(data, list):
                    raise TypeError()
                offer_diagnostics_type_0 = []
                _offer_diagnostics_type_0 = data
                for offer_diagnostics_type_0_item_data in _offer_diagnostics_type_0:
                    offer_diagnostics_type_0_item = Diagnostic.from_dict(offer_diagnostics_type_0_item_data)

                    offer_diagnostics_type_0.append(offer_diagnostics_type_0_item)

                return offer_diagnostics_type_0

            return cast(
                list[Diagnostic] | None | Unset,
                parse_union(data, (_as_0,), "offer_diagnostics"),
            )

        offer_diagnostics = _parse_offer_diagnostics(d.pop("offer_diagnostics", UNSET))

        _offer_status = d.pop("offer_status", UNSET)
        offer_status: OfferStatus | Unset
        if isinstance(_offer_status, Unset):
            offer_status = UNSET
        else:
            offer_status = OfferStatus(_offer_status)

        def _parse_product_diagnostics(data: object) -> list[Diagnostic] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            def _as_0(data: object) -> list[Diagnostic]:
                if not isinstance(data, list):
                    raise TypeError()
                product_diagnostics_type_0 = []
                _product_diagnostics_type_0 = data
                for product_diagnostics_type_0_item_data in _product_diagnostics_type_0:
                    product_diagnostics_type_0_item = Diagnostic.from_dict(
                        product_diagnostics_type_0_item_data
                    )

                    product_diagnostics_type_0.append(product_diagnostics_type_0_item)

                return product_diagnostics_type_0

            return cast(
                list[Diagnostic] | None | Unset,
                parse_union(data, (_as_0,), "product_diagnostics"),
            )

        product_diagnostics = _parse_product_diagnostics(d.pop("product_diagnostics", UNSET))

        _product_status = d.pop("product_status", UNSET)
        product_status: ProductStatus | Unset
        if isinstance(_product_status, Unset):
            product_status = UNSET
        else:
            product_status = ProductStatus(_product_status)

        update_store_catalog_item = cls(
            id=id,
            diagnostics=diagnostics,
            offer_diagnostics=offer_diagnostics,
            offer_status=offer_status,
            product_diagnostics=product_diagnostics,
            product_status=product_status,
        )

        if d:
            note_unknown_fields("UpdateStoreCatalogItem", d)
        update_store_catalog_item.additional_properties = d
        return update_store_catalog_item

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
