"""Phone numbers in a question ("số 0912… gọi cho tôi xưng công an có thật không", "is this number
real", "เบอร์นี้ของใคร"): which are official hotlines in the register, and what to do either way.

A number is never called safe: even an official number can be shown by a scammer's call.
Numbers are parsed with `phonenumbers` as Vietnamese or Thai people write them; hotlines,
including short codes such as 1441, are matched on their digits against the register.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from bot.links.register import Hotline, Organisation, Register, register
from knowledge.text import fold_latin

# A run of digits with the separators people type: "+84 912 345 678", "0912.345.678", "02-111-1111".
_NUMBER = re.compile(r"(?<![\d/])\+?\(?\d[\d .\-()]{2,18}\d(?![\d/])|(?<![\d/])\d{3,5}(?![\d/])")
# The learner asks who is behind a number, or whether a caller is real.
_ASKS = re.compile(
    r"\b(?:co (?:that|dung|phai) (?:khong|ko|k|hong)\b|that (?:khong|ko|hay gia)|that ko|that hay gia"
    r"|(?:so|sdt|so dien thoai|so nay) .{0,20}(?:cua ai|la ai|la gi|cua (?:ngan hang|cong an)|that|gia|lua)"
    r"|cua ai|la ai (?:vay|the|a|day)?|co phai (?:so )?(?:cua )?(?:cong an|ngan hang|tong dai)"
    r"|lua dao (?:khong|ko|k|hong)|co nen (?:nghe|tin|goi lai)"
    r"|is (?:this|that|it) (?:number |caller |call )?(?:real|legit|genuine|fake|a scam|safe|official)"
    r"|who (?:is|owns|has) (?:this|that) number|(?:this|that) number|whose number|the caller (?:real|legit)"
    r"|real or (?:fake|scam)|legit)"
    r"|เบอร์นี้|เบอร์ของใคร|ของใคร|จริง(?:ไหม|มั้ย|หรือเปล่า|หรือไม่|รึเปล่า)|มิจฉาชีพ(?:ไหม|มั้ย|หรือเปล่า)"
    r"|หลอก(?:ไหม|มั้ย|หรือเปล่า)|โทรกลับดีไหม",
    re.IGNORECASE,
)
MIN_DIGITS = 8  # shorter runs are only numbers when the register knows them (1441, 5656, 1900 0368…)


@dataclass(frozen=True)
class NumberCheck:
    written: str
    display: str  # as the learner's country writes it
    organisation: Organisation | None = None
    hotline: Hotline | None = None

    @property
    def official(self) -> bool:
        return self.hotline is not None


def find_numbers(text: str, region: str = "VN", where: Register | None = None) -> list[NumberCheck]:
    """Phone numbers and registered hotlines in the text, once each, in order."""
    where = where or register()
    found: dict[str, NumberCheck] = {}
    for match in _NUMBER.finditer(text):
        written = match.group(0).strip(" .-()")
        if check := check_number(written, region, where):
            found.setdefault(check.display, check)
    return list(found.values())


def check_number(written: str, region: str = "VN", where: Register | None = None) -> NumberCheck | None:
    where = where or register()
    digits = "".join(c for c in written if c.isdigit())
    for national in _national_forms(written, digits, region):
        if known := where.hotline(national):
            org, line = known
            return NumberCheck(written, line.number, org, line)
    if len(digits) < MIN_DIGITS:
        return None
    for guess in (region, "TH" if region == "VN" else "VN"):
        try:
            number = phonenumbers.parse(written, guess)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            shown = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
            return NumberCheck(written, shown)
    return None


def asks_about_number(text: str, region: str = "VN") -> bool:
    """A question about a phone number or a caller, with the number in it."""
    return bool(_ASKS.search(fold_latin(text).lower())) and bool(find_numbers(text, region))


def _national_forms(written: str, digits: str, region: str) -> list[str]:
    forms = [digits]
    if written.lstrip().startswith("+"):
        for code in ("84", "66"):
            if digits.startswith(code):
                forms.append("0" + digits[len(code) :])
                forms.append(digits[len(code) :])
    return forms
