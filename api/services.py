"""The long-lived services one app instance runs on, built and warmed in the lifespan."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from api.chat_service import ChatService
from api.desk.service import Desk
from api.protection.rate_limits import ChatLimits
from api.settings import Settings
from api.shared.content import ContentFollower
from api.workspace.accounts import AccountStore
from api.workspace.gaps import GapsCache
from api.zalo.channel import ZaloChannel
from bot.turn import TurnEngine
from knowledge.authoring import Authoring
from knowledge.embedder import Embedder
from knowledge.library import Library
from nlu.client import NluParser
from quizzes.engine import QuizEngine


@dataclass
class Services:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    nlu: NluParser
    library: Library
    quizzes: QuizEngine
    turns: TurnEngine
    chat: ChatService
    embedder: Embedder
    accounts: AccountStore
    authoring: Authoring  # lessons
    item_authoring: Authoring  # quiz items
    limits: ChatLimits
    learner_key: bytes  # signs the learner ids this server issues
    gaps: GapsCache
    desk: Desk
    zalo: ZaloChannel | None = None
    content: ContentFollower | None = None  # publishes made by other processes
