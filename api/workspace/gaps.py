"""What learners ask that no lesson answers, grouped so the biggest gap comes first.

Two questions are alike by half meaning (the lesson embedding model) and half spelling
(character n-grams of the text without diacritics): the model alone rates any two Vietnamese
questions typed without marks as close, and spelling alone misses "thay avatar" for "đổi ảnh
đại diện". A question joins the group it is most alike on average, if that is above
`THRESHOLD`, else starts a group. Measured on hand-made paraphrase sets: paraphrases score
0.62–0.76, unrelated questions 0.40–0.55.

Steering words ("tiếp", "quay lại"), greetings and thanks are not gaps, and a question typed
again (the same words, with or without diacritics) is one question asked twice, not two.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.policy import MOVE_WORDS, STOP_WORDS, has_words, normalise_short
from bot.tables import QUESTION_DAYS, UnansweredQuestion
from knowledge.embedder import Embedder
from knowledge.text import fold_latin

THRESHOLD = 0.58
SMALL_TALK = frozenset(
    "xin chao|chao|chao ban|alo|hi|hello|hey|cam on|cam on ban|thanks|thank you|ok|oke|vang|da|u"
    "|bye|tam biet|สวัสดี|สวัสดีครับ|สวัสดีค่ะ|ขอบคุณ|ขอบคุณครับ|ขอบคุณค่ะ|โอเค".split("|")
)
NOT_QUESTIONS = SMALL_TALK | STOP_WORDS | frozenset().union(*MOVE_WORDS.values())


@dataclass
class Gap:
    language: str
    questions: list[str] = field(default_factory=list)  # each distinct question once, first seen first
    times: list[int] = field(default_factory=list)  # how often each was asked
    learners: set[str] = field(default_factory=set)
    last_asked: dt.datetime | None = None

    @property
    def asked(self) -> int:
        return sum(self.times)


def is_a_question(text: str) -> bool:
    """Not a steering word, a greeting or thanks, nor text without letters."""
    return has_words(text) and normalise_short(text).strip(" .!?") not in NOT_QUESTIONS


def open_questions(
    sessions: sessionmaker[Session], days: int = QUESTION_DAYS, most: int | None = None
) -> list[UnansweredQuestion]:
    """The open questions of the last `days`, oldest first; only the `most` recent if given."""
    since = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
    with sessions() as session:
        query = select(UnansweredQuestion).where(
            UnansweredQuestion.status == "open", UnansweredQuestion.at >= since
        )
        newest = list(session.scalars(query.order_by(UnansweredQuestion.at.desc()).limit(most)))
        return newest[::-1]


class GapsCache:
    """The Gaps grouping, made off the request path and reused.

    Grouping embeds every question, seconds of work for hundreds of them. It runs in a worker
    thread with an embedder of its own, so learners' turns never queue behind it; it takes the
    most recent `max_questions`, and a grouping is reused for `refresh_s`, a stale one served
    while a fresh one is made.
    """

    def __init__(
        self,
        sessions: sessionmaker[Session],
        max_questions: int,
        refresh_s: float,
        embedder: Callable[[], Embedder],
    ) -> None:
        self._sessions = sessions
        self._max_questions = max_questions
        self._refresh_s = refresh_s
        self._make_embedder = embedder
        self._embedder: Embedder | None = None
        self._result: list[Gap] | None = None
        self._made_at = 0.0
        self._refreshing: asyncio.Task[None] | None = None

    async def current(self) -> list[Gap]:
        stale = time.monotonic() - self._made_at > self._refresh_s
        if self._result is None or (stale and self._refreshing is None):
            self._refreshing = asyncio.create_task(self._refresh())
        if self._result is None:
            await asyncio.shield(self._refreshing)  # type: ignore[arg-type]
        return self._result or []

    async def _refresh(self) -> None:
        try:
            self._result = await asyncio.to_thread(self._group)
            self._made_at = time.monotonic()
        finally:
            self._refreshing = None

    def _group(self) -> list[Gap]:
        if self._embedder is None:
            self._embedder = self._make_embedder()
        return group_gaps(open_questions(self._sessions, most=self._max_questions), self._embedder)


def group_gaps(rows: list[UnansweredQuestion], embedder: Embedder, threshold: float = THRESHOLD) -> list[Gap]:
    rows = [r for r in rows if is_a_question(r.text)]
    if not rows:
        return []
    alike = similarity(embedder, [r.text for r in rows])
    members: list[list[int]] = []
    for index, row in enumerate(rows):
        scores = [
            float(alike[index, group].mean()) if rows[group[0]].language == row.language else -1.0
            for group in members
        ]
        best = int(np.argmax(scores)) if scores else -1
        if best >= 0 and scores[best] >= threshold:
            members[best].append(index)
        else:
            members.append([index])
    gaps = [_gap([rows[i] for i in group]) for group in members]
    return sorted(gaps, key=lambda g: (-len(g.learners), -g.asked))


def similarity(embedder: Embedder, texts: list[str]) -> np.ndarray:
    meaning = embedder.encode_queries(texts)
    spelling = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4)).fit_transform(
        [fold_latin(t) for t in texts]
    )
    return 0.5 * (meaning @ meaning.T) + 0.5 * (spelling @ spelling.T).toarray()


def _marks(text: str) -> int:
    return sum(not ch.isascii() for ch in text) if text else -1


def _gap(rows: list[UnansweredQuestion]) -> Gap:
    first: dict[str, str] = {}
    times: dict[str, int] = {}
    for row in rows:
        key = " ".join(fold_latin(row.text).lower().split()).strip(" .!?")
        if _marks(row.text) > _marks(first.get(key, "")):
            first[key] = row.text  # shown with its diacritics if any learner typed them
        times[key] = times.get(key, 0) + 1
    return Gap(
        language=rows[0].language,
        questions=list(first.values()),
        times=list(times.values()),
        learners={r.learner_id for r in rows},
        last_asked=rows[-1].at,
    )
