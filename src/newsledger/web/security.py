"""What keeps a shared ledger server safe: Host allow-list, token, security headers, body limits.

A plain ASGI middleware (not Starlette's BaseHTTPMiddleware, which copies every response
through a task group and halves throughput). Every response, errors included, leaves with
the same headers; a request for a foreign Host is refused before any route runs, which is
what stops DNS rebinding against a server on 127.0.0.1.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import socket
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from html import escape
from http.cookies import SimpleCookie
from typing import Any

from starlette.exceptions import HTTPException

COOKIE = "newsledger_session"
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}

CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; "
       "connect-src 'self'")
# Swagger UI sets inline styles on its own elements; nothing else is relaxed for it.
CSP_DOCS = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")

HEADERS = [
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    # same-origin, not no-referrer: with no-referrer a browser posts our own forms with
    # `Origin: null`, and the same-site check below could not tell them from a foreign site
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]

# Where a visitor without the token may still go: the login form and what it needs.
OPEN_PATHS = ("/login", "/static/", "/favicon.ico")
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


def is_api_path(path: str) -> bool:
    """Answered in JSON (the API and the downloads); every other path is a page, answered in HTML."""
    return path.startswith("/api/") or path.endswith((".json", ".csv"))


def is_loopback(host: str) -> bool:
    host = host.strip("[]")
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def default_hosts(bind: str) -> set[str]:
    """The Host names a browser may use to reach a server bound to `bind`."""
    hosts = set(LOOPBACK_NAMES)
    bind = bind.strip("[]")
    if not is_loopback(bind):
        if bind not in ("0.0.0.0", "::"):
            hosts.add(bind)
        else:
            name = socket.gethostname()
            hosts |= {name, socket.getfqdn()}
            try:
                hosts |= {str(info[4][0]) for info in socket.getaddrinfo(name, None)}
            except OSError:
                pass
    return {h.lower() for h in hosts if h}


def session_value(token: str) -> str:
    """What the login cookie holds: derived from the token, so the cookie is not the token."""
    return hmac.new(token.encode(), b"newsledger-session", hashlib.sha256).hexdigest()


@dataclass
class Policy:
    """Who may do what on this server."""

    token: str | None = None
    read_only: bool = False  # --public: anyone may read, nobody may write
    allowed_hosts: set[str] = field(default_factory=lambda: set(LOOPBACK_NAMES))
    max_body: int = 60 * 1024 * 1024

    def host_ok(self, host: str) -> bool:
        if "*" in self.allowed_hosts:
            return True
        name = host.strip().lower()
        if name.startswith("["):  # [::1]:8000
            name = name[1:].split("]", 1)[0]
        elif name.count(":") == 1:
            name = name.rsplit(":", 1)[0]
        return name in self.allowed_hosts

    def authorised(self, headers: dict[bytes, bytes]) -> bool:
        if not self.token:
            return True
        auth = headers.get(b"authorization", b"").decode("latin-1")
        if auth[:7].lower() == "bearer " and hmac.compare_digest(auth[7:].strip(), self.token):
            return True
        given = headers.get(b"x-newsledger-token", b"").decode("latin-1")
        if given and hmac.compare_digest(given, self.token):
            return True
        cookie = headers.get(b"cookie", b"").decode("latin-1")
        if cookie:
            try:
                jar = SimpleCookie(cookie)
            except Exception:  # noqa: BLE001 - a broken cookie header is no credential
                return False
            morsel = jar.get(COOKIE)
            if morsel and hmac.compare_digest(morsel.value, session_value(self.token)):
                return True
        return False


Send = Callable[[dict[str, Any]], Awaitable[None]]
Receive = Callable[[], Awaitable[dict[str, Any]]]


class Guard:
    """ASGI middleware applying a Policy to every HTTP request."""

    def __init__(self, app: Any, policy: Policy,
                 methods_for: Callable[[dict[str, Any]], set[str]] | None = None) -> None:
        self.app = app
        self.policy = policy
        self.methods_for = methods_for

    async def __call__(self, scope: dict[str, Any], receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        csp = (CSP_DOCS if path.startswith("/api/docs") else CSP).encode()

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.body" and head:
                message = {**message, "body": b""}
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.lower() not in _OURS]
                headers += HEADERS + [(b"content-security-policy", csp)]
                message = {**message, "headers": headers}
            await send(message)

        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        method = scope.get("method", "GET")
        head = method == "HEAD"
        if head:  # every page answers HEAD as it answers GET, without the body
            scope = {**scope, "method": "GET"}
            method = "GET"
        api = is_api_path(path)
        if not self.policy.host_ok(headers.get(b"host", b"").decode("latin-1")):
            await _refuse(send_with_headers, 400, "this server does not answer to that Host name",
                          api)
            return
        if method in UNSAFE and not _same_origin(headers):
            await _refuse(send_with_headers, 403, "cross-site request refused", api)
            return
        if not path.startswith(OPEN_PATHS) and not self.policy.authorised(headers):
            await _refuse(send_with_headers, 401, "a token is required: send it as "
                          "'Authorization: Bearer TOKEN' or sign in at /login", api,
                          login=path if not api else None)
            return
        if method in UNSAFE and self.policy.read_only and not path.startswith("/login"):
            await _refuse(send_with_headers, 403, "this server is read-only (--public): "
                          "adding reports needs a server started with --token", api)
            return
        if self.methods_for is not None and method not in ("GET", "POST"):
            allowed = self.methods_for(scope)
            if allowed and method not in allowed:
                await _refuse(send_with_headers, 405, "method not allowed", api,
                              extra=[(b"allow", ", ".join(sorted(allowed)).encode())])
                return
        length = headers.get(b"content-length")
        if length is not None:
            try:
                too_big = int(length) > self.policy.max_body
            except ValueError:
                too_big = True
            if too_big:
                await _refuse(send_with_headers, 413, "request body too large", api)
                return
        started = False

        async def send_tracked(message: dict[str, Any]) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send_with_headers(message)

        try:
            await self.app(scope, _limited(receive, self.policy.max_body), send_tracked)
        except BodyTooLarge:
            if not started:
                await _refuse(send_with_headers, 413, "request body too large", api)


_OURS = {k for k, _ in HEADERS} | {b"content-security-policy"}


def _same_origin(headers: dict[bytes, bytes]) -> bool:
    """A browser's form post from another site carries that site's Origin: refuse it.

    Scripts and command-line clients send no Origin and pass (they need the token anyway).
    """
    site = headers.get(b"sec-fetch-site")
    if site is not None and site not in (b"same-origin", b"none"):
        return False
    origin = headers.get(b"origin")
    if origin is None:
        return True
    host = headers.get(b"host", b"")
    return origin.split(b"://", 1)[-1] == host


def _limited(receive: Receive, limit: int) -> Receive:
    """A receive that stops a chunked body (no Content-Length) once it passes the limit."""
    seen = 0

    async def inner() -> dict[str, Any]:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise BodyTooLarge()
        return message

    return inner


class BodyTooLarge(HTTPException):
    """Raised inside the app when a streamed body passes the server's limit; an HTTP error, so
    the body parser passes it on as a 413 instead of calling the body malformed."""

    def __init__(self) -> None:
        super().__init__(413, "request body too large")


async def _refuse(send: Send, status: int, detail: str, api: bool, login: str | None = None,
                  extra: list[tuple[bytes, bytes]] | None = None) -> None:
    if api:
        body = json.dumps({"detail": detail}).encode()
        ctype = b"application/json"
    else:
        more = ('<form method="post" action="/login"><input type="hidden" name="next" '
                f'value="{escape(login or "/")}"><label>Token <input type="password" '
                'name="token" autocomplete="current-password"></label> '
                '<button type="submit">Sign in</button></form>') if login else ""
        body = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{status}'
                f' · newsledger</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/static/report.css"></head>'
                f'<body><main><h1>{status}</h1><p>{escape(detail)}</p>{more}</main></body>'
                f'</html>').encode()
        ctype = b"text/html; charset=utf-8"
    headers = [(b"content-type", ctype), (b"content-length", str(len(body)).encode())]
    if status == 401:
        headers.append((b"www-authenticate", b'Bearer realm="newsledger"'))
    headers += extra or []
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def hosts_from(values: Iterable[str]) -> set[str]:
    return {v.strip().lower() for v in values if v.strip()}
