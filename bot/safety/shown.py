"""What a learner sees where the guard hid a secret: "[mã OTP]", "[รหัสผ่าน]", "[card number]".

The guard's placeholders ("[OTP]", "[PASSWORD]"…) are what the NLU server reads and what its
training examples were written with, so they never change. The learner's own words come back to
them (the echo of a message, the transcript after a reload) with a label in their language.

The guard calls every short code that is not plainly a PIN an OTP ("cái mã tôi nhớ là …"); a
label shown to a person must not call their PIN a one-time code, so the words just before the
placeholder decide: the last name of a code in the same sentence wins.
"""

from __future__ import annotations

import re

from bot.safety.guard import PLACEHOLDER, Kind
from knowledge.text import fold_latin
from nlu.language import Lang

LABELS: dict[Lang, dict[Kind, str]] = {
    "vi": {
        "otp": "[mã OTP]",
        "password": "[mật khẩu]",
        "pin": "[mã PIN]",
        "card_number": "[số thẻ]",
        "cvv": "[mã CVV]",
        "id_number": "[số giấy tờ]",
    },
    "th": {
        "otp": "[รหัส OTP]",
        "password": "[รหัสผ่าน]",
        "pin": "[รหัส PIN]",
        "card_number": "[เลขบัตร]",
        "cvv": "[รหัส CVV]",
        "id_number": "[เลขบัตรประชาชน]",
    },
    "en": {
        "otp": "[OTP code]",
        "password": "[password]",
        "pin": "[PIN]",
        "card_number": "[card number]",
        "cvv": "[CVV]",
        "id_number": "[ID number]",
    },
}
KIND_OF_PLACEHOLDER: dict[str, Kind] = {value: kind for kind, value in PLACEHOLDER.items()}  # type: ignore[misc]
PLACEHOLDERS = re.compile("|".join(re.escape(p) for p in PLACEHOLDER.values()))
# Names of a code, on folded text. A Smart OTP app's PIN is a PIN: that name is tried first.
CODE_NAMES = re.compile(
    r"(?P<pin>(?:ma )?pin smart ?otp|smart ?otp pin|\bpin\b|passcode|pass code|mat ma|ma mo khoa|รหัส ?pin|พิน)"
    r"|(?P<otp>\botp\b|one[- ]time|ma xac (?:thuc|nhan)|verification code|รหัสยืนยัน)"
)
SENTENCE_END = re.compile(r"[.!?\n]")
LOOK_BACK_CHARS = 80


def for_learner(text: str, lang: str) -> str:
    """`text` as redacted by the guard, with each placeholder worded for the learner."""
    labels = LABELS.get(lang, LABELS["vi"])  # type: ignore[call-overload]

    def label(match: re.Match[str]) -> str:
        kind = KIND_OF_PLACEHOLDER[match.group()]
        if kind == "otp" and _named_before(text, match.start()) == "pin":
            kind = "pin"
        return labels[kind]

    return PLACEHOLDERS.sub(label, text)


def _named_before(text: str, end: int) -> str | None:
    """The kind of code the same sentence last named before `end`, if it named one."""
    before = PLACEHOLDERS.split(text[max(0, end - LOOK_BACK_CHARS) : end])[-1]
    before = SENTENCE_END.split(fold_latin(before))[-1]
    names = list(CODE_NAMES.finditer(before))
    return names[-1].lastgroup if names else None
