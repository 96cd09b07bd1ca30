"""Measure the reading of screenshots on the labelled set: how close the repaired text is to the
message (character error rate per language), whether the scam verdict on what was read is as good
as on the typed text, and how long Tesseract takes per image.

Time is measured twice: on the wall clock (what a learner waits, which other work on the machine
lengthens) and in processor time (Tesseract's and the preparation's, which it does not).

The character error rate is the edit distance between the message and the closest stretch of what
was read, over the message's length: the title, the date and the input bar around the bubble are
read too, and are not errors. Whitespace runs count as one space on both sides.
"""

from __future__ import annotations

import re
import resource
import statistics
import time
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

from PIL import Image
from pydantic import BaseModel

from bot.images.mockups import ScreenMessage
from bot.images.reader import ImageReader
from bot.redflags import check_message

_SPACES = re.compile(r"\s+")


class ReadScore(BaseModel):
    id: str
    lang: str
    label: str
    chars: int  # of the message
    errors: int  # edits from the message to what was read
    cer: float
    seconds: float
    cpu_seconds: float
    scam_on_text: bool
    scam_on_image: bool
    read: str


class VerdictScores(BaseModel):
    precision: float
    recall: float


class ImageReport(BaseModel):
    images: int
    cer: dict[str, float]  # per language, all characters together
    text: VerdictScores
    image: VerdictScores
    seconds_p50: float
    seconds_p95: float
    cpu_seconds_p50: float
    cpu_seconds_p95: float
    items: list[ReadScore]


def normalise(text: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def infix_distance(needle: str, haystack: str) -> int:
    """Edit distance from `needle` to the closest substring of `haystack` (free ends in the haystack)."""
    previous = list(range(len(needle) + 1))
    best = previous[-1]
    for char in haystack:
        current = [0]
        for i, wanted in enumerate(needle, start=1):
            current.append(min(previous[i] + 1, current[i - 1] + 1, previous[i - 1] + (wanted != char)))
        best = min(best, current[-1])
        previous = current
    return best


def score_one(message: ScreenMessage, picture: Path, reader: ImageReader) -> ReadScore:
    with Image.open(picture) as image:
        image.load()
        started = _cpu_seconds()
        read = reader.read_image(image, message.lang)
        cpu = _cpu_seconds() - started
    wanted, got = normalise(message.text), normalise(read.text)
    errors = infix_distance(wanted, got)
    return ReadScore(
        id=message.id,
        lang=message.lang,
        label=message.label,
        chars=len(wanted),
        errors=errors,
        cer=round(errors / len(wanted), 4),
        seconds=round(read.seconds, 3),
        cpu_seconds=round(cpu, 3),
        scam_on_text=_is_scam(message.text),
        scam_on_image=_is_scam(read.text),
        read=read.text,
    )


def evaluate(messages: Iterable[ScreenMessage], folder: Path, reader: ImageReader) -> ImageReport:
    """Score every message whose picture is in `folder`; `FileNotFoundError` when none is."""
    pictures = [(m, folder / f"{m.id}.png") for m in messages]
    items = [score_one(m, picture, reader) for m, picture in pictures if picture.is_file()]
    if not items:
        raise FileNotFoundError(f"no pictures in {folder}: run `hocvuso images build` first")
    seconds = sorted(item.seconds for item in items)
    cpu = sorted(item.cpu_seconds for item in items)
    return ImageReport(
        images=len(items),
        cer={lang: _pooled_cer(items, lang) for lang in ("vi", "th", "en") if _has(items, lang)},
        text=_verdicts(items, lambda i: i.scam_on_text),
        image=_verdicts(items, lambda i: i.scam_on_image),
        seconds_p50=round(statistics.median(seconds), 3),
        seconds_p95=round(_percentile(seconds, 0.95), 3),
        cpu_seconds_p50=round(statistics.median(cpu), 3),
        cpu_seconds_p95=round(_percentile(cpu, 0.95), 3),
        items=items,
    )


def _cpu_seconds() -> float:
    """This thread's processor time and that of the finished child processes (Tesseract)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.thread_time() + children.ru_utime + children.ru_stime


def _has(items: list[ReadScore], lang: str) -> bool:
    return any(i.lang == lang for i in items)


def _is_scam(text: str) -> bool:
    return check_message(text).verdict == "likely_scam"


def _pooled_cer(items: list[ReadScore], lang: str) -> float:
    """Errors over characters, all of a language's messages together (long ones weigh more)."""
    chosen = [i for i in items if i.lang == lang]
    return round(sum(i.errors for i in chosen) / max(1, sum(i.chars for i in chosen)), 4)


def _verdicts(items: list[ReadScore], said_scam: Callable[[ReadScore], bool]) -> VerdictScores:
    caught = sum(1 for i in items if said_scam(i) and i.label == "scam")
    flagged = sum(1 for i in items if said_scam(i))
    scams = sum(1 for i in items if i.label == "scam")
    return VerdictScores(
        precision=round(caught / flagged, 4) if flagged else 0.0,
        recall=round(caught / scams, 4) if scams else 0.0,
    )


def _percentile(ordered: list[float], share: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    rank = max(1, round(share * len(ordered) + 0.5 - 1e-9))
    return ordered[min(len(ordered), rank) - 1]
