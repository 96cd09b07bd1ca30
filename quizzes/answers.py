"""Read a typed answer: "B", "b", "2", "câu b", "ข", "đáp án B", or the option's own words."""

from __future__ import annotations

import re

from knowledge.text import fold_latin
from quizzes.schema import LETTERS, QuizItem

WORD = re.compile(r"\w+")
THAI_LETTERS = {"ก": "A", "ข": "B", "ค": "C", "ง": "D"}
CHOICE = re.compile(
    r"^(?:(?:cau|dap an|chon|toi chon|option|answer|choice|ข้อ|ตอบ)\s*)?([a-d1-4]|[กขคง])[\s.)!]*$"
)


def choice_letter(text: str) -> str | None:
    """A letter when the message is only a choice, else None (any longer text is a message)."""
    match = CHOICE.match(" ".join(fold_latin(text).split()))
    if not match:
        return None
    symbol = match.group(1)
    if symbol.isdigit():
        return LETTERS[int(symbol) - 1]
    return THAI_LETTERS.get(symbol, symbol.upper())


def parse_answer(text: str, item: QuizItem) -> str | None:
    letter = choice_letter(text)
    if letter is not None:
        return letter if LETTERS.index(letter) < len(item.options) else None
    said = _words(text)
    if not said:
        return None
    for index, option in enumerate(item.options):
        if said == _words(option) or (len(said) >= 8 and said in _words(option)):
            return LETTERS[index]
    return None


def _words(text: str) -> str:
    return " ".join(WORD.findall(fold_latin(text)))
