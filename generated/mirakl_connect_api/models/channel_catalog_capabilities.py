from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, note_unknown_fields

if TYPE_CHECKING:
    from ..models.offer_configuration import OfferConfiguration
    from ..models.use_case_configurations import UseCaseConfigurations


T = TypeVar("T", bound="ChannelCatalogCapabilities")


@_attrs_define
class ChannelCatalogCapabilities:
    """What the channel supports for offers: custom attributes, pricing options, use cases.

    Attributes:
        offer_configuration (OfferConfiguration | Unset): Offer-level settings sellers fill in.
        use_case_configurations (UseCaseConfigurations | Unset): Offer field requirements per use case.
    """

    offer_configuration: OfferConfiguration | Unset = UNSET
    use_case_configurations: UseCaseConfigurations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offer_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offer_configuration, Unset):
            offer_configuration = self.offer_configuration.to_dict()

        use_case_configurations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.use_case_configurations, Unset):
            use_case_configurations = self.use_case_configurations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offer_configuration is not UNSET:
            field_dict["offer_configuration"] = offer_configuration
        if use_case_configurations is not UNSET:
            field_dict["use_case_configurations"] = use_case_configurations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.offer_configuration import OfferConfiguration  # noqa: PLC0415
        from ..models.use_case_configurations import UseCaseConfigurations  # noqa: PLC0415

        d = dict(src_dict)
        _offer_configuration = d.pop("offer_configuration", UNSET)
        offer_configuration: OfferConfiguration | Unset
        if isinstance(_offer_configuration, Unset):
            offer_configuration = UNSET
        else:
            offer_configuration = OfferConfiguration.from_dict(_offer_configuration)

        _use_case_configurations = d.pop("use_case_configurations", UNSET)
        use_case_configurations: UseCaseConfigurations | Unset
        if isinstance(_use_case_configurations, Unset):
            use_case_configurations = UNSET
        else:
            use_case_configurations = UseCaseConfigurations.from_dict(_use_case_configurations)

        channel_catalog_capabilities = cls(
            offer_configuration=offer_configuration,
            use_case_configurations=use_case_configurations,
        )

        if d:
            note_unknown_fields("ChannelCatalogCapabilities", d)
        channel_catalog_capabilities.additional_properties = d
        return channel_catalog_capabilities

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
