"""Screenshots are made grey, dark text on light, and small text is enlarged for Tesseract."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from bot.images.prepare import line_height, prepare
from tests.bot.images.drawn import screenshot


def _open(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


def test_dark_mode_is_inverted_to_a_light_background() -> None:
    prepared = prepare(_open(screenshot(["Mã xác nhận"], dark=True)))
    assert prepared.mode == "L"
    assert np.median(np.asarray(prepared)) > 200


def test_light_mode_stays_light() -> None:
    assert np.median(np.asarray(prepare(_open(screenshot(["Mã xác nhận"]))))) > 200


def test_small_text_is_upscaled_twice() -> None:
    small = _open(screenshot(["Tin nhắn nhỏ", "hai dòng"], font_px=12, width=300))
    assert prepare(small).size == (600, small.height * 2)


def test_very_large_text_is_brought_down() -> None:
    large = _open(screenshot(["Tg"], font_px=160, width=600))
    prepared = prepare(large)
    assert prepared.width < large.width
    assert 40 <= line_height(prepared) <= 80


def test_usual_text_keeps_its_size() -> None:
    usual = _open(screenshot(["Cập nhật thông tin"], font_px=34))
    assert prepare(usual).size == usual.size


def _bubble_on(background: tuple[int, int, int]) -> Image.Image:
    """A white bubble with a dark word on a chat background of the given colour."""
    image = Image.new("RGB", (400, 300), background)
    image.paste((255, 255, 255), (40, 100, 360, 180))
    image.paste((20, 20, 20), (60, 130, 200, 150))
    return image


def test_a_coloured_chat_background_is_lifted_to_white_and_the_ink_stays_dark() -> None:
    prepared = np.asarray(prepare(_bubble_on((140, 171, 217))))  # LINE's blue
    assert prepared[10, 10] == 255 and prepared.min() < 40


def test_a_light_grey_background_is_left_as_it_is() -> None:
    assert np.asarray(prepare(_bubble_on((232, 232, 232))))[10, 10] == 232
