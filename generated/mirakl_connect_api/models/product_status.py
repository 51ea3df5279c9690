from ..types import OpenStrEnum


class ProductStatus(OpenStrEnum):
    """State of the product on the channel.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    ACTION_REQUIRED = "ACTION_REQUIRED"
    PRODUCT_CREATED = "PRODUCT_CREATED"
    PRODUCT_DOES_NOT_EXIST = "PRODUCT_DOES_NOT_EXIST"
    PRODUCT_PENDING_APPROVAL = "PRODUCT_PENDING_APPROVAL"
    PRODUCT_REFUSED = "PRODUCT_REFUSED"
