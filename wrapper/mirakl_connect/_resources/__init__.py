"""Resource namespaces of the clients: ``client.orders``, ``client.documents``... (sync and async twins).

Each method builds a plan (``_call``) once; the twins differ only in how they run it.
"""

from .channel import (
    AsyncCarriers,
    AsyncCatalog,
    AsyncStores,
    AsyncTaxonomy,
    Carriers,
    Catalog,
    Stores,
    Taxonomy,
)
from .documents import AsyncDocuments, Documents
from .orders import AsyncOrders, Orders
from .returns import AsyncReturns, Returns, ReturnsResult

__all__ = [
    "AsyncCarriers",
    "AsyncCatalog",
    "AsyncDocuments",
    "AsyncOrders",
    "AsyncReturns",
    "AsyncStores",
    "AsyncTaxonomy",
    "Carriers",
    "Catalog",
    "Documents",
    "Orders",
    "Returns",
    "ReturnsResult",
    "Stores",
    "Taxonomy",
]
