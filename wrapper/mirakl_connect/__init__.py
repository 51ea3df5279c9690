"""mirakl-connect: a Python client for the Mirakl Connect Channel Platform API.

The generated low-level client is ``mirakl_connect_api``; this package wraps it.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
