"""``mirakl-connect token``: check credentials by fetching a token; print its expiry and scopes.

    $ mirakl-connect token --env test
    token for client 'my-connector' from https://auth-test.mirakl.net/oauth/token
      expires in  3599 s (2026-11-20T09:29:59Z)
      scopes      none stated

The token itself is printed only with ``--show``. Scopes come from the answer's ``scope``, else
from the token's own claims when it is a JWT (``scope``, ``scp``).
"""

from __future__ import annotations

import base64
import datetime
import json
from typing import Any

import click
import httpx

from ._app import CONTEXT, Connection, connection_options, fail, showing_logs, stderr, stdout, verbose_option


def claims_of(token: str) -> dict[str, Any]:
    """The claims of a JWT (not checked: for display only), or {} when it is not one.

    >>> claims_of("eyJhbGciOiJIUzI1NiJ9.eyJzY29wZSI6Im9yZGVycyByZXR1cm5zIn0.x")
    {'scope': 'orders returns'}
    """
    parts = token.split(".")
    if len(parts) != 3:
        return {}
    try:
        claims = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except ValueError:
        return {}
    return claims if isinstance(claims, dict) else {}


def scopes_of(answer: dict[str, Any], claims: dict[str, Any]) -> list[str]:
    for value in (answer.get("scope"), claims.get("scope"), claims.get("scp"), claims.get("scopes")):
        if isinstance(value, str) and value.strip():
            return value.split()
        if isinstance(value, list) and value:
            return [str(v) for v in value]
    return []


@click.command(context_settings=CONTEXT)
@click.option("--show", is_flag=True, help="Print the access token itself (a secret: mind your terminal).")
@click.option("--json", "as_json", is_flag=True, help="Print expiry and scopes as JSON.")
@verbose_option
@connection_options
def token(show: bool, as_json: bool, verbose: bool, connection: Connection) -> None:
    """Fetch an access token: checks the credentials; prints its expiry and scopes.

    \b
    Example (credentials in MIRAKL_CONNECT_CLIENT_ID and MIRAKL_CONNECT_CLIENT_SECRET):
      $ mirakl-connect token --env test
    """
    client = connection.client()
    answers: list[dict[str, Any]] = []

    def fetch(request: httpx.Request) -> httpx.Response:
        with httpx.Client(timeout=client._settings.timeout) as http:
            response = http.send(request)
            response.read()
        if response.status_code == 200:
            try:
                body = response.json()
            except ValueError:
                body = None
            answers.append(body if isinstance(body, dict) else {})
        return response

    with client, showing_logs(stderr(), verbose):
        try:
            fetched = client.auth.token(fetch)
        except httpx.HTTPError as error:
            fail(f"token endpoint {client.auth.token_url}: {type(error).__name__}: {error}")
    assert fetched is not None
    answer = answers[-1] if answers else {}
    claims = claims_of(fetched.value)
    lifetime = answer.get("expires_in")
    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    expires = now + datetime.timedelta(seconds=float(lifetime)) if isinstance(lifetime, int | float) else None
    if expires is None and isinstance(claims.get("exp"), int | float):
        expires = datetime.datetime.fromtimestamp(claims["exp"], datetime.UTC)
    scopes = scopes_of(answer, claims)
    shown = {
        "client_id": client.client_id,
        "token_url": client.auth.token_url,
        "expires_in": lifetime,
        "expires_at": expires.isoformat().replace("+00:00", "Z") if expires else None,
        "scopes": scopes,
    }
    if show:
        shown["access_token"] = fetched.value
    if as_json:
        click.echo(json.dumps(shown))
        return
    out = stdout()
    out.print(f"token for client {client.client_id!r} from {client.auth.token_url}", markup=False)
    when = f"{lifetime} s ({shown['expires_at']})" if lifetime is not None else str(shown["expires_at"])
    out.print(f"  expires in  {when}", markup=False)
    out.print(f"  scopes      {' '.join(scopes) if scopes else 'none stated'}", markup=False)
    if show:
        out.print(f"  token       {fetched.value}", markup=False, soft_wrap=True)
