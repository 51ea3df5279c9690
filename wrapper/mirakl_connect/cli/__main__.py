"""``python -m mirakl_connect.cli``: the same as the ``mirakl-connect`` command."""

from . import main

main()
