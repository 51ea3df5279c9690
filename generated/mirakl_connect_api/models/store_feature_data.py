from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.store_feature import StoreFeature
from ..types import note_unknown_fields, parse_union

if TYPE_CHECKING:
    from ..models.enable_status_feature_configuration_payload import EnableStatusFeatureConfigurationPayload
    from ..models.link_status_feature_configuration_payload import LinkStatusFeatureConfigurationPayload


T = TypeVar("T", bound="StoreFeatureData")


@_attrs_define
class StoreFeatureData:
    """Store feature data of a store feature event.

    Attributes:
        channel_id (str):
        configuration (EnableStatusFeatureConfigurationPayload | LinkStatusFeatureConfigurationPayload): Feature
            settings; the enclosing `feature` tells which variant.
        feature (StoreFeature): Store feature that Connect toggles.
        store_id (str):
        trigger_date (datetime.datetime):
    """

    channel_id: str
    configuration: EnableStatusFeatureConfigurationPayload | LinkStatusFeatureConfigurationPayload
    feature: StoreFeature
    store_id: str
    trigger_date: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.enable_status_feature_configuration_payload import (
            EnableStatusFeatureConfigurationPayload,  # noqa: PLC0415
        )
        from ..models.link_status_feature_configuration_payload import LinkStatusFeatureConfigurationPayload  # noqa: PLC0415

        channel_id = self.channel_id

        configuration: dict[str, Any] | Any
        if isinstance(self.configuration, EnableStatusFeatureConfigurationPayload):
            configuration = self.configuration.to_dict()
        elif isinstance(self.configuration, LinkStatusFeatureConfigurationPayload):
            configuration = self.configuration.to_dict()
        else:
            configuration = self.configuration

        feature = self.feature.value

        store_id = self.store_id

        trigger_date = _types.format_datetime(self.trigger_date)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel_id": channel_id,
                "configuration": configuration,
                "feature": feature,
                "store_id": store_id,
                "trigger_date": trigger_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.enable_status_feature_configuration_payload import (
            EnableStatusFeatureConfigurationPayload,  # noqa: PLC0415
        )
        from ..models.link_status_feature_configuration_payload import LinkStatusFeatureConfigurationPayload  # noqa: PLC0415

        d = dict(src_dict)
        channel_id = d.pop("channel_id")

        def _parse_configuration(
            data: object,
        ) -> EnableStatusFeatureConfigurationPayload | LinkStatusFeatureConfigurationPayload:

            def _as_0(data: object) -> EnableStatusFeatureConfigurationPayload:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_status_feature_configuration_payload_type_0 = (
                    EnableStatusFeatureConfigurationPayload.from_dict(data)
                )

                return componentsschemas_status_feature_configuration_payload_type_0

            def _as_1(data: object) -> LinkStatusFeatureConfigurationPayload:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_status_feature_configuration_payload_type_1 = (
                    LinkStatusFeatureConfigurationPayload.from_dict(data)
                )

                return componentsschemas_status_feature_configuration_payload_type_1

            return cast(
                EnableStatusFeatureConfigurationPayload | LinkStatusFeatureConfigurationPayload,
                parse_union(
                    data,
                    (
                        _as_0,
                        _as_1,
                    ),
                    "configuration",
                ),
            )

        configuration = _parse_configuration(d.pop("configuration"))

        feature = StoreFeature(d.pop("feature"))

        store_id = d.pop("store_id")

        trigger_date = _types.parse_datetime(d.pop("trigger_date"))

        store_feature_data = cls(
            channel_id=channel_id,
            configuration=configuration,
            feature=feature,
            store_id=store_id,
            trigger_date=trigger_date,
        )

        if d:
            note_unknown_fields("StoreFeatureData", d)
        store_feature_data.additional_properties = d
        return store_feature_data

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
