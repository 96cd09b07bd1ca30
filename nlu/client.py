"""Ask the NLU server what a learner means, without ever hanging a learner's request.

The client has a hard timeout, retries only connection failures (a slow server is not retried:
that would double the wait), and a circuit breaker so that while the server is down each message
costs nothing and the bot answers in degraded mode.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Protocol

import httpx
from pydantic import BaseModel, Field

logger = logging.getLogger(__name__)


class Intent(BaseModel):
    name: str
    confidence: float = Field(ge=0.0, le=1.0)


class EntityValue(BaseModel):
    entity: str
    value: str
    start: int | None = None
    end: int | None = None
    confidence: float | None = None


class NluResult(BaseModel):
    intent: Intent
    entities: list[EntityValue] = Field(default_factory=list)
    ranking: list[Intent] = Field(default_factory=list)


class NluParser(Protocol):
    """Understands one learner message.

    `parse` returns None when the NLU service cannot answer in time; callers must then carry on
    without intents (degraded mode). It never raises for network trouble.
    """

    async def parse(self, text: str) -> NluResult | None: ...

    async def is_available(self) -> bool: ...


class CircuitBreaker:
    """Opens after `threshold` consecutive failures; lets one trial through after `cooldown_s`."""

    def __init__(self, threshold: int = 3, cooldown_s: float = 10.0) -> None:
        self.threshold, self.cooldown_s = threshold, cooldown_s
        self.failures = 0
        self.opened_at: float | None = None

    def allow(self) -> bool:
        if self.opened_at is None:
            return True
        return time.monotonic() - self.opened_at >= self.cooldown_s

    def record_success(self) -> None:
        self.failures, self.opened_at = 0, None

    def record_failure(self) -> None:
        self.failures += 1
        if self.failures >= self.threshold:
            self.opened_at = time.monotonic()

    @property
    def is_open(self) -> bool:
        return self.opened_at is not None


def result_from_rasa(payload: dict) -> NluResult:
    intent = payload.get("intent") or {}
    return NluResult(
        intent=Intent(
            name=intent.get("name") or "nlu_fallback", confidence=float(intent.get("confidence") or 0)
        ),
        entities=[
            EntityValue(
                entity=e["entity"],
                value=str(e.get("value", "")),
                start=e.get("start"),
                end=e.get("end"),
                confidence=e.get("confidence_entity"),
            )
            for e in payload.get("entities", [])
        ],
        ranking=[
            Intent(name=i["name"], confidence=float(i["confidence"]))
            for i in payload.get("intent_ranking", [])
        ],
    )


class RasaNluClient:
    """`POST /model/parse` on a Rasa server started with `--enable-api --auth-token`."""

    def __init__(
        self,
        base_url: str,
        token: str,
        timeout_s: float = 2.0,
        retries: int = 2,
        backoff_s: float = 0.1,
        breaker: CircuitBreaker | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._token = token
        self._retries, self._backoff_s = retries, backoff_s
        self.breaker = breaker or CircuitBreaker()
        self._http = httpx.AsyncClient(timeout=httpx.Timeout(timeout_s))

    async def parse(self, text: str) -> NluResult | None:
        if not self.breaker.allow():
            return None
        try:
            payload = await self._post_with_retry(text)
        except (httpx.HTTPError, ValueError) as exc:
            self.breaker.record_failure()
            logger.warning("NLU unavailable (%s); answering in degraded mode", type(exc).__name__)
            return None
        self.breaker.record_success()
        return result_from_rasa(payload)

    async def _post_with_retry(self, text: str) -> dict:
        for attempt in range(self._retries + 1):
            try:
                response = await self._http.post(
                    f"{self.base_url}/model/parse", params={"token": self._token}, json={"text": text}
                )
                response.raise_for_status()
                return response.json()
            except httpx.ConnectError:
                if attempt == self._retries:
                    raise
                await asyncio.sleep(self._backoff_s * 2**attempt)
        raise AssertionError("unreachable")

    async def is_available(self) -> bool:
        try:
            response = await self._http.get(f"{self.base_url}/", timeout=1.0)
        except httpx.HTTPError:
            return False
        return response.status_code == 200

    async def aclose(self) -> None:
        await self._http.aclose()
