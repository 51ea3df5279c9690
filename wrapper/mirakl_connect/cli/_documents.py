"""``mirakl-connect documents upload|delete``: order documents (labels, invoices, slips).

    $ mirakl-connect documents upload ORDER-7 label.pdf --document-id LBL-7 \\
          --type SHIPMENT_DELIVERY_SLIP --origin acme/store-42
    $ mirakl-connect documents upload ORDER-7 return.pdf --document-id RL-1 --type RETURN_LABEL \\
          --entity RETURN:RET-1 --origin acme/store-42
    $ mirakl-connect documents delete LBL-7 --origin acme/store-42

The file is checked before sending (PDF, JPEG, PNG or CSV; 10 MB at most): a bad one is exit 2.
"""

from __future__ import annotations

import click

from .._types import OriginDict
from ._app import CONTEXT, Connection, connection_options, showing_logs, stderr, stdout, verbose_option
from ._io import parse_origin


def _origin(ctx: click.Context, param: click.Parameter, value: str) -> OriginDict:
    try:
        return parse_origin(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


def _entity(ctx: click.Context, param: click.Parameter, value: str | None) -> dict[str, str] | None:
    if value is None:
        return None
    kind, colon, entity_id = value.partition(":")
    if not colon or not kind or not entity_id:
        raise click.BadParameter("expected TYPE:ID, e.g. RETURN:RET-1")
    return {"type": kind, "id": entity_id}


ORIGIN = click.option(
    "--origin",
    required=True,
    metavar="CHANNEL_ID/STORE_ID",
    callback=_origin,
    help='The order\'s origin: CHANNEL_ID/STORE_ID, or JSON {"channel_id": ..., "channel_store_id": ...}.',
)


@click.group(context_settings=CONTEXT)
def documents() -> None:
    """Order documents: upload a label, an invoice or a slip; delete one."""


@documents.command(context_settings=CONTEXT)
@click.argument("order_id")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--document-id", required=True, help="Your id for the document (to delete it later).")
@click.option(
    "--type",
    "type_",
    required=True,
    metavar="TYPE",
    help="RETURN_LABEL, CUSTOMER_INVOICE, DELIVERY_SLIP, SHIPMENT_DELIVERY_SLIP or CHANNEL_SPECIFIC.",
)
@click.option("--entity", callback=_entity, metavar="TYPE:ID", help="Attach it to a return: RETURN:RET-1.")
@click.option("--filename", help="The name Connect shows. [default: the file's]")
@click.option("--channel-type", help="Your own document type, with --type CHANNEL_SPECIFIC.")
@ORIGIN
@verbose_option
@connection_options
def upload(
    *,
    order_id: str,
    path: str,
    document_id: str,
    type_: str,
    entity: dict[str, str] | None,
    filename: str | None,
    channel_type: str | None,
    origin: OriginDict,
    verbose: bool,
    connection: Connection,
) -> None:
    """Attach the document at PATH to order ORDER_ID (or, with --entity, to one of its returns).

    \b
    Example:
      $ mirakl-connect documents upload ORDER-7 label.pdf --document-id LBL-7 \\
            --type SHIPMENT_DELIVERY_SLIP --origin acme/store-42
    """
    with connection.client() as client, showing_logs(stderr(), verbose):
        client.documents.upload(
            order_id,
            path,
            channel_document_id=document_id,
            type=type_,
            origin=origin,
            filename=filename,
            entity=entity,
            channel_type=channel_type,
        )
    stdout().print(f"uploaded {document_id} to order {order_id}", markup=False)


@documents.command(context_settings=CONTEXT)
@click.argument("doc_id")
@ORIGIN
@verbose_option
@connection_options
def delete(doc_id: str, origin: OriginDict, verbose: bool, connection: Connection) -> None:
    """Delete the document DOC_ID uploaded before.

    \b
    Example:
      $ mirakl-connect documents delete LBL-7 --origin acme/store-42
    """
    with connection.client() as client, showing_logs(stderr(), verbose):
        client.documents.delete(doc_id, origin)
    stdout().print(f"deleted {doc_id}", markup=False)
