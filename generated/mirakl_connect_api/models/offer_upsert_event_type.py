from ..types import OpenStrEnum


class OfferUpsertEventType(OpenStrEnum):
    """Envelope type of an offer event.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    OFFER_UPSERT = "OFFER_UPSERT"
