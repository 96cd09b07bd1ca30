"""Screenshots learners send: checked, prepared and read with Tesseract, in memory, then repaired
into the text the scam check reads."""

from bot.images.checks import ImageLimits, ImageRejected, open_checked
from bot.images.reader import CannotRead, ImageReader, OcrUnavailable, ReadText
from bot.images.repair import repair_read_text

__all__ = [
    "CannotRead",
    "ImageLimits",
    "ImageReader",
    "ImageRejected",
    "OcrUnavailable",
    "ReadText",
    "open_checked",
    "repair_read_text",
]
