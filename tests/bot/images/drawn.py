"""Screenshots drawn with Pillow for the tests: a message in a bubble, light or dark, as a phone
shows it. (The evaluation set is drawn by Chromium; these are quick and need no browser.)"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from PIL.PngImagePlugin import PngInfo

FONTS = {
    "latin": Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    "thai": Path("/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf"),
}


def screenshot(
    lines: list[str],
    dark: bool = False,
    font_px: int = 34,
    width: int = 1100,
    script: str = "latin",
    marker: str | None = None,
) -> bytes:
    """A PNG of `lines` in a chat bubble; `marker` is written in a text chunk, to find the bytes later."""
    font = ImageFont.truetype(str(FONTS[script]), font_px)
    line_px = int(font_px * 1.5)
    height = 160 + line_px * len(lines)
    background, bubble, ink = (
        ((0, 0, 0), (38, 38, 41), (255, 255, 255))
        if dark
        else (
            (255, 255, 255),
            (233, 233, 235),
            (0, 0, 0),
        )
    )
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((30, 60, width - 60, height - 40), radius=40, fill=bubble)
    for row, line in enumerate(lines):
        draw.text((70, 90 + row * line_px), line, font=font, fill=ink)
    info = PngInfo()
    if marker:
        info.add_text("marker", marker)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", pnginfo=info)
    return buffer.getvalue()


def png(size: tuple[int, int], mode: str = "RGB") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, "white" if mode != "1" else 1).save(buffer, "PNG")
    return buffer.getvalue()


def animated(format_: str) -> bytes:
    frames = [Image.new("RGB", (60, 40), colour) for colour in ("red", "green", "blue")]
    buffer = io.BytesIO()
    frames[0].save(buffer, format_, save_all=True, append_images=frames[1:], duration=100, loop=0)
    return buffer.getvalue()


SCAM_VI = [
    "[VNeID] Tai khoan dinh danh cua ban se bi khoa",
    "trong 24h. Cập nhật thông tin ngay tại https://vneid-",
    "capnhat.com.vn/xac-thuc để tránh gián đoạn.",
]
OTP_VI = [
    "Ma OTP cua ban la 482913. Khong chia se ma",
    "nay cho bat ky ai. Vietcombank.",
]
