from ..types import OpenStrEnum


class StoreFeature(OpenStrEnum):
    """Store feature that Connect toggles.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    BUSINESS_INFORMATION_SYNC = "business-information-sync"
    STORE_LINKING = "store-linking"
