"""Build the services an app instance runs on: database, lessons, NLU client, dialogue."""

from __future__ import annotations

import asyncio
import logging
import os
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from api.chat_service import ChatService
from api.database import make_engine, migrate, session_factory, transaction
from api.desk.service import Desk
from api.observability import TimedEmbedder
from api.protection.counters import DatabaseCounter, HitCounter, MemoryCounter
from api.protection.learner_ids import load_or_create_key
from api.protection.rate_limits import ChatLimits, ClassCodeGuesses
from api.services import Services
from api.settings import Settings
from api.shared.content import ContentFollower
from api.shared.leases import Leases
from api.shared.replies import ReplyMemory
from api.workspace.accounts import AccountStore
from api.workspace.classes import mentor_display_name
from api.workspace.gaps import GapsCache
from api.zalo.channel import build_zalo
from bot.images import ImageLimits, ImageReader
from bot.store import SqlDialogueStore
from bot.turn import TurnEngine
from knowledge.authoring import Authoring
from knowledge.calibration import load_calibration
from knowledge.embedder import Embedder, SentenceTransformerEmbedder, load_embedder
from knowledge.glossary import Glossary
from knowledge.hybrid import HybridRetriever
from knowledge.lexical import LexicalIndex
from knowledge.library import Library
from knowledge.loader import fingerprint, load_entries
from knowledge.repository import import_entries, live_entries
from knowledge.retriever import DenseIndex
from knowledge.schema import Entry
from nlu.client import NluParser, RasaNluClient
from nlu.pool import NluPool
from quizzes.authoring import item_kind, workspace_items
from quizzes.bank import load_bank
from quizzes.engine import QuizEngine
from quizzes.schema import QuizItem
from quizzes.store import SqlQuizStore

logger = logging.getLogger(__name__)


def sync_curriculum(session: Session, root: Path) -> None:
    """Import the YAML curriculum; a broken file is reported and skipped, its last good version kept."""
    result = load_entries(root=root)
    for problem in result.problems:
        logger.error("curriculum: %s", problem)
    report = import_entries(session, result.entries)
    logger.info(
        "curriculum: %d added, %d updated, %d unchanged", report.added, report.updated, report.unchanged
    )


def import_curriculum(sessions: sessionmaker[Session], root: Path, attempts: int = 3) -> list[Entry]:
    """Import the curriculum and return the live entries. Processes starting (or reloading) at
    the same moment import the same new files: one inserts them, the others' inserts fail and
    their next attempt finds the rows in place."""
    for _ in range(attempts - 1):
        try:
            return _import_once(sessions, root)
        except IntegrityError:
            logger.info("curriculum: imported by another process meanwhile; reading it again")
    return _import_once(sessions, root)


def _import_once(sessions: sessionmaker[Session], root: Path) -> list[Entry]:
    with transaction(sessions) as session:
        sync_curriculum(session, root)
        return live_entries(session)


def make_retriever(settings: Settings, embedder: Embedder, persist: bool = True) -> HybridRetriever:
    calibration = load_calibration()
    thresholds = calibration.thresholds
    if settings.retrieval_min_score is not None:
        thresholds = dict.fromkeys(thresholds, settings.retrieval_min_score)
    return HybridRetriever(
        DenseIndex(embedder, settings.vector_cache, settings.faiss_index, persist=persist),
        LexicalIndex(),
        min_score=thresholds,
        weight=calibration.weight,
        saturation=calibration.saturation,
    )


def nlu_client(settings: Settings) -> NluParser:
    """One Rasa server, or a pool when `HOCVUSO_NLU_URLS` names several."""
    urls = [url.strip() for url in settings.nlu_urls.split(",") if url.strip()] or [settings.nlu_url]
    clients = [RasaNluClient(url, settings.nlu_token, timeout_s=settings.nlu_timeout_s) for url in urls]
    return clients[0] if len(clients) == 1 else NluPool(clients)


def rate_counter(settings: Settings, sessions: sessionmaker[Session]) -> HitCounter:
    """Rates counted where every app process sees them when several share the database."""
    shared = settings.rate_limits_shared
    if shared is None:
        shared = not settings.sqlalchemy_url.startswith("sqlite")
    return DatabaseCounter(sessions) if shared else MemoryCounter()


def build_services(
    settings: Settings, nlu: NluParser | None = None, embedder: Embedder | None = None
) -> Services:
    engine = make_engine(settings.sqlalchemy_url)
    migrate(settings.sqlalchemy_url)
    sessions = session_factory(engine)
    content = ContentFollower(sessions)
    entries = import_curriculum(sessions, settings.curriculum_dir)
    given = embedder
    embedder = embedder or load_embedder(settings.embedding_model_path, settings.embedder)
    embedder.warm_up()

    def gaps_embedder() -> Embedder:
        """Its own model, so grouping never holds the lock learners' turns need; an embedder
        passed in (tests) is shared instead of loading a second copy."""
        return given or load_embedder(settings.embedding_model_path, settings.embedder)

    library = Library(
        make_retriever(settings, TimedEmbedder(embedder)), Glossary.from_dir(settings.glossary_dir)
    )
    library.load(entries)
    logger.info("lessons: %d published entries indexed", len(library))
    nlu = nlu or nlu_client(settings)
    quizzes = build_quizzes(settings, sessions, library)
    replies = ReplyMemory(sessions, settings.resend_memory_h * 3600)
    counter = rate_counter(settings, sessions)
    store = SqlDialogueStore(
        sessions,
        settings.unanswered_per_learner_per_day,
        mentor_name=mentor_display_name,
        keep_reply=replies.keep,
    )
    turns = TurnEngine(
        nlu=nlu,
        library=library,
        store=store,
        quizzes=quizzes,
        guard_deadline_s=settings.guard_deadline_s,
        searches_at_once=1 if isinstance(embedder, SentenceTransformerEmbedder) else os.cpu_count() or 1,
        code_guesses=ClassCodeGuesses.from_rates(
            settings.class_code_misses_per_learner, settings.class_code_misses_per_address, counter
        ),
    )
    chat = ChatService(
        turns,
        settings.max_message_chars,
        Leases(sessions),
        replies,
        settings.turn_lock_s,
        images=image_reader(settings),
    )
    zalo = build_zalo(settings, sessions, chat, library, turns.store)
    return Services(
        settings,
        engine,
        sessions,
        nlu,
        library,
        quizzes,
        turns,
        chat,
        embedder,
        AccountStore.from_settings(sessions, settings),
        Authoring(sessions, review_by_another=settings.review_by_another, on_live=content.bump),
        Authoring(
            sessions, item_kind(quizzes.items.get, library.ids), settings.review_by_another, content.bump
        ),
        ChatLimits.from_rates(
            settings.chat_rate_per_learner,
            settings.chat_rate_per_address,
            settings.max_sockets_per_address,
            counter,
        ),
        load_or_create_key(settings.learner_id_key_file),
        GapsCache(sessions, settings.gaps_max_questions, settings.gaps_refresh_s, gaps_embedder),
        Desk(settings, sessions, library, zalo.worker.wake if zalo else None),
        zalo,
        content,
    )


def build_quizzes(settings: Settings, sessions: sessionmaker[Session], library: Library) -> QuizEngine:
    items = quiz_items(settings, sessions, library)
    logger.info("quizzes: %d items (%d published)", len(items), sum(i.is_live for i in items))
    return QuizEngine(
        items, SqlQuizStore(sessions), length=settings.quiz_length, target=settings.quiz_target_success
    )


def quiz_items(settings: Settings, sessions: sessionmaker[Session], library: Library) -> list[QuizItem]:
    """The YAML bank, with items published in the workspace over YAML items of the same id."""
    lessons = library.ids()
    bank = load_bank(lessons, root=settings.quiz_bank_dir)
    for problem in bank.problems:
        logger.warning("quiz bank: %s", problem)
    with sessions() as session:
        edited = {item.id: item for item in workspace_items(session) if item.entry in lessons}
    return [edited.pop(item.id, item) for item in bank.items] + list(edited.values())


def reload_quizzes(services: Services) -> int:
    """Swap in the current bank; a quiz in progress keeps its place (its state is in the database)."""
    items = quiz_items(services.settings, services.sessions, services.library)
    services.quizzes.reload(items)
    logger.info("quiz items reloaded: %d published", len(services.quizzes.items))
    return len(services.quizzes.items)


def reload_lessons(services: Services) -> int:
    """Re-import the curriculum and swap in fresh indexes; only new or changed text is embedded."""
    entries = import_curriculum(services.sessions, services.settings.curriculum_dir)
    services.library.load(entries)
    logger.info("lessons reloaded: %d published entries", len(services.library))
    reload_quizzes(services)  # items follow the lessons they practise
    return len(services.library)


def content_fingerprint(settings: Settings) -> tuple:
    return fingerprint(settings.curriculum_dir), fingerprint(settings.quiz_bank_dir)


async def watch_content(services: Services, seen: tuple) -> None:
    """Poll the curriculum and quiz bank folders; published changes reach learners without a
    restart.

    `seen` is the folders' fingerprint when the content was loaded, taken before this task
    starts so that no edit made in between is missed.
    """
    while True:
        await asyncio.sleep(services.settings.curriculum_poll_s)
        current = await asyncio.to_thread(content_fingerprint, services.settings)
        if current == seen:
            continue
        reload = reload_lessons if current[0] != seen[0] else reload_quizzes
        seen = current
        try:
            await asyncio.to_thread(reload, services)
        except Exception:
            logger.exception("content: reload failed; the previous lessons and items stay in service")


def image_reader(settings: Settings) -> ImageReader:
    """Looks for Tesseract and its languages once, at start-up, so /health answers at once."""
    limits = ImageLimits(settings.max_image_bytes, settings.max_image_pixels, settings.max_image_side)
    reader = ImageReader(limits, settings.ocr_timeout_s, settings.ocr_workers)
    if reader.missing:
        logger.warning("screenshots cannot be read: not installed: %s (make ocr)", ", ".join(reader.missing))
    return reader


async def close_services(services: Services) -> None:
    if services.chat.images is not None:
        services.chat.images.close()
    if services.zalo is not None:
        await services.zalo.aclose()
    aclose = getattr(services.nlu, "aclose", None)
    if aclose is not None:
        await aclose()
    services.engine.dispose()
