from ..types import OpenStrEnum


class DocumentType(OpenStrEnum):
    """Category of an order document.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    CHANNEL_SPECIFIC = "CHANNEL_SPECIFIC"
    CUSTOMER_INVOICE = "CUSTOMER_INVOICE"
    DELIVERY_SLIP = "DELIVERY_SLIP"
    RETURN_LABEL = "RETURN_LABEL"
    SHIPMENT_DELIVERY_SLIP = "SHIPMENT_DELIVERY_SLIP"
