"""Digits read out in words: "bốn sáu không ba một tám", "four six oh three", "หนึ่งสองสามสี่".

A code told over the phone is often written down the way it was said. Four or more digit words
in a row stand for that many digits, and so do digit words with digits among them ("58 hai bốn
chín"), which only a code word names; the number rules then judge them as they judge digits, except
that words need a code word to name them (six words alone are not taken for a code).
"""

from __future__ import annotations

import itertools
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
    # Zero as British English reads it out: "nought four seven, five five one".
    "nought": "0",
    "naught": "0",
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
# "sáu một tám linh hai chín", "sáu lẻ bảy, ba bốn": inside a run, "linh" and "lẻ" (a name, and a word
# of their own, too) are a zero;
# so is the letter "o" as a zero is read out ("six eight o eight one two"; "ở" folds to it, so only
# between digits); and "không" as it is typed short, "ko", "kh", "hông" ("tam hai bay, ko ba chin nam").
# "tư" is four as a code is read out ("sáu không tư, một chín bảy"); typed or folded without its
# marks it is "từ" (from) too, so it is four only between two digit words.
INNER_DIGIT_WORDS = {"linh": "0", "le": "0", "o": "0", "ko": "0", "kh": "0", "hong": "0", "tu": "4"}
READ_DIGITS = DIGIT_WORDS | INNER_DIGIT_WORDS
_LATIN = trie([w for w in DIGIT_WORDS if w.isascii()])
_LATIN_INNER = trie([w for w in DIGIT_WORDS if w.isascii()] + list(INNER_DIGIT_WORDS))
_THAI = trie([w for w in DIGIT_WORDS if not w.isascii()])
# Words apart by spaces, commas or dashes ("bốn, sáu, không"); Thai ones may touch. Digits apart by
# spaces, commas or dashes ("3, two, 9", "3-two-9"), one to four of them, stand among the words as
# words do: a code read out is written down
# half in digits, half in words ("mã là 8 năm 2 không 1 bảy", "the code is 3 seven 1 nine 0 4",
# "otp là 58 hai bốn chín", "รหัส 58 สองสี่เก้า"); a run of digits alone is left to the number rules.
# Three words or digits are a run when one of them is digits together ("58 hai bốn"), four otherwise.
# A group of four digits joins a run as long as a card's (see `GROUP_OF_A_CARD`).
_DIGITS_APART = r"(?<![^ ,\-–—])\d{1,4}(?![^ ,\-–—])"
# In Thai, written with no spaces, digits may touch the words: "3สอง9ห้า9แปด".
_THAI_DIGITS = r"(?<![\da-z.])\d{1,4}(?![\da-z])"
FEWEST_MIXED = 3
# Four digits together stand among the words only in a card's or an ID's worth of digits: "số thẻ
# là bốn bốn tám không 7106 9349 7062", a card begun in words.
GROUP_OF_A_CARD = 4
SHORTEST_CARD = 12
_LATIN_OR_DIGIT = rf"(?:(?<![a-z]){_LATIN}(?![a-z])|{_DIGITS_APART})"
_INNER_OR_DIGIT = rf"(?:{_LATIN_INNER}(?![a-z])|{_DIGITS_APART})"
# "five one nine comma eight two zero": a comma said aloud, as a voice keyboard types it, is one;
# so is a word that goes on to the next digits: "two, zero, nine, and then four, four, one", "hai
# không chín rồi bốn bốn một", "chín và hai và chín".
_APART = r"[ ,.\-–—]+(?:(?:comma|and then|then|and|roi|tiep theo|tiep|va|so|number)[ ,]+)?"
# "số một, số chín, bảy, 4", "number one, number nine, seven, 4", "เลขหนึ่ง เลขเก้า เจ็ด 4": "số"
# (number) said before each digit, the first one's too.
NUMBER_BEFORE = re.compile(r"(?:(?<![a-z])(?:so|number) |เลข ?)$")
NUMBER_INSIDE = re.compile(r"[ ,](?:so|number)[ ,]|เลข")
NUMBER_BEFORE_CHARS = len("number ")
READ_OUT = re.compile(
    rf"{_LATIN_OR_DIGIT}(?:{_APART}{_INNER_OR_DIGIT}){{{FEWEST_MIXED - 2},}}"
    rf"{_APART}{_LATIN_OR_DIGIT}"
)
# Thai's, sought only in a message with Thai letters.
_THAI_ON = r"(?:(?:แล้วก็|แล้ว|ต่อด้วย|และ|เลข)[ ,]*)?"  # "สองศูนย์เก้า แล้วก็ สี่สี่หนึ่ง", "เก้า และ สอง"
READ_OUT_THAI = re.compile(
    rf"(?:{_THAI}|{_THAI_DIGITS})(?:[ ,.\-–—]*{_THAI_ON}(?:{_THAI}|{_THAI_DIGITS})){{{FEWEST_MIXED - 1},}}"
)
WORD = re.compile(rf"(?<![a-z]){_LATIN_INNER}(?![a-z])|{_THAI}|\d+")
# "double five, three, triple eight": a digit said twice or three times over; sought only in a
# message that says "double" or "triple".
TIMES = {"double": 2, "triple": 3}
_TIMES = r"(?:(?:double|triple)[ -])?"
_TIMES_OR_DIGIT = rf"(?:(?<![a-z]){_TIMES}{_LATIN}(?![a-z])|{_DIGITS_APART})"
_TIMES_INNER = rf"(?:(?<![a-z]){_TIMES}{_LATIN_INNER}(?![a-z])|{_DIGITS_APART})"
# Two words are enough when each is said over: "double two, double eight" is four digits.
_SAID_OVER = r"(?<![a-z])(?:double|triple)[ -]"
READ_OUT_TIMES = re.compile(
    rf"{_TIMES_OR_DIGIT}(?:{_APART}{_TIMES_INNER}){{{FEWEST_MIXED - 2},}}{_APART}{_TIMES_OR_DIGIT}"
    rf"|{_SAID_OVER}{_LATIN}(?![a-z]){_APART}{_SAID_OVER}{_LATIN}(?![a-z])"
)
WORD_TIMES = re.compile(rf"(?<![a-z]){_TIMES}{_LATIN_INNER}(?![a-z])|{_THAI}|\d+")
# Digits together among the words: such a run is a code only where a code word names it.
DIGITS_TOGETHER = re.compile(r"\d\d")
# "nine-oh-six, three-one-five": digits read out in groups, each group's words joined by hyphens,
# as a code is written down when it is read out; six such words are a code like six digits.
HYPHENED = re.compile(r"[a-z]-[a-z]")

# A number said whole, as a voice keyboard types it: "bốn trăm hai mươi mốt nghìn ba trăm lẻ bảy",
# "four hundred sixty two thousand nine hundred and one", "สี่แสนสองหมื่นหนึ่งพันเก้าร้อยแปด".
# "mốt", "tư", "lăm" fold to "mot", "tu", "lam": one, four, five after "mươi"; "ยี่", "เอ็ด" in Thai.
UNITS: dict[str, int] = {w: int(d) for w, d in DIGIT_WORDS.items()} | {"tu": 4, "lam": 5, "เอ็ด": 1, "ยี่": 2}
TENS_AND_TEENS: dict[str, int] = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# "mươi" after a digit is tens; "mười" alone is ten (both fold to "muoi"); "สิบ" likewise.
TENS_WORDS = frozenset({"muoi", "สิบ"})
HUNDREDS_WORDS = frozenset({"tram", "hundred", "ร้อย"})
THOUSANDS_WORDS = frozenset({"nghin", "ngan", "thousand", "พัน"})
THAI_PLACES = {"หมื่น": 10_000, "แสน": 100_000}
JOINERS = frozenset({"le", "linh", "and"})  # "ba trăm lẻ bảy", "nine hundred and one"
_SAID_LATIN = trie(
    [w for w in UNITS if w.isascii()]
    + list(TENS_AND_TEENS)
    + ["muoi", "tram", "hundred", "nghin", "ngan", "thousand"]
    + ["le", "linh", "and"]
)
_SAID_THAI = trie([w for w in UNITS if not w.isascii()] + ["สิบ", "ร้อย", "พัน"] + list(THAI_PLACES))
# A comma may follow the thousands, as English writes them: "four hundred twelve thousand, six hundred
# and five"; nowhere else ("four hundred, five hundred" is two numbers).
_SAID_GAP = r"(?:[ \-]|(?<=thousand), |(?<=nghin), |(?<=ngan), )"
# Digits among the words, as voice typing writes some of them: "4 nghìn 2 trăm 31" is 4231; one digit
# before a word for hundreds or thousands, two at most at the end.
_SAID_DIGITS = r"(?<![\d.,])\d{1,2}(?![\d.,]\d)"
_SAID_TOKEN = rf"(?:(?<![a-z]){_SAID_LATIN}(?![a-z])|{_SAID_DIGITS})"
SAID_WHOLE = re.compile(rf"{_SAID_TOKEN}(?:{_SAID_GAP}{_SAID_TOKEN})+|{_SAID_THAI}(?: ?{_SAID_THAI})+")
SAID_WORD = re.compile(rf"{_SAID_LATIN}(?![a-z])|{_SAID_DIGITS}|{_SAID_THAI}")
PLACE_WORDS = HUNDREDS_WORDS | THOUSANDS_WORDS | frozenset(THAI_PLACES)
LATIN_PLACE_WORDS = ("tram", "nghin", "hundred", "thousand")
THAI_PLACE_WORDS = ("ร้อย", "พัน", "หมื่น", "แสน")
FEWEST_SAID_DIGITS = 4
MOST_SAID_DIGITS = 8
MOST_SAID_WORDS = 16  # "bốn trăm hai mươi mốt nghìn ba trăm lẻ bảy" is ten


def read_out(folded: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, digits) of every run of digit words in the folded text, and of every number
    said whole with hundreds or thousands."""
    times = "double" in folded or "triple" in folded
    matches = (READ_OUT_TIMES if times else READ_OUT).finditer(folded)
    if not folded.isascii():
        matches = itertools.chain(matches, READ_OUT_THAI.finditer(folded))
    for match in matches:
        words = (WORD_TIMES if times else WORD).findall(match.group())
        if all(w.isdigit() for w in words):
            continue  # "1 2 3 4 5 6": digits, which the number rules read
        digits = "".join(map(_digits_of, words))
        if len(digits) < SHORTEST_CARD and any(len(w) == GROUP_OF_A_CARD and w.isdigit() for w in words):
            continue  # "tháng 3 năm 2026": four digits together among words are a card's group, or a year
        if len(digits) < FEWEST_WORDS and not any(len(w) > 1 and w.isdigit() for w in words):
            continue  # "ba bốn năm": three words alone
        yield _number_led(folded, match), match.end(), digits
    if _says_places(folded):
        yield from said_whole(folded)
    if TENS_HINT.search(folded):
        yield from said_in_tens(folded)


def _number_led(folded: str, match: re.Match[str]) -> int:
    """Where a run read out with "số" before each digit starts: at the first digit's "số"."""
    start = match.start()
    if not NUMBER_INSIDE.search(match.group()):
        return start
    lead = NUMBER_BEFORE.search(folded, max(0, start - NUMBER_BEFORE_CHARS), start)
    return lead.start() if lead else start


def _digits_of(word: str) -> str:
    """ "bốn" is 4, "double five" 55, "triple-eight" 888, digits themselves."""
    times, _, said = word.partition(" ") if " " in word else word.partition("-")
    if said and times in TIMES:
        return READ_DIGITS[said] * TIMES[times]
    return READ_DIGITS.get(word, word)


def _says_places(folded: str) -> bool:
    """A word for hundreds or thousands is in the text ("ngân hàng", a bank, is no "ngàn"); faster
    than a pattern's search."""
    if any(map(folded.__contains__, LATIN_PLACE_WORDS)):
        return True
    if not folded.isascii() and any(map(folded.__contains__, THAI_PLACE_WORDS)):
        return True
    return "ngan" in folded and folded.count("ngan") > folded.count("ngan hang")


# Between each two digit words a comma, typed or said: "nine, one, seven, four" (the words of a
# code read out one by one), "five one nine comma eight two zero".
BETWEEN_WORDS = re.compile(r"(?<=[a-z0-9\u0e00-\u0e7f])[ ,.\-–—]+(?:comma[ ,]+)?(?=[a-z0-9\u0e00-\u0e7f])")


def read_apart(folded: str, start: int, end: int) -> bool:
    """Every digit word between `start` and `end` is set apart by a comma ("nine, one, seven,
    four"), or the comma is said aloud between groups ("five one nine comma eight two zero")."""
    gaps = [g.group() for g in BETWEEN_WORDS.finditer(folded, start, end)]
    if any("comma" in gap for gap in gaps):
        return True
    return bool(gaps) and all("," in gap for gap in gaps)


# A digit's word as typed with its marks: in a message typed so, "bà" (grandmother), "năm" said
# "nam" (south), "sau" (after) are no digits.
MARKED_DIGIT_WORDS = frozenset(
    "không ko kh hông một hai ba bốn năm sáu bảy bẩy tám chín linh o".split()
    + [w for w in DIGIT_WORDS if w.isascii()]
) - {"khong", "mot", "bon", "nam", "sau", "bay", "tam", "chin"}


def said_as_digits(text: str, folded: str, start: int, end: int) -> bool:
    """Every word between `start` and `end` is a digit's as typed: in a message with Vietnamese
    marks anywhere, each word is written with a digit's marks ("sáu một tám", not "sau một tám")."""
    if not any(ord(char) > 127 and not "\u0e00" <= char <= "\u0e7f" and char.isalpha() for char in text):
        return True
    return all(
        text[word.start() : word.end()].lower() in MARKED_DIGIT_WORDS
        for word in WORD.finditer(folded, start, end)
        if word.group().isalpha() and word.group().isascii()
    )


COUNTED_WORDS = 4


def counted(digits: str) -> bool:
    """ "one, two, three, four", "five, six, seven, eight": counting up or down, not a code; the
    first four words decide ("một, hai, ba, bốn, bà tập…": "bà" folds to "ba", three)."""
    steps = {int(b) - int(a) for a, b in itertools.pairwise(digits[:COUNTED_WORDS])}
    return steps in ({1}, {-1})


def read_in_groups(folded: str, start: int, end: int) -> bool:
    """The digit words between `start` and `end` are joined by hyphens ("nine-oh-six"), or set in
    groups of one length by commas ("oh four seven, two nine three", "bốn bảy, hai chín, ba một")."""
    if HYPHENED.search(folded, start, end):
        return True
    groups = [len(WORD.findall(group)) for group in folded[start:end].split(",")]
    return len(groups) > 1 and len(set(groups)) == 1 and groups[0] > 1


def said_whole(folded: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, digits) of each number said whole: a code's length (four to eight digits), said
    with a word for hundreds or thousands, and not a round sum ("hai trăm nghìn", "4,500")."""
    for match in SAID_WHOLE.finditer(folded):
        if not any(map(match.group().__contains__, LATIN_PLACE_WORDS + THAI_PLACE_WORDS + ("ngan",))):
            continue
        words = [
            (w.start(), w.end(), w.group()) for w in SAID_WORD.finditer(folded, match.start(), match.end())
        ]
        if said := _longest_said(words[:MOST_SAID_WORDS]):
            yield said


def _longest_said(words: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """The longest stretch of the words that says one number ("bà hai trăm…", "… bảy bà đọc":
    "bà", folded "ba", is no digit of it)."""
    for length in range(len(words), 1, -1):
        for first in range(len(words) - length + 1):
            value = _value([w for _s, _e, w in words[first : first + length]])
            if value is not None:
                digits = str(value)
                if FEWEST_SAID_DIGITS <= len(digits) <= MOST_SAID_DIGITS and not digits.endswith("00"):
                    return words[first][0], words[first + length - 1][1], digits
                return None
    return None


def _value(words: list[str]) -> int | None:
    """The number the words say, or None when they do not say one number."""
    if not any(w in PLACE_WORDS for w in words) or words[-1] in JOINERS or words[0] in PLACE_WORDS | JOINERS:
        return None  # "360 nghìn một tháng": a word for thousands after digits says a sum
    if len(words) > 1 and words[-2] in THOUSANDS_WORDS and words[-1] in UNITS:
        return None  # "hai trăm nghìn một cân": a price per one of something, no number ends "nghìn một"
    total = group = 0
    unit: int | None = None
    for word in words:
        if word in JOINERS:
            if unit is not None:
                return None
        elif word in TENS_WORDS:
            group += 10 * unit if unit is not None else 10
            unit = None
        elif word in HUNDREDS_WORDS:
            group += 100 * (unit if unit is not None else 1)
            unit = None
        elif word in THOUSANDS_WORDS:
            if not group + (unit or 0):
                return None
            total += 1000 * (group + (unit or 0))
            group, unit = 0, None
        elif word in THAI_PLACES:
            total += THAI_PLACES[word] * (unit if unit is not None else 1)
            unit = None
        elif word in TENS_AND_TEENS or (len(word) == 2 and word.isdigit()):
            if unit is not None or group % 100:
                return None
            group += TENS_AND_TEENS[word] if word in TENS_AND_TEENS else int(word)
        else:
            if unit is not None:
                return None  # two digits in a row: read out one by one, not said whole
            unit = int(word) if word.isdigit() else UNITS[word]
    return total + group + (unit or 0)


# A code read out two digits at a time, each pair said as a number: "bảy mươi hai, ba mươi tám, năm
# mươi mốt", "seventy-two, thirty-eight, fifty-one", "เจ็ดสิบสอง สามสิบแปด ห้าสิบเอ็ด", "oh five".
_VI_UNIT = "mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin"
_EN_UNIT = "one|two|three|four|five|six|seven|eight|nine"
_TH_UNIT = "สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า"
_PAIR = (
    rf"(?<![a-z])(?:(?:hai|ba|bon|nam|sau|bay|tam|chin) muoi(?: (?:{_VI_UNIT}))?|muoi(?: (?:{_VI_UNIT}))?"
    rf"|khong (?:{_VI_UNIT})"
    rf"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:{_EN_UNIT}))?"
    rf"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    rf"|(?:oh|zero|nought|naught)[ -](?:{_EN_UNIT}))(?![a-z])"
    rf"|(?:{_TH_UNIT}|ยี่)?สิบ(?:เอ็ด|{_TH_UNIT})?|ศูนย์(?:หนึ่ง|{_TH_UNIT})"
)
PAIRS = re.compile(rf"(?:{_PAIR})(?:(?: ?, ?| )(?:{_PAIR})){{1,4}}")
PAIR = re.compile(_PAIR)
# Pairs and single digits mixed, as a code is read out half in tens: "sáu, tám mươi mốt, không ba
# chín" (6 81 03 9), "six eighty-one oh three nine", "หก แปดสิบเอ็ด ศูนย์สาม เก้า".
# A digit typed among the words stands as one: "eight, twelve, 4, sixty" (8 12 4 60).
_ONE = (
    rf"(?<![a-z])(?:khong|{_VI_UNIT}|zero|oh|nought|naught|{_EN_UNIT})(?![a-z])|หนึ่ง|ศูนย์|{_TH_UNIT}"
    r"|(?<![\w.,])\d(?![\w.,]\d|\w)"
)
# Three digits said as hundreds among them: "four hundred twelve, nine oh six" (412 906), "six
# hundred and five", "sáu trăm lẻ bảy, ba bốn" (607 3 4), "bốn trăm mười hai".
_HUNDRED = (
    rf"(?<![a-z])(?:{_EN_UNIT}) hundred(?:(?: and)? (?:(?:{_PAIR})|(?:{_EN_UNIT})(?![a-z])))?"
    rf"|(?<![a-z])(?:{_VI_UNIT}) tram(?: (?:le|linh) (?:{_VI_UNIT})(?![a-z])| (?:{_PAIR}))?"
    rf"|(?:หนึ่ง|{_TH_UNIT})ร้อย(?:(?:{_TH_UNIT}|ยี่)?สิบ(?:เอ็ด|{_TH_UNIT})?|เอ็ด|หนึ่ง|{_TH_UNIT})?"
)
_ITEM = rf"(?P<hundred>{_HUNDRED})|(?P<pair>{_PAIR})|(?P<one>{_ONE})"
ITEM = re.compile(_ITEM)
_UNNAMED = rf"{_HUNDRED}|{_PAIR}|{_ONE}"
MIXED_HUNDREDS = re.compile(rf"(?:{_UNNAMED})(?:(?: ?, ?| ?)(?:{_UNNAMED})){{1,7}}")
# Without hundreds, sought where no word for them is: most messages, and faster.
_UNNAMED_TENS = rf"{_PAIR}|{_ONE}"
MIXED = re.compile(rf"(?:{_UNNAMED_TENS})(?:(?: ?, ?| ?)(?:{_UNNAMED_TENS})){{1,7}}")
HUNDREDS_SAID = re.compile(r"hundred|(?<![a-z])tram(?![a-z])|ร้อย")
TENS_PAIR = re.compile(r"muoi|ty|teen|(?<![a-z])(?:ten|eleven|twelve)(?![a-z])|สิบ")
FEWEST_MIXED_DIGITS, MOST_MIXED_DIGITS = 4, 8
TENS_HINT = re.compile(
    r"hundred|(?<![a-z])tram(?![a-z])|ร้อย|muoi|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|teen|(?<![a-z])(?:ten|eleven|twelve|oh|zero)(?![a-z])|สิบ|ศูนย์"
)
PAIR_WORD = re.compile(rf"[a-z]+|{_THAI}|สิบ|ยี่|เอ็ด")
PAIR_UNITS = UNITS | {"ยี่": 2}
# "tư" and "lăm" are four and five only after "mươi"; alone they are other words ("từ", "làm").
ALONE_NO_DIGIT = frozenset({"tu", "lam"})
VI_ONLY_WORDS = frozenset(_VI_UNIT.split("|")) | {"khong", "muoi"}
EN_ONLY_WORDS = frozenset(_EN_UNIT.split("|")) | {"oh", "zero", "ten", "eleven", "twelve"}


def said_in_tens(folded: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, digits) of each run of two or more pairs of digits said as numbers, and of each
    run of pairs and single digits mixed, with a pair said in tens among them."""
    spans = []
    for match in PAIRS.finditer(folded):
        pairs = [_pair_value(pair.group()) for pair in PAIR.finditer(folded, match.start(), match.end())]
        if len(pairs) > 1 and all(value is not None for value in pairs):
            spans.append(match.span())
            yield match.start(), match.end(), "".join(f"{value:02d}" for value in pairs)
    for match in (MIXED_HUNDREDS if HUNDREDS_SAID.search(folded) else MIXED).finditer(folded):
        if (digits := _mixed_digits(match.group())) and not any(
            s <= match.start() and match.end() <= e for s, e in spans
        ):
            yield match.start(), match.end(), digits


def _mixed_digits(said: str) -> str | None:
    """The digits of pairs and single digits read out together ("sáu tám mươi mốt": 681), when a
    pair in tens and a single digit are among them and there are four to eight digits."""
    digits, ones, tens, groups, typed = [], 0, False, 0, 0
    words = set(PAIR_WORD.findall(said))
    if words & VI_ONLY_WORDS and words & EN_ONLY_WORDS:
        return None  # "tu ten": no code is read out in two languages at once
    for item in ITEM.finditer(said):
        if item.group("hundred") is not None:
            digits.append(_hundreds(item.group()))
            tens, groups = True, groups + 1
        elif item.group("pair") is not None:
            value = _pair_value(item.group())
            if value is None:
                return None
            digits.append(f"{value:02d}")
            tens = tens or bool(TENS_PAIR.search(item.group()))
            groups += 1
        elif item.group() in ALONE_NO_DIGIT:
            return None
        else:
            digits.append(_digits_of(item.group()) if item.group() in READ_DIGITS else item.group())
            ones += 1
            typed += item.group().isdigit()
    joined = "".join(digits)
    if not (tens and (ones or groups > 1) and FEWEST_MIXED_DIGITS <= len(joined) <= MOST_MIXED_DIGITS):
        return None
    if typed and 2 * typed > ones + groups:
        return None  # "5 twenty 3": digits typed, a word among them; a code read out is mostly words
    return joined


def _hundreds(said: str) -> str:
    """ "four hundred twelve" 412, "six hundred and five" 605, "sáu trăm lẻ bảy" 607, "bốn trăm" 400,
    "สี่ร้อยสิบสอง" 412."""
    if "ร้อย" in said:
        unit, _, rest = said.partition("ร้อย")
        tail = _pair_value(rest) if rest else 0
        return f"{PAIR_UNITS[unit]}{tail or 0:02d}"
    words = PAIR_WORD.findall(said)
    rest = [w for w in words[2:] if w not in JOINERS]
    tail = _pair_value(" ".join(rest)) if rest else 0
    return f"{PAIR_UNITS[words[0]]}{tail or 0:02d}"


def _pair_value(said: str) -> int | None:
    """ "bảy mươi hai" 72, "mười lăm" 15, "không năm" 5 (read "05"), "thirty-eight" 38, "สิบเอ็ด" 11."""
    tens = unit = 0
    for word in PAIR_WORD.findall(said):
        if word in TENS_WORDS:
            tens, unit = unit or 1, 0
        elif word in TENS_AND_TEENS:
            tens, unit = divmod(TENS_AND_TEENS[word], 10)
        elif word in PAIR_UNITS:
            unit = PAIR_UNITS[word]
        elif word not in {"oh", "zero", "khong", "ศูนย์"}:
            return None
    return 10 * tens + unit
