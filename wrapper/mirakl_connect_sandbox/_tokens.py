"""The OAuth2 client-credentials token endpoint, and the check of the bearer tokens it issued.

    >>> import json, time
    >>> issuer = TokenIssuer("client", "secret", ttl=3599, clock=time.time)
    >>> form = b"grant_type=client_credentials&client_id=client&client_secret=secret"
    >>> response = issuer.token_endpoint(form)
    >>> token = json.loads(response.body)["access_token"]
    >>> issuer.verify(f"Bearer {token}")
    'client'

Tokens look like the real ones (JWTs, HS256) and are signed with a random key per sandbox, with the
stdlib's ``hmac``: a JWT library would add a dependency for three lines of base64 and one HMAC, and
the sandbox never has to read anyone else's tokens. Each token is also remembered by its ``jti`` so
that it can be revoked. Secrets and tokens never go into messages or logs.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import threading
from collections.abc import Callable
from urllib.parse import parse_qs

from ._http import ApiError, Response

Clock = Callable[[], float]
_HEADER = {"alg": "HS256", "typ": "JWT"}
_CHALLENGE = 'Bearer realm="mirakl-connect-sandbox"'


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _compact(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def unauthorized(message: str) -> ApiError:
    """401 with the API's Error body."""
    headers = {"WWW-Authenticate": f'{_CHALLENGE}, error="invalid_token"'}
    return ApiError(401, "UNAUTHORIZED", message, headers=headers)


def _oauth_error(error: str, description: str) -> Response:
    return Response.json(
        401,
        {"error": error, "error_description": description},
        {"Cache-Control": "no-store", "Pragma": "no-cache"},
    )


class TokenIssuer:
    """Issues, verifies and revokes the sandbox's access tokens. Thread-safe."""

    def __init__(self, client_id: str, client_secret: str, *, ttl: float, clock: Clock) -> None:
        self.client_id = client_id
        self._secret = client_secret.encode()
        self.ttl = ttl
        self._clock = clock
        self._key = secrets.token_bytes(32)
        self._lock = threading.Lock()
        self._live: dict[str, float] = {}  # jti -> expiry (clock seconds)

    def __repr__(self) -> str:
        return f"TokenIssuer(client_id={self.client_id!r}, ttl={self.ttl})"

    # -- token endpoint ---------------------------------------------------------------------------

    def token_endpoint(self, form: bytes) -> Response:
        """Answer ``POST /oauth/token`` (form already read). Bad requests get an OAuth 401 body."""
        try:
            fields = parse_qs(form.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
        except UnicodeDecodeError:
            fields = {}
        grant = fields.get("grant_type", [""])[-1]
        client_id = fields.get("client_id", [""])[-1]
        client_secret = fields.get("client_secret", [""])[-1]
        named = {"grant_type": grant, "client_id": client_id, "client_secret": client_secret}
        missing = [name for name, value in named.items() if not value]
        if missing:
            return _oauth_error("invalid_request", f"Missing form field(s): {', '.join(missing)}")
        if grant != "client_credentials":
            return _oauth_error("unsupported_grant_type", "Only grant_type=client_credentials is supported")
        # Compare both, always, in constant time: no early exit that tells which one was wrong.
        id_ok = hmac.compare_digest(client_id.encode(), self.client_id.encode())
        secret_ok = hmac.compare_digest(client_secret.encode(), self._secret)
        if not (id_ok and secret_ok):
            return _oauth_error("invalid_client", "Client authentication failed")
        return Response.json(
            200,
            {
                "token_type": "Bearer",
                "access_token": self.issue(client_id),
                "expires_in": int(self.ttl) if float(self.ttl).is_integer() else self.ttl,
                "target_app": "",
                "resource_owner": "",
            },
            {"Cache-Control": "no-store", "Pragma": "no-cache"},
        )

    def issue(self, subject: str) -> str:
        now = self._clock()
        expires = now + self.ttl
        jti = secrets.token_hex(16)
        claims = {"sub": subject, "iat": int(now), "exp": int(expires), "jti": jti}
        signing_input = f"{_b64(_compact(_HEADER))}.{_b64(_compact(claims))}"
        with self._lock:
            self._live = {key: exp for key, exp in self._live.items() if exp > now}
            self._live[jti] = expires
        return f"{signing_input}.{self._sign(signing_input)}"

    # -- bearer check -----------------------------------------------------------------------------

    def verify(self, authorization: str | None) -> str:
        """The client id a request's ``Authorization`` header proves, or raise a 401 ApiError."""
        jti, claims = self._decode(authorization)
        with self._lock:
            expires = self._live.get(jti)
        if expires is None:
            raise unauthorized("The access token is unknown or was revoked")
        if self._clock() >= expires:
            raise unauthorized("The access token has expired")
        return str(claims["sub"])

    def revoke(self, authorization: str | None) -> None:
        """Revoke the token of this ``Authorization`` header, if it is one of ours."""
        try:
            jti, _ = self._decode(authorization)
        except ApiError:
            return
        with self._lock:
            self._live.pop(jti, None)

    def revoke_all(self) -> None:
        with self._lock:
            self._live.clear()

    def _decode(self, authorization: str | None) -> tuple[str, dict[str, object]]:
        if not authorization:
            raise unauthorized("Missing bearer token")
        scheme, _, token = authorization.strip().partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise unauthorized("The Authorization header must be 'Bearer <access token>'")
        parts = token.strip().split(".")
        if len(parts) != 3:
            raise unauthorized("Malformed access token")
        signing_input = f"{parts[0]}.{parts[1]}"
        if not hmac.compare_digest(self._sign(signing_input).encode(), parts[2].encode("utf-8", "replace")):
            raise unauthorized("The access token is unknown or was revoked")
        try:
            claims = json.loads(_unb64(parts[1]))
        except (binascii.Error, ValueError):
            raise unauthorized("Malformed access token") from None
        if not isinstance(claims, dict) or not isinstance(claims.get("jti"), str) or "sub" not in claims:
            raise unauthorized("Malformed access token")
        return claims["jti"], claims

    def _sign(self, signing_input: str) -> str:
        return _b64(hmac.new(self._key, signing_input.encode("ascii", "replace"), hashlib.sha256).digest())
