from ..types import OpenStrEnum


class FulfillmentType(OpenStrEnum):
    """Who ships the order: the seller or a fulfillment partner.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    FULFILLED_BY_PARTNER = "FULFILLED_BY_PARTNER"
    FULFILLED_BY_SELLER = "FULFILLED_BY_SELLER"
