"""Webhook events as Zalo sends them. Ids stay strings: they overflow JavaScript numbers."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

TEXT_EVENTS = frozenset({"user_send_text"})
IMAGE_EVENT = "user_send_image"  # read like a screenshot of a message
MEDIA_EVENTS = frozenset(
    {
        "user_send_gif",
        "user_send_sticker",
        "user_send_audio",
        "user_send_video",
        "user_send_file",
        "user_send_location",
        "user_send_link",
        "user_send_business_card",
    }
)


class ZaloUser(BaseModel):
    model_config = ConfigDict(extra="allow", coerce_numbers_to_str=True)

    id: str


class ZaloAttachment(BaseModel):
    model_config = ConfigDict(extra="allow", coerce_numbers_to_str=True)

    type: str | None = None
    payload: dict = {}


class ZaloMessage(BaseModel):
    model_config = ConfigDict(extra="allow", coerce_numbers_to_str=True)

    text: str | None = None
    msg_id: str | None = None
    attachments: list[ZaloAttachment] = []

    @property
    def image_url(self) -> str | None:
        """The first attached picture's address (Zalo's `payload.url`), if it is a web address."""
        for attachment in self.attachments:
            url = attachment.payload.get("url")
            if (
                attachment.type == "image"
                and isinstance(url, str)
                and url.startswith(("https://", "http://"))
            ):
                return url[:2000]
        return None


class ZaloEvent(BaseModel):
    model_config = ConfigDict(extra="allow", coerce_numbers_to_str=True)

    app_id: str
    event_name: str
    timestamp: str
    sender: ZaloUser | None = None
    recipient: ZaloUser | None = None
    follower: ZaloUser | None = None
    message: ZaloMessage | None = None

    @property
    def user_id(self) -> str | None:
        """The learner: the sender of a `user_*` event, the follower of a follow."""
        person = self.follower if self.event_name in ("follow", "unfollow") else self.sender
        return person.id if person else None

    @property
    def key(self) -> str:
        """What makes a redelivery recognisable: the message id, or the event's own identity."""
        if self.message and self.message.msg_id:
            return f"msg:{self.message.msg_id}"
        return f"{self.event_name}:{self.user_id}:{self.timestamp}"

    @property
    def needs_reply(self) -> bool:
        return self.user_id is not None and (
            self.event_name in TEXT_EVENTS
            or self.event_name in MEDIA_EVENTS
            or self.event_name in (IMAGE_EVENT, "follow")
        )
