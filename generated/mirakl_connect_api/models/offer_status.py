from ..types import OpenStrEnum


class OfferStatus(OpenStrEnum):
    """State of the offer on the channel.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    ACTION_REQUIRED = "ACTION_REQUIRED"
    OFFER_ACTIVE = "OFFER_ACTIVE"
    OFFER_DOES_NOT_EXIST = "OFFER_DOES_NOT_EXIST"
