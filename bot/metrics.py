"""What a turn spends its time on, and how turns end, in Prometheus form (`/metrics`).

Stage histograms are what the benchmark reads to say where a slow turn went: the safety guard,
the NLU server, embedding the query, the rest of retrieval, the routing decision, the flow's own
work, and the database. Metrics live in the process's default registry, as is usual for
Prometheus clients; they only ever count, so they need no lifecycle.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from prometheus_client import Counter, Histogram

BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12)
STAGES = ("redaction", "nlu", "embedding", "retrieval", "policy", "flow", "database")

STAGE_SECONDS = Histogram(
    "hocvuso_turn_stage_seconds", "Time a turn spent in each stage.", ["stage"], buckets=BUCKETS
)
TURN_SECONDS = Histogram("hocvuso_turn_seconds", "Whole turns, by flow.", ["flow"], buckets=BUCKETS)
TURNS = Counter("hocvuso_turns", "Turns answered, by flow.", ["flow"])
TURN_ERRORS = Counter("hocvuso_turn_errors", "Turns that failed with an error.")
DEGRADED_TURNS = Counter("hocvuso_degraded_turns", "Turns answered without the NLU server.")


@contextmanager
def stage(name: str) -> Iterator[None]:
    started = time.perf_counter()
    try:
        yield
    finally:
        STAGE_SECONDS.labels(name).observe(time.perf_counter() - started)
