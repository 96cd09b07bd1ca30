"""Make a phone screenshot easy for Tesseract: grey, dark text on a light background, and letters
tall enough (or not needlessly tall) for its line finder.

Tesseract reads best with lines some 30-70 pixels tall; phones draw 2-3 device pixels per point,
so a crop from an old or zoomed-out screen is upscaled ×2, and very large text is brought down,
which is also faster. Dark mode (light letters on black) is inverted. A coloured chat background
(LINE's blue) is lifted to white, so the bubble's edge is not taken for letters.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageOps

INK = 128  # grey levels below this are letters once the background is light
MIN_BAND_PX = 8  # thinner bands are rules, underlines and Thai marks above a line
SMALL_LINE_PX = 24  # text lines shorter than this are upscaled ×2
LARGE_LINE_PX = 72  # taller ones are scaled down to TARGET_LINE_PX
TARGET_LINE_PX = 50
COLOURED = 200  # a background darker than this is a colour (LINE's blue), not white or light grey


def prepare(image: Image.Image) -> Image.Image:
    grey = _grey(image)
    if _is_dark(grey):
        grey = ImageOps.invert(grey)
    grey = _lift_background(grey)
    scale = _scale(line_height(grey))
    if scale != 1.0:
        size = (max(1, round(grey.width * scale)), max(1, round(grey.height * scale)))
        grey = grey.resize(size, Image.Resampling.LANCZOS)
    return grey


def _grey(image: Image.Image) -> Image.Image:
    """Transparent parts become white, as a chat app shows them."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("L")
    return image.convert("L")


def _is_dark(grey: Image.Image) -> bool:
    """Dark mode: most of the screen (the background) is dark."""
    return float(np.median(np.asarray(grey))) < INK


def _lift_background(grey: Image.Image) -> Image.Image:
    """Stretch the grey levels so the most common one, the background, becomes white."""
    background = int(np.argmax(grey.histogram()))
    if background >= COLOURED or background <= INK:
        return grey
    return grey.point([min(255, round(level * 255 / background)) for level in range(256)])


def line_height(grey: Image.Image) -> float | None:
    """The height of the bands of rows that hold ink, at their upper quartile: a message line's
    height (the small print of the title and the clock, and Thai marks written above a line,
    make lower bands of their own)."""
    inked = (np.asarray(grey) < INK).mean(axis=1) > 0.002
    edges = np.flatnonzero(np.diff(np.concatenate(([0], inked.astype(np.int8), [0]))))
    heights = [h for h in edges[1::2] - edges[::2] if h >= MIN_BAND_PX]
    return float(np.percentile(heights, 75)) if heights else None


def _scale(height: float | None) -> float:
    if height is None:
        return 1.0
    if height < SMALL_LINE_PX:
        return 2.0
    if height > LARGE_LINE_PX:
        return TARGET_LINE_PX / height
    return 1.0
