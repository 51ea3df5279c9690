from ..types import OpenStrEnum


class PriceStockUpsertEventType(OpenStrEnum):
    """Envelope type of a price and stock event.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    PRICE_STOCK_UPSERT = "PRICE_STOCK_UPSERT"
