"""Digits read out in words: "bốn sáu không ba một tám", "four six oh three", "หนึ่งสองสามสี่".

A code told over the phone is often written down the way it was said. Four or more digit words
in a row stand for that many digits; the number rules then judge them as they judge digits, except
that words need a code word to name them (six words alone are not taken for a code).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.safety.keywords import trie

# Folded Vietnamese (no marks), English and Thai. Words that are also common words in another
# sense ("làm", "từ", "lẻ") are left out: they would join ordinary words into a run.
DIGIT_WORDS: dict[str, str] = {
    "khong": "0",
    "mot": "1",
    "hai": "2",
    "ba": "3",
    "bon": "4",
    "nam": "5",
    "sau": "6",
    "bay": "7",
    "tam": "8",
    "chin": "9",
    "zero": "0",
    "oh": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ศูนย์": "0",
    "หนึ่ง": "1",
    "สอง": "2",
    "สาม": "3",
    "สี่": "4",
    "ห้า": "5",
    "หก": "6",
    "เจ็ด": "7",
    "แปด": "8",
    "เก้า": "9",
}
FEWEST_WORDS = 4
_LATIN = trie([w for w in DIGIT_WORDS if w.isascii()])
_THAI = trie([w for w in DIGIT_WORDS if not w.isascii()])
# Words apart by spaces, commas or dashes ("bốn, sáu, không"); Thai ones may touch.
READ_OUT = re.compile(
    rf"(?<![a-z]){_LATIN}(?![a-z])(?:[ ,.\-–—]+{_LATIN}(?![a-z])){{{FEWEST_WORDS - 1},}}"
    rf"|{_THAI}(?:[ ,.\-–—]*{_THAI}){{{FEWEST_WORDS - 1},}}"
)
WORD = re.compile(rf"{_LATIN}(?![a-z])|{_THAI}")


def read_out(folded: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, digits) of every run of digit words in the folded text."""
    for match in READ_OUT.finditer(folded):
        digits = "".join(DIGIT_WORDS[w] for w in WORD.findall(match.group()))
        yield match.start(), match.end(), digits
