from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import note_unknown_fields

if TYPE_CHECKING:
    from ..models.use_case_configuration import UseCaseConfiguration


T = TypeVar("T", bound="UseCaseConfigurations")


@_attrs_define
class UseCaseConfigurations:
    """Offer field requirements per use case.

    Attributes:
        offer_creation (UseCaseConfiguration): Offer fields needed for one use case.
        offer_update (UseCaseConfiguration): Offer fields needed for one use case.
    """

    offer_creation: UseCaseConfiguration
    offer_update: UseCaseConfiguration
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offer_creation = self.offer_creation.to_dict()

        offer_update = self.offer_update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "offer_creation": offer_creation,
                "offer_update": offer_update,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.use_case_configuration import UseCaseConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        offer_creation = UseCaseConfiguration.from_dict(d.pop("offer_creation"))

        offer_update = UseCaseConfiguration.from_dict(d.pop("offer_update"))

        use_case_configurations = cls(
            offer_creation=offer_creation,
            offer_update=offer_update,
        )

        if d:
            note_unknown_fields("UseCaseConfigurations", d)
        use_case_configurations.additional_properties = d
        return use_case_configurations

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
