from ..types import OpenStrEnum


class FeatureEnableStatus(OpenStrEnum):
    """Whether a store feature is switched on.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    DISABLED = "disabled"
    ENABLED = "enabled"
