"""Passwords given by what they are rather than by a password's word after "is".

"mine is only 5 letters: daisy", "mật khẩu có 6 chữ: hoalan": a value whose length the message
states, right after the count, is the password the count describes. "my password is just my dog's
name, Biscuit", "mật khẩu là tên con chó, Mực": a name given after the password is said to be one.
"I made it my granddaughter's name and birthday, Lily0412": a name and digits said to be a name and
a birthday. "it's 'Moonriver!' for the tablet": a value in quotes built as a password (a capital or
a sign), said to be for a device or a service.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_COUNTS = {
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10,
}  # fmt: skip
COUNTED_VALUE = re.compile(
    r"(?<![a-z])(\d{1,2}|four|five|six|seven|eight|nine|ten|bon|nam|sau|bay|tam|chin|muoi)"
    r" (?:letters|letter|characters|chars|chu cai|chu|ky tu|ki tu|ตัวอักษร|ตัว)[:,] ?([^\s,.;!?]{3,16})"
)
# A password, a PIN or "mine" said before the count: "mine is only 5 letters", "mật khẩu có 6 chữ".
COUNT_OWNER = re.compile(
    r"(?<![a-z])(?:mine|my password|password|passcode|mat khau|mk|cua toi|cua ba|cua ong)(?![a-z])|รหัสผ่าน"
)
OWNER_CHARS = 40
# "my password is just my dog's name, Biscuit", "mật khẩu là tên con chó, Mực".
NAMED_AS_A_NAME = re.compile(
    r"(?<![a-z])(?:my password|password|mat khau|mk)(?: is| la)(?: just| only| chi| cung)?"
    r" (?:my |the )?[^,.;:!?\n]{0,24}?(?:name|ten)(?![a-z])[^,.;:!?\n]{0,20}?[,:] ?"
)
# A password made of a name and a birthday, given after the words that say so, no password's word
# needed: "I made it my granddaughter's name and birthday, Lily0412", "ba dat ten chau va ngay sinh:
# Lan0412".
MADE_OF_A_NAME = re.compile(
    r"(?<![a-z])(?:i made it|i set it|i made mine|i set mine|it'?s|it is|mine is|i used|dat la|ba dat|ong dat"
    r"|toi dat|minh dat|me dat)(?: to| as)? (?:(?:my|the|our|ten|la) )?[^,.;:!?\n]{0,30}?"
    r"(?:name|ten)(?![a-z])[^,.;:!?\n]{0,12}?(?:birthday|birth date|birth year|ngay sinh|nam sinh)(?![a-z])"
    r"[^,.;:!?\n]{0,12}?[,:] ?"
)
BUILT_VALUE = re.compile(r"[\"'“‘]?([A-Za-z][A-Za-z0-9@#!._]{2,24})(?![\w@#!])")
MIN_BUILT_DIGITS = 2
NAME = re.compile(r"[\"'“‘]?([A-Z][A-Za-z\u00c0-\u1ef9]{1,20})")
NOT_NAMES = frozenset(
    "is are was what can could should do does it that this not but and so or how why co la".split()
)
# "it's 'Moonriver!' for the tablet": a quoted value for a device or a service.
FOR_A_THING = re.compile(
    r"(?<![a-z])(?:it'?s|it is|that'?s|that is|mine is|ours is)"
    r" [\"'“‘]([^\s\"'“”‘’]{4,24})[\"'”’] (?:for|on) (?:the|my|our) [a-z]{3,12}"
)


def hinted_passwords(text: str, folded: str) -> Iterator[tuple[int, int]]:
    """Spans of passwords given by their length, as a name, or as a quoted value for a thing."""
    for match in COUNTED_VALUE.finditer(folded):
        count, value = match.group(1), match.group(2)
        stated = int(count) if count.isdigit() else _COUNTS[count]
        owner = COUNT_OWNER.search(folded, max(0, match.start() - OWNER_CHARS), match.start())
        if owner and len(value) == stated:
            yield match.span(2)
    for match in NAMED_AS_A_NAME.finditer(folded):
        if (name := NAME.match(text, match.end())) and folded[name.start(1) : name.end(1)] not in NOT_NAMES:
            yield name.span(1)
    for match in MADE_OF_A_NAME.finditer(folded):
        value = BUILT_VALUE.match(text, match.end())
        if value and sum(c.isdigit() for c in value.group(1)) >= MIN_BUILT_DIGITS:
            yield value.span(1)
    for match in FOR_A_THING.finditer(folded):
        if _built(text[match.start(1) : match.end(1)]):
            yield match.span(1)


def _built(value: str) -> bool:
    """Built as a password: a capital and a sign or digit ("Moonriver!"), or letters and digits."""
    upper = any(c.isupper() for c in value)
    other = any(not c.isalpha() for c in value)
    digits = any(c.isdigit() for c in value)
    return (upper and other) or (digits and any(c.isalpha() for c in value))
