from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.kyc_status import KycStatus
from ..types import UNSET, Unset, note_unknown_fields

if TYPE_CHECKING:
    from ..models.quality_suspension_reason import QualitySuspensionReason
    from ..models.sub_channel import SubChannel


T = TypeVar("T", bound="BusinessInformationInput")


@_attrs_define
class BusinessInformationInput:
    """Complete business information of a store (replaces what Connect holds).

    Attributes:
        currency (str): ISO 4217 currency code; cannot change once set.
        updated_at (datetime.datetime): When this information last changed; older updates are ignored.
        kyc_status (KycStatus | Unset): Where the store stands in the marketplace's know-your-customer process.
        kyc_status_reason (str | Unset):
        missing_configuration (bool | Unset): True when the seller still has to complete the store set-up.
        payment_information_configured (bool | Unset):
        payment_information_warning (str | Unset): Problem with the payment set-up, shown to the seller; absent when
            fine.
        quality_suspension_reasons (list[QualitySuspensionReason] | Unset): Quality rules that currently suspend the
            store; empty when none.
        shipping_warning (str | Unset): Problem with the shipping set-up, shown to the seller; absent when fine.
        sub_channels (list[SubChannel] | Unset): Marketplace sales channels the store sells on. Once non-empty the list
            cannot be emptied; removing an entry stops offer sync for it.
    """

    currency: str
    updated_at: datetime.datetime
    kyc_status: KycStatus | Unset = UNSET
    kyc_status_reason: str | Unset = UNSET
    missing_configuration: bool | Unset = UNSET
    payment_information_configured: bool | Unset = UNSET
    payment_information_warning: str | Unset = UNSET
    quality_suspension_reasons: list[QualitySuspensionReason] | Unset = UNSET
    shipping_warning: str | Unset = UNSET
    sub_channels: list[SubChannel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        updated_at = _types.format_datetime(self.updated_at)

        kyc_status: str | Unset = UNSET
        if not isinstance(self.kyc_status, Unset):
            kyc_status = self.kyc_status.value

        kyc_status_reason = self.kyc_status_reason

        missing_configuration = self.missing_configuration

        payment_information_configured = self.payment_information_configured

        payment_information_warning = self.payment_information_warning

        quality_suspension_reasons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.quality_suspension_reasons, Unset):
            quality_suspension_reasons = []
            for quality_suspension_reasons_item_data in self.quality_suspension_reasons:
                quality_suspension_reasons_item = quality_suspension_reasons_item_data.to_dict()
                quality_suspension_reasons.append(quality_suspension_reasons_item)

        shipping_warning = self.shipping_warning

        sub_channels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_channels, Unset):
            sub_channels = []
            for sub_channels_item_data in self.sub_channels:
                sub_channels_item = sub_channels_item_data.to_dict()
                sub_channels.append(sub_channels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "updated_at": updated_at,
            }
        )
        if kyc_status is not UNSET:
            field_dict["kyc_status"] = kyc_status
        if kyc_status_reason is not UNSET:
            field_dict["kyc_status_reason"] = kyc_status_reason
        if missing_configuration is not UNSET:
            field_dict["missing_configuration"] = missing_configuration
        if payment_information_configured is not UNSET:
            field_dict["payment_information_configured"] = payment_information_configured
        if payment_information_warning is not UNSET:
            field_dict["payment_information_warning"] = payment_information_warning
        if quality_suspension_reasons is not UNSET:
            field_dict["quality_suspension_reasons"] = quality_suspension_reasons
        if shipping_warning is not UNSET:
            field_dict["shipping_warning"] = shipping_warning
        if sub_channels is not UNSET:
            field_dict["sub_channels"] = sub_channels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quality_suspension_reason import QualitySuspensionReason  # noqa: PLC0415
        from ..models.sub_channel import SubChannel  # noqa: PLC0415

        d = dict(src_dict)
        currency = d.pop("currency")

        updated_at = _types.parse_datetime(d.pop("updated_at"))

        _kyc_status = d.pop("kyc_status", UNSET)
        kyc_status: KycStatus | Unset
        if isinstance(_kyc_status, Unset):
            kyc_status = UNSET
        else:
            kyc_status = KycStatus(_kyc_status)

        kyc_status_reason = d.pop("kyc_status_reason", UNSET)

        missing_configuration = d.pop("missing_configuration", UNSET)

        payment_information_configured = d.pop("payment_information_configured", UNSET)

        payment_information_warning = d.pop("payment_information_warning", UNSET)

        _quality_suspension_reasons = d.pop("quality_suspension_reasons", UNSET)
        quality_suspension_reasons: list[QualitySuspensionReason] | Unset = UNSET
        if _quality_suspension_reasons is not UNSET:
            quality_suspension_reasons = []
            for quality_suspension_reasons_item_data in _quality_suspension_reasons:
                quality_suspension_reasons_item = QualitySuspensionReason.from_dict(
                    quality_suspension_reasons_item_data
                )

                quality_suspension_reasons.append(quality_suspension_reasons_item)

        shipping_warning = d.pop("shipping_warning", UNSET)

        _sub_channels = d.pop("sub_channels", UNSET)
        sub_channels: list[SubChannel] | Unset = UNSET
        if _sub_channels is not UNSET:
            sub_channels = []
            for sub_channels_item_data in _sub_channels:
                sub_channels_item = SubChannel.from_dict(sub_channels_item_data)

                sub_channels.append(sub_channels_item)

        business_information_input = cls(
            currency=currency,
            updated_at=updated_at,
            kyc_status=kyc_status,
            kyc_status_reason=kyc_status_reason,
            missing_configuration=missing_configuration,
            payment_information_configured=payment_information_configured,
            payment_information_warning=payment_information_warning,
            quality_suspension_reasons=quality_suspension_reasons,
            shipping_warning=shipping_warning,
            sub_channels=sub_channels,
        )

        if d:
            note_unknown_fields("BusinessInformationInput", d)
        business_information_input.additional_properties = d
        return business_information_input

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
