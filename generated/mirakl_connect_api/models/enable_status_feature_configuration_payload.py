from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feature_enable_status import FeatureEnableStatus
from ..types import note_unknown_fields

T = TypeVar("T", bound="EnableStatusFeatureConfigurationPayload")


@_attrs_define
class EnableStatusFeatureConfigurationPayload:
    """Configuration of the business-information-sync feature.

    Attributes:
        status (FeatureEnableStatus): Whether a store feature is switched on.
    """

    status: FeatureEnableStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = FeatureEnableStatus(d.pop("status"))

        enable_status_feature_configuration_payload = cls(
            status=status,
        )

        if d:
            note_unknown_fields("EnableStatusFeatureConfigurationPayload", d)
        enable_status_feature_configuration_payload.additional_properties = d
        return enable_status_feature_configuration_payload

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
