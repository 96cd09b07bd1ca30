"""Passwords with no password word right before them, given by their owner or by how they were made.

A well-known weak value the learner says is theirs ("mine is 123456789", "của bà là 123456",
"ของยายคือ 123456") is their password, weak or not. So is one they call weak and then theirs ("Bà biết
123456789 là yếu nhưng đó là mật khẩu Facebook của bà", "I know 123456 is weak but it's my bank
password"). Words run together after a colon, in a message that tells of making or choosing one
("I made a long one like the teacher said: correctpurplehorsegarden"), are a passphrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.safety.examples import WEAK_VALUES
from bot.safety.keywords import Keyword
from bot.safety.numbers import COUNT, MONEY
from bot.safety.passwords import _run_together

# The learner's own, then the value: "mine is", "mine's now", "của bà là", "ของยายคือ".
_KIN = r"(?:toi|minh|tui|em|con|chau|ba|ong|me|bo|anh|chi|co|chu|bac|di|cau)"
OWN_WORDS = ("mine", "cua", "ของ")
OWN_GIVEN = re.compile(
    r"(?:(?<![a-z])(?:mine|mines|mine's)(?: (?:is|was))?(?: (?:now|still|just|also))?"
    rf"|(?<![a-z])(?:cai |so |ma )?cua {_KIN}(?: (?:la|van la|bay gio la|gio la))"
    r"|ของ(?:ฉัน|ผม|ยาย|ตา|หนู|แม่|พ่อ)(?:คือ|เป็น)) ?:? ?([a-z0-9]{4,12})(?![\w@#$%&*])"
)
# A value called weak, then, in the same sentence, given as one's own password: "123456789 là yếu
# nhưng đó là mật khẩu Facebook của bà", "123456 is weak but it's my bank password", "123456
# ง่ายไปแต่เป็นรหัสผ่านของยาย". The value right before the word that calls it weak, then "but",
# then the password's word and its owner.
VALUE_BEFORE = re.compile(r"(?<![\w@#$%&*])([a-z0-9]{4,12})(?: (?:la|is|was|thi|it's|it is|are))? ?$")
VALUE_BEFORE_CHARS = 24
BUT_WORDS = ("nhung", "but", "still", "yet", "แต่")
BUT_PASSWORD = re.compile(
    r"[^.!?\n]{0,20}?(?:(?<![a-z])(?:nhung|but|still|yet)(?![a-z])|แต่)[^.!?\n]{0,20}?"
    r"(?:(?<![a-z])(?:mat khau|mk|pass|password|pin|ma pin)(?![a-z])|รหัสผ่าน|รหัส)"
)
# Whose password it is, between "but" and a few characters past the password's word.
OWNER = re.compile(rf"(?<![a-z])(?:cua {_KIN}|my|mine|our)(?![a-z])|ของ(?:ฉัน|ผม|ยาย|ตา|หนู|แม่|พ่อ)")
OWNER_CHARS = 20
# Another value the password's word gives: "… nhưng mã PIN của bà đúng là 111111" names that one.
OTHER_VALUE_CHARS = 40
OTHER_VALUE = re.compile(r"(?:(?<![a-z])(?:la|is|was)(?![a-z])|[:=]|คือ|เป็น) ?[^\s\d]{0,12}\d")
# A number a word names as no secret, right before its owner: "mã số BHXH của bà là 0123", "số tài
# khoản của bà là 123456", "so dien thoai cua ba la 123456": the owner's value is that number.
NAMED_OTHER: frozenset[str] = frozenset({"harmless", "account", "call", "user", "amount", "lottery"})
NAMED_OTHER_CHARS = 12
CALLED_WEAK = re.compile(
    r"(?<![a-z])(?:yeu|de doan|de bi doan|weak|easy to guess|bad|not safe|unsafe|khong an toan)(?![a-z])"
    r"|ง่าย|อ่อน|ไม่ปลอดภัย|เดาง่าย"
)
# Words run together, given after a colon, in a message that tells of making or choosing a long
# one: "I made a long one like the teacher said: correctpurplehorsegarden"; not "I made a cake:
# chocolatebananabread".
RUN_TOGETHER_GIVEN = re.compile(r"(?:[:=]|(?<![a-z])(?:is|was|la))[ ]?([a-z]{12,40})(?![\w@#$%&*])")
MADE = re.compile(
    r"(?<![a-z])(?:made|make|making|chose|choose|picked|pick|set|created|create|came up with|dat|tao|chon)"
    r"(?![a-z])"
)
LONG_ONE = re.compile(
    r"(?<![a-z])(?:long|longer|passphrase|phrase|sentence|words|dai|cau|cum tu)(?![a-z])|ยาว|ประโยค"
)


def owned_weak(folded: str, keywords: list[Keyword]) -> Iterator[tuple[int, int]]:
    """A well-known weak value said to be the learner's, with no password word: "mine is 123456789";
    not the value of a number another word names as no secret (see `NAMED_OTHER`)."""
    if not any(word in folded for word in OWN_WORDS):
        return
    for match in OWN_GIVEN.finditer(folded):
        if (
            match.group(1) in WEAK_VALUES
            and not _counted_after(folded, match.end())
            and not _named_other(match.start(), keywords)
        ):
            yield match.span(1)


def _named_other(start: int, keywords: list[Keyword]) -> bool:
    """The last word before the owner names a number that is no secret, a few characters before."""
    before = [k for k in keywords if k.end <= start]
    return bool(before) and before[-1].category in NAMED_OTHER and start - before[-1].end <= NAMED_OTHER_CHARS


def _counted_after(folded: str, end: int) -> bool:
    """ "mine is 2580 baht on my debit card": a sum or a count, not a value."""
    return bool(MONEY.match(folded, end) or COUNT.match(folded, end))


def weak_then_owned(folded: str) -> Iterator[tuple[int, int]]:
    """A weak value called weak, then given as one's own password in the same sentence."""
    if not any(word in folded for word in BUT_WORDS):
        return
    for called in CALLED_WEAK.finditer(folded):
        value = VALUE_BEFORE.search(folded, max(0, called.start() - VALUE_BEFORE_CHARS), called.start())
        if not value or value.group(1) not in WEAK_VALUES:
            continue
        but = BUT_PASSWORD.match(folded, called.end())
        if but and _owned_with_no_other(folded, but):
            yield value.span(1)


def _owned_with_no_other(folded: str, but: re.Match[str]) -> bool:
    """An owner near the password's word, and no other value it gives: "… but it's my bank
    password" claims the weak one; "… but my bank PIN is 4829" gives another."""
    owner_end = min(len(folded), but.end() + OWNER_CHARS)
    other_end = min(len(folded), but.end() + OTHER_VALUE_CHARS)
    return bool(OWNER.search(folded, but.start(), owner_end)) and not OTHER_VALUE.search(
        folded, but.end(), other_end
    )


def run_together_given(text: str, folded: str) -> Iterator[tuple[int, int]]:
    """ "I made a long one like the teacher said: correctpurplehorsegarden"."""
    if not (MADE.search(folded) and LONG_ONE.search(folded)):
        return
    for match in RUN_TOGETHER_GIVEN.finditer(folded):
        start, end = match.span(1)
        if _run_together(text[start:end]):
            yield start, end
