"""Wiring of the Zalo channel, and the webhook's check: signed by our OA, recent, well formed."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

import httpx
from pydantic import ValidationError
from sqlalchemy.orm import Session, sessionmaker

from api.chat_service import ChatService
from api.settings import Settings
from api.shared.leases import worker_name
from api.zalo.client import TokenPair, ZaloClient
from api.zalo.events import ZaloEvent
from api.zalo.media import ImageDownloader
from api.zalo.queues import Inbox, Outbox
from api.zalo.signature import is_valid
from api.zalo.token_keys import token_cipher
from api.zalo.tokens import ZaloTokens
from api.zalo.worker import WorkerPolicy, ZaloWorker
from bot.flows.conversation import welcome
from bot.replies import IntentInfo, Message, Reply
from bot.store import DialogueStore
from bot.texts import say
from knowledge.library import Library


class Unauthorized(Exception):
    """The request is not provably from our OA, or is too old: 401, and the bot never sees it."""


class BadEvent(ValueError):
    """Signed, but not an event we can read."""


@dataclass
class ZaloChannel:
    app_id: str
    oa_secret_key: str
    max_age_s: float
    inbox: Inbox
    worker: ZaloWorker
    http: httpx.AsyncClient

    def verify(self, body: bytes, signature: str | None, now_ms: float | None = None) -> ZaloEvent:
        """Zalo's MAC covers the raw body plus the body's own app id and timestamp, so only those two
        fields are read before the check; nothing else of an unsigned body is looked at."""
        app_id, timestamp = _signed_fields(body)
        if app_id != self.app_id or not is_valid(signature, app_id, body, timestamp, self.oa_secret_key):
            raise Unauthorized("the X-ZEvent-Signature does not match")
        now_ms = time.time() * 1000 if now_ms is None else now_ms
        if not timestamp.isdigit() or abs(now_ms - int(timestamp)) > self.max_age_s * 1000:
            raise Unauthorized("the event's timestamp is too old or in the future")
        try:
            return ZaloEvent.model_validate_json(body)
        except ValidationError as exc:
            raise BadEvent("the body is not a Zalo event (JSON with app_id, event_name, timestamp)") from exc

    async def aclose(self) -> None:
        await self.http.aclose()


def _signed_fields(body: bytes) -> tuple[str, str]:
    try:
        fields = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise Unauthorized("the body is not signed JSON") from exc
    app_id = fields.get("app_id") if isinstance(fields, dict) else None
    timestamp = fields.get("timestamp") if isinstance(fields, dict) else None
    if not isinstance(app_id, str) or not isinstance(timestamp, str | int):
        raise Unauthorized("the body has no app_id and timestamp to check its signature with")
    return app_id, str(timestamp)


def build_zalo(
    settings: Settings,
    sessions: sessionmaker[Session],
    chat: ChatService,
    library: Library,
    store: DialogueStore,
) -> ZaloChannel | None:
    """None unless the OA is configured (app id and OA secret key)."""
    if not (settings.zalo_app_id and settings.zalo_oa_secret_key.get_secret_value()):
        return None
    http = httpx.AsyncClient(timeout=settings.zalo_timeout_s)
    client = ZaloClient(http, settings.zalo_api_url, settings.zalo_oauth_url)
    initial = TokenPair(
        settings.zalo_access_token.get_secret_value(), settings.zalo_refresh_token.get_secret_value(), None
    )
    tokens = ZaloTokens(
        sessions,
        client,
        settings.zalo_app_id,
        settings.zalo_app_secret_key.get_secret_value(),
        initial,
        token_cipher(settings),
    )
    policy = WorkerPolicy(
        max_chars=settings.zalo_max_chars,
        button_type=settings.zalo_button_type,
        retry_base_s=settings.zalo_retry_base_s,
        retry_max_s=settings.zalo_retry_max_s,
        give_up_after_s=settings.zalo_give_up_after_h * 3600,
        max_message_chars=settings.max_message_chars,
        max_image_side=settings.max_image_side,
    )
    claims = worker_name("zalo")
    inbox = Inbox(sessions, claims, settings.zalo_claim_s)

    def replies(event_name: str, learner_id: str | None) -> Reply:
        lang = store.load(learner_id).lang if learner_id else None
        return _without_text(event_name, library, lang or "vi")

    outbox = Outbox(sessions, claims, settings.zalo_claim_s)
    images = ImageDownloader(http, settings.max_image_bytes, settings.zalo_timeout_s)
    worker = ZaloWorker(inbox, outbox, chat, client, tokens, replies, policy, images)
    secret = settings.zalo_oa_secret_key.get_secret_value()
    return ZaloChannel(settings.zalo_app_id, secret, settings.zalo_max_event_age_s, inbox, worker, http)


def _without_text(event_name: str, library: Library, lang: str) -> Reply:
    if event_name == "follow":
        return welcome(library, lang)  # type: ignore[arg-type]
    return Reply(
        messages=[Message(text=say("text_only", lang))],
        intent=IntentInfo(name="non_text", confidence=1.0),
        lang=lang,
    )
