from ..types import OpenStrEnum


class AdjustmentReason(OpenStrEnum):
    """Business reason behind a refund or cancellation.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    AGREEMENT = "AGREEMENT"
    CHANNEL_SPECIFIC = "CHANNEL_SPECIFIC"
    CUSTOMER_CANCELATION = "CUSTOMER_CANCELATION"
    DEFECT = "DEFECT"
    ITEM_NOT_RECEIVED = "ITEM_NOT_RECEIVED"
    OUT_OF_STOCK = "OUT_OF_STOCK"
    RETURN = "RETURN"
    UNABLE_TO_DELIVER = "UNABLE_TO_DELIVER"
