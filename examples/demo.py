"""The connector's main job, end to end, against the embedded sandbox (no credentials needed).

    python3 examples/demo.py            # the same as: mirakl-connect demo

It starts a local Mirakl Connect (``mirakl_connect_sandbox``) that injects a 503, a 429, a 520,
a dropped connection and a token revocation, then does what a channel connector does every day:
store information, carriers, 250 orders (three of which Connect refuses), the seller's order
actions handled and reported, a label, returns, catalog item statuses, anonymization dates. It
prints a table per step. The steps are in ``mirakl_connect/cli/_scenario.py``.
"""

from mirakl_connect.cli import main

if __name__ == "__main__":
    main(["demo"])
