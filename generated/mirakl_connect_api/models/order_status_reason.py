from ..types import OpenStrEnum


class OrderStatusReason(OpenStrEnum):
    """Why an order or order line reached its state.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    ACCEPTANCE_TIMEOUT = "ACCEPTANCE_TIMEOUT"
    AUTOMATICALLY_CLOSED = "AUTOMATICALLY_CLOSED"
    CANCELED = "CANCELED"
    FRAUD_CHECK_FAILED = "FRAUD_CHECK_FAILED"
    FRAUD_CHECK_TIMEOUT = "FRAUD_CHECK_TIMEOUT"
    PAYMENT_TIMEOUT = "PAYMENT_TIMEOUT"
    REFUNDED = "REFUNDED"
    REFUSED = "REFUSED"
    REFUSED_PAYMENT = "REFUSED_PAYMENT"
