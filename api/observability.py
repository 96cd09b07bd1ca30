"""What `/metrics` reads besides the turn counters: the embedder's share of a turn, the NLU
breaker, and the Zalo outbox (measured when scraped, from the database)."""

from __future__ import annotations

import time

import numpy as np
from prometheus_client import Gauge
from sqlalchemy import func, select

from api.services import Services
from api.zalo.tables import ZaloOutbox
from bot.metrics import STAGE_SECONDS
from knowledge.embedder import Embedder
from knowledge.tables import as_utc

NLU_BREAKER_OPEN = Gauge("hocvuso_nlu_breaker_open", "1 while the NLU circuit breaker is open.")
OUTBOX_DEPTH = Gauge("hocvuso_zalo_outbox_depth", "Zalo messages waiting to be sent.")
OUTBOX_AGE = Gauge("hocvuso_zalo_outbox_oldest_seconds", "Age of the oldest Zalo message waiting.")


class TimedEmbedder:
    """An embedder whose query encodings count as the turn's "embedding" stage."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner

    @property
    def name(self) -> str:
        return self.inner.name

    @property
    def dim(self) -> int:
        return self.inner.dim

    def warm_up(self) -> None:
        self.inner.warm_up()

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        started = time.perf_counter()
        try:
            return self.inner.encode_queries(texts)
        finally:
            STAGE_SECONDS.labels("embedding").observe(time.perf_counter() - started)

    def encode_documents(self, texts: list[str]) -> np.ndarray:
        return self.inner.encode_documents(texts)


def refresh_gauges(services: Services) -> None:
    breaker = getattr(services.nlu, "breaker", None)
    NLU_BREAKER_OPEN.set(1 if breaker is not None and breaker.is_open else 0)
    with services.sessions() as session:
        depth, oldest = session.execute(
            select(func.count(), func.min(ZaloOutbox.created_at)).where(
                ZaloOutbox.status.in_(("pending", "sending"))
            )
        ).one()
    OUTBOX_DEPTH.set(depth)
    OUTBOX_AGE.set((time.time() - as_utc(oldest).timestamp()) if oldest else 0)
