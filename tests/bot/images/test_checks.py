"""Uploads that are not one still picture of a sensible size are refused before decoding, with a
reason the learner's message is chosen by."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from bot.images import ImageLimits, ImageRejected, open_checked
from bot.images.texts import REJECTED, rejection_text
from tests.bot.images.drawn import animated, png, screenshot

LIMITS = ImageLimits(max_bytes=5 * 1024 * 1024, max_pixels=16_000_000, max_side=8192)


def _reason(data: bytes) -> str:
    with pytest.raises(ImageRejected) as refused:
        open_checked(data, LIMITS)
    return refused.value.reason


def test_a_screenshot_opens_decoded() -> None:
    image = open_checked(screenshot(["Xin chào"]), LIMITS)
    assert image.size[0] == 1100
    assert image.getpixel((5, 5)) == (255, 255, 255)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"\x89PNG" + b"\0" * (20 * 1024 * 1024), "too_large"),
        (b"%PDF-1.7 not a picture at all", "not_image"),
        (animated("GIF"), "animated"),
        (animated("PNG"), "animated"),
        (animated("WEBP"), "animated"),
        (png((20_000, 10)), "too_wide"),
        (png((8000, 8000), mode="1"), "too_many_pixels"),  # a few kB that inflate to 64 million pixels
        (png((300, 300))[:200], "broken"),
    ],
    ids=["empty", "20MB", "pdf", "gif", "apng", "webp", "20000px-wide", "zip-bomb", "cut-short"],
)
def test_bad_uploads_are_refused_with_their_reason(data: bytes, reason: str) -> None:
    assert _reason(data) == reason


def test_the_zip_bomb_is_small_on_the_wire() -> None:
    assert len(png((8000, 8000), mode="1")) < 100_000


def test_other_formats_are_refused() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (50, 50)).save(buffer, "BMP")
    assert _reason(buffer.getvalue()) == "format"


@pytest.mark.parametrize("lang", ["vi", "th", "en"])
def test_every_reason_has_a_message_in_every_language(lang: str) -> None:
    for reason in REJECTED:
        text = rejection_text(reason, lang, LIMITS.max_bytes, LIMITS.max_side)
        assert text and "{" not in text
    assert "5 MB" in rejection_text("too_large", lang, LIMITS.max_bytes, LIMITS.max_side)
