"""The OA's access token, refreshed when Zalo rejects it.

Zalo's refresh token is single-use: the new pair is committed to the database before the new
access token is used, so a crash right after a refresh never leaves us holding a spent refresh
token. One refresh at a time; a sender that saw an older token than the stored one just takes
the stored one.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging

from sqlalchemy.orm import Session, sessionmaker

from api.database import transaction
from api.zalo.client import TokenPair, ZaloClient
from api.zalo.tables import ZaloToken

logger = logging.getLogger(__name__)
ROW = 1


class ZaloTokens:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        client: ZaloClient,
        app_id: str,
        app_secret_key: str,
        initial: TokenPair,
    ) -> None:
        self._sessions = sessions
        self._client = client
        self._app_id = app_id
        self._app_secret_key = app_secret_key
        self._initial = initial
        self._lock = asyncio.Lock()

    def current(self) -> str:
        """The stored access token; the configured one until the first refresh."""
        with transaction(self._sessions) as session:
            row = session.get(ZaloToken, ROW)
            if row is None:
                row = _row(self._initial)
                session.add(row)
            return row.access_token

    async def refresh(self, rejected: str) -> str:
        async with self._lock:
            stored = await asyncio.to_thread(self._stored)
            if stored.access_token != rejected:
                return stored.access_token
            pair = await self._client.refresh(self._app_id, self._app_secret_key, stored.refresh_token)
            await asyncio.to_thread(self._store, pair)
            logger.info("zalo: access token refreshed")
            return pair.access_token

    def _stored(self) -> ZaloToken:
        self.current()
        with self._sessions() as session:
            return session.get(ZaloToken, ROW)

    def _store(self, pair: TokenPair) -> None:
        with transaction(self._sessions) as session:
            row = session.get(ZaloToken, ROW)
            fresh = _row(pair)
            row.access_token, row.refresh_token = fresh.access_token, fresh.refresh_token
            row.expires_at, row.updated_at = fresh.expires_at, fresh.updated_at


def _row(pair: TokenPair) -> ZaloToken:
    now = dt.datetime.now(dt.UTC)
    expires = now + dt.timedelta(seconds=pair.expires_in_s) if pair.expires_in_s else None
    return ZaloToken(
        id=ROW,
        access_token=pair.access_token,
        refresh_token=pair.refresh_token,
        expires_at=expires,
        updated_at=now,
    )
