"""Channel-neutral replies drawn for Zalo: texts, at most five buttons, long texts split politely."""

from __future__ import annotations

import re

from bot.replies import Button, Reply

MAX_BUTTONS = 5
MAX_TITLE = 100
SENTENCE_END = re.compile(r"(?<=[.!?…:])\s+")


def render(reply: Reply, max_chars: int, button_type: str) -> list[dict]:
    """The Zalo `message` objects for one reply, in order."""
    messages: list[dict] = []
    for message in reply.messages:
        parts = split_text(message.text, max_chars)
        messages += [{"text": part} for part in parts[:-1]]
        last: dict = {"text": parts[-1]}
        if message.buttons:
            last["attachment"] = _buttons(message.buttons, button_type)
        messages.append(last)
    if reply.sources:
        lines = [f"• {s.title}" + (f"\n  {s.url}" if s.url else "") for s in reply.sources[:3]]
        messages.append({"text": split_text("\n".join(lines), max_chars)[0]})
    return messages


def _buttons(buttons: list[Button], button_type: str) -> dict:
    return {
        "type": "template",
        "payload": {
            "buttons": [
                {"title": b.title[:MAX_TITLE], "type": button_type, "payload": b.payload}
                for b in buttons[:MAX_BUTTONS]
            ]
        },
    }


def split_text(text: str, max_chars: int) -> list[str]:
    """Split at line breaks, then sentence ends, then spaces; mid-word only for a huge word."""
    text = text.strip()
    if len(text) <= max_chars:
        return [text]
    parts: list[str] = []
    current = ""
    for separator, piece in _pieces(text, max_chars):
        candidate = current + separator + piece if current else piece
        if len(candidate) <= max_chars:
            current = candidate
        else:
            parts.append(current)
            current = piece
    parts.append(current)
    return [p.strip() for p in parts if p.strip()]


def _pieces(text: str, max_chars: int) -> list[tuple[str, str]]:
    """(separator, piece) pairs: a newline before a line's first piece, a space otherwise."""
    pieces: list[tuple[str, str]] = []
    for line in text.split("\n"):
        for i, sentence in enumerate(SENTENCE_END.split(line)):
            chunks = _words(sentence, max_chars) if len(sentence) > max_chars else [sentence]
            pieces += [("\n" if i == 0 and j == 0 else " ", chunk) for j, chunk in enumerate(chunks)]
    return pieces


def _words(sentence: str, max_chars: int) -> list[str]:
    out: list[str] = []
    current = ""
    for word in sentence.split(" "):
        while len(word) > max_chars:
            out.append(word[:max_chars])
            word = word[max_chars:]
        if current and len(current) + 1 + len(word) > max_chars:
            out.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    return [*out, current]
