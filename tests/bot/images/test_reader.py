"""Screenshots are read by Tesseract through a pipe, in the window's language first, in a pool of
their own, and never touch the disk."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from bot.images import CannotRead, ImageLimits, ImageReader, ImageRejected, OcrUnavailable
from bot.images.reader import LANGUAGES
from tests.bot.images.drawn import SCAM_VI, screenshot


@pytest.fixture
def reader():
    made = ImageReader(ImageLimits(), timeout_s=20)
    if made.missing:
        pytest.fail(f"Tesseract is not installed ({', '.join(made.missing)}): run `make ocr`.")
    yield made
    made.close()


def test_a_vietnamese_screenshot_is_read_with_its_link_whole(reader: ImageReader) -> None:
    read = asyncio.run(reader.read(screenshot(SCAM_VI, dark=True), "vi"))
    assert "https://vneid-capnhat.com.vn/xac-thuc" in read.text
    assert "Cập nhật thông tin" in read.text
    assert "\n" not in read.text  # one bubble: its lines are one message again


def test_a_thai_screenshot_is_read_without_spaces_between_letters(reader: ImageReader) -> None:
    lines = ["บัญชีของท่านถูกระงับชั่วคราว", "กรุณายืนยันตัวตนภายในวันนี้"]  # the Thai font has no digits
    read = asyncio.run(reader.read(screenshot(lines, script="thai", font_px=40), "th"))
    assert "บัญชีของท่าน" in read.text
    assert "ยืนยันตัวตน" in read.text
    assert "ชั่วคราวกรุณา" in read.text, "the two lines of one bubble are joined without a space"


def test_the_window_language_comes_first() -> None:
    assert LANGUAGES == {"vi": "vie+eng", "th": "tha+eng", "en": "eng+vie"}


def test_a_bad_upload_is_refused_before_tesseract(reader: ImageReader) -> None:
    with pytest.raises(ImageRejected):
        asyncio.run(reader.read(b"not a picture", "vi"))


def test_too_slow_a_read_is_cut_off() -> None:
    hurried = ImageReader(ImageLimits(), timeout_s=0.01)
    with pytest.raises(CannotRead, match="longer than"):
        asyncio.run(hurried.read(screenshot(SCAM_VI * 4), "vi"))


def test_without_tesseract_images_are_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pytesseract.pytesseract.tesseract_cmd", "/nonexistent/tesseract")
    missing = ImageReader(ImageLimits())
    assert missing.missing == ("tesseract",)
    with pytest.raises(OcrUnavailable):
        asyncio.run(missing.read(screenshot(SCAM_VI), "vi"))


def test_the_picture_is_never_written_to_a_file(reader: ImageReader) -> None:
    """Every file Python opens for writing while the screenshot is read is recorded (an audit hook
    sees them all, in any thread); none may be."""
    with _files_opened_for_writing() as written:
        read = asyncio.run(reader.read(screenshot(SCAM_VI), "vi"))
    assert "vneid" in read.text
    assert written == []


_WATCHING: list[list[str]] = []


def _audit(event: str, args: tuple) -> None:
    if event == "open" and _WATCHING and isinstance(args[0], str | bytes):
        mode = args[1] if isinstance(args[1], str) else ""
        flags = args[2] if len(args) > 2 and isinstance(args[2], int) else 0
        if any(m in mode for m in "wax+") or flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            _WATCHING[-1].append(str(args[0]))


sys.addaudithook(_audit)


@contextmanager
def _files_opened_for_writing() -> Iterator[list[str]]:
    written: list[str] = []
    _WATCHING.append(written)
    try:
        yield written
    finally:
        _WATCHING.pop()


def test_a_screenshot_is_prepared_at_a_lower_priority_than_chat_turns(reader: ImageReader) -> None:
    """The pool's thread decodes and scales the image: niced, it yields a shared core to turns."""
    import threading

    from bot.images.reader import NICENESS

    def niceness() -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    assert reader._pool.submit(niceness).result() == max(NICENESS, os.getpriority(os.PRIO_PROCESS, 0))
    assert niceness() == os.getpriority(os.PRIO_PROCESS, 0)  # the caller's thread keeps its own
