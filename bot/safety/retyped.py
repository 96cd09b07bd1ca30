"""Digits typed otherwise, read back as digits before the guard looks (each the same length).

"ma otp 4O8 215", "so cccd o79152006813", "6 7 2 o 4 1", "O-4-7-1-9-3": the letter o (or O) typed
for a zero among digits, as an old keyboard habit or a slip, is a zero; an I or an l between two
digits is a one ("mã là 3O5 8I2"). "mã là 2 9 4 (hai chín bốn) 6 1 0": digit words in
brackets after digits repeat them, so they stand as spaces and the digits around them join up.
A word with letters other than o ("Lo2", "2oz", "100k"), or a bracket of other words ("gọi 113
(miễn phí)"), is left as typed.
"""

from __future__ import annotations

import re

from bot.safety.spoken import DIGIT_WORDS

# Groups of digits and o's only, apart by a space, a dot or a hyphen: "4O8 215", "o79152006813",
# "4o 27". Each group has a digit, the run two at least, and an o somewhere (see `_oh_for_zero`).
OH_RUN = re.compile(r"(?<!\w)[0-9oil]+(?:[ .\-][0-9oil]+)*(?!\w)")
FEWEST_DIGITS = 2
OH_BESIDE_DIGIT = re.compile(r"\do|o\d|\d(?: o)+ \d|\d[il]\d|o[.\-]\d|\d[.\-]o")  # faster than `OH_RUN`
# An I or an l between two digits (or o's) is a one: "3O5 8I2", "4l7 205"; "5l", "i7" stay as typed.
ONE_BETWEEN = re.compile(r"(?<=[0-9o])[il](?=[0-9o])")
# Digits typed one by one with an o alone among them: "6 7 2 o 4 1" (the o between two digits). Read
# once: the digits up to the first o, then the rest, none given back, the last one a digit.
OH_APART = re.compile(r"\d(?: \d)*+ o(?: [\do])*+(?<=\d)")
FEWEST_APART = 4
# Digits typed one by one joined by hyphens or by dots, an O among them first or last too:
# "O-4-7-1-9-3", "4.7.1.9.3.o". A space is not enough: "ở" (at) folds to an o before digits.
ONE_BY_ONE_JOINED = re.compile(r"[\do](?:-[\do])+|[\do](?:\.[\do])+")
_WORDS = "|".join(sorted(DIGIT_WORDS, key=len, reverse=True))
# Digit words in brackets just after a digit: "4 (hai chín bốn)", "4(two nine four)", "4 (สองเก้าสี่)".
BRACKETED_WORDS = re.compile(
    rf"(?<=\d) ?\((?:[ ,]*(?:(?<![a-z])(?:{_WORDS})(?![a-z])|[\u0e00-\u0e7f]+(?![\u0e00-\u0e7f])))+[ ,]*\)"
)
# Digits in brackets just after digit words repeat them too: "hai chín bốn (294)", "two nine four (294)".
BRACKETED_DIGITS = re.compile(rf"(?<![a-z])(?:{_WORDS})(?![a-z])( ?\(\d[\d ]{{0,12}}\))")
SEPARATORS = re.compile(r"[ .\-]")
THAI_RUN = re.compile(r"[\u0e00-\u0e7f]+")
THAI_DIGIT_WORDS = re.compile(rf"(?:{'|'.join(w for w in DIGIT_WORDS if not w.isascii())})+")


def retyped(text: str, folded: str) -> tuple[str, list[tuple[int, int]]]:
    """`text` with o's among digits as zeros, and digit words in brackets after digits (or digits
    after digit words) as spaces; and the spans so blanked."""
    oh = OH_BESIDE_DIGIT.search(folded)
    if not oh and "(" not in text:
        return text, []
    chars = list(text)
    for match in OH_RUN.finditer(folded) if oh else ():
        run = ONE_BETWEEN.sub("1", match.group())
        if _oh_for_zero(run):
            for i, c in enumerate(run, match.start()):
                if chars[i] in "oO":
                    chars[i] = "0"
                elif c == "1":
                    chars[i] = "1"
    blanked = [m.span() for m in BRACKETED_WORDS.finditer(folded) if _thai_words_are_digits(m.group())]
    blanked += [m.span(1) for m in BRACKETED_DIGITS.finditer(folded)]
    for start, end in blanked:
        chars[start:end] = " " * (end - start)
    return "".join(chars), blanked


def _oh_for_zero(run: str) -> bool:
    """An o among digits in every group of the run: "4o8 215", not "o 2" or "2 too"; or an o alone
    between digits typed one by one: "6 7 2 o 4 1"; or the run all digits once an I or l between
    digits is read as a one: "8I2 451"."""
    if "i" in run or "l" in run:
        return False
    if "o" not in run and sum(c.isdigit() for c in run) >= FEWEST_DIGITS:
        return SEPARATORS.sub("", run).isdigit()
    if "o" not in run or sum(c.isdigit() for c in run) < FEWEST_DIGITS:
        return False
    apart = OH_APART.fullmatch(run) or ONE_BY_ONE_JOINED.fullmatch(run)
    if apart and sum(c.isdigit() for c in run) >= FEWEST_APART:
        return True  # "6 7 2 o 4 1", "O-4-7-1-9-3": one character a group, the o's among the digits
    return all(any(c.isdigit() for c in group) for group in SEPARATORS.split(run))


def _thai_words_are_digits(bracket: str) -> bool:
    """Thai letters in the bracket are all digit words ("สองเก้าสี่"), not any Thai word."""
    thai = THAI_RUN.findall(bracket)
    return all(THAI_DIGIT_WORDS.fullmatch(word) for word in thai)
