"""The OA's access token, refreshed when Zalo rejects it, stored encrypted (`token_keys`).

Zalo's refresh token is single-use: once Zalo answers a refresh, the old pair is dead and the new
one is the only pair that works. So the new pair is written in one transaction (both tokens and
the expiry, never half) before its access token is used, and if that write fails (a locked or
full database) the pair is not dropped: it is kept in memory, used for sends, and written again
before each send until the database has it. Until then the stored row keeps the old pair intact.
One refresh at a time, across every app process: the refresh runs under a lock in the database
(`Leases`), and a sender that saw an older token than the current one just takes it, so two
processes never both spend the refresh token.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import threading

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from api.database import transaction
from api.shared.leases import Leases
from api.zalo.client import TokenPair, ZaloClient
from api.zalo.tables import ZaloToken
from api.zalo.token_keys import TokenCipher

logger = logging.getLogger(__name__)
ROW = 1
REFRESH_LOCK = "zalo:token-refresh"
REFRESH_LOCK_S = 60.0  # longer than a refresh request may take


class ZaloTokens:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        client: ZaloClient,
        app_id: str,
        app_secret_key: str,
        initial: TokenPair,
        cipher: TokenCipher,
    ) -> None:
        self._sessions = sessions
        self._client = client
        self._app_id = app_id
        self._app_secret_key = app_secret_key
        self._initial = initial
        self._cipher = cipher
        self._lock = asyncio.Lock()
        self._leases = Leases(sessions)
        self._unsaved: TokenPair | None = None  # issued by Zalo, not in the database yet
        self._unsaved_lock = threading.Lock()

    def current(self) -> str:
        """The access token to send with: the newest pair Zalo issued, stored or not yet."""
        return self._held().access_token

    async def refresh(self, rejected: str) -> str:
        async with self._lock, self._leases.hold(REFRESH_LOCK, REFRESH_LOCK_S):
            held = await asyncio.to_thread(self._held)
            if held.access_token != rejected:
                return held.access_token
            pair = await self._client.refresh(self._app_id, self._app_secret_key, held.refresh_token)
            with self._unsaved_lock:
                self._unsaved = pair  # the old refresh token is spent: this pair must not be lost
            await asyncio.to_thread(self._store_unsaved)
            logger.info("zalo: access token refreshed")
            return pair.access_token

    def _held(self) -> TokenPair:
        if not self._store_unsaved():
            with self._unsaved_lock:
                if self._unsaved is not None:
                    return self._unsaved
        return self._stored()

    def _stored(self) -> TokenPair:
        """The stored pair (the configured one until the first refresh), re-encrypted under the
        current key when it was stored in plain text or under an older key."""
        with transaction(self._sessions) as session:
            row = session.get(ZaloToken, ROW)
            if row is None:
                row = self._row(self._initial)
                session.add(row)
            pair = TokenPair(self._cipher.open(row.access_token), self._cipher.open(row.refresh_token), None)
            if not all(map(self._cipher.is_current, (row.access_token, row.refresh_token))):
                row.access_token = self._cipher.seal(pair.access_token)
                row.refresh_token = self._cipher.seal(pair.refresh_token)
            return pair

    def _store_unsaved(self) -> bool:
        """Write the pair kept in memory, if any; False if it is still only in memory."""
        with self._unsaved_lock:
            pair = self._unsaved
            if pair is None:
                return True
            try:
                with transaction(self._sessions) as session:
                    fresh = self._row(pair)
                    row = session.get(ZaloToken, ROW)
                    if row is None:
                        session.add(fresh)
                    else:
                        row.access_token, row.refresh_token = fresh.access_token, fresh.refresh_token
                        row.expires_at, row.updated_at = fresh.expires_at, fresh.updated_at
            except SQLAlchemyError as exc:
                logger.error(
                    "zalo: the refreshed token pair could not be stored (%s); it is kept in memory and "
                    "stored before the next send. If the server stops first, set a new pair from the "
                    "Zalo developer console.",
                    type(exc).__name__,
                )
                return False
            self._unsaved = None
            return True

    def _row(self, pair: TokenPair) -> ZaloToken:
        now = dt.datetime.now(dt.UTC)
        expires = now + dt.timedelta(seconds=pair.expires_in_s) if pair.expires_in_s else None
        return ZaloToken(
            id=ROW,
            access_token=self._cipher.seal(pair.access_token),
            refresh_token=self._cipher.seal(pair.refresh_token),
            expires_at=expires,
            updated_at=now,
        )
