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
