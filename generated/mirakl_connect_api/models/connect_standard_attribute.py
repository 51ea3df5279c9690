from ..types import OpenStrEnum


class ConnectStandardAttribute(OpenStrEnum):
    """Connect standard field that a channel attribute corresponds to.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    BRAND = "BRAND"
    CATEGORY = "CATEGORY"
    DESCRIPTION = "DESCRIPTION"
    GTIN = "GTIN"
    IMAGE = "IMAGE"
    PRODUCT_ID = "PRODUCT_ID"
    TITLE = "TITLE"
    VARIANT_GROUP_CODE = "VARIANT_GROUP_CODE"
