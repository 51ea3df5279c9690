from ..types import OpenStrEnum


class ReturnStatus(OpenStrEnum):
    """Lifecycle state of a return.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    CHANNEL_SPECIFIC = "CHANNEL_SPECIFIC"
    CLOSED = "CLOSED"
    OPENED = "OPENED"
    RECEIVED = "RECEIVED"
    REQUEST_DECLINED = "REQUEST_DECLINED"
    REQUEST_INITIATED = "REQUEST_INITIATED"
