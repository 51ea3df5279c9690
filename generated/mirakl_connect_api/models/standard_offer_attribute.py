from ..types import OpenStrEnum


class StandardOfferAttribute(OpenStrEnum):
    """Connect standard offer field.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    DISCOUNT_PRICE = "DISCOUNT_PRICE"
    GTIN = "GTIN"
    ID = "ID"
    STANDARD_PRICE = "STANDARD_PRICE"
    STOCK = "STOCK"
