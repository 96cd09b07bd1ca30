"""Signed webhook events, built the way Zalo builds them."""

from __future__ import annotations

import json
import time

from api.zalo.signature import signature_header

OA_ID = "4368496045530124218"


def text_event(app_id: str, user_id: str, text: str, msg_id: str, timestamp_ms: int | None = None) -> dict:
    return {
        "app_id": app_id,
        "event_name": "user_send_text",
        "timestamp": str(timestamp_ms or int(time.time() * 1000)),
        "sender": {"id": user_id},
        "recipient": {"id": OA_ID},
        "message": {"text": text, "msg_id": msg_id},
        "user_id_by_app": "552177279717587730",
    }


def other_event(app_id: str, user_id: str, event_name: str, msg_id: str | None = None) -> dict:
    event = {
        "app_id": app_id,
        "event_name": event_name,
        "timestamp": str(int(time.time() * 1000)),
        "sender": {"id": user_id},
        "recipient": {"id": OA_ID},
    }
    if event_name == "follow":
        event |= {"follower": {"id": user_id}, "oa_id": OA_ID, "source": "testing"}
        del event["sender"], event["recipient"]
    if msg_id:
        event["message"] = {"msg_id": msg_id, "attachments": [{"type": "image", "payload": {"url": "x"}}]}
    return event


def signed(event: dict, oa_secret_key: str) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(event, ensure_ascii=False).encode()
    header = signature_header(event["app_id"], body, event["timestamp"], oa_secret_key)
    return body, {"X-ZEvent-Signature": header, "content-type": "application/json"}


def image_event(app_id: str, user_id: str, url: str, msg_id: str) -> dict:
    """A picture sent to the OA, as Zalo describes it: the address to download it from."""
    event = other_event(app_id, user_id, "user_send_image", msg_id)
    event["message"]["attachments"] = [{"type": "image", "payload": {"url": url, "thumbnail": url}}]
    return event
