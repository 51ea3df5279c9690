from ..types import OpenStrEnum


class RequestedDocumentType(OpenStrEnum):
    """Category of a document Connect asks the connector to upload to the channel.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    CUSTOMER_INVOICE = "CUSTOMER_INVOICE"
    RETURN_LABEL = "RETURN_LABEL"
