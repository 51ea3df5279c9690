from ..types import OpenStrEnum


class ProductUpsertEventType(OpenStrEnum):
    """Envelope type of a product event.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    PRODUCT_UPSERT = "PRODUCT_UPSERT"
