"""The ``mirakl-connect`` command line (the ``cli`` extra: click and rich).

    $ mirakl-connect demo                       # a connector's day against a local sandbox
    $ mirakl-connect sandbox --port 8080        # the sandbox in the foreground
    $ mirakl-connect token --env test           # fetch a token: expiry and scopes
    $ mirakl-connect orders upsert orders.jsonl --origin acme/store-42
    $ mirakl-connect events consume --file events.jsonl --handlers connector.events:dispatcher

From Python: ``main(["demo"])``. Modules: ``_app`` (the group, settings, output, errors),
``_io`` and ``_push`` (files and bulk pushes), ``_push_commands``, ``_documents``, ``_token``,
``_events``, ``_sandbox``, ``_demo`` and ``_scenario`` (the demo), ``_tally`` (counting calls,
retries and token fetches). ``import mirakl_connect`` never imports this package.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import click


def app() -> click.Group:
    """The ``mirakl-connect`` click group, with every command."""
    # here, not at the top: ``main`` must be importable without click to say the extra is missing
    from . import _demo, _documents, _events, _push_commands, _sandbox, _token  # noqa: PLC0415
    from ._app import cli  # noqa: PLC0415

    for command in (
        _demo.demo,
        _sandbox.sandbox,
        _token.token,
        *_push_commands.GROUPS,
        _documents.documents,
        _events.events,
    ):
        cli.add_command(command)
    return cli


def main(argv: Sequence[str] | None = None) -> None:
    """Run ``mirakl-connect`` with ``argv`` (default: the command line); exits with its code."""
    try:
        import click  # noqa: F401, PLC0415 - the cli extra
        import rich  # noqa: F401, PLC0415 - the cli extra
    except ModuleNotFoundError as missing:
        extra = "pip install 'mirakl-connect[cli]'"
        print(f"mirakl-connect needs the cli extra ({missing.name} is missing): {extra}", file=sys.stderr)
        sys.exit(2)
    app().main(args=list(argv) if argv is not None else None, prog_name="mirakl-connect")


__all__ = ["app", "main"]
