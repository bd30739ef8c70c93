"""Who may use the workbench and which requests may write.

- Bound to loopback (the default), only this machine's users reach it.  Bound to another address, every
  request needs the server's token: `Authorization: Bearer TOKEN`, or the cookie set when the first request
  came with `?token=TOKEN` (so a link works once and the token leaves the address bar).
- Every write (POST) carries the CSRF token of this server run in its form; another site can make the
  browser post, but cannot read a page to learn the token.  A cross-origin `Origin` header is refused too.
"""

from __future__ import annotations

import hmac
import ipaddress
from urllib.parse import parse_qsl, urlencode

from starlette.datastructures import URL
from starlette.requests import HTTPConnection
from starlette.responses import PlainTextResponse, RedirectResponse
from starlette.types import ASGIApp, Receive, Scope, Send

TOKEN_COOKIE = "parscan_token"
TOKEN_ENV = "PARSCAN_SERVE_TOKEN"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def same(a: str | None, b: str) -> bool:
    return a is not None and hmac.compare_digest(a.encode(), b.encode())


class TokenMiddleware:
    """Refuses (401) every request without the server's token."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app, self.token = app, token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        conn = HTTPConnection(scope)
        auth = conn.headers.get("authorization", "")
        bearer = auth[7:] if auth.lower().startswith("bearer ") else None
        if same(bearer, self.token) or same(conn.cookies.get(TOKEN_COOKIE), self.token):
            await self.app(scope, receive, send)
            return
        if same(conn.query_params.get("token"), self.token):
            rest = [(k, v) for k, v in parse_qsl(conn.url.query) if k != "token"]
            response = RedirectResponse(str(URL(scope=scope).replace(query=urlencode(rest))), status_code=303)
            response.set_cookie(TOKEN_COOKIE, self.token, httponly=True, samesite="strict")
            await response(scope, receive, send)
            return
        await PlainTextResponse("401: this workbench needs its token (Authorization: Bearer …, or ?token=…)",
                                status_code=401)(scope, receive, send)


def cross_origin(conn: HTTPConnection) -> bool:
    """A write whose Origin header names another site than the one it was sent to."""
    origin = conn.headers.get("origin")
    if not origin or origin == "null":
        return origin == "null"
    return origin.split("://", 1)[-1] != conn.headers.get("host", "")
