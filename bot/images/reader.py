"""Read a screenshot with Debian's Tesseract, a bounded number at a time, in memory only.

pytesseract hands images to Tesseract through temporary files; a learner's screenshot must never
touch the disk, so the prepared image goes to `tesseract stdin stdout` through a pipe and the text
comes back the same way. pytesseract still finds the binary and its languages. Each image has a
time limit, and OCR runs in a pool of its own (one worker by default, Tesseract itself on one
thread, at a lower priority), so reading images can never take the threads or the cores chat
turns need.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import os
import shutil
import subprocess
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cached_property
from subprocess import PIPE

import pytesseract
from PIL import Image

from bot.images.checks import ImageLimits, open_checked
from bot.images.prepare import prepare
from bot.images.repair import repair_read_text

logger = logging.getLogger(__name__)
NEEDED = ("vie", "tha", "eng")
# The window's language is tried first; English is always there for links and app names.
LANGUAGES = {"vi": "vie+eng", "th": "tha+eng", "en": "eng+vie"}
NICENESS = 10


def _lower_this_threads_priority() -> None:
    """Linux gives each thread its own niceness: decoding and scaling a screenshot here yields a
    shared core to chat turns, as Tesseract does."""
    with contextlib.suppress(OSError):  # never above the process's own niceness
        lower = max(NICENESS, os.getpriority(os.PRIO_PROCESS, 0))
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), lower)


class OcrUnavailable(RuntimeError):
    """Tesseract or one of its languages is not installed here."""


class CannotRead(RuntimeError):
    """Tesseract failed or ran out of time on this image."""


@dataclass(frozen=True)
class ReadText:
    text: str  # repaired: lines re-joined, links and numbers mended
    raw: str  # as Tesseract wrote it
    seconds: float


class ImageReader:
    def __init__(self, limits: ImageLimits, timeout_s: float = 10.0, workers: int = 1) -> None:
        self.limits = limits
        self.timeout_s = timeout_s
        self._pool = ThreadPoolExecutor(
            max_workers=workers, thread_name_prefix="ocr", initializer=_lower_this_threads_priority
        )
        Image.MAX_IMAGE_PIXELS = limits.max_pixels  # Pillow's own guard, behind the header check

    @cached_property
    def missing(self) -> tuple[str, ...]:
        """What is not installed: 'tesseract' or language codes; empty when images can be read."""
        if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
            return ("tesseract",)
        try:
            installed = set(pytesseract.get_languages(config=""))
        except (pytesseract.TesseractError, OSError, RuntimeError):
            return ("tesseract",)
        return tuple(code for code in NEEDED if code not in installed)

    @property
    def available(self) -> bool:
        return not self.missing

    async def read(self, data: bytes, lang: str | None) -> ReadText:
        """The text in a screenshot. Raises `ImageRejected` (a bad upload), `OcrUnavailable` or
        `CannotRead`."""
        if not self.available:
            raise OcrUnavailable(f"not installed: {', '.join(self.missing)}")
        return await asyncio.get_running_loop().run_in_executor(self._pool, self._read_bytes, data, lang)

    def _read_bytes(self, data: bytes, lang: str | None) -> ReadText:
        return self.read_image(open_checked(data, self.limits), lang)

    def read_image(self, image: Image.Image, lang: str | None) -> ReadText:
        """Blocking: prepare and read one decoded image."""
        started = time.perf_counter()
        raw = self._tesseract(prepare(image), LANGUAGES.get(lang or "vi", LANGUAGES["vi"]))
        return ReadText(repair_read_text(raw), raw, time.perf_counter() - started)

    def _tesseract(self, image: Image.Image, languages: str) -> str:
        buffer = io.BytesIO()
        image.save(buffer, "PPM")  # uncompressed grey: nothing to encode or decode
        command = [pytesseract.pytesseract.tesseract_cmd, "stdin", "stdout", "-l", languages, "--psm", "3"]
        command += ["-c", "preserve_interword_spaces=1"]
        try:
            done = self._run(command, buffer.getvalue())
        except subprocess.TimeoutExpired as exc:
            raise CannotRead(f"Tesseract took longer than {self.timeout_s} s") from exc
        except OSError as exc:
            raise CannotRead(f"Tesseract could not start: {exc}") from exc
        if done.returncode != 0:
            error = done.stderr[-300:].decode(errors="replace")
            logger.warning("tesseract exited %d: %s", done.returncode, error)
            raise CannotRead(f"Tesseract exited with status {done.returncode}")
        return done.stdout.decode("utf-8", errors="replace")

    def _run(self, command: list[str], image: bytes) -> subprocess.CompletedProcess[bytes]:
        """Tesseract at a lower priority than the app: a core it shares with chat turns goes to
        them first."""
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        with subprocess.Popen(command, stdin=PIPE, stdout=PIPE, stderr=PIPE, env=env) as process:
            with contextlib.suppress(OSError):  # the process may have ended already
                os.setpriority(os.PRIO_PROCESS, process.pid, NICENESS)
            try:
                out, err = process.communicate(image, timeout=self.timeout_s)
            except subprocess.TimeoutExpired:
                process.kill()
                process.communicate()
                raise
        return subprocess.CompletedProcess(command, process.returncode, out, err)

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
