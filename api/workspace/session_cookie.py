"""Whether the trainers' session cookie is `Secure` (sent over HTTPS only).

Always, except for a plain-HTTP request made straight to this machine's loopback address
(127.0.0.1, ::1, localhost) that no proxy forwarded, when the deployment allows it
(HOCVUSO_PLAIN_HTTP_LOOPBACK, on by default): that is `make run` on a trainer's own computer,
where there is no TLS and browsers other than Chromium would drop a Secure cookie sent over HTTP.
A request through a proxy (any Forwarded or X-Forwarded-* header) always gets a Secure cookie,
whatever the proxy calls the host.
"""

from __future__ import annotations

import ipaddress

from starlette.requests import Request

from api.settings import Settings

PROXY_HEADERS = ("forwarded", "x-forwarded-for", "x-forwarded-proto", "x-forwarded-host")


def cookie_secure(request: Request, settings: Settings) -> bool:
    plain_loopback = (
        request.url.scheme == "http"
        and is_loopback(request.url.hostname or "")
        and not any(name in request.headers for name in PROXY_HEADERS)
    )
    return not (settings.plain_http_loopback and plain_loopback)


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
