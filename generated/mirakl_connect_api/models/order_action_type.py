from ..types import OpenStrEnum


class OrderActionType(OpenStrEnum):
    """Seller action requested by an order action event; tells which payload `data` holds.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    ACCEPT = "ACCEPT"
    ACCEPT_RETURN = "ACCEPT_RETURN"
    ACKNOWLEDGE_RETURN_RECEPTION = "ACKNOWLEDGE_RETURN_RECEPTION"
    CANCEL = "CANCEL"
    CLOSE_RETURN = "CLOSE_RETURN"
    CREATE_SHIPMENT = "CREATE_SHIPMENT"
    REFUND = "REFUND"
    UPDATE_RETURN_TRACKING_INFORMATION = "UPDATE_RETURN_TRACKING_INFORMATION"
    UPLOAD_DOCUMENT = "UPLOAD_DOCUMENT"
