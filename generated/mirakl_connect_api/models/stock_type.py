from ..types import OpenStrEnum


class StockType(OpenStrEnum):
    """Where a stock quantity is held.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    FULFILLMENT_PARTNER = "FULFILLMENT_PARTNER"
    SELLER_CENTRALIZED = "SELLER_CENTRALIZED"
    SELLER_WAREHOUSE = "SELLER_WAREHOUSE"
