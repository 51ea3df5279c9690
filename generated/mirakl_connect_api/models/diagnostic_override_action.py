from ..types import OpenStrEnum


class DiagnosticOverrideAction(OpenStrEnum):
    """Deprecated marker set by connectors on a diagnostic.

    Open enum: a value the spec does not list is kept as is (see ``types.is_known``)."""

    REMOVED = "REMOVED"
