"""httpx transports that pace, authenticate and retry, around the real one.

    control = CallControl(base_url="https://miraklconnect.com/api/channel-platform",
                          policy=RetryPolicy(), pacer=Pacer(Pacing(), clock), clock=clock,
                          credentials=auth, timeout=httpx.Timeout(30))
    httpx.Client(base_url=..., transport=ConnectTransport(httpx.HTTPTransport(), control))

Each attempt of a call goes: wait for a pacing slot, take a fresh token (fetched here when needed,
with the call's timeouts, retries and deadline), put it on the request, send, read the answer
(bounded, within the deadline), then decide. So the token on the wire is never older than the
waits before it, the deadline bounds the whole call, a body cut short is a network fault that is
retried where safe, and no raw httpx or h11 exception escapes: what is raised is a
:class:`mc.ConnectError`. The requests made through the generated functions (``client.api``) are
handled the same way, since their operation is found from the method and URL (``spec.match``).

Credentials go to the configured origin only: a request for any other origin (a redirect that a
caller asked httpx to follow) is refused, and the ``Authorization`` header of a request is
redacted once its call is over, so the request kept on a response or an error holds no token.
The decisions live in :class:`CallControl`, :class:`~._retry.Attempts` and
:class:`~._pacing.Pacer`; the two transports only send, read and sleep.
"""

from __future__ import annotations

import logging

import httpx

from . import spec
from ._auth import ClientCredentials, Token
from ._clock import Clock
from ._errors import MAX_ERROR_BODY, REDACTED, ConfigurationError, PacingError, TransportError
from ._pacing import Pacer
from ._retry import NOT_SENT_ERRORS, Attempts, RetryPolicy, replayable

logger = logging.getLogger("mirakl_connect")
MAX_BODY = 64 * 1024 * 1024  # bytes of a successful answer; the API's are a few KB
Outcome = httpx.Response | Exception


class _Expired(Exception):
    """The call's deadline passed while reading an answer."""


class _Body:
    """An answer's body as it is read: an error body is cut at ``MAX_ERROR_BODY``; reading stops
    when the call's deadline passes, or fails when a successful answer is beyond ``MAX_BODY``."""

    def __init__(self, status: int, attempts: Attempts) -> None:
        self.chunks: list[bytes] = []
        self.size, self.limit, self.attempts = 0, MAX_ERROR_BODY if status >= 300 else MAX_BODY, attempts
        self.error = status >= 300

    def add(self, chunk: bytes) -> bool:
        """Keep ``chunk``; False once enough is read."""
        self.chunks.append(chunk)
        self.size += len(chunk)
        left = self.attempts.remaining()
        if left is not None and left <= 0:
            raise _Expired
        if self.size < self.limit:
            return True
        if self.error:
            return False
        raise httpx.DecodingError(f"an answer of more than {MAX_BODY // 2**20} MB")


class CallControl:
    """What the twins share: the operation of a request, its attempts, pacing, token and answer."""

    def __init__(
        self,
        *,
        base_url: str,
        policy: RetryPolicy,
        pacer: Pacer | None,
        clock: Clock,
        credentials: ClientCredentials | None,
        timeout: httpx.Timeout,
        upload_write_timeout: float = 120.0,
    ) -> None:
        base = httpx.URL(base_url)
        self.origin, self.base_path = (base.scheme, base.host, base.port), _raw_path(base).rstrip("/")
        self.policy, self.pacer, self.clock = policy, pacer, clock
        self.credentials, self.timeout = credentials, timeout
        self.upload_write_timeout = upload_write_timeout

    def start(self, request: httpx.Request) -> Attempts:
        """The attempts of an API request; refuses one for another origin."""
        url = request.url
        if (url.scheme, url.host, url.port) != self.origin:
            raise ConfigurationError(
                f"refusing to send {request.method} {url.scheme}://{url.host}{url.path}: this client "
                f"sends credentials to {self.origin[0]}://{self.origin[1]} only (redirects are not followed)"
            )
        path = _raw_path(url)  # as sent: an id with a "/" in it is one segment (%2F)
        operation = (
            spec.match(request.method, path[len(self.base_path) :])
            if path.startswith(self.base_path)
            else None
        )
        if operation is not None and operation.content_type == "multipart/form-data":
            timeout = dict(request.extensions.get("timeout") or self.timeout.as_dict())
            timeout["write"] = max(timeout.get("write") or 0.0, self.upload_write_timeout)
            request.extensions["timeout"] = timeout
        return Attempts(self.policy, self.clock, request, operation)

    def token_attempts(self, request: httpx.Request, call: Attempts) -> Attempts:
        """The attempts of a token request made for ``call``: its timeouts, its deadline."""
        request.extensions["timeout"] = self.timeout.as_dict()
        return Attempts(
            self.policy, self.clock, request, None, deadline_at=call.deadline_at, name="token request"
        )

    def pace(self, attempts: Attempts) -> float:
        """0: send now (then :meth:`answered`); else seconds to wait before asking again.

        Raises :class:`PacingError` when the wait would outlast the call's deadline.
        """
        if self.pacer is None:
            return 0.0
        wait = self.pacer.reserve(attempts.operation)
        if wait <= 0:
            return 0.0
        left = attempts.remaining()
        if left is not None and wait >= left:
            raise PacingError(
                f"{attempts.name}: the next pacing slot is in {wait:.1f} s, past the call's "
                f"{self.policy.deadline:g} s deadline",
                retry_after=wait,
                operation=attempts.name,
            )
        return wait

    def answered(self, attempts: Attempts, outcome: Outcome | None) -> None:
        """The attempt is over: its pacing slot counts from now, unless it surely never reached the server."""
        if self.pacer is not None:
            reached = outcome is not None and not isinstance(outcome, NOT_SENT_ERRORS)
            self.pacer.release(attempts.operation, reached=reached)

    @staticmethod
    def begin(request: httpx.Request, attempts: Attempts, token: Token | None) -> httpx.Request:
        """The request, ready for its next attempt: ``token`` on it, timeouts within the deadline."""
        if token is not None:
            request.headers["Authorization"] = token.header
        attempts.sent_token = None if token is None else token.value
        attempts.begin()
        return request

    def decide(
        self, request: httpx.Request, attempts: Attempts, outcome: Outcome | None, token: Token | None
    ) -> httpx.Response | float:
        """After an attempt: the answer, or seconds to wait before the next attempt. Raises
        :class:`TransportError` when giving up on a network failure."""
        if isinstance(outcome, TransportError):
            raise outcome
        if isinstance(outcome, Exception):
            return attempts.after_error(outcome)
        assert outcome is not None  # an attempt that raised never gets here
        # a 401 gets one new token and one replay (a second 401 is the answer)
        if not attempts.replayed and self.replay_with_new_token(request, outcome, token, attempts):
            attempts.replayed = True
            return 0.0
        delay = attempts.after_response(outcome)
        return outcome if delay is None else delay

    @staticmethod
    def finish(request: httpx.Request, attempts: Attempts) -> None:
        """The call is over: the request object (kept on responses and errors) forgets the token."""
        if attempts.sent_token is not None or "Authorization" in request.headers:  # ours, or one given
            request.headers["Authorization"] = REDACTED

    def replay_with_new_token(
        self, request: httpx.Request, response: httpx.Response, token: Token | None, attempts: Attempts
    ) -> bool:
        """After a 401 with ``token``: drop it (if still current) and say whether to send again
        (within the attempts allowed)."""
        if response.status_code != 401 or token is None or self.credentials is None:
            return False
        if not replayable(request) or attempts.number >= self.policy.max_attempts:
            return False
        self.credentials.invalidate(token)
        logger.info(
            "%s %s: token refused (401), sending again with a new token", request.method, request.url.path
        )
        return True

    @staticmethod
    def rebuild(response: httpx.Response, body: _Body, attempts: Attempts) -> httpx.Response:
        """The answer with its body read: no connection kept, nothing streamed, and no echo of the
        token that was sent (a server may copy the request's headers into its answer)."""
        request = attempts.request
        extensions = {k: v for k, v in response.extensions.items() if k != "network_stream"}
        raw = b"".join(body.chunks)
        headers, echoed = response.headers, False
        if attempts.sent_token:
            sent = attempts.sent_token.encode()
            echoed = sent in raw
            raw = raw.replace(sent, REDACTED.encode())
            redacted = [(k, v.replace(sent, REDACTED.encode())) for k, v in headers.raw]
            headers = httpx.Headers(redacted) if redacted != headers.raw else headers
        if not echoed and headers is response.headers and "Content-Encoding" not in headers:
            # the usual answer: itself, its body now in memory (nothing to decode, nothing echoed;
            # a transport may have read it already: then .content is what it read, the same bytes)
            response.stream, response.extensions = httpx.ByteStream(raw), extensions
            response.request = request
            response.read()  # from memory: .content is there for whoever reads it
            return response
        try:
            return httpx.Response(
                response.status_code,
                headers=headers,
                content=raw,
                request=request,
                extensions=extensions,
            )
        except httpx.DecodingError:  # an error body cut short, or a bad encoding: keep the bytes as they came
            headers = httpx.Headers(headers)
            headers.pop("Content-Encoding", None)
            return httpx.Response(
                response.status_code, headers=headers, content=raw, request=request, extensions=extensions
            )


def _raw_path(url: httpx.URL) -> str:
    """The path of ``url`` as it goes on the wire (percent-encoded), without the query."""
    return url.raw_path.decode("ascii").partition("?")[0]


def _failure(attempts: Attempts, error: Exception) -> Exception:
    """The outcome of an attempt that failed: the error, or the deadline's."""
    if isinstance(error, _Expired | TimeoutError):
        return attempts.expired("while reading the answer")
    return error


class ConnectTransport(httpx.BaseTransport):
    """Pacing, auth and retries around a synchronous httpx transport."""

    def __init__(self, wrapped: httpx.BaseTransport, control: CallControl) -> None:
        self.wrapped, self.control = wrapped, control

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts = self.control.start(request)
        try:
            return self._send(request, attempts, authorize=True)
        finally:
            self.control.finish(request, attempts)

    def _send(self, request: httpx.Request, attempts: Attempts, *, authorize: bool) -> httpx.Response:
        control, sleep = self.control, self.control.clock.sleep
        while True:
            while (wait := control.pace(attempts)) > 0:
                sleep(wait)
            outcome: Outcome | None = None
            try:
                token = self._token(attempts) if authorize else None
                outcome = self._attempt(control.begin(request, attempts, token), attempts)
            finally:
                control.answered(attempts, outcome)
            if isinstance(step := control.decide(request, attempts, outcome, token), httpx.Response):
                return step
            sleep(step)

    def _token(self, attempts: Attempts) -> Token | None:
        credentials = self.control.credentials
        if credentials is None:
            return None

        def fetch(token_request: httpx.Request) -> httpx.Response:
            return self._send(
                token_request, self.control.token_attempts(token_request, attempts), authorize=False
            )

        token = credentials.usable() or credentials.token(fetch, wait=attempts.remaining())
        if token is None:
            raise attempts.expired("waiting for the access token")
        return token

    def _attempt(self, request: httpx.Request, attempts: Attempts) -> Outcome:
        try:
            response = self.wrapped.handle_request(request)
        except Exception as error:
            return error
        body, stream = _Body(response.status_code, attempts), response.stream
        if not isinstance(stream, httpx.SyncByteStream):  # a transport's mistake: ends in TransportError
            return TypeError(f"the wrapped transport answered with a {type(stream).__name__}")
        try:
            for chunk in stream:
                if not body.add(chunk):
                    break
        except Exception as error:
            return _failure(attempts, error)
        finally:
            stream.close()  # the connection goes back to the pool; the answer stays open
        return self.control.rebuild(response, body, attempts)

    def close(self) -> None:
        self.wrapped.close()


class AsyncConnectTransport(httpx.AsyncBaseTransport):
    """Pacing, auth and retries around an asynchronous httpx transport."""

    def __init__(self, wrapped: httpx.AsyncBaseTransport, control: CallControl) -> None:
        self.wrapped, self.control = wrapped, control

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts = self.control.start(request)
        try:
            return await self._send(request, attempts, authorize=True)
        finally:
            self.control.finish(request, attempts)

    async def _send(self, request: httpx.Request, attempts: Attempts, *, authorize: bool) -> httpx.Response:
        control, sleep = self.control, self.control.clock.asleep
        while True:
            while (wait := control.pace(attempts)) > 0:
                await sleep(wait)
            outcome: Outcome | None = None
            try:
                token = await self._token(attempts) if authorize else None
                outcome = await self._attempt(control.begin(request, attempts, token), attempts)
            finally:
                control.answered(attempts, outcome)
            if isinstance(step := control.decide(request, attempts, outcome, token), httpx.Response):
                return step
            await sleep(step)

    async def _token(self, attempts: Attempts) -> Token | None:
        credentials = self.control.credentials
        if credentials is None:
            return None

        async def fetch(token_request: httpx.Request) -> httpx.Response:
            token_attempts = self.control.token_attempts(token_request, attempts)
            return await self._send(token_request, token_attempts, authorize=False)

        token = credentials.usable() or await credentials.atoken(fetch, wait=attempts.remaining())
        if token is None:
            raise attempts.expired("waiting for the access token")
        return token

    async def _attempt(self, request: httpx.Request, attempts: Attempts) -> Outcome:
        import asyncio  # noqa: PLC0415 - the async client's, not `import mirakl_connect`'s

        left = attempts.remaining()
        try:
            async with asyncio.timeout(None if left is None else max(left, 0.0)):
                return await self._exchange(request, attempts)
        except TimeoutError as error:  # the deadline, whatever the server trickles
            return _failure(attempts, error)

    async def _exchange(self, request: httpx.Request, attempts: Attempts) -> Outcome:
        try:
            response = await self.wrapped.handle_async_request(request)
        except Exception as error:
            return error
        body, stream = _Body(response.status_code, attempts), response.stream
        if not isinstance(stream, httpx.AsyncByteStream):  # a transport's mistake: ends in TransportError
            return TypeError(f"the wrapped transport answered with a {type(stream).__name__}")
        try:
            async for chunk in stream:
                if not body.add(chunk):
                    break
        except Exception as error:
            return _failure(attempts, error)
        finally:
            await stream.aclose()  # the connection goes back to the pool; the answer stays open
        return self.control.rebuild(response, body, attempts)

    async def aclose(self) -> None:
        await self.wrapped.aclose()
