"""Zalo's HTTP API: send a customer-service message, refresh the OA's token pair.

Zalo answers HTTP 200 with `{"error": <code>, "message": …}`; the codes that change what the
sender should do become exceptions of their own.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

TOKEN_CODES = frozenset({-216, -220})  # access token invalid / expired: refresh, then retry
WINDOW_CODES = frozenset({-230})  # the user has not interacted for 7 days: never retry
RATE_CODES = frozenset({-32})  # rate limited: back off


class ZaloApiError(Exception):
    def __init__(self, code: int | None, message: str) -> None:
        super().__init__(f"Zalo error {code}: {message}")
        self.code = code


class TokenRejected(ZaloApiError):
    pass


class OutsideWindow(ZaloApiError):
    pass


class RateLimited(ZaloApiError):
    pass


@dataclass(frozen=True)
class TokenPair:
    access_token: str
    refresh_token: str
    expires_in_s: int | None


class ZaloClient:
    def __init__(self, http: httpx.AsyncClient, api_url: str, oauth_url: str) -> None:
        self._http = http
        self._api_url = api_url.rstrip("/")
        self._oauth_url = oauth_url.rstrip("/")

    async def send(self, access_token: str, user_id: str, message: dict) -> str | None:
        """Send one message; returns Zalo's message id."""
        response = await self._http.post(
            f"{self._api_url}/v3.0/oa/message/cs",
            headers={"access_token": access_token},
            json={"recipient": {"user_id": user_id}, "message": message},
        )
        body = _json(response)
        _raise_for_error(body)
        return str((body.get("data") or {}).get("message_id") or "") or None

    async def refresh(self, app_id: str, app_secret_key: str, refresh_token: str) -> TokenPair:
        response = await self._http.post(
            f"{self._oauth_url}/v4/oa/access_token",
            headers={"secret_key": app_secret_key},
            data={"app_id": app_id, "grant_type": "refresh_token", "refresh_token": refresh_token},
        )
        body = _json(response)
        if "access_token" not in body or "refresh_token" not in body:
            raise ZaloApiError(body.get("error"), str(body.get("error_description") or "no token in reply"))
        expires = body.get("expires_in")
        return TokenPair(body["access_token"], body["refresh_token"], int(expires) if expires else None)


def _json(response: httpx.Response) -> dict:
    if response.status_code >= 400:
        raise ZaloApiError(None, f"HTTP {response.status_code}")
    try:
        body = response.json()
    except ValueError as exc:
        raise ZaloApiError(None, "the reply is not JSON") from exc
    if not isinstance(body, dict):
        raise ZaloApiError(None, "the reply is not a JSON object")
    return body


def _raise_for_error(body: dict) -> None:
    code = int(body.get("error", 0) or 0)
    if code == 0:
        return
    message = str(body.get("message") or "")
    kind = (
        TokenRejected
        if code in TOKEN_CODES
        else OutsideWindow
        if code in WINDOW_CODES
        else RateLimited
        if code in RATE_CODES
        else ZaloApiError
    )
    raise kind(code, message)
