from ..types import OpenStrEnum


class OrderStatus(OpenStrEnum):
    """Lifecycle state of an order or order line.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    AWAITING_ACCEPTANCE = "AWAITING_ACCEPTANCE"
    AWAITING_FRAUD_CHECK = "AWAITING_FRAUD_CHECK"
    AWAITING_PAYMENT = "AWAITING_PAYMENT"
    AWAITING_SHIPMENT = "AWAITING_SHIPMENT"
    CHANNEL_SPECIFIC = "CHANNEL_SPECIFIC"
    CLOSED = "CLOSED"
    DELIVERED = "DELIVERED"
    SHIPPED = "SHIPPED"
