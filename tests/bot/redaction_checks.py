"""What the guard hid, asked the way the safety tests ask it: wholly, per wording, or at all."""

from __future__ import annotations

from bot.safety import redact


def hidden(text: str, secret: str) -> bool:
    """Every character of the secret lies inside a redaction: half a code left on screen is a leak."""
    start = text.index(secret)
    return all(any(f.start <= i < f.end for f in redact(text)[1]) for i in range(start, start + len(secret)))


def missed(wordings: list[str], values: list[str]) -> list[str]:
    """The texts, each wording filled with each value, in which the value was not wholly hidden."""
    return [text for wording in wordings for v in values if not hidden(text := wording.format(v=v), v)]


def redacted(texts: list[str]) -> list[str]:
    """The texts in which anything at all was hidden."""
    return [text for text in texts if redact(text)[1]]
