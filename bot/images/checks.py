"""Check an uploaded image before anything decodes it: its size in bytes, its format, its pixel count
and sides from the header alone, and that it is one still picture.

`Image.open` reads only the header, so a 20,000-pixel-wide image or a PNG whose few kilobytes
inflate to gigabytes of pixels is refused before a single pixel is decoded; Pillow's own
`MAX_IMAGE_PIXELS` stays as a second guard at decoding time.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from typing import Literal

from PIL import Image, ImageOps, UnidentifiedImageError

FORMATS = frozenset({"PNG", "JPEG", "WEBP"})
Reason = Literal[
    "empty", "too_large", "not_image", "format", "animated", "too_many_pixels", "too_wide", "broken"
]


@dataclass(frozen=True)
class ImageLimits:
    max_bytes: int = 5 * 1024 * 1024
    max_pixels: int = 16_000_000
    max_side: int = 8192


class ImageRejected(ValueError):
    """The upload is not an image this service reads; `reason` picks the message the learner sees."""

    def __init__(self, reason: Reason, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason


def open_checked(data: bytes, limits: ImageLimits) -> Image.Image:
    """The decoded image, upright, or `ImageRejected` saying what is wrong with the upload."""
    if not data:
        raise ImageRejected("empty", "the file is empty")
    if len(data) > limits.max_bytes:
        raise ImageRejected("too_large", f"the file is {len(data)} bytes; the limit is {limits.max_bytes}")
    image = _header(data)
    _check_header(image, limits)
    return _decode(image)


def _header(data: bytes) -> Image.Image:
    try:
        return Image.open(io.BytesIO(data), formats=None)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise ImageRejected("not_image", "the file is not a picture Pillow recognises") from exc
    except Image.DecompressionBombError as exc:
        raise ImageRejected("too_many_pixels", str(exc)) from exc


def _check_header(image: Image.Image, limits: ImageLimits) -> None:
    width, height = image.size
    if image.format == "GIF":
        raise ImageRejected("animated", "GIF pictures are not read; send a screenshot (PNG or JPEG)")
    if image.format not in FORMATS:
        raise ImageRejected("format", f"{image.format} is not read; send PNG, JPEG or WebP")
    if max(width, height) > limits.max_side:
        raise ImageRejected("too_wide", f"{width}×{height} pixels; at most {limits.max_side} a side")
    if width * height > limits.max_pixels:
        raise ImageRejected("too_many_pixels", f"the picture has {width * height} pixels")
    if getattr(image, "n_frames", 1) > 1:  # APNG, animated WebP: read from the header's frame count
        raise ImageRejected("animated", "the picture is animated; send a still screenshot")


def _decode(image: Image.Image) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image.load()
        return ImageOps.exif_transpose(image) or image
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
        raise ImageRejected("too_many_pixels", str(exc)) from exc
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise ImageRejected("broken", "the picture is damaged or cut short") from exc
