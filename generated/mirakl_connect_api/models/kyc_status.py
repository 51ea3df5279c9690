from ..types import OpenStrEnum


class KycStatus(OpenStrEnum):
    """Where the store stands in the marketplace's know-your-customer process.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    APPROVED = "APPROVED"
    NOT_REQUIRED = "NOT_REQUIRED"
    PENDING_APPROVAL = "PENDING_APPROVAL"
    PENDING_SUBMISSION = "PENDING_SUBMISSION"
    REFUSED = "REFUSED"
